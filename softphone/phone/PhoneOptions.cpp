#include "PhoneOptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace relais::phone {

bool PhoneOptions::parse(const QStringList &arguments, PhoneOptions *options, QString *error,
                         bool *helpShown)
{
    *helpShown = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headless SIP phone on the Relais engine. Prints one JSON object per line for each "
        "event, reads commands on standard input: dial URI, answer, hangup, hold, resume, "
        "mute, unmute, dtmf DIGITS, transfer URI, quit."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Local SIP address (port 0: any)."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption registrar(QStringLiteral("registrar"),
                                       QStringLiteral("Register there."),
                                       QStringLiteral("sip:HOST:PORT"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Account user."),
                                  QStringLiteral("U"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("Account password."), QStringLiteral("P"));
    const QCommandLineOption transport(QStringLiteral("transport"),
                                       QStringLiteral("udp (default), tcp or tls."),
                                       QStringLiteral("udp|tcp|tls"));
    const QCommandLineOption dial(QStringLiteral("dial"), QStringLiteral("Call at start."),
                                  QStringLiteral("URI"));
    const QCommandLineOption autoAnswer(QStringLiteral("auto-answer"),
                                        QStringLiteral("Answer incoming calls at once."));
    const QCommandLineOption tone(QStringLiteral("tone"),
                                  QStringLiteral("Send a sine of this frequency."),
                                  QStringLiteral("HZ"));
    const QCommandLineOption play(QStringLiteral("play"), QStringLiteral("Send this WAV file."),
                                  QStringLiteral("FILE.wav"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Write the received audio to this WAV file."),
                                    QStringLiteral("FILE.wav"));
    const QCommandLineOption dtmf(QStringLiteral("dtmf"),
                                  QStringLiteral("Send these digits once a call is established."),
                                  QStringLiteral("DIGITS"));
    const QCommandLineOption hangupAfter(QStringLiteral("hangup-after"),
                                         QStringLiteral("Hang up calls this long after they are "
                                                        "established."),
                                         QStringLiteral("SEC"));
    const QCommandLineOption exitAfterCalls(QStringLiteral("exit-after-calls"),
                                            QStringLiteral("Exit once this many calls ended."),
                                            QStringLiteral("N"));
    const QCommandLineOption exitAfterRegister(QStringLiteral("exit-after-register"),
                                               QStringLiteral("Exit once registered."));
    const QCommandLineOption codecs(QStringLiteral("codecs"),
                                    QStringLiteral("Audio codecs in order of preference, "
                                                   "comma-separated (opus, PCMA, PCMU)."),
                                    QStringLiteral("LIST"));
    parser.addOptions({listen, registrar, user, password, transport, dial, autoAnswer, tone, play,
                       record, dtmf, hangupAfter, exitAfterCalls, exitAfterRegister, codecs});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *helpShown = true;
        *error = parser.helpText();
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }

    PhoneOptions o;
    if (parser.isSet(listen)) {
        static const QRegularExpression hostPort(QStringLiteral("^\\[?([^\\]]+?)\\]?:(\\d{1,5})$"));
        const auto match = hostPort.match(parser.value(listen));
        const int port = match.hasMatch() ? match.captured(2).toInt() : -1;
        if (!match.hasMatch() || port > 65535) {
            *error = QStringLiteral("--listen wants HOST:PORT, not '%1'").arg(parser.value(listen));
            return false;
        }
        o.listenHost = match.captured(1);
        o.listenPort = quint16(port);
    }
    o.registrar = parser.value(registrar);
    o.user = parser.value(user);
    o.password = parser.value(password);
    if (!o.registrar.isEmpty() && o.user.isEmpty()) {
        *error = QStringLiteral("--registrar needs --user");
        return false;
    }
    if (o.registrar.isEmpty() &&
        (parser.isSet(user) || parser.isSet(password) || parser.isSet(exitAfterRegister))) {
        *error = QStringLiteral("--user, --password and --exit-after-register need --registrar");
        return false;
    }
    if (parser.isSet(transport)) {
        const auto parsed = softphone::sipTransportFromName(parser.value(transport));
        if (!parsed) {
            *error = QStringLiteral("--transport is udp, tcp or tls, not '%1'")
                         .arg(parser.value(transport));
            return false;
        }
        o.transport = *parsed;
    }
    o.dial = parser.value(dial);
    o.autoAnswer = parser.isSet(autoAnswer);
    if (parser.isSet(tone) && parser.isSet(play)) {
        *error = QStringLiteral("--tone and --play exclude each other");
        return false;
    }
    if (parser.isSet(tone)) {
        bool ok = false;
        o.toneHz = parser.value(tone).toDouble(&ok);
        if (!ok || o.toneHz <= 0.0 || o.toneHz > 20000.0) {
            *error =
                QStringLiteral("--tone wants a frequency in Hz, not '%1'").arg(parser.value(tone));
            return false;
        }
    }
    o.playFile = parser.value(play);
    o.recordFile = parser.value(record);
    for (const QString &c : parser.value(codecs).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = c.trimmed();
        if (name.compare(QLatin1String("opus"), Qt::CaseInsensitive) == 0)
            o.codecs << QStringLiteral("opus");
        else if (name.compare(QLatin1String("PCMA"), Qt::CaseInsensitive) == 0 ||
                 name.compare(QLatin1String("PCMU"), Qt::CaseInsensitive) == 0)
            o.codecs << name.toUpper();
        else {
            *error = QStringLiteral("--codecs: unknown codec '%1' (opus, PCMA, PCMU)").arg(name);
            return false;
        }
    }
    o.dtmf = parser.value(dtmf);
    static const QRegularExpression digits(QStringLiteral("^[0-9*#A-Da-d]*$"));
    if (!digits.match(o.dtmf).hasMatch()) {
        *error = QStringLiteral("--dtmf takes 0-9, *, # and A-D, not '%1'").arg(o.dtmf);
        return false;
    }
    if (parser.isSet(hangupAfter)) {
        bool ok = false;
        o.hangupAfterSeconds = parser.value(hangupAfter).toDouble(&ok);
        if (!ok || o.hangupAfterSeconds < 0.0) {
            *error = QStringLiteral("--hangup-after wants seconds, not '%1'")
                         .arg(parser.value(hangupAfter));
            return false;
        }
    }
    if (parser.isSet(exitAfterCalls)) {
        bool ok = false;
        o.exitAfterCalls = parser.value(exitAfterCalls).toInt(&ok);
        if (!ok || o.exitAfterCalls < 1) {
            *error = QStringLiteral("--exit-after-calls wants a number of calls, not '%1'")
                         .arg(parser.value(exitAfterCalls));
            return false;
        }
    }
    o.exitAfterRegister = parser.isSet(exitAfterRegister);
    *options = o;
    return true;
}

} // namespace relais::phone
