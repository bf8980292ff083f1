#pragma once
// The desk's phone: appcore's PhoneControl driving the softphone engine (relais_softphone) on
// the agent's headset (relais_softphone_audio, or the null device on a machine without sound).
// One line for the agent: the current call is the one ringing or up; a second call that comes
// in meanwhile plays the call-waiting tone. Lives on the Qt thread; the engine does its SIP and
// media on its own libre thread.
#include <relais/app/PhoneControl.h>

#include <QHash>
#include <QTimer>
#include <memory>

namespace relais::softphone {
class AudioDevice;
class AudioDeviceModel;
class QtAudioDevice;
class Ringer;
class Softphone;
struct CallInfo;
struct CallQuality;
struct RegistrationStatus;
enum class CallEndReason;
} // namespace relais::softphone

namespace relais::app {

class EnginePhone : public PhoneControl
{
    Q_OBJECT

public:
    struct Options
    {
        QString listenAddress;       // empty: the default route's interface
        bool useSoundDevices = true; // false: null device and no ringer (tests, kiosks)
        // Tests: a device to use instead of the headset (not owned; outlives the phone).
        softphone::AudioDevice *device = nullptr;
        QString settingsGroup = QStringLiteral("phone"); // where device choices are kept
    };

    explicit EnginePhone(const Options &options, QObject *parent = nullptr);
    ~EnginePhone() override;

    [[nodiscard]] Features features() const override;
    void registerAccount(const SipCredentials &credentials) override;
    void unregisterAccount() override;
    void answer(const QString &sipCallId) override;
    void hangup(const QString &sipCallId) override;
    void dial(const QString &number) override;

    void setHeld(bool held) override;
    void setMuted(bool muted) override;
    void sendDtmf(const QString &digits) override;
    void transferToNumber(const QString &number) override;
    [[nodiscard]] PhoneCall currentCall() const override { return m_current; }

    float takeInputLevel() override;
    float takeOutputLevel() override;

    QAbstractItemModel *microphones() override;
    QAbstractItemModel *outputs() override;
    [[nodiscard]] QByteArray microphoneId() const override;
    [[nodiscard]] QByteArray headsetId() const override;
    [[nodiscard]] QByteArray ringerId() const override;
    void setDevices(const QByteArray &microphone, const QByteArray &headset,
                    const QByteArray &ringer) override;

    // Where the engine listens (tests dial it directly); empty before the first registration.
    [[nodiscard]] QString contactAddress() const;
    // Why the headset is not used (no sound device), empty when it is.
    [[nodiscard]] QString audioFallbackReason() const { return m_fallbackReason; }
    [[nodiscard]] bool isRinging() const;

    // The SIP URI a number is dialled as: sip:NUMBER@registrar-host, or the URI itself.
    static QString dialUri(const QString &number, const QString &registrar);

private:
    bool ensureStarted();
    void onRegistration(const softphone::RegistrationStatus &status);
    void onIncoming(const softphone::CallInfo &call);
    void onUpdated(const softphone::CallInfo &call);
    void onClosed(const softphone::CallInfo &call, softphone::CallEndReason reason, int status,
                  const QString &text);
    void onQuality(const QString &callId, const softphone::CallQuality &quality);
    void setCurrent(const softphone::CallInfo &call);
    void clearCurrent();
    void updateRinger();
    QString engineIdFor(const QString &sipCallId) const;

    Options m_options;
    std::unique_ptr<softphone::Softphone> m_engine;
    std::unique_ptr<softphone::AudioDevice> m_ownDevice;
    softphone::QtAudioDevice *m_headset = nullptr; // m_ownDevice when it is the real one
    QString m_fallbackReason;
    std::unique_ptr<softphone::Ringer> m_ringer;
    softphone::AudioDeviceModel *m_microphones = nullptr;
    softphone::AudioDeviceModel *m_outputs = nullptr;
    QByteArray m_ringerId;

    SipCredentials m_credentials;
    bool m_accountAdded = false;
    QString m_currentEngineId; // the engine's id ("in-N", "out-N") of m_current
    PhoneCall m_current;
    QHash<QString, QString> m_sipToEngine; // SIP Call-ID → engine call id, every live call
    QString m_pendingAnswer;               // accepted on the desk before the INVITE arrived
    bool m_waitingTone = false;
};

} // namespace relais::app
