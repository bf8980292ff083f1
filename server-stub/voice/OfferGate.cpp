#include "voice/OfferGate.h"

#include "engine/Libre.h"
#include "engine/LibreThread.h"
#include "engine/SipStack.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace relais::voice {

namespace {

QString plString(const struct pl &p)
{
    return QString::fromUtf8(p.p, qsizetype(p.l));
}

} // namespace

OfferGate::OfferGate(softphone::SipStack &stack) : stack_(stack)
{
    stack_.setRequestFilter([this](const struct sip_msg *msg) { return onRequest(msg); });
}

OfferGate::~OfferGate()
{
    stack_.thread().libreAffinity().check("OfferGate::~OfferGate");
    stack_.setRequestFilter(nullptr);
    while (!entries_.empty()) {
        Entry &e = *entries_.begin()->second;
        if (e.transaction)
            answer(e, 480);
        else
            entries_.erase(entries_.begin());
    }
}

QString OfferGate::addressOfRecord(const QString &sipUser) const
{
    QString host = stack_.listenAddress();
    if (host.contains(QLatin1Char(':')))
        host = QStringLiteral("[%1]").arg(host);
    return QStringLiteral("sip:%1@%2:%3;transport=udp")
        .arg(sipUser, host)
        .arg(stack_.localPort(softphone::SipTransport::Udp));
}

void OfferGate::expect(const QString &callId, const QString &contact)
{
    stack_.thread().libreAffinity().check("OfferGate::expect");
    auto e = std::make_unique<Entry>();
    e->gate = this;
    e->callId = callId;
    e->contact = contact;
    entries_[callId] = std::move(e);
}

void OfferGate::release(const QString &callId)
{
    stack_.thread().libreAffinity().check("OfferGate::release");
    auto it = entries_.find(callId);
    if (it == entries_.end() || it->second->withdrawn)
        return;
    if (it->second->transaction)
        answer(*it->second, 302);
    else
        it->second->released = true; // the INVITE is still on its way to us
}

void OfferGate::forget(const QString &callId)
{
    stack_.thread().libreAffinity().check("OfferGate::forget");
    auto it = entries_.find(callId);
    if (it == entries_.end())
        return;
    if (it->second->transaction)
        answer(*it->second, 487);
    else
        it->second->withdrawn = true; // refused when it comes in
}

bool OfferGate::onRequest(const struct sip_msg *msg)
{
    if (pl_strcmp(&msg->met, "INVITE") != 0 || pl_isset(&msg->to.tag))
        return false;
    auto it = entries_.find(plString(msg->callid));
    if (it == entries_.end())
        return false; // not ours: a call from the trunk, or from a phone
    Entry &e = *it->second;
    if (e.transaction)
        return true; // a retransmission; the transaction layer answers those
    if (e.withdrawn) {
        (void)sip_treply(nullptr, stack_.sip(), msg, 487, "Request Terminated");
        entries_.erase(it);
        return true;
    }
    const int err = sip_strans_alloc(&e.transaction, stack_.sip(), msg, &OfferGate::onCancel, &e);
    if (err) {
        qCWarning(lcVoice) << "cannot hold the offer's INVITE" << e.callId << ":" << strerror(err);
        (void)sip_treply(nullptr, stack_.sip(), msg, 500, "Server Internal Error");
        entries_.erase(it);
        return true;
    }
    e.invite = static_cast<const struct sip_msg *>(mem_ref(const_cast<struct sip_msg *>(msg)));
    if (e.released) {
        answer(e, 302);
        return true;
    }
    (void)sip_treply(&e.transaction, stack_.sip(), msg, 100, "Trying");
    return true;
}

void OfferGate::onCancel(void *arg)
{
    auto *e = static_cast<Entry *>(arg);
    e->gate->answer(*e, 487);
}

void OfferGate::answer(Entry &e, int status)
{
    const QString callId = e.callId;
    int err = 0;
    if (status == 302) {
        const QByteArray contact = e.contact.toUtf8();
        err = sip_treplyf(&e.transaction, nullptr, stack_.sip(), e.invite, false, 302,
                          "Moved Temporarily", "Contact: <%s>\r\nContent-Length: 0\r\n\r\n",
                          contact.constData());
    } else {
        err = sip_treply(&e.transaction, stack_.sip(), e.invite, uint16_t(status),
                         status == 487 ? "Request Terminated" : "Temporarily Unavailable");
    }
    if (err)
        qCWarning(lcVoice) << "cannot answer the offer's INVITE" << callId << status << ":"
                           << strerror(err);
    mem_deref(const_cast<struct sip_msg *>(e.invite));
    entries_.erase(callId); // e is gone
}

} // namespace relais::voice
