#include "RecordingFile.h"

namespace relais::softphone {

namespace {
constexpr int kRateUntilAudio = 8000; // the header's rate while no audio is written
} // namespace

bool RecordingFile::open(const QString &path, QString *error)
{
    close();
    path_ = path;
    haveRate_ = false;
    return writer_.open(path, kRateUntilAudio, 1, error);
}

bool RecordingFile::write(const std::int16_t *samples, std::size_t count, int rate)
{
    if (!writer_.isOpen() || rate <= 0)
        return false;
    if (!haveRate_) {
        // Nothing written yet: the file starts again with the audio's own rate in its header.
        if (rate != writer_.sampleRate() && !writer_.open(path_, rate, 1, nullptr))
            return false;
        haveRate_ = true;
        resampler_.reset(rate, rate);
    }
    if (rate != resampler_.inRate()) {
        if (!flushResampler())
            return false;
        resampler_.reset(rate, writer_.sampleRate());
    }
    if (resampler_.isPassthrough())
        return writer_.write(samples, count);
    converted_.clear();
    resampler_.process(samples, count, converted_);
    return writer_.write(converted_.data(), converted_.size());
}

bool RecordingFile::flushResampler()
{
    if (resampler_.isPassthrough())
        return true;
    converted_.clear();
    resampler_.flush(converted_);
    return writer_.write(converted_.data(), converted_.size());
}

void RecordingFile::close()
{
    if (!writer_.isOpen())
        return;
    flushResampler();
    resampler_.reset(writer_.sampleRate(), writer_.sampleRate());
    writer_.close();
}

} // namespace relais::softphone
