#pragma once
// The softphone engine's face on the Qt side. Lives on a Qt thread (usually the GUI's);
// SIP and media run on a libre thread of its own, which this object starts, commands and
// joins. Every method returns at once (start() and stop() wait for the libre thread to come
// up or to finish); what happens next arrives through the signals, queued on this object's
// thread and carrying values only. Calls are named by string ids: dial() makes one
// ("out-N"), incoming calls get "in-N", calls placed for a transfer we received "xfer-N".
#include "relais/softphone/AccountConfig.h"
#include "relais/softphone/CallInfo.h"
#include "relais/softphone/CallQuality.h"
#include "relais/softphone/DialOptions.h"
#include "relais/softphone/RegistrationState.h"
#include "relais/softphone/SoftphoneConfig.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace relais::softphone {

class AudioDevice;

class Softphone : public QObject
{
    Q_OBJECT

public:
    explicit Softphone(QObject *parent = nullptr);
    ~Softphone() override; // stop()s

    bool start(const SoftphoneConfig &config, QString *error = nullptr);
    // Hangs up every call, unregisters every account (waiting at most
    // SoftphoneConfig::shutdownTimeoutMs for the answers), then joins the libre thread.
    void stop();
    [[nodiscard]] bool isRunning() const;

    // Where we listen ("127.0.0.1", 5060), known once start() returned.
    [[nodiscard]] QString localAddress() const;
    [[nodiscard]] quint16 localPort(SipTransport transport) const;

    // Not owned. Stays in use until replaced; call setAudioDevice(nullptr) (or stop())
    // before destroying it.
    void setAudioDevice(AudioDevice *device);

    bool addAccount(const AccountConfig &account, QString *error = nullptr);
    void removeAccount(const QString &accountId); // unregisters
    [[nodiscard]] std::optional<RegistrationStatus> registration(const QString &accountId) const;

    // Returns the new call's id, or an empty string (with a reason) when refused at once.
    QString dial(const QString &uri, const DialOptions &options = {}, QString *error = nullptr);
    // These return false when the call is unknown or the engine is not running; failures
    // found on the libre side come back as callError().
    bool answer(const QString &callId);
    bool reject(const QString &callId, int sipStatus = 486); // 486 Busy Here, 603 Decline
    bool hangup(const QString &callId);
    bool hold(const QString &callId);
    bool resume(const QString &callId);
    bool setMuted(const QString &callId, bool muted);
    bool sendDtmf(const QString &callId, const QString &digits);
    bool transfer(const QString &callId, const QString &targetUri); // blind (REFER)
    // Attended: callId's far end is joined to targetCallId's (REFER with Replaces).
    bool attendedTransfer(const QString &callId, const QString &targetCallId);
    bool startRecording(const QString &callId, const QString &wavPath);
    bool stopRecording(const QString &callId);

    [[nodiscard]] QList<CallInfo> calls() const;
    [[nodiscard]] std::optional<CallInfo> call(const QString &callId) const;

    // Tests: called instead of aborting when a method is used from the wrong thread.
    void setThreadViolationHandler(std::function<void(const char *where)> handler);

signals:
    void registrationChanged(const relais::softphone::RegistrationStatus &status);
    void incomingCall(const relais::softphone::CallInfo &call);
    // Ringing, early media, established, hold (either side), mute, codec known.
    void callUpdated(const relais::softphone::CallInfo &call);
    void callClosed(const relais::softphone::CallInfo &call,
                    relais::softphone::CallEndReason reason, int sipStatus, const QString &text);
    void dtmfReceived(const QString &callId, QChar digit);
    // The far end asked us to transfer callId to target; we are calling it as newCallId.
    void transferRequested(const QString &callId, const QString &target, const QString &newCallId);
    // What became of transfer()/attendedTransfer().
    void transferResult(const QString &callId, bool ok, int sipStatus, const QString &text);
    void callQuality(const QString &callId, const relais::softphone::CallQuality &quality);
    void recordingChanged(const QString &callId, bool recording, const QString &error);
    void callError(const QString &callId, const QString &error);

private:
    class Bridge;
    template <typename Command>
    bool post(const QString &callId, const char *where, Command command);
    bool checkThread(const char *where) const;

    void onRegistrationChanged(const RegistrationStatus &status);
    void onCallInfo(const CallInfo &info, bool incoming);
    void onCallClosed(const CallInfo &info, CallEndReason reason, int sipStatus,
                      const QString &text);

    struct Private;
    std::unique_ptr<Private> d_;
};

} // namespace relais::softphone
