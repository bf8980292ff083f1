#include "voice/VoiceService.h"

#include "engine/Libre.h"
#include "engine/LibreThread.h"
#include "engine/SipRegistrar.h"
#include "engine/SipStack.h"

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
}

VoiceService::~VoiceService()
{
    stop();
}

bool VoiceService::start(const QHostAddress &address, quint16 port, QString *error)
{
    // The stack needs a concrete address (it goes into Contact and SDP).
    const QString host = address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                             ? SipStack::defaultLocalAddress()
                             : address.toString();
    m_thread = std::make_unique<LibreThread>();
    LibreThread::Hooks hooks;
    hooks.setup = [this, host, port](QString *e) { return setUp(host, port, e); };
    hooks.shutdown = [this] {
        m_registrar.reset();
        m_stack->close(2000, [this] { m_thread->quitLoop(); });
    };
    hooks.teardown = [this] {
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
    // Queueing, IVR and the bridge come next; until then the centre is unavailable.
    (void)sip_treply(nullptr, m_stack->sip(), msg, 480, "Temporarily Unavailable");
}

} // namespace relais::voice
