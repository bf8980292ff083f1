#pragma once
// Reads 16-bit PCM WAV files (mono or stereo, any rate) and hands them out as the engine's
// mono samples at the requested rate: channels are averaged, the rate is converted.
// Forgiving about headers left unfinished by a crashed writer (sizes of 0 or past the end
// of the file): the data then runs to the end of the file.
#include "Resampler.h"
#include "relais/softphone/AudioDevice.h"

#include <QFile>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace relais::softphone {

class WavReader
{
public:
    // Opens `path` and prepares conversion to `target` (mono, target.sampleRate).
    bool open(const QString &path, const AudioFormat &target, QString *error);
    // Same, keeping the file's own sample rate.
    bool open(const QString &path, QString *error);
    void close();

    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    // The file's own format, as its header says.
    [[nodiscard]] int fileSampleRate() const { return m_fileRate; }
    [[nodiscard]] int fileChannels() const { return m_channels; }
    [[nodiscard]] int bitsPerSample() const { return m_bits; }
    [[nodiscard]] std::uint64_t fileFrames() const { return m_dataBytes / m_blockAlign; }
    [[nodiscard]] int outputSampleRate() const { return m_outRate; }

    // Fills `out` with up to `count` converted samples; fewer only at the end of the file.
    std::size_t read(std::int16_t *out, std::size_t count);
    // The rest of the file, converted.
    std::vector<std::int16_t> readAll();
    [[nodiscard]] bool atEnd() const { return m_eof && m_pendingPos >= m_pending.size(); }

    // Convenience: the whole file as mono samples at `sampleRate`.
    static std::vector<std::int16_t> load(const QString &path, int sampleRate, QString *error);

private:
    bool parseHeader(QString *error);
    bool fail(QString *error, const QString &why);
    void refill();

    QFile m_file;
    int m_fileRate = 0;
    int m_outRate = 0;
    int m_channels = 0;
    int m_bits = 0;
    std::uint64_t m_blockAlign = 1;
    qint64 m_dataStart = 0;
    std::uint64_t m_dataBytes = 0;
    std::uint64_t m_dataRead = 0;
    bool m_eof = false;
    Resampler m_resampler;
    std::vector<std::int16_t> m_pending;
    std::size_t m_pendingPos = 0;
};

} // namespace relais::softphone
