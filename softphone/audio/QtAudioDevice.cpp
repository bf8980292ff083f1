#include "QtAudioDevice.h"

#include "AudioStreamController.h"

#include <QMutexLocker>

namespace relais::softphone {

namespace {
constexpr int kRingMs = 250;
constexpr int kCaptureBacklogFrames = 3; // more queued than this is dropped as stale
} // namespace

QtAudioDevice::QtAudioDevice(const AudioPreferences &preferences, QObject *parent)
    : QObject(parent), m_prefs(preferences)
{
    m_thread.setObjectName(QStringLiteral("relais-audio"));
    m_thread.start();
    m_controller =
        new AudioStreamController({&m_captureRing, &m_playbackRing, &m_inputMeter}, nullptr);
    m_controller->moveToThread(&m_thread);
    connect(
        m_controller, &AudioStreamController::inputChanged, this,
        [this](const QString &d) {
            {
                QMutexLocker lock(&m_mutex);
                m_inputName = d;
            }
            emit inputDeviceChanged(d);
        },
        Qt::DirectConnection);
    connect(
        m_controller, &AudioStreamController::outputChanged, this,
        [this](const QString &d) {
            {
                QMutexLocker lock(&m_mutex);
                m_outputName = d;
            }
            emit outputDeviceChanged(d);
        },
        Qt::DirectConnection);
    connect(m_controller, &AudioStreamController::problem, this, &QtAudioDevice::deviceProblem,
            Qt::DirectConnection);
}

QtAudioDevice::~QtAudioDevice()
{
    close();
    onAudioThread([this] { delete m_controller; });
    m_controller = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void QtAudioDevice::onAudioThread(const std::function<void()> &work)
{
    if (QThread::currentThread() == &m_thread)
        work();
    else
        QMetaObject::invokeMethod(m_controller, work, Qt::BlockingQueuedConnection);
}

bool QtAudioDevice::open(const AudioFormat &format, QString *error)
{
    close();
    m_format = format;
    const std::size_t ring = std::size_t(format.sampleRate) * kRingMs / 1000;
    m_captureRing.reset(ring);
    m_playbackRing.reset(ring);
    m_maxBacklog = format.frameSamples() * kCaptureBacklogFrames;
    m_inputMeter.reset();
    m_outputMeter.reset();
    const AudioPreferences prefs = preferences();
    bool ok = false;
    QString why;
    onAudioThread([&] { ok = m_controller->start(prefs, format.sampleRate, &why); });
    if (!ok && error)
        *error = why;
    m_open = ok;
    return ok;
}

void QtAudioDevice::close()
{
    if (!m_open.exchange(false))
        return;
    onAudioThread([this] { m_controller->stop(); });
    QMutexLocker lock(&m_mutex);
    m_inputName.clear();
    m_outputName.clear();
}

void QtAudioDevice::read(std::int16_t *out, std::size_t count)
{
    const std::size_t queued = m_captureRing.available();
    const std::size_t backlog = m_maxBacklog.load();
    if (queued > count + backlog)
        m_captureRing.discard(queued - count - backlog / kCaptureBacklogFrames);
    if (queued < count) {
        // Wait for a whole frame rather than split the audio with a gap of silence.
        std::fill(out, out + count, std::int16_t(0));
        if (m_open.load())
            m_captureSilence += count;
        return;
    }
    m_captureRing.read(out, count);
}

void QtAudioDevice::write(const std::int16_t *in, std::size_t count)
{
    m_outputMeter.process(in, count);
    if (m_open.load())
        m_playbackRing.write(in, count);
}

QString QtAudioDevice::name() const
{
    QMutexLocker lock(&m_mutex);
    return QStringLiteral("qt:%1|%2").arg(m_inputName, m_outputName);
}

void QtAudioDevice::setPreferences(const AudioPreferences &preferences)
{
    {
        QMutexLocker lock(&m_mutex);
        m_prefs = preferences;
    }
    onAudioThread([this, preferences] { m_controller->setPreferences(preferences); });
}

AudioPreferences QtAudioDevice::preferences() const
{
    QMutexLocker lock(&m_mutex);
    return m_prefs;
}

QString QtAudioDevice::inputDeviceName() const
{
    QMutexLocker lock(&m_mutex);
    return m_inputName;
}

QString QtAudioDevice::outputDeviceName() const
{
    QMutexLocker lock(&m_mutex);
    return m_outputName;
}

} // namespace relais::softphone
