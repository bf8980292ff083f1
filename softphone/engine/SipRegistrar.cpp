#include "SipRegistrar.h"

#include "Libre.h"
#include "LibreThread.h"
#include "SipStack.h"

namespace relais::softphone {

namespace {

constexpr quint64 kNonceLifetimeMs = 5 * 60 * 1000;

QString plString(const struct pl &p)
{
    return QString::fromUtf8(p.p, qsizetype(p.l));
}

QByteArray md5Hex(const QByteArray &in)
{
    uint8_t d[16];
    md5(reinterpret_cast<const uint8_t *>(in.constData()), size_t(in.size()), d);
    return QByteArray(reinterpret_cast<const char *>(d), 16).toHex();
}

} // namespace

SipRegistrar::SipRegistrar(SipStack &stack, QString realm) : stack_(stack), realm_(std::move(realm))
{
}

SipRegistrar::~SipRegistrar()
{
    stack_.thread().libreAffinity().check("SipRegistrar::~SipRegistrar");
    listener_ = static_cast<struct sip_lsnr *>(mem_deref(listener_));
}

bool SipRegistrar::start(QString *error)
{
    stack_.thread().libreAffinity().check("SipRegistrar::start");
    const int err = sip_listen(&listener_, stack_.sip(), true, &SipRegistrar::onRequest, this);
    if (err) {
        if (error)
            *error = QStringLiteral("cannot listen for REGISTER: %1").arg(err);
        return false;
    }
    return true;
}

void SipRegistrar::setExpiryLimits(quint32 minSeconds, quint32 maxSeconds)
{
    minExpires_ = minSeconds;
    maxExpires_ = maxSeconds;
}

std::optional<SipRegistrar::Binding> SipRegistrar::binding(const QString &user)
{
    stack_.thread().libreAffinity().check("SipRegistrar::binding");
    auto it = bindings_.find(user);
    if (it == bindings_.end())
        return std::nullopt;
    if (qint64(tmr_jiffies()) >= it->expiresAtMs) {
        Binding gone = *it;
        bindings_.erase(it);
        gone.expiresAtMs = 0;
        if (handler_)
            handler_(gone);
        return std::nullopt;
    }
    return *it;
}

bool SipRegistrar::onRequest(const struct sip_msg *msg, void *arg)
{
    if (pl_strcmp(&msg->met, "REGISTER") != 0)
        return false;
    static_cast<SipRegistrar *>(arg)->handleRegister(msg);
    return true;
}

void SipRegistrar::challenge(const struct sip_msg *msg, bool stale)
{
    char nonce[33];
    rand_str(nonce, sizeof nonce);
    nonces_.insert(QString::fromLatin1(nonce), tmr_jiffies());
    // Forget old nonces now and then so the table cannot grow without bound.
    if (nonces_.size() > 4096) {
        const quint64 now = tmr_jiffies();
        for (auto it = nonces_.begin(); it != nonces_.end();)
            it = now - it.value() > kNonceLifetimeMs ? nonces_.erase(it) : std::next(it);
    }
    sip_replyf(stack_.sip(), msg, 401, "Unauthorized",
               "WWW-Authenticate: Digest realm=\"%s\", nonce=\"%s\", algorithm=MD5, "
               "qop=\"auth\"%s\r\nContent-Length: 0\r\n\r\n",
               realm_.toUtf8().constData(), nonce, stale ? ", stale=true" : "");
}

bool SipRegistrar::authorised(const struct sip_msg *msg, const QString &user, bool *stale)
{
    *stale = false;
    const struct sip_hdr *h = sip_msg_hdr(msg, SIP_HDR_AUTHORIZATION);
    if (!h)
        return false;
    struct httpauth_digest_resp resp;
    if (httpauth_digest_response_decode(&resp, &h->val) != 0)
        return false;
    if (plString(resp.username) != user || plString(resp.realm) != realm_)
        return false;
    const auto issued = nonces_.constFind(plString(resp.nonce));
    if (issued == nonces_.constEnd() || tmr_jiffies() - issued.value() > kNonceLifetimeMs) {
        *stale = true;
        return false;
    }
    const std::optional<QString> password = lookup_ ? lookup_(user) : std::nullopt;
    if (!password)
        return false;
    const QByteArray ha1Hex =
        md5Hex(user.toUtf8() + ':' + realm_.toUtf8() + ':' + password->toUtf8());
    uint8_t ha1[16];
    const QByteArray raw = QByteArray::fromHex(ha1Hex);
    memcpy(ha1, raw.constData(), 16);
    return httpauth_digest_response_auth(&resp, &msg->met, ha1) == 0;
}

void SipRegistrar::handleRegister(const struct sip_msg *msg)
{
    stack_.thread().libreAffinity().check("SipRegistrar::handleRegister");
    const QString user = plString(msg->to.uri.user);
    if (user.isEmpty()) {
        sip_reply(stack_.sip(), msg, 400, "Bad Request");
        return;
    }
    bool stale = false;
    if (!authorised(msg, user, &stale)) {
        const struct sip_hdr *h = sip_msg_hdr(msg, SIP_HDR_AUTHORIZATION);
        if (h && !stale) {
            sip_reply(stack_.sip(), msg, 403, "Forbidden");
            return;
        }
        challenge(msg, stale);
        return;
    }

    quint32 expires = 3600;
    if (pl_isset(&msg->expires))
        expires = pl_u32(&msg->expires);
    const struct sip_hdr *ch = sip_msg_hdr(msg, SIP_HDR_CONTACT);
    struct sip_addr contact;
    bool haveContact = false;
    if (ch && pl_strcmp(&ch->val, "*") != 0 && sip_addr_decode(&contact, &ch->val) == 0) {
        haveContact = true;
        struct pl e;
        if (msg_param_decode(&contact.params, "expires", &e) == 0)
            expires = pl_u32(&e);
    } else if (ch && pl_strcmp(&ch->val, "*") == 0) {
        expires = 0;
    }

    if (!haveContact || expires == 0) {
        // Removal (or a query without Contact: answer with what is bound).
        if (ch && bindings_.contains(user) && expires == 0) {
            Binding gone = bindings_.take(user);
            gone.expiresAtMs = 0;
            if (handler_)
                handler_(gone);
        }
        const std::optional<Binding> b = binding(user);
        if (b)
            sip_replyf(stack_.sip(), msg, 200, "OK",
                       "Contact: <%s>;expires=%u\r\n"
                       "Content-Length: 0\r\n\r\n",
                       b->contact.toUtf8().constData(),
                       unsigned((b->expiresAtMs - qint64(tmr_jiffies())) / 1000));
        else
            sip_reply(stack_.sip(), msg, 200, "OK");
        return;
    }
    if (expires < minExpires_) {
        sip_replyf(stack_.sip(), msg, 423, "Interval Too Brief",
                   "Min-Expires: %u\r\nContent-Length: 0\r\n\r\n", minExpires_);
        return;
    }
    expires = qMin(expires, maxExpires_);

    Binding b;
    b.user = user;
    b.contact = plString(contact.auri);
    char src[64];
    re_snprintf(src, sizeof src, "%J", &msg->src);
    b.source = QString::fromLatin1(src);
    b.transport = QString::fromLatin1(sip_transp_name(msg->tp)).toLower();
    b.expiresAtMs = qint64(tmr_jiffies()) + qint64(expires) * 1000;
    bindings_.insert(user, b);
    sip_replyf(stack_.sip(), msg, 200, "OK",
               "Contact: <%s>;expires=%u\r\nContent-Length: 0\r\n\r\n",
               b.contact.toUtf8().constData(), expires);
    if (handler_)
        handler_(b);
}

} // namespace relais::softphone
