#pragma once
// The walk of one trunk caller as they hear it, on the Qt thread: the IVR's prompts and
// digits (its timeout counted from the end of the prompt), then the queue's welcome, music on
// hold and periodic announcement, and on overflow the offer to be called back: 1 → a beep,
// their request recorded, a thank-you, hang-up. It drives the caller's leg through `Leg`
// (VoiceService posts those to the libre thread) and is fed the leg's events back.
#include "config/Config.h"
#include "voice/CallerAudio.h"
#include "voice/IvrSession.h"
#include "voice/PromptLibrary.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace relais::voice {

class CallerFlow : public QObject
{
    Q_OBJECT
public:
    // What the flow asks of the caller's leg. Every member must be set.
    struct Leg
    {
        std::function<void(std::vector<Clip> clips, quint64 token)> play;
        std::function<void(Clip music)> setMusic;
        std::function<void(const QString &path, const CallerAudio::CaptureRules &rules)>
            startCapture;
        std::function<void()> stopCapture; // the leg answers with captureEnded()
        std::function<void()> hangUp;
    };
    // What the flow decided, for VoiceService.
    struct Outcomes
    {
        std::function<void(const QString &queue, const QString &language)> queueChosen;
        // The caller left a request to be called back, recorded in this file.
        std::function<void(const QString &recordingPath)> callbackRecorded;
    };
    enum class Phase { Idle, Ivr, Queue, CallbackBeep, CallbackRecording, Goodbye, Done };

    CallerFlow(const config::Config &config, PromptLibrary &prompts, Leg leg, Outcomes outcomes,
               QObject *parent = nullptr);

    // `language`: the one the caller chose last time (empty: ask).
    void startIvr(const config::IvrDef &ivr, const QString &language);
    void startQueue(const QString &queue);
    // Waiting again after a transfer: music and announcements, no welcome.
    void resumeQueue(const QString &queue);
    // Where the callback request is recorded (known once the call is an interaction).
    void setRecordingPath(const QString &path) { m_recordingPath = path; }

    // Events from the leg.
    void digit(QChar key);
    void playFinished(quint64 token);
    void captureEnded(const CallerAudio::Capture &capture);
    // The queue's overflow delay passed: offer a callback (queues whose overflow is callback).
    void overflowDue();
    // The caller hung up. `partial`: what the recording had so far, if one was running.
    // True when a partial request was kept (the caller had spoken): it becomes a callback.
    bool callerLeft(const std::optional<CallerAudio::Capture> &partial);

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] const QString &language() const { return m_language; }
    [[nodiscard]] const QString &queue() const { return m_queue; }
    [[nodiscard]] bool callbackOffered() const { return m_offered; }

    // A request shorter than this is no request (a hang-up right after the beep).
    static constexpr qint64 kMinSpeechMs = 300;

private:
    void applyIvr(const IvrSession::Action &action);
    quint64 play(std::vector<Clip> clips);
    Clip clip(const QString &path);
    QString localised(const QString &name) const;
    void announce();
    void finishRecording(const CallerAudio::Capture &capture);

    const config::Config &m_config;
    PromptLibrary &m_prompts;
    Leg m_leg;
    Outcomes m_outcomes;
    Phase m_phase = Phase::Idle;
    std::unique_ptr<IvrSession> m_ivr;
    IvrSession::Action m_ivrAction;
    QTimer m_ivrTimer;
    QTimer m_announcementTimer;
    QString m_language;
    QString m_queue;
    QString m_recordingPath;
    quint64 m_token = 0; // the sequence now playing
    bool m_offered = false;
    bool m_offerPlaying = false;
    bool m_callbackMade = false;
};

} // namespace relais::voice
