#pragma once
// The QIODevice a QAudioSource writes captured audio into: converts it to the engine's format,
// meters it and queues it for the engine's read(). Runs on the audio thread.
#include "AudioConverter.h"

#include <QIODevice>

namespace relais::softphone {

class LevelMeter;
class SampleRing;

class CaptureBridge : public QIODevice
{
    Q_OBJECT
public:
    CaptureBridge(const QAudioFormat &hardware, int engineRate, SampleRing *ring, LevelMeter *meter,
                  QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override;

private:
    AudioConverter m_converter;
    SampleRing *m_ring;
    LevelMeter *m_meter;
    std::vector<std::int16_t> m_samples;
};

} // namespace relais::softphone
