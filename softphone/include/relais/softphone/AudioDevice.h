#pragma once
// The one interface between the engine's media and whatever makes or plays sound:
// Qt Multimedia (relais_softphone_audio), a WAV file or tone (FileAudioDevice), nothing
// (NullAudioDevice). Implemented outside the libre thread's knowledge: the engine only
// calls these methods, from its media path, with 16-bit signed mono PCM.
#include <QString>
#include <cstddef>
#include <cstdint>

namespace relais::softphone {

struct AudioFormat {
    int sampleRate = 8000; // 8000, 16000 or 48000; the device converts to what its hardware has
    int frameMs = 20;      // the engine reads and writes whole frames of this length
    [[nodiscard]] std::size_t frameSamples() const { return std::size_t(sampleRate) * frameMs / 1000; }
};

class AudioDevice
{
public:
    virtual ~AudioDevice() = default;

    // Opens capture and playback in this format. Called by the engine when a call's media starts.
    // Returns false with a reason the user can read (device missing, busy...).
    virtual bool open(const AudioFormat &format, QString *error) = 0;
    virtual void close() = 0;

    // Fills `out` with exactly `count` captured samples (silence when the device has none yet).
    // Never blocks; safe to call from the engine's media thread.
    virtual void read(std::int16_t *out, std::size_t count) = 0;
    // Hands `count` decoded samples to playback. Never blocks; drops on overflow.
    virtual void write(const std::int16_t *in, std::size_t count) = 0;

    [[nodiscard]] virtual QString name() const = 0;
};

} // namespace relais::softphone
