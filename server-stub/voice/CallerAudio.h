#pragma once
// What a trunk caller hears and what they say, as the AudioDevice of their leg's
// MediaSession: plays a sequence of shared clips (prompts, a beep, silence) and then loops the
// music on hold, and can capture the caller into a WAV file until they stop speaking.
// Commands come from any thread; read()/write() run on the media clock (the libre thread).
// The handlers are called from read()/write() with no lock held: forward, do not block.
// Cheap by design: clips are shared immutable buffers (PromptLibrary), a frame is a copy.
#include "voice/PromptLibrary.h"

#include "WavWriter.h"
#include "relais/softphone/AudioDevice.h"

#include <QString>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace relais::voice {

class CallerAudio : public softphone::AudioDevice
{
public:
    struct CaptureRules
    {
        int silenceMs = 3000; // this much silence in a row ends it (no audio is silence too)
        int maxMs = 60000;
        int speechRms = 300; // a 20 ms frame louder than this (of 32767) is speech
    };
    struct Capture
    {
        enum class End { Stopped, Silence, MaxLength, WriteError } end = End::Stopped;
        QString path;
        qint64 durationMs = 0;
        qint64 speechMs = 0; // frames louder than CaptureRules::speechRms
    };
    // `token`: the one given to play().
    using Finished = std::function<void(quint64 token)>;
    using CaptureEnded = std::function<void(const Capture &capture)>;

    CallerAudio() = default;
    ~CallerAudio() override;

    // Set before the device is handed to the media.
    void setFinishedHandler(Finished handler) { m_finished = std::move(handler); }
    void setCaptureHandler(CaptureEnded handler) { m_captureEnded = std::move(handler); }

    // Plays `clips` one after another in place of whatever played, then reports `token`
    // finished; the music (if any) goes on afterwards. Null clips are skipped.
    void play(std::vector<Clip> clips, quint64 token);
    // Loops whenever no sequence plays; keeps its place across interruptions. Null: silence.
    void setMusic(Clip music);
    // Silence from now on (sequence and music dropped; no finished report).
    void stopPlaying();
    [[nodiscard]] bool isPlayingSequence() const;

    // Writes what the caller says to `path` (mono, 16-bit, the device's rate) until
    // stopCapture() or a rule ends it (then the capture handler is called).
    bool startCapture(const QString &path, const CaptureRules &rules, QString *error);
    // Ends a capture at once; nullopt when none was running.
    std::optional<Capture> stopCapture();
    [[nodiscard]] bool isCapturing() const;

    bool open(const softphone::AudioFormat &format, QString *error) override;
    void close() override;
    void read(std::int16_t *out, std::size_t count) override;
    void write(const std::int16_t *in, std::size_t count) override;
    [[nodiscard]] QString name() const override;

private:
    Capture finishCaptureLocked(Capture::End end);
    std::size_t copyMusicLocked(std::int16_t *out, std::size_t count);

    Finished m_finished;
    CaptureEnded m_captureEnded;

    mutable std::mutex m_mutex;
    std::vector<Clip> m_sequence;
    std::size_t m_clip = 0;    // index in m_sequence
    std::size_t m_clipPos = 0; // sample in m_sequence[m_clip]
    quint64 m_token = 0;
    bool m_sequenceActive = false;
    Clip m_music;
    std::size_t m_musicPos = 0;
    int m_rate = PromptLibrary::kSampleRate;

    softphone::WavWriter m_writer;
    CaptureRules m_rules;
    std::uint64_t m_captured = 0;  // samples
    std::uint64_t m_silentRun = 0; // samples of silence in a row
    std::uint64_t m_speech = 0;    // samples of speech
};

} // namespace relais::voice
