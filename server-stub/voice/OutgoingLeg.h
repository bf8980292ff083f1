#pragma once
// A call the server places (a B2BUA leg it is the UAC of), libre thread only: to an agent's
// phone (its registered contact, with X-Relais-Interaction and Call-Info answer-after for
// auto-answer) or, for an outbound call, to the trunk gateway (with P-Asserted-Identity).
// G.711 SDP offer; then answered, refused, not answered (hangup() sends CANCEL), or hung up by
// either side. Reports through two callbacks; the owner deletes the leg after `closed`, never
// from inside it.
#include <QString>
#include <functional>
#include <memory>

struct sip_msg;
struct sipsess;
struct mbuf;
struct sip;

namespace relais::softphone {
class SipStack;
namespace media {
class MediaSession;
}
} // namespace relais::softphone

namespace relais::voice {

class OutgoingLeg
{
public:
    struct Dial
    {
        QString uri; // request URI and To: the phone's contact, or sip:number@gateway
        // When set, the INVITE goes here first (the agent at this server, see OfferGate), which
        // redirects it to `uri` once the CTI offer is out.
        QString heldAt;
        QString callerNumber;        // the From user: the caller's number, or the presented number
        QString domain;              // SIP domain of the From URI
        QString interactionId;       // X-Relais-Interaction, when set
        bool autoAnswer = false;     // Call-Info: <uri>;answer-after=0
        bool assertIdentity = false; // P-Asserted-Identity: the From URI
        // Offered first: the caller leg's codec, so that the bridge can pass RTP through.
        QString preferredCodec;
    };
    using Answered = std::function<void(OutgoingLeg &leg)>;
    // `sipStatus`: the phone's final answer before it was answered (486, 603, 480…), 0 for a
    // BYE after the answer, a transport failure or our own hang-up. `answered`: it had been.
    using Closed =
        std::function<void(OutgoingLeg &leg, bool answered, int sipStatus, const QString &reason)>;

    OutgoingLeg(softphone::SipStack &stack, Answered answered, Closed closed);
    ~OutgoingLeg(); // CANCEL while ringing, BYE once answered
    OutgoingLeg(const OutgoingLeg &) = delete;
    OutgoingLeg &operator=(const OutgoingLeg &) = delete;

    // Sends the INVITE; false with a reason when it could not be sent.
    bool dial(const Dial &dial, QString *error);
    // CANCEL (ringing) or BYE (answered); no callback follows.
    void hangup();

    [[nodiscard]] const QString &sipCallId() const { return callId_; }
    [[nodiscard]] bool isAnswered() const { return answered_; }
    [[nodiscard]] softphone::media::MediaSession *media() const { return media_.get(); }

    // A caller number usable in a SIP URI's user part ("anonymous" otherwise).
    static QString sipUser(const QString &number);

private:
    static int onOffer(struct mbuf **descp, const struct sip_msg *msg, void *arg);
    static int onAnswer(const struct sip_msg *msg, void *arg);
    static void onProgress(const struct sip_msg *msg, void *arg);
    static void onEstablished(const struct sip_msg *msg, void *arg);
    static void onInfo(struct sip *sip, const struct sip_msg *msg, void *arg);
    static void onClose(int err, const struct sip_msg *msg, void *arg);

    softphone::SipStack &stack_;
    Answered answeredHandler_;
    Closed closedHandler_;
    QString callId_;
    bool answered_ = false;
    struct sipsess *session_ = nullptr;
    std::unique_ptr<softphone::media::MediaSession> media_;
};

// Why a leg to an outside number ended, as the agent is told: "busy", "declined", "hung up",
// "unreachable" or the SIP reason.
QString outgoingLegEndReason(int sipStatus, bool answered, const QString &reason);

} // namespace relais::voice
