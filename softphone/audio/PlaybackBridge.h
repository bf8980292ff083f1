#pragma once
// The QIODevice a QAudioSink pulls playback from: takes the engine's queued samples, converts
// them to the hardware's format and always answers in full (silence when the engine is late),
// so the sink never stops. After running dry it waits for `primeMs` of audio before playing
// again, and it trims a queue grown past `maxMs`, which keeps the added latency bounded.
// The engine's jitter buffer already absorbs the network's jitter: this queue only bridges the
// engine's 20 ms tick and the sink's periods, so one frame of priming is enough (every 10 ms
// kept here is 10 ms of mouth-to-ear delay; see bench_softphone_latency).
// Runs on the audio thread.
#include "AudioConverter.h"

#include <QIODevice>

namespace relais::softphone {

class SampleRing;

class PlaybackBridge : public QIODevice
{
    Q_OBJECT
public:
    PlaybackBridge(const QAudioFormat &hardware, int engineRate, SampleRing *ring,
                   QObject *parent = nullptr, int primeMs = 20, int maxMs = 80);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] std::uint64_t underruns() const { return m_underruns; }

protected:
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    AudioConverter m_converter;
    SampleRing *m_ring;
    std::size_t m_prime;
    std::size_t m_max;
    bool m_priming = true;
    std::uint64_t m_underruns = 0;
    QByteArray m_pending;
    std::vector<std::int16_t> m_chunk;
};

} // namespace relais::softphone
