#include "voice/CallerFlow.h"

#include <QFile>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace relais::voice {

using Kind = IvrSession::Action::Kind;

CallerFlow::CallerFlow(const config::Config &config, PromptLibrary &prompts, Leg leg,
                       Outcomes outcomes, QObject *parent)
    : QObject(parent), m_config(config), m_prompts(prompts), m_leg(std::move(leg)),
      m_outcomes(std::move(outcomes))
{
    // Coarse timers may be 5 % late: 300 ms on a 6 s timeout.
    m_ivrTimer.setTimerType(Qt::PreciseTimer);
    m_announcementTimer.setTimerType(Qt::PreciseTimer);
    m_ivrTimer.setSingleShot(true);
    connect(&m_ivrTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Ivr && m_ivr)
            applyIvr(m_ivr->timeout());
    });
    connect(&m_announcementTimer, &QTimer::timeout, this, &CallerFlow::announce);
}

Clip CallerFlow::clip(const QString &path)
{
    QString error;
    Clip c = m_prompts.clip(path, &error);
    if (!c)
        qCWarning(lcVoice) << "cannot play" << error;
    return c;
}

quint64 CallerFlow::play(std::vector<Clip> clips)
{
    m_leg.play(std::move(clips), ++m_token);
    return m_token;
}

QString CallerFlow::localised(const QString &name) const
{
    QString lang = m_language;
    if (lang.isEmpty()) {
        const routing::QueueConfig *q = m_config.queue(m_queue);
        lang = q ? q->language : QString();
    }
    if (lang != QLatin1String("en"))
        lang = QStringLiteral("fr");
    return lang + QLatin1Char('/') + name;
}

void CallerFlow::startIvr(const config::IvrDef &ivr, const QString &language)
{
    m_phase = Phase::Ivr;
    m_ivr = std::make_unique<IvrSession>(ivr, language);
    applyIvr(m_ivr->start());
}

void CallerFlow::applyIvr(const IvrSession::Action &action)
{
    m_ivrTimer.stop();
    m_ivrAction = action;
    m_language = m_ivr->language();
    switch (action.kind) {
    case Kind::PlayAndWait:
    case Kind::PlayAndHangUp:
        play({clip(action.prompt)}); // the timeout starts once it has been heard
        return;
    case Kind::Queue:
        m_ivr.reset();
        if (m_outcomes.queueChosen)
            m_outcomes.queueChosen(action.queue, m_language);
        startQueue(action.queue);
        return;
    case Kind::HangUp:
        m_phase = Phase::Done;
        m_leg.hangUp();
        return;
    }
}

void CallerFlow::startQueue(const QString &queue)
{
    m_phase = Phase::Queue;
    m_queue = queue;
    const config::QueueVoice voice = m_config.queueVoice.value(queue);
    m_leg.setMusic(clip(voice.musicOnHold));
    play({clip(voice.welcomePrompt)});
    if (voice.announcementIntervalMs > 0)
        m_announcementTimer.start(int(voice.announcementIntervalMs));
}

void CallerFlow::resumeQueue(const QString &queue)
{
    m_phase = Phase::Queue;
    m_queue = queue;
    const config::QueueVoice voice = m_config.queueVoice.value(queue);
    m_leg.setMusic(clip(voice.musicOnHold));
    if (voice.announcementIntervalMs > 0)
        m_announcementTimer.start(int(voice.announcementIntervalMs));
}

void CallerFlow::announce()
{
    if (m_phase != Phase::Queue || m_offerPlaying)
        return; // the callback offer is not cut short
    play({clip(m_config.queueVoice.value(m_queue).announcementPrompt)});
}

void CallerFlow::overflowDue()
{
    const routing::QueueConfig *q = m_config.queue(m_queue);
    if (m_phase != Phase::Queue || !q || q->overflowAction != routing::OverflowAction::Callback)
        return;
    m_offered = true;
    m_offerPlaying = true;
    play({clip(localised(QStringLiteral("callback-offer.wav")))});
}

void CallerFlow::digit(QChar key)
{
    switch (m_phase) {
    case Phase::Ivr:
        if (m_ivr)
            applyIvr(m_ivr->digit(key));
        return;
    case Phase::Queue:
        if (m_offered && key == QLatin1Char('1')) {
            m_announcementTimer.stop();
            m_offerPlaying = false;
            m_phase = Phase::CallbackBeep;
            m_leg.setMusic(nullptr);
            play({m_prompts.beep()});
        }
        return;
    case Phase::CallbackRecording:
        if (key == QLatin1Char('#'))
            m_leg.stopCapture();
        return;
    default:
        return;
    }
}

void CallerFlow::playFinished(quint64 token)
{
    if (token != m_token)
        return; // replaced before it ended
    m_offerPlaying = false;
    switch (m_phase) {
    case Phase::Ivr:
        if (m_ivrAction.kind == Kind::PlayAndWait) {
            m_ivrTimer.start(int(m_ivrAction.timeoutMs));
        } else if (m_ivrAction.kind == Kind::PlayAndHangUp) {
            m_phase = Phase::Done;
            m_leg.hangUp();
        }
        return;
    case Phase::CallbackBeep: {
        m_phase = Phase::CallbackRecording;
        CallerAudio::CaptureRules rules;
        m_leg.startCapture(m_recordingPath, rules);
        return;
    }
    case Phase::Goodbye:
        m_phase = Phase::Done;
        m_leg.hangUp();
        return;
    default:
        return;
    }
}

void CallerFlow::captureEnded(const CallerAudio::Capture &capture)
{
    if (m_phase == Phase::CallbackRecording)
        finishRecording(capture);
}

// Pressing 1 asked for a callback: it is made even if they then said nothing.
void CallerFlow::finishRecording(const CallerAudio::Capture &capture)
{
    const bool failed = capture.end == CallerAudio::Capture::End::WriteError;
    qCInfo(lcVoice) << "callback request recorded:" << capture.path << capture.durationMs << "ms,"
                    << capture.speechMs << "ms of speech" << (failed ? "(write error)" : "");
    m_phase = Phase::Goodbye;
    m_callbackMade = true;
    if (m_outcomes.callbackRecorded)
        m_outcomes.callbackRecorded(failed ? QString() : capture.path);
    play({clip(localised(QStringLiteral("callback-thanks.wav")))});
}

bool CallerFlow::callerLeft(const std::optional<CallerAudio::Capture> &partial)
{
    m_ivrTimer.stop();
    m_announcementTimer.stop();
    const Phase was = m_phase;
    m_phase = Phase::Done;
    if (m_callbackMade)
        return true;
    if (was != Phase::CallbackRecording || !partial)
        return false;
    if (partial->speechMs < kMinSpeechMs) {
        QFile::remove(partial->path); // nothing said: no request, the call is abandoned
        return false;
    }
    qCInfo(lcVoice) << "caller hung up while recording; request kept:" << partial->path
                    << partial->speechMs << "ms of speech";
    m_callbackMade = true;
    if (m_outcomes.callbackRecorded)
        m_outcomes.callbackRecorded(partial->path);
    return true;
}

} // namespace relais::voice
