#pragma once
// A registrar (UAS side of REGISTER) on a SipStack, for a server whose agents' devices register
// to it: digest authentication (MD5, qop=auth) against passwords the owner looks up, bindings
// kept per user (one contact each, the newest wins), expiry. Libre thread only, like the stack;
// the owner reports changes to Qt itself (the handler runs on the libre thread).
#include <QHash>
#include <QString>
#include <functional>
#include <optional>

struct sip_lsnr;
struct sip_msg;

namespace relais::softphone {

class SipStack;

class SipRegistrar
{
public:
    struct Binding
    {
        QString user;
        QString contact;        // the Contact URI to send INVITEs to
        QString source;         // "ip:port" the REGISTER came from
        QString transport;      // "udp", "tcp", "tls"
        qint64 expiresAtMs = 0; // libre's clock (tmr_jiffies); 0 when removed
    };
    // The SIP password of `user`, or nullopt when there is no such user.
    using PasswordLookup = std::function<std::optional<QString>(const QString &user)>;
    // A binding added, refreshed (same contact) or removed (expiresAtMs == 0).
    using BindingHandler = std::function<void(const Binding &binding)>;

    SipRegistrar(SipStack &stack, QString realm);
    ~SipRegistrar();
    SipRegistrar(const SipRegistrar &) = delete;
    SipRegistrar &operator=(const SipRegistrar &) = delete;

    void setPasswordLookup(PasswordLookup lookup) { lookup_ = std::move(lookup); }
    void setBindingHandler(BindingHandler handler) { handler_ = std::move(handler); }
    bool start(QString *error);

    // The live binding of `user` (expired ones are dropped here).
    std::optional<Binding> binding(const QString &user);
    void setExpiryLimits(quint32 minSeconds, quint32 maxSeconds);

private:
    static bool onRequest(const struct sip_msg *msg, void *arg);
    void handleRegister(const struct sip_msg *msg);
    bool authorised(const struct sip_msg *msg, const QString &user, bool *stale);
    void challenge(const struct sip_msg *msg, bool stale);

    SipStack &stack_;
    QString realm_;
    struct sip_lsnr *listener_ = nullptr;
    PasswordLookup lookup_;
    BindingHandler handler_;
    QHash<QString, Binding> bindings_;
    QHash<QString, quint64> nonces_; // issued nonce → when (tmr_jiffies)
    quint32 minExpires_ = 30;
    quint32 maxExpires_ = 3600;
};

} // namespace relais::softphone
