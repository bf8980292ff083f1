#include "voice/AgentCalls.h"

#include "engine/LibreThread.h"
#include "engine/SipRegistrar.h"
#include "engine/SipStack.h"
#include "engine/media/MediaSession.h"
#include "server/DispatchCore.h"
#include "voice/AgentLeg.h"
#include "voice/CallBridge.h"
#include "voice/CallRecorder.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace relais::voice {

AgentCalls::AgentCalls(const config::Config &config, server::DispatchCore &core, QObject *parent)
    : QObject(parent), config_(config), core_(core)
{
    // Queued: an offer made while a trunk call is being queued comes once its key is known.
    connect(&core_, &server::DispatchCore::voiceOfferMade, this, &AgentCalls::onOfferMade,
            Qt::QueuedConnection);
    connect(&core_, &server::DispatchCore::voiceOfferRevoked, this, &AgentCalls::onOfferRevoked,
            Qt::QueuedConnection);
    connect(&core_, &server::DispatchCore::voiceEnded, this, &AgentCalls::onEnded,
            Qt::QueuedConnection);
    connect(&core_, &server::DispatchCore::voiceRecordingPaused, this,
            &AgentCalls::onRecordingPaused);
    core_.enableVoiceDevices();
}

AgentCalls::~AgentCalls() = default;

void AgentCalls::attach(softphone::LibreThread &thread, softphone::SipStack &stack,
                        softphone::SipRegistrar &registrar, Trunk trunk)
{
    thread_ = &thread;
    stack_ = &stack;
    registrar_ = &registrar;
    trunk_ = std::move(trunk);
}

