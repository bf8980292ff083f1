#pragma once
// Records a PulseAudio source through Qt Multimedia and keeps, for every chunk it gets, when
// it arrived on the monotonic clock: the earliest (arrival - duration recorded so far) is
// when the recording's first sample was at the source, so any sample's time at the source
// is known on the bench's one time base, whatever the stream's own buffering.
#include <QAudioSource>
#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <vector>

class TimedRecorder : public QObject
{
    Q_OBJECT
public:
    TimedRecorder(const QByteArray &deviceId, int sampleRate, const QElapsedTimer &clock);
    bool start(QString *error);
    void stop();

    [[nodiscard]] const std::vector<float> &samples() const { return m_samples; }
    [[nodiscard]] int sampleRate() const { return m_rate; }
    // Time of sample 0 at the source, in ms on the bench's clock.
    [[nodiscard]] double firstSampleMs() const { return m_firstMs; }

private:
    void onReadyRead();

    QByteArray m_id;
    int m_rate;
    const QElapsedTimer &m_clock;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr;
    std::vector<float> m_samples;
    double m_firstMs = 1e300;
};
