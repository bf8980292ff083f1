#include "SipAccount.h"
#include "Libre.h"
#include "LibreThread.h"
#include "SipStack.h"
#include "SipUri.h"

namespace relais::softphone {

namespace {

QString errorText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

// Credentials as a libre object, referenced by every request that may need them.
struct Credentials
{
    char *username;
    char *password;
    // For REGISTER only: libre's sipreg starts authentication afresh on every 401, so a wrong
    // password would be tried again and again; the second challenge without a success in
    // between is refused here (reset by SipAccount when a REGISTER succeeds).
    bool limitChallenges;
    int challenges;
};

void destroyCredentials(void *arg)
{
    auto *credentials = static_cast<Credentials *>(arg);
    mem_deref(credentials->username);
    mem_deref(credentials->password);
}

void *makeCredentials(const QString &username, const QString &password, bool limitChallenges)
{
    auto *credentials =
        static_cast<Credentials *>(mem_zalloc(sizeof(Credentials), &destroyCredentials));
    if (!credentials)
        return nullptr;
    int err = str_dup(&credentials->username, username.toUtf8().constData());
    err |= str_dup(&credentials->password, password.toUtf8().constData());
    credentials->limitChallenges = limitChallenges;
    if (err)
        return mem_deref(credentials);
    return credentials;
}

QString plText(const struct pl &pl)
{
    return QString::fromUtf8(pl.p, int(pl.l));
}

} // namespace

SipAccount::SipAccount(SipStack &stack, const AccountConfig &config, StatusHandler handler)
    : stack_(stack), config_(config), handler_(std::move(handler))
{
    status_.accountId = config_.id;
    status_.registrar = config_.registrar;
    credentials_ = makeCredentials(config_.username, config_.password, false);
    registerCredentials_ = makeCredentials(config_.username, config_.password, true);
}

SipAccount::~SipAccount()
{
    stack_.thread().libreAffinity().check("SipAccount::~SipAccount");
    mem_deref(reg_); // libre sends the unregister and keeps itself alive for the answer
    mem_deref(credentials_);
    mem_deref(registerCredentials_);
}

bool SipAccount::normalise(AccountConfig *config, QString *error)
{
    const SipUri aor = SipUri::parse(config->aor);
    if (!aor.isValid() || aor.user().isEmpty()) {
        *error =
            QStringLiteral("account address '%1' is not a SIP URI with a user").arg(config->aor);
        return false;
    }
    if (!SipUri::parse(config->registrar).isValid()) {
        *error = QStringLiteral("registrar '%1' is not a SIP URI").arg(config->registrar);
        return false;
    }
    if (!config->fallbackRegistrar.isEmpty() &&
        !SipUri::parse(config->fallbackRegistrar).isValid()) {
        *error = QStringLiteral("fallback registrar '%1' is not a SIP URI")
                     .arg(config->fallbackRegistrar);
        return false;
    }
    if (!config->outboundProxy.isEmpty() && !SipUri::parse(config->outboundProxy).isValid()) {
        *error = QStringLiteral("outbound proxy '%1' is not a SIP URI").arg(config->outboundProxy);
        return false;
    }
    if (config->expiresSeconds < 10) {
        *error = QStringLiteral("registration expiry must be at least 10 seconds");
        return false;
    }
    if (config->id.isEmpty())
        config->id = config->aor;
    if (config->username.isEmpty())
        config->username = aor.user();
    config->registrarTimeoutMs = std::max(500, config->registrarTimeoutMs);
    config->keepAliveSeconds = std::max(0, config->keepAliveSeconds);
    return true;
}

QString SipAccount::contactUser() const
{
    return SipUri::parse(config_.aor).user();
}

QString SipAccount::username() const
{
    return config_.username;
}

int SipAccount::registrarCount() const
{
    return config_.fallbackRegistrar.isEmpty() ? 1 : 2;
}

QString SipAccount::registrarUri(int index) const
{
    const QString uri = index == 0 ? config_.registrar : config_.fallbackRegistrar;
    return SipUri::parse(uri).withTransport(sipTransportName(config_.transport));
}

bool SipAccount::start(QString *error)
{
    if (!stack_.thread().libreAffinity().check("SipAccount::start"))
        return false;
    if (!stack_.hasTransport(config_.transport)) {
        *error = QStringLiteral("account %1 uses %2, which the phone does not listen on")
                     .arg(config_.id, sipTransportName(config_.transport));
        return false;
    }
    stopped_ = false;
    registerWith(0);
    return true;
}

void SipAccount::stop()
{
    stopped_ = true;
    watchdog_.cancel();
    keepAlive_.cancel();
    retry_.cancel();
    const bool wasRegistered = reg_ && sipreg_registered(reg_);
    reg_ = static_cast<struct sipreg *>(mem_deref(reg_));
    if (wasRegistered || status_.state != RegistrationState::Unregistered)
        report(RegistrationState::Unregistered, 0, QString());
}

void SipAccount::registerWith(int index)
{
    dropRegistration();
    if (registerCredentials_)
        static_cast<Credentials *>(registerCredentials_)->challenges = 0;
    current_ = index;
    status_.registrar = index == 0 ? config_.registrar : config_.fallbackRegistrar;
    report(RegistrationState::Registering, 0, QString());

    const QByteArray regUri = registrarUri(index).toUtf8();
    const QByteArray aor = SipUri::parse(config_.aor).withoutHeaders().toUtf8();
    const QByteArray displayName = config_.displayName.toUtf8();
    const QByteArray cuser = contactUser().toUtf8();
    const int err =
        sipreg_register(&reg_, stack_.sip(), regUri.constData(), aor.constData(),
                        displayName.isEmpty() ? nullptr : displayName.constData(), aor.constData(),
                        uint32_t(config_.expiresSeconds), cuser.constData(), nullptr, 0, 0,
                        &SipAccount::authHandler, registerCredentials_, true,
                        &SipAccount::onResponse, this, nullptr, nullptr);
    if (err) {
        reg_ = nullptr;
        handleUnreachable(0, QStringLiteral("cannot send REGISTER: %1").arg(errorText(err)));
        return;
    }
    armWatchdog(config_.registrarTimeoutMs);
}

void SipAccount::dropRegistration()
{
    watchdog_.cancel();
    keepAlive_.cancel();
    retry_.cancel();
    // A registered sipreg says goodbye to its registrar on the way out (harmless if dead).
    reg_ = static_cast<struct sipreg *>(mem_deref(reg_));
    registrarAddress_.reset();
}

void SipAccount::armWatchdog(int ms)
{
    watchdog_.start(ms, [this] {
        handleUnreachable(0, QStringLiteral("registrar %1 does not answer").arg(status_.registrar));
    });
}

int SipAccount::authHandler(char **username, char **password, const char *realm, void *arg)
{
    (void)realm;
    auto *credentials = static_cast<Credentials *>(arg);
    if (!credentials)
        return EINVAL;
    if (credentials->limitChallenges && ++credentials->challenges > 1)
        return EAUTH;
    int err = str_dup(username, credentials->username);
    err |= str_dup(password, credentials->password);
    return err;
}

void SipAccount::onResponse(int err, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipAccount *>(arg);
    if (!self->stack_.thread().libreAffinity().check("SipAccount::onResponse") || self->stopped_)
        return;
    if (err || !msg) {
        self->handleUnreachable(0, errorText(err ? err : ETIMEDOUT));
        return;
    }
    const int status = msg->scode;
    const QString reason = plText(msg->reason);
    if (status >= 200 && status < 300) {
        self->handleRegistered(msg);
    } else if (status == 408 || status == 480 || status >= 500) {
        self->handleUnreachable(status, reason);
    } else if (status >= 300) {
        self->handleRefused(status, reason);
    }
}

void SipAccount::handleRegistered(const struct sip_msg *msg)
{
    if (registerCredentials_)
        static_cast<Credentials *>(registerCredentials_)->challenges = 0;
    failuresInARow_ = 0;
    registrarAddress_ = std::make_unique<struct sa>(msg->src);
    const uint32_t granted = sipreg_proxy_expires(reg_);
    status_.expiresSeconds = int(granted ? granted : uint32_t(config_.expiresSeconds));
    // libre refreshes at 90% of the granted time; no answer by then plus our margin is a
    // registrar gone quiet.
    armWatchdog(int(status_.expiresSeconds * 900) + config_.registrarTimeoutMs);
    if (config_.keepAliveSeconds > 0 && !keepAlive_.isActive())
        keepAlive_.start(config_.keepAliveSeconds * 1000, [this] { sendKeepAlive(); });
    report(RegistrationState::Registered, msg->scode, plText(msg->reason));
}

void SipAccount::sendKeepAlive()
{
    if (registrarAddress_ && reg_) {
        // RFC 5626's double CRLF; registrars ignore it, NAT boxes see traffic both ways.
        struct mbuf *mb = mbuf_alloc(4);
        if (mb) {
            (void)mbuf_write_str(mb, "\r\n\r\n");
            mb->pos = 0;
            enum sip_transp tp = config_.transport == SipTransport::Tcp   ? SIP_TRANSP_TCP
                                 : config_.transport == SipTransport::Tls ? SIP_TRANSP_TLS
                                                                          : SIP_TRANSP_UDP;
            (void)sip_send(stack_.sip(), nullptr, tp, registrarAddress_.get(), mb);
            mem_deref(mb);
        }
    }
    const int interval = config_.keepAliveSeconds * 1000;
    keepAlive_.start(interval, [this] { sendKeepAlive(); });
}

void SipAccount::handleUnreachable(int sipStatus, const QString &reason)
{
    ++failuresInARow_;
    const int next = registrarCount() == 2 ? 1 - current_ : current_;
    dropRegistration();
    report(RegistrationState::Failed, sipStatus, reason);
    // The other site at once; once every registrar has failed, back off (2 s, 4 s ... 60 s).
    int delayMs = 0;
    if (failuresInARow_ >= registrarCount()) {
        const int rounds = failuresInARow_ / registrarCount();
        delayMs = std::min(60000, 1000 << std::min(rounds, 6));
    }
    retry_.start(delayMs, [this, next] { registerWith(next); });
}

void SipAccount::handleRefused(int sipStatus, const QString &reason)
{
    // Wrong password, unknown user, forbidden: retrying cannot help.
    dropRegistration();
    report(RegistrationState::Failed, sipStatus, reason);
}

void SipAccount::report(RegistrationState state, int sipStatus, const QString &reason)
{
    const bool changed = status_.state != state || status_.sipStatus != sipStatus;
    status_.state = state;
    status_.sipStatus = sipStatus;
    status_.reason = reason;
    if (state != RegistrationState::Registered)
        status_.expiresSeconds = 0;
    if (changed && handler_)
        handler_(status_);
}

} // namespace relais::softphone
