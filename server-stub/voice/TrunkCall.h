#pragma once
// One call from the trunk (the caller's leg), on the libre thread: answered with SDP from the
// engine's MediaSession, closed by either side. Reports its end through the close callback
// (libre thread); the owner forwards it to Qt.
#include "voice/CallerAudio.h"

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

class TrunkCall
{
public:
    // Reason text (empty when we hung up ourselves).
    using Closed = std::function<void(TrunkCall &call, const QString &reason)>;

    using Digit = std::function<void(TrunkCall &call, QChar digit)>;

    TrunkCall(softphone::SipStack &stack, QString key, Closed closed);
    // DTMF from the caller, SIP INFO or RFC 4733. Libre thread.
    void setDigitHandler(Digit handler) { digit_ = std::move(handler); }
    ~TrunkCall();
    TrunkCall(const TrunkCall &) = delete;
    TrunkCall &operator=(const TrunkCall &) = delete;

    // Answers the INVITE (200 with our SDP); false with a reason when it cannot.
    bool answer(const struct sip_msg *invite, QString *error);
    void hangup();

    const QString &key() const { return key_; }
    const QString &callerNumber() const { return caller_; }
    const QString &sipCallId() const { return callId_; }
    // What the caller hears before an agent is bridged (the media's device from answer()).
    CallerAudio &audio() { return audio_; }
    // The caller leg's media (null before answer()); the bridge relays it to the agent's leg.
    softphone::media::MediaSession *media() const { return media_.get(); }

private:
    static void onEstablished(const struct sip_msg *msg, void *arg);
    static void onClose(int err, const struct sip_msg *msg, void *arg);
    static int onOffer(struct mbuf **descp, const struct sip_msg *msg, void *arg);
    static int onAnswer(const struct sip_msg *msg, void *arg);
    static void onInfo(struct sip *sip, const struct sip_msg *msg, void *arg);

    softphone::SipStack &stack_;
    QString key_;
    Closed closed_;
    Digit digit_;
    QString caller_;
    QString callId_;
    struct sipsess *session_ = nullptr;
    CallerAudio audio_; // declared before media_: outlives the media that reads it
    std::unique_ptr<softphone::media::MediaSession> media_;
};

} // namespace relais::voice
