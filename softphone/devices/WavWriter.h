#pragma once
// Writes 16-bit PCM WAV files (mono or stereo, any rate). The header's sizes are rewritten
// about once a second while writing and again on close() or destruction, so a call that is
// killed mid-way still leaves a file that players open, short of at most the last second.
#include <QFile>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace relais::softphone {

class WavWriter
{
public:
    WavWriter() = default;
    ~WavWriter();
    WavWriter(const WavWriter &) = delete;
    WavWriter &operator=(const WavWriter &) = delete;

    bool open(const QString &path, int sampleRate, int channels, QString *error);
    // `count` interleaved samples (a multiple of the channel count). Returns false on a write
    // error.
    bool write(const std::int16_t *samples, std::size_t count);
    // Finalises the header and closes the file; harmless when not open.
    void close();

    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return m_file.fileName(); }
    [[nodiscard]] int sampleRate() const { return m_sampleRate; }
    [[nodiscard]] int channels() const { return m_channels; }
    // Frames written (one sample per channel each).
    [[nodiscard]] std::uint64_t framesWritten() const;

private:
    bool writeHeader();
    void patchSizes();

    QFile m_file;
    int m_sampleRate = 8000;
    int m_channels = 1;
    std::uint64_t m_dataBytes = 0;
    std::uint64_t m_bytesSincePatch = 0;
};

} // namespace relais::softphone
