#include "WavReader.h"

#include <QtEndian>
#include <algorithm>

namespace relais::softphone {

namespace {

constexpr std::uint16_t kFormatPcm = 1;
constexpr std::uint16_t kFormatExtensible = 0xFFFE;
constexpr std::size_t kChunkFrames = 2048;

} // namespace

bool WavReader::fail(QString *error, const QString &why)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(m_file.fileName(), why);
    m_file.close();
    return false;
}

bool WavReader::open(const QString &path, QString *error)
{
    return open(path, AudioFormat{0, 20}, error);
}

bool WavReader::open(const QString &path, const AudioFormat &target, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(error, m_file.errorString());
    if (!parseHeader(error))
        return false;
    m_outRate = target.sampleRate > 0 ? target.sampleRate : m_fileRate;
    m_resampler.reset(m_fileRate, m_outRate);
    return true;
}

void WavReader::close()
{
    m_file.close();
    m_pending.clear();
    m_pendingPos = 0;
    m_dataRead = 0;
    m_dataBytes = 0;
    m_eof = false;
}

bool WavReader::parseHeader(QString *error)
{
    char riff[12];
    if (m_file.read(riff, 12) != 12 || !std::equal(riff, riff + 4, "RIFF") ||
        !std::equal(riff + 8, riff + 12, "WAVE"))
        return fail(error, QStringLiteral("not a RIFF/WAVE file"));
    bool haveFmt = false;
    const qint64 fileSize = m_file.size();
    for (;;) {
        char head[8];
        if (m_file.read(head, 8) != 8)
            return fail(error,
                        haveFmt ? QStringLiteral("no data chunk") : QStringLiteral("no fmt chunk"));
        const std::uint32_t size = qFromLittleEndian<quint32>(head + 4);
        const qint64 body = m_file.pos();
        if (std::equal(head, head + 4, "fmt ")) {
            if (size < 16)
                return fail(error, QStringLiteral("fmt chunk too short"));
            char f[40] = {};
            m_file.read(f, std::min<qint64>(size, sizeof f));
            std::uint16_t tag = qFromLittleEndian<quint16>(f);
            m_channels = qFromLittleEndian<quint16>(f + 2);
            m_fileRate = int(qFromLittleEndian<quint32>(f + 4));
            m_blockAlign = qFromLittleEndian<quint16>(f + 12);
            m_bits = qFromLittleEndian<quint16>(f + 14);
            if (tag == kFormatExtensible && size >= 40)
                tag = qFromLittleEndian<quint16>(f + 24); // the sub-format GUID's first two bytes
            if (tag != kFormatPcm)
                return fail(error, QStringLiteral("not PCM (format tag %1)").arg(tag));
            if (m_bits != 16)
                return fail(error,
                            QStringLiteral("%1-bit samples, only 16-bit is supported").arg(m_bits));
            if (m_channels < 1 || m_channels > 2)
                return fail(error, QStringLiteral("%1 channels, only mono and stereo are supported")
                                       .arg(m_channels));
            if (m_fileRate <= 0 || m_fileRate > 384000)
                return fail(error, QStringLiteral("sample rate %1 Hz").arg(m_fileRate));
            m_blockAlign = std::uint64_t(m_channels) * 2;
            haveFmt = true;
        } else if (std::equal(head, head + 4, "data")) {
            if (!haveFmt)
                return fail(error, QStringLiteral("data chunk before fmt chunk"));
            m_dataStart = body;
            const std::uint64_t rest = std::uint64_t(fileSize - body);
            // A writer killed before finalising leaves 0 (or a stale size): trust the file.
            m_dataBytes = (size == 0 || size > rest) ? rest : size;
            m_dataBytes -= m_dataBytes % m_blockAlign;
            m_dataRead = 0;
            m_eof = m_dataBytes == 0;
            return true;
        }
        // Chunks are padded to an even length.
        if (!m_file.seek(body + qint64(size) + (size & 1)))
            return fail(error, QStringLiteral("truncated chunk"));
    }
}

void WavReader::refill()
{
    m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(m_pendingPos));
    m_pendingPos = 0;
    if (m_eof)
        return;
    const std::uint64_t want =
        std::min<std::uint64_t>(kChunkFrames * m_blockAlign, m_dataBytes - m_dataRead);
    QByteArray raw = m_file.read(qint64(want));
    const std::size_t frames = std::size_t(raw.size()) / m_blockAlign;
    m_dataRead += std::uint64_t(raw.size());
    std::vector<std::int16_t> mono(frames);
    const char *p = raw.constData();
    for (std::size_t i = 0; i < frames; ++i) {
        if (m_channels == 1) {
            mono[i] = qFromLittleEndian<qint16>(p + 2 * i);
        } else {
            const int l = qFromLittleEndian<qint16>(p + 4 * i);
            const int r = qFromLittleEndian<qint16>(p + 4 * i + 2);
            mono[i] = std::int16_t((l + r) / 2);
        }
    }
    m_resampler.process(mono.data(), mono.size(), m_pending);
    if (frames == 0 || m_dataRead >= m_dataBytes) {
        m_eof = true;
        m_resampler.flush(m_pending);
    }
}

std::size_t WavReader::read(std::int16_t *out, std::size_t count)
{
    std::size_t done = 0;
    while (done < count && m_file.isOpen()) {
        if (m_pendingPos >= m_pending.size()) {
            if (m_eof)
                break;
            refill();
            continue;
        }
        const std::size_t n = std::min(count - done, m_pending.size() - m_pendingPos);
        std::copy_n(m_pending.data() + m_pendingPos, n, out + done);
        m_pendingPos += n;
        done += n;
    }
    return done;
}

std::vector<std::int16_t> WavReader::readAll()
{
    std::vector<std::int16_t> all;
    if (m_outRate > 0 && m_blockAlign > 0)
        all.reserve(std::size_t((m_dataBytes - m_dataRead) / m_blockAlign * m_outRate /
                                std::max(m_fileRate, 1)) +
                    16);
    std::int16_t buf[4096];
    for (;;) {
        const std::size_t n = read(buf, std::size(buf));
        all.insert(all.end(), buf, buf + n);
        if (n < std::size(buf))
            break;
    }
    return all;
}

std::vector<std::int16_t> WavReader::load(const QString &path, int sampleRate, QString *error)
{
    WavReader reader;
    if (!reader.open(path, AudioFormat{sampleRate, 20}, error))
        return {};
    return reader.readAll();
}

} // namespace relais::softphone
