#include "WavWriter.h"

#include <QtEndian>
#include <algorithm>

namespace relais::softphone {

namespace {

constexpr std::uint64_t kMaxDataBytes = 0xFFFFFFFFull - 36;

void putLe32(char *p, std::uint32_t v)
{
    qToLittleEndian<quint32>(v, p);
}
void putLe16(char *p, std::uint16_t v)
{
    qToLittleEndian<quint16>(v, p);
}

} // namespace

WavWriter::~WavWriter()
{
    close();
}

bool WavWriter::open(const QString &path, int sampleRate, int channels, QString *error)
{
    close();
    if (sampleRate <= 0 || channels < 1 || channels > 2) {
        if (error)
            *error = QStringLiteral("%1: unsupported WAV format (%2 Hz, %3 channels)")
                         .arg(path)
                         .arg(sampleRate)
                         .arg(channels);
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_sampleRate = sampleRate;
    m_channels = channels;
    m_dataBytes = 0;
    m_bytesSincePatch = 0;
    if (!writeHeader()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, m_file.errorString());
        m_file.close();
        return false;
    }
    return true;
}

bool WavWriter::writeHeader()
{
    char h[44];
    std::copy_n("RIFF", 4, h);
    putLe32(h + 4, 36);
    std::copy_n("WAVE", 4, h + 8);
    std::copy_n("fmt ", 4, h + 12);
    putLe32(h + 16, 16);
    putLe16(h + 20, 1); // PCM
    putLe16(h + 22, std::uint16_t(m_channels));
    putLe32(h + 24, std::uint32_t(m_sampleRate));
    putLe32(h + 28, std::uint32_t(m_sampleRate * m_channels * 2));
    putLe16(h + 32, std::uint16_t(m_channels * 2));
    putLe16(h + 34, 16);
    std::copy_n("data", 4, h + 36);
    putLe32(h + 40, 0);
    return m_file.write(h, sizeof h) == qint64(sizeof h);
}

bool WavWriter::write(const std::int16_t *samples, std::size_t count)
{
    if (!m_file.isOpen() || count == 0)
        return m_file.isOpen();
    const std::uint64_t bytes = count * sizeof(std::int16_t);
    if (m_dataBytes + bytes > kMaxDataBytes)
        return false; // a RIFF file cannot describe more
    qint64 written;
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        written = m_file.write(reinterpret_cast<const char *>(samples), qint64(bytes));
    } else {
        QByteArray le(qsizetype(bytes), Qt::Uninitialized);
        qToLittleEndian<qint16>(samples, qsizetype(count), le.data());
        written = m_file.write(le);
    }
    if (written != qint64(bytes))
        return false;
    m_dataBytes += bytes;
    m_bytesSincePatch += bytes;
    if (m_bytesSincePatch >= std::uint64_t(m_sampleRate) * m_channels * 2) {
        patchSizes();
        m_file.flush();
    }
    return true;
}

void WavWriter::patchSizes()
{
    const qint64 end = m_file.pos();
    char v[4];
    putLe32(v, std::uint32_t(36 + m_dataBytes));
    m_file.seek(4);
    m_file.write(v, 4);
    putLe32(v, std::uint32_t(m_dataBytes));
    m_file.seek(40);
    m_file.write(v, 4);
    m_file.seek(end);
    m_bytesSincePatch = 0;
}

void WavWriter::close()
{
    if (!m_file.isOpen())
        return;
    patchSizes();
    m_file.close();
}

std::uint64_t WavWriter::framesWritten() const
{
    return m_dataBytes / (std::uint64_t(m_channels) * 2);
}

} // namespace relais::softphone
