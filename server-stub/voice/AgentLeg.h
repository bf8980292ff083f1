#pragma once
// The server's call to an agent's phone (the B2BUA's second leg), libre thread only: an INVITE
// to the phone's registered contact with G.711 SDP and the server's headers
// (X-Relais-Interaction, Call-Info answer-after for auto-answer), then answered, refused, not
// answered (cancel()), or hung up by either side. Reports through two callbacks; the owner
// deletes the leg after `closed`, never from inside it.
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

class AgentLeg
{
public:
    struct Dial
    {
        QString contact;      // the phone's Contact URI (from the registrar)
        QString callerNumber; // shown on the phone (From)
        QString domain;       // SIP domain of the From URI
        QString interactionId;
        bool autoAnswer = false;
    };
    using Answered = std::function<void(AgentLeg &leg)>;
    // `sipStatus`: the phone's final answer before it was answered (486, 603, 480…), 0 for a
    // BYE after the answer, a transport failure or our own hang-up. `answered`: it had been.
    using Closed =
        std::function<void(AgentLeg &leg, bool answered, int sipStatus, const QString &reason)>;

    AgentLeg(softphone::SipStack &stack, Answered answered, Closed closed);
    ~AgentLeg(); // CANCEL while ringing, BYE once answered
    AgentLeg(const AgentLeg &) = delete;
    AgentLeg &operator=(const AgentLeg &) = delete;

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

} // namespace relais::voice
