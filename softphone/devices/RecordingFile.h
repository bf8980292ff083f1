#pragma once
// A call's recording: a mono WAV file whose header states the rate of the audio it holds.
// The file is created when recording is asked for (a call may be recorded from its first ring,
// before its codec, and so its rate, is known) and takes the rate of the first audio written;
// audio that comes later at another rate (a re-INVITE changed the codec, and the device's rate
// with it) is resampled to the file's rate.
#include "Resampler.h"
#include "WavWriter.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace relais::softphone {

class RecordingFile
{
public:
    bool open(const QString &path, QString *error);
    // `count` mono samples at `rate` Hz. False on a write error.
    bool write(const std::int16_t *samples, std::size_t count, int rate);
    // Finalises the header and closes the file; harmless when not open.
    void close();

    [[nodiscard]] bool isOpen() const { return writer_.isOpen(); }
    [[nodiscard]] QString path() const { return path_; }
    // The file's rate: 0 until the first audio is written.
    [[nodiscard]] int sampleRate() const { return haveRate_ ? writer_.sampleRate() : 0; }
    [[nodiscard]] std::uint64_t framesWritten() const { return writer_.framesWritten(); }

private:
    bool flushResampler();

    WavWriter writer_;
    QString path_;
    bool haveRate_ = false;
    Resampler resampler_; // from the rate of the audio coming in to the file's
    std::vector<std::int16_t> converted_;
};

} // namespace relais::softphone
