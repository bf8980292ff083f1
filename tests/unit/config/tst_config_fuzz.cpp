// Broken configuration files, generated: the example site's file with lines deleted, doubled,
// cut short or swapped, characters replaced by TOML's own punctuation, and values swapped for
// others of another type. The loader must never crash or hang, and every refusal must name the
// file and the line (PATH:LINE:COL: what), with a line that exists in the file.
//
// RELAIS_FUZZ_SEED and RELAIS_FUZZ_FRAMES (mutations) run other or longer campaigns.
#include "config/ConfigLoader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace relais::config;

namespace {

QStringList mutate(QStringList lines, QRandomGenerator &random)
{
    static const QStringList pieces{
        "[",  "]",      "=",  "\"", "'",  "{",    "}",    ",", "#",    "\\",  ".",   "[[",
        "]]", "\"\"\"", "\n", "\t", "-1", "1e99", "true", "é", "0x1F", "inf", "nan", "2026-13-45"};
    const int edits = int(random.bounded(1, 4));
    for (int e = 0; e < edits && !lines.isEmpty(); ++e) {
        const int at = int(random.bounded(lines.size()));
        QString &line = lines[at];
        switch (random.bounded(7)) {
        case 0:
            lines.removeAt(at);
            break;
        case 1:
            lines.insert(at, line);
            break;
        case 2:
            line.truncate(int(random.bounded(line.size() + 1)));
            break;
        case 3:
            lines.swapItemsAt(at, int(random.bounded(lines.size())));
            break;
        case 4: {
            const int pos = int(random.bounded(line.size() + 1));
            line.insert(pos, pieces.at(random.bounded(pieces.size())));
            break;
        }
        case 5: { // a value of another kind
            const int eq = int(line.indexOf(QLatin1Char('=')));
            if (eq > 0)
                line =
                    line.left(eq + 1) + QLatin1Char(' ') + pieces.at(random.bounded(pieces.size()));
            break;
        }
        default:
            if (!line.isEmpty())
                line[int(random.bounded(line.size()))] = QChar(u"=[]\"{},.# "[random.bounded(10)]);
            break;
        }
    }
    return lines;
}

} // namespace

class TestConfigFuzz : public QObject
{
    Q_OBJECT

private slots:
    void brokenFilesAreRefusedWithFileAndLine()
    {
        QFile example(QStringLiteral(RELAIS_SOURCE_DIR "/docs/relais.example.toml"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QStringList original = QString::fromUtf8(example.readAll()).split(QLatin1Char('\n'));
        QString error;
        QVERIFY2(parseConfig(original.join(QLatin1Char('\n')), "site.toml", &error),
                 qPrintable(error));

        bool ok = false;
        const quint32 seed = qEnvironmentVariable("RELAIS_FUZZ_SEED").toUInt(&ok);
        QRandomGenerator random(ok ? seed : 20261206u);
        const int count = qEnvironmentVariableIntValue("RELAIS_FUZZ_FRAMES", &ok);
        const QRegularExpression located(QStringLiteral("^site\\.toml:(\\d+):(\\d+): \\S"));
        int refused = 0, accepted = 0;
        for (int i = 0; i < (ok && count > 0 ? count : 3000); ++i) {
            const QStringList lines = mutate(original, random);
            const QString text = lines.join(QLatin1Char('\n'));
            error.clear();
            if (parseConfig(text, QStringLiteral("site.toml"), &error)) {
                ++accepted; // a harmless change (a comment, a value still in range)
                continue;
            }
            ++refused;
            const QRegularExpressionMatch m = located.match(error);
            QVERIFY2(m.hasMatch(),
                     qPrintable(QStringLiteral("no file:line in '%1' for:\n%2").arg(error, text)));
            const int line = m.captured(1).toInt();
            QVERIFY2(line >= 1 && line <= text.count(QLatin1Char('\n')) + 1,
                     qPrintable(QStringLiteral("line %1 of a %2-line file: %3")
                                    .arg(line)
                                    .arg(lines.size())
                                    .arg(error)));
        }
        qInfo("%d broken files refused with file and line, %d changes harmless", refused, accepted);
        QVERIFY(refused > accepted / 2);
    }
};

QTEST_GUILESS_MAIN(TestConfigFuzz)
#include "tst_config_fuzz.moc"
