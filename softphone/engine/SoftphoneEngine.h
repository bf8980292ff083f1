#pragma once
// The softphone on the libre thread: one SipStack, its accounts and calls, two lines with
// call waiting, auto-answer, transfers in and out, audio routed to the call in focus, quality
// figures. Every method runs on the libre thread (the façade posts them there).
#include "LibreTimer.h"
#include "SipCall.h"
#include "relais/softphone/AccountConfig.h"
#include "relais/softphone/DialOptions.h"
#include "relais/softphone/SoftphoneConfig.h"

#include <map>
#include <memory>
#include <vector>

namespace relais::softphone {

class AudioDevice;
class EngineListener;
class LibreThread;
class SipAccount;
class SipStack;

class SoftphoneEngine : private SipCall::Observer
{
public:
    SoftphoneEngine(LibreThread &thread, EngineListener &listener);
    ~SoftphoneEngine() override;

    bool open(const SoftphoneConfig &config, QString *error);
    // Hangs up, unregisters, waits for the answers (bounded), then calls done.
    void beginShutdown(std::function<void()> done);

    void addAccount(const AccountConfig &config);
    void removeAccount(const QString &accountId);
    void dial(const QString &callId, const QString &uri, const DialOptions &options);
    void answer(const QString &callId);
    void reject(const QString &callId, int sipStatus);
    void hangup(const QString &callId);
    void hold(const QString &callId);
    void resume(const QString &callId);
    void setMuted(const QString &callId, bool muted);
    void sendDtmf(const QString &callId, const QString &digits);
    void transfer(const QString &callId, const QString &target);
    void attendedTransfer(const QString &callId, const QString &targetCallId);
    void startRecording(const QString &callId, const QString &path);
    void stopRecording(const QString &callId);
    void setAudioDevice(AudioDevice *device);

    [[nodiscard]] SipStack &stack() const { return *stack_; }

private:
    // SipCall::Observer
    void callUpdated(SipCall &call) override;
    void callClosed(SipCall &call, CallEndReason reason, int sipStatus,
                    const QString &text) override;
    void callDtmf(SipCall &call, QChar digit) override;
    void callReferred(SipCall &call, const QString &target, const QString &replaces) override;
    void callTransferResult(SipCall &call, bool ok, int sipStatus, const QString &text) override;
    void callRecording(SipCall &call, bool recording, const QString &error) override;
    void callError(SipCall &call, const QString &error) override;

    void onIncomingInvite(const struct sip_msg *msg);
    bool acceptReplacing(const struct sip_msg *msg, const QString &replacesValue);
    SipCall *find(const QString &callId, const char *command);
    SipAccount *accountFor(const QString &accountId) const;
    std::unique_ptr<SipCall> makeCall(const QString &callId, SipAccount *account, bool secure);
    int activeCalls() const;
    void holdOthers(const SipCall &except);
    void focus(const QString &callId);
    void routeAudio();
    void reportQuality();
    void reap();

    LibreThread &thread_;
    EngineListener &listener_;
    SoftphoneConfig config_;
    std::unique_ptr<SipStack> stack_;
    std::vector<std::unique_ptr<SipAccount>> accounts_;
    std::map<QString, std::unique_ptr<SipCall>> calls_;
    std::vector<std::unique_ptr<SipCall>> closedCalls_; // deleted outside libre's handlers
    std::map<QString, std::unique_ptr<LibreTimer>> autoAnswerTimers_;
    std::map<QString, QString> transferOrigin_; // call placed for a REFER -> the REFERed call
    LibreTimer reaper_;
    LibreTimer qualityTimer_;
    AudioDevice *audio_ = nullptr;
    QString focusedCall_;
    int nextIncoming_ = 1;
    bool shuttingDown_ = false;
};

} // namespace relais::softphone
