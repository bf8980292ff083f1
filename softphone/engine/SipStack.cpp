#include "SipStack.h"
#include "Libre.h"
#include "LibreThread.h"

#include <openssl/ssl.h>

namespace relais::softphone {

namespace {

enum sip_transp toLibre(SipTransport transport)
{
    switch (transport) {
    case SipTransport::Tcp:
        return SIP_TRANSP_TCP;
    case SipTransport::Tls:
        return SIP_TRANSP_TLS;
    case SipTransport::Udp:
        break;
    }
    return SIP_TRANSP_UDP;
}

QString errorText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

} // namespace

SipStack::SipStack(LibreThread &thread) : thread_(thread) {}

SipStack::~SipStack()
{
    thread_.libreAffinity().check("SipStack::~SipStack");
    if (closeTimer_) {
        tmr_cancel(closeTimer_);
        delete closeTimer_;
    }
    mem_deref(eventSocket_);
    mem_deref(sessionSocket_);
    mem_deref(filterListener_);
    if (sip_ && (!closing_ || exited_))
        mem_deref(sip_); // after a graceful close libre kept exactly this reference for us
    // else: a forced close left transactions holding it; they free it when they end.
    mem_deref(dnsc_);
    mem_deref(tls_);
}

QString SipStack::defaultLocalAddress()
{
    struct sa address;
    if (net_default_source_addr_get(AF_INET, &address) == 0 && sa_isset(&address, SA_ADDR)) {
        char text[64];
        if (sa_ntop(&address, text, sizeof(text)) == 0)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("127.0.0.1");
}

bool SipStack::open(const Config &config, QString *error)
{
    if (!thread_.libreAffinity().check("SipStack::open"))
        return false;
    config_ = config;
    if (config_.listenAddress.isEmpty())
        config_.listenAddress = defaultLocalAddress();
    struct sa probe;
    if (sa_set_str(&probe, config_.listenAddress.toUtf8().constData(), 0) != 0 ||
        !sa_isset(&probe, SA_ADDR)) {
        *error = QStringLiteral("listen address '%1' is not a concrete IP address")
                     .arg(config_.listenAddress);
        return false;
    }

    // DNS for registrars given by name; IP-only setups work without it.
    char domain[64] = "";
    struct sa servers[4];
    uint32_t serverCount = 4;
    if (dns_srv_get(domain, sizeof(domain), servers, &serverCount) == 0 && serverCount > 0)
        (void)dnsc_alloc(&dnsc_, nullptr, servers, serverCount);

    int err = sip_alloc(&sip_, dnsc_, 32, 32, 32, config_.userAgent.toUtf8().constData(),
                        &SipStack::onExit, this);
    if (err) {
        *error = QStringLiteral("cannot create the SIP stack: %1").arg(errorText(err));
        return false;
    }

    if (config_.transports.contains(SipTransport::Tls)) {
        const QByteArray cert = config_.tlsCertificateFile.toLocal8Bit();
        err = tls_alloc(&tls_, TLS_METHOD_SSLV23, cert.isEmpty() ? nullptr : cert.constData(),
                        nullptr);
        if (err) {
            *error = QStringLiteral("cannot set up TLS with '%1': %2")
                         .arg(config_.tlsCertificateFile, errorText(err));
            return false;
        }
        if (!config_.tlsCaFile.isEmpty()) {
            err = tls_add_ca(tls_, config_.tlsCaFile.toLocal8Bit().constData());
            if (err) {
                *error = QStringLiteral("cannot read the TLS CA file '%1': %2")
                             .arg(config_.tlsCaFile, errorText(err));
                return false;
            }
            // libre 1.1.0 has no switch for this on SIP connections; the context is shared.
            SSL_CTX_set_verify(tls_openssl_context(tls_), SSL_VERIFY_PEER, nullptr);
        }
    }

    // UDP and TCP share the port; TLS takes the next one when it is not alone. With port 0 the
    // port the system gives UDP may be taken for TCP (other programs bind at the same time):
    // then everything is dropped and tried again on another one.
    const int attempts = config_.listenPort ? 1 : 10;
    for (int attempt = 1;; ++attempt) {
        if (addTransports(error)) {
            error->clear(); // an earlier attempt's message is not this open's failure
            break;
        }
        sip_transp_flush(sip_);
        ports_.clear();
        if (attempt >= attempts)
            return false;
    }

    // Listeners are asked in the order they were added: the filter comes first.
    err = sip_listen(&filterListener_, sip_, true, &SipStack::onRequest, this);
    if (!err)
        err = sipsess_listen(&sessionSocket_, sip_, 32, &SipStack::onInvite, this);
    if (!err)
        err = sipevent_listen(&eventSocket_, sip_, 32, 32, nullptr, nullptr);
    if (err) {
        *error = QStringLiteral("cannot listen for SIP sessions: %1").arg(errorText(err));
        return false;
    }
    return true;
}

bool SipStack::addTransports(QString *error)
{
    quint16 port = config_.listenPort;
    bool first = true;
    for (SipTransport transport : {SipTransport::Udp, SipTransport::Tcp}) {
        if (!config_.transports.contains(transport))
            continue;
        if (!addTransport(transport, port, error))
            return false;
        if (first)
            port = ports_[transport];
        first = false;
    }
    if (config_.transports.contains(SipTransport::Tls)) {
        const quint16 tlsPort = first ? port : (config_.listenPort ? quint16(port + 1) : 0);
        if (!addTransport(SipTransport::Tls, tlsPort, error))
            return false;
    }
    return true;
}

bool SipStack::addTransport(SipTransport transport, quint16 port, QString *error)
{
    struct sa address;
    sa_set_str(&address, config_.listenAddress.toUtf8().constData(), port);
    int err = transport == SipTransport::Tls ? sip_transp_add(sip_, SIP_TRANSP_TLS, &address, tls_)
                                             : sip_transp_add(sip_, toLibre(transport), &address);
    if (err) {
        *error = QStringLiteral("cannot listen on %1 %2:%3: %4")
                     .arg(sipTransportName(transport), config_.listenAddress)
                     .arg(port)
                     .arg(errorText(err));
        return false;
    }
    // The bound address of this transport (the port the OS picked when port was 0).
    struct sa bound;
    sa_init(&bound, AF_UNSPEC);
    err = sip_transp_laddr(sip_, &bound, toLibre(transport), nullptr);
    ports_[transport] = err ? port : sa_port(&bound);
    return true;
}

bool SipStack::hasTransport(SipTransport transport) const
{
    return ports_.count(transport) > 0;
}

quint16 SipStack::localPort(SipTransport transport) const
{
    const auto it = ports_.find(transport);
    return it == ports_.end() ? 0 : it->second;
}

QString SipStack::contactUri(const QString &user, SipTransport transport) const
{
    QString uri =
        QStringLiteral("sip:%1@%2:%3").arg(user, config_.listenAddress).arg(localPort(transport));
    if (transport != SipTransport::Udp)
        uri += QStringLiteral(";transport=") + sipTransportName(transport);
    return uri;
}

void SipStack::onInvite(const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipStack *>(arg);
    if (!self->thread_.libreAffinity().check("SipStack::onInvite"))
        return;
    if (self->closing_ || !self->inviteHandler_) {
        (void)sip_treply(nullptr, self->sip_, msg, 503, "Service Unavailable");
        return;
    }
    self->inviteHandler_(msg);
}

bool SipStack::onRequest(const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipStack *>(arg);
    return self->requestFilter_ && self->requestFilter_(msg);
}

void SipStack::close(int timeoutMs, std::function<void()> done)
{
    if (!thread_.libreAffinity().check("SipStack::close"))
        return;
    closeDone_ = std::move(done);
    if (!sip_) {
        finishClose();
        return;
    }
    closing_ = true;
    if (inviteHandler_)
        inviteHandler_ = nullptr;
    requestFilter_ = nullptr;
    filterListener_ = static_cast<struct sip_lsnr *>(mem_deref(filterListener_));
    // The sockets only go away once the sessions that still reference them are done.
    eventSocket_ = static_cast<struct sipevent_sock *>(mem_deref(eventSocket_));
    sessionSocket_ = static_cast<struct sipsess_sock *>(mem_deref(sessionSocket_));
    closeTimer_ = new struct tmr;
    tmr_init(closeTimer_);
    tmr_start(closeTimer_, uint64_t(std::max(0, timeoutMs)), &SipStack::onCloseTimeout, this);
    sip_close(sip_, false); // onExit once every transaction has ended
}

void SipStack::onExit(void *arg)
{
    auto *self = static_cast<SipStack *>(arg);
    self->exited_ = true;
    self->finishClose();
}

void SipStack::onCloseTimeout(void *arg)
{
    auto *self = static_cast<SipStack *>(arg);
    qWarning("relais.softphone: SIP transactions still open at shutdown; closing them");
    sip_close(self->sip_, true);
    self->finishClose();
}

void SipStack::finishClose()
{
    if (closeTimer_)
        tmr_cancel(closeTimer_);
    if (auto done = std::move(closeDone_)) {
        closeDone_ = nullptr;
        done();
    }
}

} // namespace relais::softphone
