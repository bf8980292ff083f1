#include "WavFile.h"

#include <QFile>
#include <QtEndian>
#include <cmath>

namespace {

quint32 u32(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint16 u16(const QByteArray &b, qint64 at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

void put32(QByteArray &b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

void put16(QByteArray &b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

} // namespace

bool WavFile::parse(const QByteArray &head, qint64 fileSize, Layout *layout, QString *error)
{
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE")
        return fail(error, QStringLiteral("not a RIFF/WAVE file"));
    qint64 at = 12;
    bool haveFmt = false;
    while (at + 8 <= head.size()) {
        const QByteArray id = head.mid(at, 4);
        const qint64 size = u32(head, at + 4);
        const qint64 body = at + 8;
        if (id == "fmt ") {
            if (body + 16 > head.size())
                return fail(error, QStringLiteral("truncated fmt chunk"));
            const int format = u16(head, body);
            layout->channels = u16(head, body + 2);
            layout->rate = int(u32(head, body + 4));
            layout->bits = u16(head, body + 14);
            // 1 = PCM, 0xFFFE = WAVE_FORMAT_EXTENSIBLE (libsndfile writes it for some layouts).
            if ((format != 1 && format != 0xFFFE) || layout->bits != 16)
                return fail(error, QStringLiteral("not 16-bit PCM (format %1, %2 bits)")
                                       .arg(format)
                                       .arg(layout->bits));
            if (layout->channels < 1 || layout->rate < 1)
                return fail(error, QStringLiteral("bad channel count or rate"));
            haveFmt = true;
        } else if (id == "data") {
            if (!haveFmt)
                return fail(error, QStringLiteral("data chunk before fmt chunk"));
            layout->dataStart = body;
            const qint64 rest = fileSize - body;
            // A writer still at work (or killed) leaves 0 or a stale size: read to the end.
            layout->dataBytes = (size == 0 || size > rest) ? rest : size;
            const qint64 block = qint64(layout->channels) * 2;
            layout->dataBytes -= layout->dataBytes % block;
            return true;
        }
        at = body + size + (size & 1);
    }
    return fail(error, QStringLiteral("no data chunk in the first %1 bytes").arg(head.size()));
}

bool WavFile::load(const QString &path, QString *error)
{
    m_samples.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    Layout layout;
    if (!parse(file.read(65536), size, &layout, error))
        return false;
    file.seek(layout.dataStart);
    const QByteArray data = file.read(layout.dataBytes);
    const qint64 frames = data.size() / (2 * layout.channels);
    m_rate = layout.rate;
    m_channels = layout.channels;
    m_samples.resize(std::size_t(frames));
    const auto *pcm = reinterpret_cast<const uchar *>(data.constData());
    for (qint64 f = 0; f < frames; ++f) {
        float sum = 0.0f;
        for (int c = 0; c < layout.channels; ++c)
            sum += float(qFromLittleEndian<qint16>(pcm + 2 * (f * layout.channels + c)));
        m_samples[std::size_t(f)] = sum / float(layout.channels) / 32768.0f;
    }
    return true;
}

double WavFile::durationMs() const
{
    return m_rate > 0 ? 1000.0 * double(m_samples.size()) / m_rate : 0.0;
}

qint64 WavFile::frameCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    Layout layout;
    if (!parse(file.read(65536), file.size(), &layout, nullptr))
        return -1;
    return layout.dataBytes / (2 * layout.channels);
}

bool WavFile::writeTone(const QString &path, int sampleRate, double hz, int durationMs,
                        double amplitude, int silenceMs)
{
    const std::size_t silent = std::size_t(qint64(sampleRate) * silenceMs / 1000);
    const std::size_t total = silent + std::size_t(qint64(sampleRate) * durationMs / 1000);
    std::vector<std::int16_t> pcm(total, 0);
    const double step = 2.0 * M_PI * hz / sampleRate;
    for (std::size_t i = silent; i < total; ++i)
        pcm[i] =
            std::int16_t(std::lround(32767.0 * amplitude * std::sin(step * double(i - silent))));
    return writeMono(path, sampleRate, pcm);
}

bool WavFile::writeMono(const QString &path, int sampleRate, const std::vector<std::int16_t> &pcm)
{
    const quint32 dataBytes = quint32(pcm.size() * 2);
    QByteArray out;
    out.reserve(44 + int(dataBytes));
    out.append("RIFF");
    put32(out, 36 + dataBytes);
    out.append("WAVEfmt ");
    put32(out, 16);
    put16(out, 1); // PCM
    put16(out, 1); // mono
    put32(out, quint32(sampleRate));
    put32(out, quint32(sampleRate * 2));
    put16(out, 2);
    put16(out, 16);
    out.append("data");
    put32(out, dataBytes);
    for (std::int16_t s : pcm)
        put16(out, quint16(s));
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(out) == out.size();
}
