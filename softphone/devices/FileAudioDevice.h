#pragma once
// A device without sound hardware: capture comes from a WAV file (once or looped), a tone or
// silence; playback goes to a WAV file or nowhere. Configure it, then hand it to the engine.
// The source file is read whole at open(), so read() touches memory only; playback is
// appended to the WAV writer's buffer (the header is kept up to date about once a second).
#include "ToneGenerator.h"
#include "WavWriter.h"
#include "relais/softphone/AudioDevice.h"

#include <atomic>
#include <mutex>
#include <vector>

namespace relais::softphone {

class FileAudioDevice : public AudioDevice
{
public:
    enum class Source { Silence, File, Tone };

    FileAudioDevice() = default;
    ~FileAudioDevice() override;

    // Source and sink settings take effect at the next open().
    void setSourceSilence();
    void setSourceFile(const QString &path, bool loop);
    void setSourceTone(double f1, double f2 = 0.0, double amplitude = 0.25);
    // Empty path: playback is discarded.
    void setSinkFile(const QString &path);

    bool open(const AudioFormat &format, QString *error) override;
    void close() override;
    void read(std::int16_t *out, std::size_t count) override;
    void write(const std::int16_t *in, std::size_t count) override;
    [[nodiscard]] QString name() const override;

    [[nodiscard]] Source source() const { return m_source; }
    [[nodiscard]] AudioFormat format() const { return m_format; }
    // A file played once has been read to its end (capture is silence from then on).
    [[nodiscard]] bool sourceFinished() const { return m_finished.load(); }
    [[nodiscard]] std::uint64_t samplesWritten() const { return m_written.load(); }

private:
    // Settings (used by open()).
    Source m_source = Source::Silence;
    QString m_sourcePath;
    bool m_loop = false;
    double m_f1 = 0.0, m_f2 = 0.0, m_amplitude = 0.25;
    QString m_sinkPath;
    AudioFormat m_format;

    std::mutex m_captureMutex;
    std::vector<std::int16_t> m_pcm;
    std::size_t m_pcmPos = 0;
    ToneGenerator m_tone;
    bool m_open = false;
    std::atomic<bool> m_finished{false};

    std::mutex m_playbackMutex;
    WavWriter m_writer;
    std::atomic<std::uint64_t> m_written{0};
};

} // namespace relais::softphone
