#pragma once
// The SIP stack of one libre thread: libre's `sip` with its transports, the session socket
// (INVITE dialogs), the event socket (REFER/NOTIFY), DNS and TLS. Libre thread only.
// Shared by the softphone engine and, later, the server's SIP side: it knows nothing about
// accounts or calls; incoming INVITEs go to whoever set the handler.
#include "relais/softphone/SipTransport.h"

#include <QList>
#include <QString>
#include <functional>
#include <map>

struct sip;
struct sip_msg;
struct sip_lsnr;
struct sipsess_sock;
struct sipevent_sock;
struct dnsc;
struct tls;
struct tmr;

namespace relais::softphone {

class LibreThread;

class SipStack
{
public:
    struct Config
    {
        QString listenAddress; // concrete IP (no wildcard)
        quint16 listenPort = 0;
        QList<SipTransport> transports{SipTransport::Udp};
        QString tlsCertificateFile;
        QString tlsCaFile;
        QString userAgent = QStringLiteral("Relais");
    };
    using InviteHandler = std::function<void(const struct sip_msg *msg)>;
    // Sees every request before the session socket does; true when it took the request.
    using RequestFilter = std::function<bool(const struct sip_msg *msg)>;

    explicit SipStack(LibreThread &thread);
    ~SipStack();
    SipStack(const SipStack &) = delete;
    SipStack &operator=(const SipStack &) = delete;

    bool open(const Config &config, QString *error);
    // Graceful: waits until every transaction (BYE, unregister...) has its answer, at most
    // timeoutMs, then calls done. Owners must have released their sessions and
    // registrations first.
    void close(int timeoutMs, std::function<void()> done);

    void setInviteHandler(InviteHandler handler) { inviteHandler_ = std::move(handler); }
    void setRequestFilter(RequestFilter filter) { requestFilter_ = std::move(filter); }

    [[nodiscard]] struct sip *sip() const { return sip_; }
    [[nodiscard]] struct sipsess_sock *sessionSocket() const { return sessionSocket_; }
    [[nodiscard]] struct sipevent_sock *eventSocket() const { return eventSocket_; }
    [[nodiscard]] LibreThread &thread() const { return thread_; }

    [[nodiscard]] QString listenAddress() const { return config_.listenAddress; }
    [[nodiscard]] bool hasTransport(SipTransport transport) const;
    [[nodiscard]] quint16 localPort(SipTransport transport) const; // 0 when not listening
    [[nodiscard]] QString contactUri(const QString &user, SipTransport transport) const;

    // The concrete local IP for the first listen address (what goes into SDP).
    [[nodiscard]] QString mediaAddress() const { return config_.listenAddress; }

    // The default source address of this host (the default route's interface), or loopback.
    static QString defaultLocalAddress();

private:
    static void onInvite(const struct sip_msg *msg, void *arg);
    static bool onRequest(const struct sip_msg *msg, void *arg);
    static void onExit(void *arg);
    static void onCloseTimeout(void *arg);
    bool addTransports(QString *error); // every configured transport, or none
    bool addTransport(SipTransport transport, quint16 port, QString *error);
    void finishClose();

    LibreThread &thread_;
    Config config_;
    struct sip *sip_ = nullptr;
    struct sip_lsnr *filterListener_ = nullptr; // listens before the session socket
    struct sipsess_sock *sessionSocket_ = nullptr;
    struct sipevent_sock *eventSocket_ = nullptr;
    struct dnsc *dnsc_ = nullptr;
    struct tls *tls_ = nullptr;
    struct tmr *closeTimer_ = nullptr;
    std::map<SipTransport, quint16> ports_;
    InviteHandler inviteHandler_;
    RequestFilter requestFilter_;
    std::function<void()> closeDone_;
    bool closing_ = false;
    bool exited_ = false; // libre called the exit handler (it holds one reference for us)
};

} // namespace relais::softphone