void AgentCalls::toQt(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

// ---- Qt thread ----

void AgentCalls::callQueued(const QString &key, const QString &interactionId)
{
    keyByInteraction_.insert(interactionId, key);
}

QString AgentCalls::usernameForSipUser(const QString &sipUser) const
{
    for (const config::UserDef &u : config_.users) {
        if ((u.sipUser.isEmpty() ? u.username : u.sipUser) == sipUser)
            return u.username;
    }
    return {};
}

void AgentCalls::deviceRegistered(const QString &sipUser)
{
    const QString user = usernameForSipUser(sipUser);
    if (!user.isEmpty())
        core_.setVoiceDevice(user, true);
}

void AgentCalls::deviceUnregistered(const QString &sipUser)
{
    const QString user = usernameForSipUser(sipUser);
    if (!user.isEmpty())
        core_.setVoiceDevice(user, false);
}

void AgentCalls::onOfferMade(const QString &interactionId, const QString &agentId)
{
    const QString key = keyByInteraction_.value(interactionId);
    const std::optional<routing::InteractionInfo> info = core_.routing().interaction(interactionId);
    if (key.isEmpty() || !info || !thread_) {
        // A voice interaction without a live call (restored after a restart): the caller is
        // gone, nobody can answer it.
        qCInfo(lcVoice) << "voice interaction" << interactionId << "has no call: abandoned";
        core_.customerLeft(interactionId);
        return;
    }
    Ring r;
    r.interactionId = interactionId;
    r.agentId = agentId;
    r.trunkKey = key;
    r.callerNumber = info->from;
    r.queue = info->queue;
    if (const config::UserDef *u = config_.userDef(agentId)) {
        r.sipUser = u->sipUser.isEmpty() ? u->username : u->sipUser;
        r.autoAnswer = u->autoAnswer;
    }
    thread_->post([this, r] { ring(r); });
}

void AgentCalls::onOfferRevoked(const QString &interactionId, const QString &agentId)
{
    if (thread_)
        thread_->post([this, interactionId, agentId] { cancel(interactionId, agentId); });
}

void AgentCalls::onRecordingPaused(const QString &interactionId, bool paused)
{
    if (!thread_)
        return;
    thread_->post([this, interactionId, paused] {
        auto it = connections_.find(interactionId);
        if (it == connections_.end() || !it->second->recorder)
            return;
        it->second->recorder->setPaused(paused);
        qCInfo(lcVoice) << "recording of" << interactionId << (paused ? "paused" : "resumed");
    });
}

void AgentCalls::onEnded(const QString &interactionId)
{
    keyByInteraction_.remove(interactionId);
    if (thread_)
        thread_->post([this, interactionId] { endCall(interactionId); });
}

// ---- libre thread ----

void AgentCalls::ring(const Ring &r)
{
    const QString id = r.interactionId;
    const QString agent = r.agentId;
    auto unanswered = [this, id, agent](const QString &why) {
        qCInfo(lcVoice) << "cannot ring" << agent << "for" << id << ":" << why;
        toQt([this, id, agent] { core_.voiceUnanswered(id, agent); });
    };
    if (connections_.count(id)) {
        unanswered(QStringLiteral("already ringing"));
        return;
    }
    if (!trunk_.media(r.trunkKey))
        return; // the caller hung up meanwhile: the trunk's close abandons the interaction
    const std::optional<softphone::SipRegistrar::Binding> binding = registrar_->binding(r.sipUser);
    if (!binding) {
        unanswered(QStringLiteral("no registered phone"));
        return;
    }
    auto c = std::make_unique<Connection>();
    c->interactionId = id;
    c->agentId = agent;
    c->trunkKey = r.trunkKey;
    c->queue = r.queue;
    c->leg = std::make_unique<AgentLeg>(
        *stack_, [this](AgentLeg &leg) { onAnswered(leg); },
        [this](AgentLeg &leg, bool answered, int status, const QString &reason) {
            onLegClosed(leg, answered, status, reason);
        });
    AgentLeg::Dial d;
    d.contact = binding->contact;
    d.callerNumber = r.callerNumber;
    d.domain = config_.sipDomain;
    d.interactionId = id;
    d.autoAnswer = r.autoAnswer;
    QString error;
    if (!c->leg->dial(d, &error)) {
        unanswered(error);
        return;
    }
    const QString callId = c->leg->sipCallId();
    qCInfo(lcVoice) << "ringing" << agent << "at" << binding->contact << "for" << id << "Call-ID"
                    << callId;
    connections_[id] = std::move(c);
    toQt([this, id, agent, callId] { core_.deliverVoiceOffer(id, agent, callId); });
}

AgentCalls::Connection *AgentCalls::connectionFor(const AgentLeg &leg)
{
    for (auto &[id, c] : connections_) {
        if (c->leg.get() == &leg)
            return c.get();
    }
    return nullptr;
}

void AgentCalls::onAnswered(AgentLeg &leg)
{
    Connection *c = connectionFor(leg);
    if (!c)
        return;
    softphone::media::MediaSession *callerMedia = trunk_.media(c->trunkKey);
    if (!callerMedia || !leg.media()) {
        endCall(c->interactionId);
        return;
    }
    const config::QueueVoice voice = config_.queueVoice.value(c->queue);
    if (voice.record) {
        const QString dir = config_.voice.recordingsDir;
        const QString path = QDir(dir).filePath(c->interactionId + QStringLiteral(".wav"));
        QString error;
        c->recorder = std::make_unique<CallRecorder>();
        if (!QDir().mkpath(dir) || !c->recorder->open(path, &error)) {
            qCWarning(lcVoice) << "cannot record" << c->interactionId << "to" << path << ":"
                               << error;
            c->recorder.reset();
        }
    }
    c->bridge = std::make_unique<CallBridge>(*callerMedia, *leg.media(), c->recorder.get());
    qCInfo(lcVoice) << "bridged" << c->interactionId << "caller" << callerMedia->codecName()
                    << "agent" << leg.media()->codecName()
                    << (c->bridge->mode() == CallBridge::Mode::Passthrough ? "passthrough"
                                                                           : "transcoding")
                    << "agent RTP to" << leg.media()->remoteRtpAddress() << "caller RTP to"
                    << callerMedia->remoteRtpAddress();
    const QString id = c->interactionId;
    const QString agent = c->agentId;
    const QString file = c->recorder ? QFileInfo(c->recorder->path()).fileName() : QString();
    toQt([this, id, agent, file] {
        if (!file.isEmpty())
            core_.setVoiceRecording(id, file);
        const server::CoreResult r = core_.voiceAnswered(id, agent);
        if (!r.ok()) {
            // Answered too late (the offer was taken back meanwhile): hang up on the phone.
            qCInfo(lcVoice) << "answer of" << id << "by" << agent << "refused:" << r.message;
            thread_->post([this, id, agent] {
                auto it = connections_.find(id);
                if (it != connections_.end() && it->second->agentId == agent)
                    endCall(id);
            });
        }
    });
}

void AgentCalls::onLegClosed(AgentLeg &leg, bool answered, int sipStatus, const QString &reason)
{
    Connection *c = connectionFor(leg);
    if (!c)
        return;
    const QString id = c->interactionId;
    const QString agent = c->agentId;
    const QString key = c->trunkKey;
    qCInfo(lcVoice) << "agent leg of" << id << "closed:" << reason;
    std::unique_ptr<Connection> owned = std::move(connections_[id]);
    connections_.erase(id);
    release(std::move(owned));
    if (answered) {
        trunk_.hangup(key); // the agent hung up: the caller too
        toQt([this, id] { core_.voiceHungUp(id); });
    } else if (sipStatus == 486 || sipStatus == 600 || sipStatus == 603) {
        toQt([this, id, agent] { core_.voiceRefused(id, agent); });
    } else {
        toQt([this, id, agent] { core_.voiceUnanswered(id, agent); });
    }
}

void AgentCalls::cancel(const QString &interactionId, const QString &agentId)
{
    auto it = connections_.find(interactionId);
    if (it == connections_.end() || it->second->agentId != agentId || it->second->leg->isAnswered())
        return;
    qCInfo(lcVoice) << "offer of" << interactionId << "to" << agentId << "revoked: CANCEL";
    std::unique_ptr<Connection> c = std::move(it->second);
    connections_.erase(it);
    release(std::move(c));
}

void AgentCalls::endCall(const QString &interactionId)
{
    auto it = connections_.find(interactionId);
    if (it == connections_.end())
        return;
    std::unique_ptr<Connection> c = std::move(it->second);
    connections_.erase(it);
    const QString key = c->trunkKey;
    const bool answered = c->leg->isAnswered();
    release(std::move(c));
    if (answered)
        trunk_.hangup(key);
}

void AgentCalls::trunkClosed(const QString &key)
{
    for (auto it = connections_.begin(); it != connections_.end(); ++it) {
        if (it->second->trunkKey != key)
            continue;
        std::unique_ptr<Connection> c = std::move(it->second);
        connections_.erase(it);
        const QString id = c->interactionId;
        const bool answered = c->leg->isAnswered();
        // The bridge goes now: the caller's media is freed right after this.
        release(std::move(c));
        if (answered)
            toQt([this, id] { core_.voiceHungUp(id); });
        // Still ringing: the trunk's close abandons the interaction, which revokes the offer.
        return;
    }
}

void AgentCalls::closeAll()
{
    while (!connections_.empty()) {
        std::unique_ptr<Connection> c = std::move(connections_.begin()->second);
        connections_.erase(connections_.begin());
        c->bridge.reset();
        if (c->recorder)
            c->recorder->close();
    }
}

void AgentCalls::release(std::unique_ptr<Connection> c)
{
    if (c->bridge)
        qCInfo(lcVoice) << "unbridged" << c->interactionId << "packets to the agent"
                        << c->bridge->toAgent().relayed << "(transcoded"
                        << c->bridge->toAgent().transcoded << ") to the caller"
                        << c->bridge->toCaller().relayed << "(transcoded"
                        << c->bridge->toCaller().transcoded << ")";
    c->bridge.reset();
    if (c->recorder)
        c->recorder->close();
    c->leg->hangup();
    // The leg may be inside its own handler: freed once it has returned.
    Connection *raw = c.release();
    if (!thread_->post([raw] { delete raw; }))
        delete raw; // shutting down: nothing is running any more
}

} // namespace relais::voice
