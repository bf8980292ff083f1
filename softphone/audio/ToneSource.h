#pragma once
// A QIODevice that plays a ToneGenerator, in whatever format the sound card takes, for as long
// as a QAudioSink pulls from it. Used by the Ringer.
#include "AudioConverter.h"
#include "ToneGenerator.h"

#include <QIODevice>

namespace relais::softphone {

class ToneSource : public QIODevice
{
    Q_OBJECT
public:
    // The generator is re-timed to the hardware's rate.
    ToneSource(ToneGenerator generator, const QAudioFormat &hardware, QObject *parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ToneGenerator m_generator;
    AudioConverter m_converter;
    std::vector<std::int16_t> m_samples;
    QByteArray m_bytes;
};

} // namespace relais::softphone
