// VoiceService: what trunk callers hear, Qt side. Each call has a CallerFlow; its commands
// run on the libre thread against the call's CallerAudio, found by key (the call may be gone).
#include "voice/VoiceService.h"

#include "engine/LibreThread.h"
#include "server/DispatchCore.h"
#include "store/PhoneNumber.h"
#include "voice/TrunkCall.h"

#include <QDir>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace relais::voice {

CallerFlow *VoiceService::flow(const QString &key) const
{
    const auto it = m_flows.find(key);
    return it == m_flows.end() ? nullptr : it->second.get();
}

void VoiceService::onLeg(const QString &key, std::function<void(TrunkCall &call)> command)
{
    if (!m_thread)
        return;
    m_thread->post([this, key, command = std::move(command)] {
        if (TrunkCall *call = m_calls.value(key))
            command(*call);
    });
}

CallerFlow *VoiceService::startFlow(const QString &key, const QString &caller)
{
    CallerFlow::Leg leg;
    leg.play = [this, key](std::vector<Clip> clips, quint64 token) {
        onLeg(key, [clips, token](TrunkCall &c) { c.audio().play(clips, token); });
    };
    leg.setMusic = [this, key](Clip music) {
        onLeg(key, [music](TrunkCall &c) { c.audio().setMusic(music); });
    };
    // Both end with the capture going back to the flow (a failure to start as a write error).
    const auto report = [this, key](const CallerAudio::Capture &capture) {
        QMetaObject::invokeMethod(
            this,
            [this, key, capture] {
                if (CallerFlow *f = flow(key))
                    f->captureEnded(capture);
            },
            Qt::QueuedConnection);
    };
    leg.startCapture = [this, key, report](const QString &path,
                                           const CallerAudio::CaptureRules &rules) {
        onLeg(key, [path, rules, report](TrunkCall &c) {
            QString error;
            if (c.audio().startCapture(path, rules, &error))
                return;
            qCWarning(lcVoice) << "cannot record the callback request:" << error;
            CallerAudio::Capture failed;
            failed.end = CallerAudio::Capture::End::WriteError;
            failed.path = path;
            report(failed);
        });
    };
    leg.stopCapture = [this, key, report] {
        onLeg(key, [report](TrunkCall &c) {
            if (const std::optional<CallerAudio::Capture> capture = c.audio().stopCapture())
                report(*capture);
        });
    };
    leg.hangUp = [this, key] {
        if (m_thread)
            m_thread->post([this, key] { hangupCall(key); });
        // Not from inside the flow's own call.
        QMetaObject::invokeMethod(
            this, [this, key] { callEnded(key, QStringLiteral("hung up by the server")); },
            Qt::QueuedConnection);
    };
    CallerFlow::Outcomes outcomes;
    outcomes.queueChosen = [this, key, caller](const QString &queue, const QString &language) {
        qCInfo(lcVoice) << "IVR: call" << key << "chose queue" << queue << "language" << language;
        callQueued(key, caller, queue, {});
        rememberLanguage(key, language);
    };
    outcomes.callbackRecorded = [this, key](const QString &path) { callbackRecorded(key, path); };
    auto f =
        std::make_unique<CallerFlow>(m_config, *m_prompts, std::move(leg), std::move(outcomes));
    CallerFlow *raw = f.get();
    m_flows[key] = std::move(f);
    return raw;
}

void VoiceService::callerLeft(const QString &key,
                              const std::optional<CallerAudio::Capture> &partial)
{
    if (CallerFlow *f = flow(key))
        f->callerLeft(partial);
}

void VoiceService::overflowDue(const QString &interactionId)
{
    for (auto it = m_interactionByCall.cbegin(); it != m_interactionByCall.cend(); ++it) {
        if (it.value() == interactionId) {
            if (CallerFlow *f = flow(it.key()))
                f->overflowDue();
            return;
        }
    }
}

void VoiceService::callerRequeued(const QString &key, const QString &interactionId)
{
    if (!m_core || m_interactionByCall.value(key) != interactionId)
        return; // the caller left meanwhile
    const std::optional<routing::InteractionInfo> info =
        m_core->routing().interaction(interactionId);
    if (!info ||
        (info->state != routing::IxState::Queued && info->state != routing::IxState::Offered))
        return; // answered again already
    CallerFlow *f = startFlow(key, info->from);
    f->setRecordingPath(
        QDir(m_recordingsDir).filePath(interactionId + QStringLiteral("-request.wav")));
    f->resumeQueue(info->queue);
    qCInfo(lcVoice) << "call" << key << "waits again in" << info->queue;
}

void VoiceService::callbackRecorded(const QString &key, const QString &recordingPath)
{
    const QString id = m_interactionByCall.value(key);
    if (id.isEmpty() || !m_core)
        return;
    const server::CoreResult r = m_core->voiceCallback(id, recordingPath);
    if (r.ok())
        m_interactionByCall.remove(key); // the caller's hang-up no longer abandons it
    else
        qCWarning(lcVoice) << "call" << key << "callback not made:" << r.message;
}

QString VoiceService::languageOf(const QString &caller) const
{
    if (!m_core)
        return {};
    const QString phone = store::normalisePhone(caller, m_config.defaultCountryCode);
    if (phone.isEmpty())
        return {};
    const std::optional<protocol::Customer> c = m_core->database().customerByPhone(phone);
    return c ? c->language : QString();
}

void VoiceService::rememberLanguage(const QString &key, const QString &language)
{
    const QString id = m_interactionByCall.value(key);
    if (language.isEmpty() || id.isEmpty() || !m_core)
        return;
    const std::optional<store::InteractionRecord> rec = m_core->database().interaction(id);
    if (rec && !rec->customerId.isEmpty() &&
        !m_core->database().setCustomerLanguage(rec->customerId, language))
        qCWarning(lcVoice) << "could not keep the language of" << rec->customerId;
}

} // namespace relais::voice
