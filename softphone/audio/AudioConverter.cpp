#include "AudioConverter.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace relais::softphone {

namespace {

int decode(QAudioFormat::SampleFormat f, const char *p)
{
    switch (f) {
    case QAudioFormat::UInt8:
        return (int(static_cast<unsigned char>(*p)) - 128) << 8;
    case QAudioFormat::Int16: {
        std::int16_t v;
        std::memcpy(&v, p, 2);
        return v;
    }
    case QAudioFormat::Int32: {
        std::int32_t v;
        std::memcpy(&v, p, 4);
        return v >> 16;
    }
    case QAudioFormat::Float: {
        float v;
        std::memcpy(&v, p, 4);
        return int(std::lrint(std::clamp(v, -1.0f, 1.0f) * 32767.0f));
    }
    default:
        return 0;
    }
}

void encode(QAudioFormat::SampleFormat f, std::int16_t s, char *p)
{
    switch (f) {
    case QAudioFormat::UInt8:
        *p = char((s >> 8) + 128);
        break;
    case QAudioFormat::Int16:
        std::memcpy(p, &s, 2);
        break;
    case QAudioFormat::Int32: {
        const std::int32_t v = std::int32_t(s) * 65536;
        std::memcpy(p, &v, 4);
        break;
    }
    case QAudioFormat::Float: {
        const float v = float(s) / 32768.0f;
        std::memcpy(p, &v, 4);
        break;
    }
    default:
        std::memset(p, 0, 1);
        break;
    }
}

} // namespace

bool AudioConverter::supports(const QAudioFormat &format)
{
    const auto f = format.sampleFormat();
    return format.isValid() && format.channelCount() >= 1 &&
           (f == QAudioFormat::UInt8 || f == QAudioFormat::Int16 || f == QAudioFormat::Int32 ||
            f == QAudioFormat::Float);
}

void AudioConverter::setFormats(const QAudioFormat &hardware, int engineRate)
{
    m_hw = hardware;
    m_engineRate = engineRate;
    m_capture.reset(hardware.sampleRate(), engineRate);
    m_playback.reset(engineRate, hardware.sampleRate());
    m_partial.clear();
}

void AudioConverter::clear()
{
    m_capture.clear();
    m_playback.clear();
    m_partial.clear();
}

void AudioConverter::toEngine(const char *data, qsizetype bytes, std::vector<std::int16_t> &out)
{
    const int bpf = m_hw.bytesPerFrame();
    const int bps = m_hw.bytesPerSample();
    const int channels = m_hw.channelCount();
    if (bpf <= 0)
        return;
    if (!m_partial.isEmpty()) {
        m_partial.append(data, bytes);
        const QByteArray joined = std::exchange(m_partial, {});
        toEngine(joined.constData(), joined.size(), out);
        return;
    }
    const qsizetype frames = bytes / bpf;
    m_mono.resize(std::size_t(frames));
    const auto f = m_hw.sampleFormat();
    for (qsizetype i = 0; i < frames; ++i) {
        const char *frame = data + i * bpf;
        int sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += decode(f, frame + c * bps);
        m_mono[std::size_t(i)] = std::int16_t(std::clamp(sum / channels, -32768, 32767));
    }
    if (frames * bpf < bytes)
        m_partial = QByteArray(data + frames * bpf, bytes - frames * bpf);
    m_capture.process(m_mono.data(), m_mono.size(), out);
}

void AudioConverter::fromEngine(const std::int16_t *in, std::size_t count, QByteArray &out)
{
    const int bpf = m_hw.bytesPerFrame();
    const int bps = m_hw.bytesPerSample();
    const int channels = m_hw.channelCount();
    if (bpf <= 0)
        return;
    m_resampled.clear();
    m_playback.process(in, count, m_resampled);
    const qsizetype start = out.size();
    out.resize(start + qsizetype(m_resampled.size()) * bpf);
    char *p = out.data() + start;
    const auto f = m_hw.sampleFormat();
    for (const std::int16_t s : m_resampled) {
        for (int c = 0; c < channels; ++c)
            encode(f, s, p + c * bps);
        p += bpf;
    }
}

std::size_t AudioConverter::engineSamplesFor(qint64 frames) const
{
    const int rate = std::max(m_hw.sampleRate(), 1);
    return std::size_t((frames * m_engineRate + rate - 1) / rate);
}

} // namespace relais::softphone
