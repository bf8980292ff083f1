#include "voice/CallerAudio.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace relais::voice {

CallerAudio::~CallerAudio()
{
    std::lock_guard lock(m_mutex);
    m_writer.close();
}

void CallerAudio::play(std::vector<Clip> clips, quint64 token)
{
    std::erase_if(clips, [](const Clip &c) { return !c; });
    std::vector<Clip> old;
    {
        std::lock_guard lock(m_mutex);
        old.swap(m_sequence);
        m_sequence.swap(clips);
        m_clip = 0;
        m_clipPos = 0;
        m_token = token;
        m_sequenceActive = true;
    }
    // `old` (and its buffers, if they were the last reference) goes here, not in read().
}

void CallerAudio::setMusic(Clip music)
{
    std::lock_guard lock(m_mutex);
    if (music == m_music)
        return;
    std::swap(m_music, music);
    m_musicPos = 0;
}

void CallerAudio::stopPlaying()
{
    std::vector<Clip> old;
    Clip oldMusic;
    std::lock_guard lock(m_mutex);
    old.swap(m_sequence);
    oldMusic.swap(m_music);
    m_sequenceActive = false;
}

bool CallerAudio::isPlayingSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_sequenceActive;
}

bool CallerAudio::startCapture(const QString &path, const CaptureRules &rules, QString *error)
{
    std::lock_guard lock(m_mutex);
    m_writer.close();
    if (!m_writer.open(path, m_rate, 1, error))
        return false;
    m_rules = rules;
    m_captured = m_silentRun = m_speech = 0;
    return true;
}

std::optional<CallerAudio::Capture> CallerAudio::stopCapture()
{
    std::lock_guard lock(m_mutex);
    if (!m_writer.isOpen())
        return std::nullopt;
    return finishCaptureLocked(Capture::End::Stopped);
}

bool CallerAudio::isCapturing() const
{
    std::lock_guard lock(m_mutex);
    return m_writer.isOpen();
}

CallerAudio::Capture CallerAudio::finishCaptureLocked(Capture::End end)
{
    Capture c;
    c.end = end;
    c.path = m_writer.path();
    c.durationMs = qint64(m_captured * 1000 / std::uint64_t(m_rate));
    c.speechMs = qint64(m_speech * 1000 / std::uint64_t(m_rate));
    m_writer.close();
    return c;
}

bool CallerAudio::open(const softphone::AudioFormat &format, QString *error)
{
    // The clips are decoded at 8 kHz once for every call; the server's calls are G.711.
    if (format.sampleRate != PromptLibrary::kSampleRate) {
        if (error)
            *error = QStringLiteral("caller audio plays at %1 Hz, not %2 Hz")
                         .arg(PromptLibrary::kSampleRate)
                         .arg(format.sampleRate);
        return false;
    }
    std::lock_guard lock(m_mutex);
    m_rate = format.sampleRate;
    return true;
}

void CallerAudio::close() {}

std::size_t CallerAudio::copyMusicLocked(std::int16_t *out, std::size_t count)
{
    if (!m_music || m_music->empty()) {
        std::memset(out, 0, count * sizeof *out);
        return count;
    }
    const Pcm &music = *m_music;
    std::size_t done = 0;
    while (done < count) {
        if (m_musicPos >= music.size())
            m_musicPos = 0;
        const std::size_t n = std::min(count - done, music.size() - m_musicPos);
        std::memcpy(out + done, music.data() + m_musicPos, n * sizeof *out);
        m_musicPos += n;
        done += n;
    }
    return count;
}

void CallerAudio::read(std::int16_t *out, std::size_t count)
{
    bool finished = false;
    quint64 token = 0;
    {
        std::lock_guard lock(m_mutex);
        std::size_t done = 0;
        while (m_sequenceActive && done < count) {
            if (m_clip >= m_sequence.size()) {
                m_sequenceActive = false;
                finished = true;
                token = m_token;
                break;
            }
            const Pcm &clip = *m_sequence[m_clip];
            const std::size_t n = std::min(count - done, clip.size() - m_clipPos);
            std::memcpy(out + done, clip.data() + m_clipPos, n * sizeof *out);
            m_clipPos += n;
            done += n;
            if (m_clipPos >= clip.size()) {
                ++m_clip;
                m_clipPos = 0;
            }
        }
        // A sequence that ends exactly at a frame's end is reported with that frame.
        if (m_sequenceActive && m_clip >= m_sequence.size()) {
            m_sequenceActive = false;
            finished = true;
            token = m_token;
        }
        if (done < count)
            copyMusicLocked(out + done, count - done);
    }
    if (finished && m_finished)
        m_finished(token);
}

void CallerAudio::write(const std::int16_t *in, std::size_t count)
{
    std::optional<Capture> ended;
    {
        std::lock_guard lock(m_mutex);
        if (!m_writer.isOpen())
            return;
        if (!m_writer.write(in, count)) {
            ended = finishCaptureLocked(Capture::End::WriteError);
        } else {
            double sum = 0.0;
            for (std::size_t i = 0; i < count; ++i)
                sum += double(in[i]) * in[i];
            const double rms = count ? std::sqrt(sum / double(count)) : 0.0;
            m_captured += count;
            if (rms > m_rules.speechRms) {
                m_speech += count;
                m_silentRun = 0;
            } else {
                m_silentRun += count;
            }
            const std::uint64_t perMs = std::uint64_t(m_rate) / 1000;
            if (m_silentRun >= std::uint64_t(m_rules.silenceMs) * perMs)
                ended = finishCaptureLocked(Capture::End::Silence);
            else if (m_captured >= std::uint64_t(m_rules.maxMs) * perMs)
                ended = finishCaptureLocked(Capture::End::MaxLength);
        }
    }
    if (ended && m_captureEnded)
        m_captureEnded(*ended);
}

QString CallerAudio::name() const
{
    return QStringLiteral("caller audio");
}

} // namespace relais::voice
