#include "server/RecordingFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace relais::server {

namespace {

// The bare file name of what the store holds: "x.wav" or "file:///dir/x-request.wav".
QString fileNameOf(const QString &stored)
{
    if (stored.startsWith(QLatin1String("file:")))
        return QFileInfo(QUrl(stored).toLocalFile()).fileName();
    return stored;
}

bool isPlainWavName(const QString &name)
{
    if (name.isEmpty() || name.size() > 200 || name.startsWith(QLatin1Char('.')) ||
        !name.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
            c.unicode() < 0x20)
            return false;
    }
    return !name.contains(QLatin1String(".."));
}

} // namespace

RecordingFiles::RecordingFiles(const QString &dir) : m_dir(QDir(dir).absolutePath()) {}

QString RecordingFiles::resolve(const QString &storedName) const
{
    const QString name = fileNameOf(storedName);
    if (!isPlainWavName(name))
        return {};
    const QString root = QFileInfo(m_dir).canonicalFilePath();
    if (root.isEmpty())
        return {};
    const QFileInfo file(QDir(root).filePath(name));
    const QString real = file.canonicalFilePath(); // empty when missing
    if (real.isEmpty() || !real.startsWith(root + QLatin1Char('/')) || !QFileInfo(real).isFile())
        return {};
    return real;
}

std::optional<RecordingFiles::Chunk> RecordingFiles::read(const QString &path, qint64 offset,
                                                          bool *pastEnd, QString *error)
{
    *pastEnd = false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    Chunk c;
    c.size = f.size();
    if (offset < 0 || offset > c.size) {
        *pastEnd = true;
        *error = QStringLiteral("the recording has %1 bytes").arg(c.size);
        return std::nullopt;
    }
    if (!f.seek(offset)) {
        *error = f.errorString();
        return std::nullopt;
    }
    c.data = f.read(std::min(kChunkBytes, c.size - offset));
    if (c.data.size() != std::min(kChunkBytes, c.size - offset)) {
        *error = QStringLiteral("short read: %1").arg(f.errorString());
        return std::nullopt;
    }
    return c;
}

} // namespace relais::server
