#pragma once
// One call's signalling on libre's sipsess, and its media session, libre thread only.
// Outgoing (dial) or incoming (accept) with ringing and early media, answer/reject/hang up,
// hold and resume by re-INVITE, mute, DTMF (RFC 4733 out through the media; SIP INFO and
// RFC 4733 in), blind and attended transfer out (REFER, REFER with Replaces) and in (the
// REFER's implicit subscription answered with sipfrag NOTIFYs). The owner (SoftphoneEngine,
// later the server) hears about everything through SipCall::Observer and deletes the call
// some time after it reported callClosed, never from inside one of its handlers.
#include "LibreTimer.h"
#include "SipHeaders.h"
#include "relais/softphone/CallInfo.h"
#include "relais/softphone/CallQuality.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct sip;
struct sip_msg;
struct sipsess;
struct sipsub;
struct sipnot;
struct mbuf;
struct sipevent_substate;

namespace relais::softphone {

class AudioDevice;
class SipStack;
class SipAccount;
namespace media {
class MediaSession;
struct MediaConfig;
} // namespace media

class SipCall
{
public:
    class Observer
    {
    public:
        virtual ~Observer() = default;
        virtual void callUpdated(SipCall &call) = 0;
        virtual void callClosed(SipCall &call, CallEndReason reason, int sipStatus,
                                const QString &text) = 0;
        virtual void callDtmf(SipCall &call, QChar digit) = 0;
        // The far end REFERed us (we already answered 202): dial `target` (with Replaces
        // when `replaces` is set) and report progress with reportTransferProgress().
        virtual void callReferred(SipCall &call, const QString &target,
                                  const QString &replaces) = 0;
        // What became of a REFER we sent.
        virtual void callTransferResult(SipCall &call, bool ok, int sipStatus,
                                        const QString &text) = 0;
        virtual void callRecording(SipCall &call, bool recording, const QString &error) = 0;
        virtual void callError(SipCall &call, const QString &error) = 0;
    };

    struct Setup
    {
        QString id;
        SipStack *stack = nullptr;
        Observer *observer = nullptr;
        void *credentials = nullptr; // SipAccount::authArgument(), null for a direct call
        QString accountId;
        QString localUri; // From (outgoing) / our address of record
        QString displayName;
        QString contactUser;
        std::function<std::unique_ptr<media::MediaSession>(QString *error)> createMedia;
    };

    explicit SipCall(Setup setup);
    ~SipCall();
    SipCall(const SipCall &) = delete;
    SipCall &operator=(const SipCall &) = delete;

    // Outgoing: sends the INVITE. `headerLines` are ready "Name: value\r\n" lines.
    bool dial(const QString &uri, const QString &route, const QString &headerLines, QString *error);
    // Incoming: answers 180 Ringing (or refuses and returns false; the caller replies then).
    bool accept(const struct sip_msg *invite, bool callWaiting, QString *error, int *refuseStatus);

    void answer();
    void reject(int sipStatus);
    void hangup();
    void hold();
    void resume();
    void setMuted(bool muted);
    void sendDtmf(const QString &digits);
    void transfer(const QString &target);
    void transferReplacing(const SipCall &target);
    void startRecording(const QString &path);
    void stopRecording();
    // While we carry out a REFER we received: the new call's progress, as a sipfrag NOTIFY.
    void reportTransferProgress(int sipStatus, const QString &reason);
    void setAudioDevice(AudioDevice *device);

    [[nodiscard]] const QString &id() const { return info_.id; }
    [[nodiscard]] CallInfo info() const { return info_; }
    [[nodiscard]] bool isClosed() const { return closed_; }
    [[nodiscard]] bool isEstablished() const { return info_.state == CallState::Established; }
    [[nodiscard]] std::optional<CallQuality> quality() const;
    [[nodiscard]] std::optional<int> autoAnswerDelay() const { return autoAnswerDelay_; }
    // The dialog an INVITE with Replaces names (either tag order is accepted).
    [[nodiscard]] bool matches(const SipHeaders::Replaces &replaces) const;
    // Marks a call that ends because another one took its place or it was handed over.
    void setEndReasonOverride(CallEndReason reason) { endOverride_ = reason; }

private:
    static int onOffer(struct mbuf **descp, const struct sip_msg *msg, void *arg);
    static int onAnswer(const struct sip_msg *msg, void *arg);
    static void onProgress(const struct sip_msg *msg, void *arg);
    static void onEstablished(const struct sip_msg *msg, void *arg);
    static void onInfo(struct sip *sip, const struct sip_msg *msg, void *arg);
    static void onRefer(struct sip *sip, const struct sip_msg *msg, void *arg);
    static void onClose(int err, const struct sip_msg *msg, void *arg);
    static void onNotify(struct sip *sip, const struct sip_msg *msg, void *arg);
    static void onSubscriptionClosed(int err, const struct sip_msg *msg,
                                     const struct sipevent_substate *substate, void *arg);
    static void onNotifierClosed(int err, const struct sip_msg *msg, void *arg);

    bool checkThread(const char *where) const;
    [[nodiscard]] void *authArgument() const { return setup_.credentials; }
    bool ensureMedia(QString *error);
    bool startMedia();
    void updateRemoteHold(const struct sip_msg *offer);
    void sendReinvite();
    void sendRefer(const QString &referTo);
    void sendNextDigit();
    void rememberDialog(const struct sip_msg *msg, bool outgoing);
    void close(CallEndReason reason, int sipStatus, const QString &text);
    void releaseSession();
    void changed();

    Setup setup_;
    CallInfo info_;
    struct sipsess *session_ = nullptr;
    struct sipsub *referSubscription_ = nullptr; // a REFER we sent
    struct sipnot *referNotifier_ = nullptr;     // a REFER we received
    std::unique_ptr<media::MediaSession> media_;
    struct mbuf *pendingAnswer_ = nullptr; // SDP answer to an INVITE's offer, sent with 200
    bool lateOffer_ = false;               // the INVITE had no SDP: our 200 carries the offer
    bool mediaStarted_ = false;
    bool closed_ = false;
    bool answering_ = false;
    std::optional<int> autoAnswerDelay_;
    std::optional<CallEndReason> endOverride_;
    QString callId_;
    QString localTag_;
    QString remoteTag_;
    QString remoteContact_;
    QString dtmfQueue_;
    LibreTimer deferred_; // work that must not run inside the libre handler that asked
    bool transferDone_ = false;
    AudioDevice *audio_ = nullptr;
};

} // namespace relais::softphone
