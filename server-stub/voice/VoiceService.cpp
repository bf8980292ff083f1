#include "voice/VoiceService.h"

#include "engine/Libre.h"
#include "engine/LibreThread.h"
#include "engine/SipRegistrar.h"
#include "engine/SipStack.h"
#include "engine/media/MediaSession.h"
#include "server/DispatchCore.h"
#include "voice/AgentCalls.h"
#include "voice/IvrSession.h"
#include "voice/TrunkCall.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVoice, "relais.voice")

namespace relais::voice {

using softphone::LibreThread;
using softphone::SipRegistrar;
using softphone::SipStack;
using softphone::SipTransport;

VoiceService::VoiceService(const config::Config &config, bool demo, QObject *parent)
    : QObject(parent), m_config(config), m_demo(demo)
{
    for (const config::UserDef &u : config.users) {
        if (!u.sipPassword.isEmpty())
            m_sipPasswords.insert(u.sipUser, u.sipPassword);
    }
    m_prompts = std::make_unique<PromptLibrary>(PromptLibrary::defaultDir(config.voice.promptsDir));
    m_recordingsDir = QDir(config.voice.recordingsDir).absolutePath();
}

VoiceService::~VoiceService()
{
    stop();
}

void VoiceService::setCore(server::DispatchCore *core)
{
    m_core = core;
    m_agents = core ? std::make_unique<AgentCalls>(m_config, *core) : nullptr;
    if (core)
        connect(core, &server::DispatchCore::overflowDue, this, &VoiceService::overflowDue);
    if (m_agents) {
        // Bridged to an agent: the caller's queue media (music, announcements, callback offer)
        // is over.
        connect(m_agents.get(), &AgentCalls::callerBridged, this,
                [this](const QString &key) { m_flows.erase(key); });
        connect(m_agents.get(), &AgentCalls::callerRequeued, this, &VoiceService::callerRequeued);
        connect(this, &VoiceService::deviceRegistered, m_agents.get(),
                &AgentCalls::deviceRegistered);
        connect(this, &VoiceService::deviceUnregistered, m_agents.get(),
                &AgentCalls::deviceUnregistered);
    }
}

bool VoiceService::start(const QHostAddress &address, quint16 port, QString *error)
{
    // Every prompt is decoded now, so that no call waits on the disk.
    QStringList prompts;
    for (const config::IvrDef &ivr : m_config.ivrs) {
        for (const config::IvrNode &n : ivr.nodes)
            prompts << n.prompt;
    }
    for (const config::QueueVoice &v : m_config.queueVoice)
        prompts << v.welcomePrompt << v.musicOnHold << v.announcementPrompt;
    for (const char *lang : {"fr", "en"})
        prompts << QStringLiteral("%1/callback-offer.wav").arg(QLatin1String(lang))
                << QStringLiteral("%1/callback-thanks.wav").arg(QLatin1String(lang));
    prompts.removeDuplicates();
    for (const QString &failed : m_prompts->preload(prompts))
        qCWarning(lcVoice) << failed << "(callers will hear silence instead)";
    if (!QDir().mkpath(m_recordingsDir))
        qCWarning(lcVoice) << "cannot create the recordings folder" << m_recordingsDir;
    // The stack needs a concrete address (it goes into Contact and SDP).
    const QString host = address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                             ? SipStack::defaultLocalAddress()
                             : address.toString();
    m_thread = std::make_unique<LibreThread>();
    LibreThread::Hooks hooks;
    hooks.setup = [this, host, port](QString *e) { return setUp(host, port, e); };
    hooks.shutdown = [this] {
        if (m_agents)
            m_agents->closeAll();
        for (TrunkCall *call : std::as_const(m_calls))
            delete call; // BYE to the callers still connected
        m_calls.clear();
        m_registrar.reset();
        m_stack->close(2000, [this] { m_thread->quitLoop(); });
    };
    hooks.teardown = [this] {
        if (m_agents)
            m_agents->closeAll(); // again: a setup that failed half-way never ran shutdown
        m_registrar.reset();
        m_stack.reset();
    };
    LibreThread::Options options;
    options.name = QStringLiteral("relais-sip");
    if (!m_thread->start(options, hooks, error)) {
        m_thread.reset();
        return false;
    }
    return true;
}

void VoiceService::stop()
{
    if (m_thread)
        m_thread->stop();
    m_thread.reset();
}

bool VoiceService::setUp(const QString &address, quint16 port, QString *error)
{
    m_stack = std::make_unique<SipStack>(*m_thread);
    SipStack::Config c;
    c.listenAddress = address;
    c.listenPort = port;
    c.transports = {SipTransport::Udp, SipTransport::Tcp};
    c.userAgent = QStringLiteral("relais-dispatch");
    if (!m_stack->open(c, error))
        return false;
    m_port = m_stack->localPort(SipTransport::Udp);

    m_registrar = std::make_unique<SipRegistrar>(*m_stack, m_config.sipDomain);
    const QHash<QString, QString> passwords = m_sipPasswords;
    m_registrar->setPasswordLookup([passwords](const QString &user) -> std::optional<QString> {
        const auto it = passwords.constFind(user);
        if (it == passwords.constEnd())
            return std::nullopt;
        return *it;
    });
    m_registrar->setBindingHandler([this](const SipRegistrar::Binding &b) {
        const QString user = b.user;
        const QString contact = b.contact;
        if (b.expiresAtMs == 0)
            QMetaObject::invokeMethod(
                this, [this, user] { emit deviceUnregistered(user); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                this, [this, user, contact] { emit deviceRegistered(user, contact); },
                Qt::QueuedConnection);
    });
    m_stack->setInviteHandler([this](const struct sip_msg *msg) { onInvite(msg); });
    if (m_agents)
        m_agents->attach(*m_thread, *m_stack, *m_registrar, agentCallsTrunk());
    return m_registrar->start(error);
}

void VoiceService::onInvite(const struct sip_msg *msg)
{
    m_thread->libreAffinity().check("VoiceService::onInvite");
    char ip[64] = {};
    sa_ntop(&msg->src, ip, sizeof ip);
    const QHostAddress from(QString::fromLatin1(ip));
    if (!m_config.trunkAllowed(from, m_demo)) {
        qCWarning(lcVoice) << "INVITE from" << from.toString() << "refused: not a trunk gateway";
        (void)sip_treply(nullptr, m_stack->sip(), msg, 403, "Forbidden");
        return;
    }
    const QString dialled = QString::fromUtf8(msg->uri.user.p, qsizetype(msg->uri.user.l));
    const config::ServiceNumber *service = m_config.serviceNumber(dialled);
    if (!service) {
        qCInfo(lcVoice) << "INVITE for" << dialled << ": not a service number";
        (void)sip_treply(nullptr, m_stack->sip(), msg, 404, "Not Found");
        return;
    }
    if (!m_core) {
        (void)sip_treply(nullptr, m_stack->sip(), msg, 480, "Temporarily Unavailable");
        return;
    }
    if (service->kind == config::ServiceNumber::Kind::Queue)
        answerCall(msg, service->target, {});
    else
        answerCall(msg, {}, service->target);
}

void VoiceService::hangupCall(const QString &key)
{
    TrunkCall *call = m_calls.take(key);
    if (call) {
        call->hangup();
        delete call;
    }
}

void VoiceService::answerCall(const struct sip_msg *msg, const QString &queue, const QString &ivr)
{
    const QString key = QStringLiteral("call-%1").arg(m_nextCall++);
    auto *call = new TrunkCall(
        *m_stack, key, [this](TrunkCall &c, const QString &reason) { onTrunkClosed(c, reason); });
    call->audio().setFinishedHandler([this, key](quint64 token) {
        QMetaObject::invokeMethod(
            this,
            [this, key, token] {
                if (CallerFlow *f = flow(key))
                    f->playFinished(token);
            },
            Qt::QueuedConnection);
    });
    call->audio().setCaptureHandler([this, key](const CallerAudio::Capture &capture) {
        QMetaObject::invokeMethod(
            this,
            [this, key, capture] {
                if (CallerFlow *f = flow(key))
                    f->captureEnded(capture);
            },
            Qt::QueuedConnection);
    });
    QString error;
    if (!call->answer(msg, &error)) {
        qCWarning(lcVoice) << "trunk call not answered:" << error;
        delete call;
        (void)sip_treply(nullptr, m_stack->sip(), msg, 500, "Server Internal Error");
        return;
    }
    call->setDigitHandler([this](TrunkCall &c, QChar digit) {
        const QString k = c.key();
        QMetaObject::invokeMethod(
            this,
            [this, k, digit] {
                if (CallerFlow *f = flow(k))
                    f->digit(digit);
            },
            Qt::QueuedConnection);
    });
    m_calls.insert(key, call);
    const QString caller = call->callerNumber();
    const QString sipCallId = call->sipCallId();
    if (!ivr.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, key, caller, ivr] { ivrStarted(key, caller, ivr); }, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            this,
            [this, key, caller, queue, sipCallId] {
                CallerFlow *f = startFlow(key, caller);
                callQueued(key, caller, queue, sipCallId);
                f->startQueue(queue);
            },
            Qt::QueuedConnection);
}

AgentCalls::Trunk VoiceService::agentCallsTrunk()
{
    AgentCalls::Trunk t;
    t.media = [this](const QString &key) -> softphone::media::MediaSession * {
        TrunkCall *call = m_calls.value(key);
        return call ? call->media() : nullptr;
    };
    t.unbridged = [this](const QString &key) {
        if (TrunkCall *call = m_calls.value(key); call && call->media())
            call->media()->setAudioDevice(&call->audio());
    };
    t.hold = [this](const QString &key, const QString &queue) {
        TrunkCall *call = m_calls.value(key);
        if (!call || !call->media())
            return;
        const QString path = m_config.queueVoice.value(queue).musicOnHold;
        QString error;
        Clip music = path.isEmpty() ? nullptr : m_prompts->clip(path, &error);
        if (!music && !path.isEmpty())
            qCWarning(lcVoice) << "no music on hold for" << key << ":" << error;
        call->audio().stopPlaying();
        call->audio().setMusic(std::move(music));
        call->media()->setAudioDevice(&call->audio());
    };
    t.hangup = [this](const QString &key) {
        hangupCall(key);
        QMetaObject::invokeMethod(
            this, [this, key] { callEnded(key, QStringLiteral("agent hung up")); },
            Qt::QueuedConnection);
    };
    return t;
}

void VoiceService::onTrunkClosed(TrunkCall &call, const QString &reason)
{
    const QString key = call.key();
    if (m_agents)
        m_agents->trunkClosed(key);
    m_calls.remove(key);
    const std::optional<CallerAudio::Capture> partial = call.audio().stopCapture();
    // Deleted after its close handler has returned.
    m_thread->post([c = &call] { delete c; });
    QMetaObject::invokeMethod(
        this,
        [this, key, reason, partial] {
            callerLeft(key, partial);
            callEnded(key, reason);
        },
        Qt::QueuedConnection);
}

void VoiceService::callQueued(const QString &key, const QString &caller, const QString &queue,
                              const QString &sipCallId)
{
    channels::NewInteraction n;
    n.connector = QStringLiteral("voice");
    n.channel = protocol::Channel::Voice;
    n.from = caller;
    n.queue = queue;
    Q_UNUSED(sipCallId) // the agent leg's Call-ID goes into the offer (next step)
    const auto created = m_core->createInteraction(n);
    if (const auto *failure = std::get_if<channels::ChannelError>(&created)) {
        qCWarning(lcVoice) << "trunk call" << key << "not queued:" << failure->message;
        return;
    }
    const QString id = std::get<QString>(created);
    qCInfo(lcVoice) << "trunk call" << key << "from" << caller << "queued in" << queue << "as"
                    << id;
    m_interactionByCall.insert(key, id);
    if (CallerFlow *f = flow(key))
        f->setRecordingPath(QDir(m_recordingsDir).filePath(id + QStringLiteral("-request.wav")));
    if (m_agents)
        m_agents->callQueued(key, id);
}

void VoiceService::ivrStarted(const QString &key, const QString &caller, const QString &ivr)
{
    const config::IvrDef *def = m_config.ivr(ivr);
    if (!def)
        return;
    startFlow(key, caller)->startIvr(*def, languageOf(caller));
}

void VoiceService::callEnded(const QString &key, const QString &reason)
{
    m_flows.erase(key);
    const QString id = m_interactionByCall.take(key);
    qCInfo(lcVoice) << "trunk call" << key << "ended:" << reason;
    if (id.isEmpty())
        return;
    const std::optional<routing::InteractionInfo> info = m_core->routing().interaction(id);
    if (info &&
        (info->state == routing::IxState::Queued || info->state == routing::IxState::Offered))
        m_core->customerLeft(id);
}

} // namespace relais::voice
