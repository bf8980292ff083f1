#pragma once
// Holds the INVITE to an agent's phone until the CTI offer that names its Call-ID is out, so a
// desk always knows the call before its phone rings. libre 1.1.0 draws the Call-ID inside
// sipsess_connect and sends at once; so the server INVITEs the agent's address of record at
// itself (addressOfRecord), and this gate, which sees requests before the session socket,
// answers 100 Trying and keeps that INVITE until release(), then redirects it (302) to the
// phone's registered contact. libre's session follows the redirect with the same Call-ID,
// dialog and headers. Libre thread only.
#include <QString>
#include <map>
#include <memory>

struct sip_msg;
struct sip_strans;

namespace relais::softphone {
class SipStack;
}

namespace relais::voice {

class OfferGate
{
public:
    explicit OfferGate(softphone::SipStack &stack);
    ~OfferGate(); // what is still held is refused (480), nothing is left waiting
    OfferGate(const OfferGate &) = delete;
    OfferGate &operator=(const OfferGate &) = delete;

    // Where to send the INVITE for `sipUser`: this server, over UDP.
    [[nodiscard]] QString addressOfRecord(const QString &sipUser) const;
    // Right after the INVITE went out: its Call-ID, and the phone's contact to redirect it to.
    void expect(const QString &callId, const QString &contact);
    // The offer is out: 302 to the contact, now or as soon as the INVITE comes in.
    void release(const QString &callId);
    // The offer was withdrawn before the phone was reached: 487 instead.
    void forget(const QString &callId);

    [[nodiscard]] int waiting() const { return int(entries_.size()); }

private:
    struct Entry
    {
        OfferGate *gate = nullptr;
        QString callId;
        QString contact;
        struct sip_strans *transaction = nullptr; // while the INVITE is held
        const struct sip_msg *invite = nullptr;   // referenced while held
        bool released = false;
        bool withdrawn = false;
    };

    bool onRequest(const struct sip_msg *msg);
    static void onCancel(void *arg);
    // The final answer to a held INVITE; the entry is gone afterwards.
    void answer(Entry &entry, int status);

    softphone::SipStack &stack_;
    std::map<QString, std::unique_ptr<Entry>> entries_; // by Call-ID
};

} // namespace relais::voice
