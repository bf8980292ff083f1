#include "FileAudioDevice.h"

#include "WavReader.h"

#include <algorithm>

namespace relais::softphone {

FileAudioDevice::~FileAudioDevice()
{
    close();
}

void FileAudioDevice::setSourceSilence()
{
    m_source = Source::Silence;
}

void FileAudioDevice::setSourceFile(const QString &path, bool loop)
{
    m_source = Source::File;
    m_sourcePath = path;
    m_loop = loop;
}

void FileAudioDevice::setSourceTone(double f1, double f2, double amplitude)
{
    m_source = Source::Tone;
    m_f1 = f1;
    m_f2 = f2;
    m_amplitude = amplitude;
}

void FileAudioDevice::setSinkFile(const QString &path)
{
    m_sinkPath = path;
}

bool FileAudioDevice::open(const AudioFormat &format, QString *error)
{
    close();
    std::vector<std::int16_t> pcm;
    if (m_source == Source::File) {
        QString why;
        WavReader reader;
        if (!reader.open(m_sourcePath, format, &why)) {
            if (error)
                *error = why;
            return false;
        }
        pcm = reader.readAll();
    }
    {
        std::lock_guard lock(m_playbackMutex);
        if (!m_sinkPath.isEmpty() && !m_writer.open(m_sinkPath, format.sampleRate, 1, error))
            return false;
        m_written = 0;
    }
    std::lock_guard lock(m_captureMutex);
    m_format = format;
    m_pcm = std::move(pcm);
    m_pcmPos = 0;
    m_tone.setSampleRate(format.sampleRate);
    m_tone.setFrequencies(m_f1, m_f2);
    m_tone.setAmplitude(m_amplitude);
    m_finished = m_source == Source::File && m_pcm.empty() && !m_loop;
    m_open = true;
    return true;
}

void FileAudioDevice::close()
{
    {
        std::lock_guard lock(m_captureMutex);
        m_open = false;
        m_pcm.clear();
        m_pcmPos = 0;
    }
    std::lock_guard lock(m_playbackMutex);
    m_writer.close();
}

void FileAudioDevice::read(std::int16_t *out, std::size_t count)
{
    std::lock_guard lock(m_captureMutex);
    if (!m_open || m_source == Source::Silence) {
        std::fill(out, out + count, std::int16_t(0));
        return;
    }
    if (m_source == Source::Tone) {
        m_tone.generate(out, count);
        return;
    }
    std::size_t done = 0;
    while (done < count) {
        if (m_pcmPos >= m_pcm.size()) {
            if (!m_loop || m_pcm.empty()) {
                m_finished = true;
                std::fill(out + done, out + count, std::int16_t(0));
                return;
            }
            m_pcmPos = 0;
        }
        const std::size_t n = std::min(count - done, m_pcm.size() - m_pcmPos);
        std::copy_n(m_pcm.data() + m_pcmPos, n, out + done);
        m_pcmPos += n;
        done += n;
    }
    if (!m_loop && m_pcmPos >= m_pcm.size())
        m_finished = true;
}

void FileAudioDevice::write(const std::int16_t *in, std::size_t count)
{
    std::lock_guard lock(m_playbackMutex);
    if (m_writer.isOpen())
        m_writer.write(in, count);
    m_written += count;
}

QString FileAudioDevice::name() const
{
    switch (m_source) {
    case Source::File:
        return QStringLiteral("file:%1").arg(m_sourcePath);
    case Source::Tone:
        return m_f2 > 0.0 ? QStringLiteral("tone:%1+%2Hz").arg(m_f1).arg(m_f2)
                          : QStringLiteral("tone:%1Hz").arg(m_f1);
    case Source::Silence:
        break;
    }
    return QStringLiteral("silence");
}

} // namespace relais::softphone
