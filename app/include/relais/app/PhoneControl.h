#pragma once

#include "relais/app/SessionTypes.h"

#include <QObject>
#include <QString>

class QAbstractItemModel;

namespace relais::app {

// The desk's one phone line as the widgets see it: a value copied from the engine.
struct PhoneCall
{
    enum class State { Idle, Ringing, Dialing, Established };
    State state = State::Idle;
    QString sipCallId;
    QString remote;          // the far end's number or URI, for display
    bool autoAnswer = false; // the server asked the phone to answer on its own
    bool held = false;       // we put it on hold
    bool heldByRemote = false;
    bool muted = false;
    bool operator==(const PhoneCall &) const = default;
};

// How a call sounds, from the engine's RTCP figures (see CallQualityRating).
struct PhoneQuality
{
    enum class Level { Unknown, Good, Fair, Poor };
    Level level = Level::Unknown;
    double mos = 0.0;          // estimated mean opinion score, 1..4.5
    double lossPercent = 0.0;  // the worse of both directions
    double jitterMs = 0.0;     // the worse of both directions
    double roundTripMs = -1.0; // -1 until known
    QString codec;
};

// The seam between the desk's brain and the softphone engine. appcore never links the engine:
// the desk's main gives DeskCore an implementation that drives relais_softphone (EnginePhone in
// relais_appphone, or a fake in tests). DeskCore calls these on login/logout and on voice
// interactions; the widgets call the call controls; the implementation reports back through
// the signals. Optional controls have no-op defaults and are announced by features().
class PhoneControl : public QObject
{
    Q_OBJECT

public:
    enum Feature {
        Hold = 0x1,
        Mute = 0x2,
        Dtmf = 0x4,
        TransferToNumber = 0x8,
        Levels = 0x10,
        Devices = 0x20,
        Quality = 0x40,
    };
    Q_DECLARE_FLAGS(Features, Feature)

    using QObject::QObject;
    ~PhoneControl() override = default;

    [[nodiscard]] virtual Features features() const { return {}; }

    // Register with the login's SIP account (called after login and after a failover, when the
    // credentials or the registrar changed).
    virtual void registerAccount(const relais::app::SipCredentials &credentials) = 0;
    virtual void unregisterAccount() = 0;
    // The agent accepted a voice offer: answer the call the server rings (matched by its SIP
    // Call-ID when the offer carries one).
    virtual void answer(const QString &sipCallId) = 0;
    // The interaction ended on the desk's side (end, transfer): hang the call up.
    virtual void hangup(const QString &sipCallId) = 0;
    // Click to dial (callbacks, history).
    virtual void dial(const QString &number) = 0;

    // The current call's controls.
    virtual void setHeld(bool held) { Q_UNUSED(held) }
    virtual void setMuted(bool muted) { Q_UNUSED(muted) }
    virtual void sendDtmf(const QString &digits) { Q_UNUSED(digits) }
    virtual void transferToNumber(const QString &number) { Q_UNUSED(number) }
    [[nodiscard]] virtual PhoneCall currentCall() const { return {}; }

    // Meters: the highest level since the previous call, 0..1 of full scale.
    virtual float takeInputLevel() { return 0.0f; }
    virtual float takeOutputLevel() { return 0.0f; }

    // Sound devices to choose from (Qt::DisplayRole text, device id in role Qt::UserRole + 1;
    // row 0 is the system default with an empty id). Null without Devices.
    virtual QAbstractItemModel *microphones() { return nullptr; }
    virtual QAbstractItemModel *outputs() { return nullptr; }
    [[nodiscard]] virtual QByteArray microphoneId() const { return {}; }
    [[nodiscard]] virtual QByteArray headsetId() const { return {}; }
    [[nodiscard]] virtual QByteArray ringerId() const { return {}; }
    virtual void setDevices(const QByteArray &microphone, const QByteArray &headset,
                            const QByteArray &ringer)
    {
        Q_UNUSED(microphone)
        Q_UNUSED(headset)
        Q_UNUSED(ringer)
    }

signals:
    void registrationChanged(bool registered, const QString &error);
    // The far end or the phone hung up; DeskCore ends the matching interaction.
    void callEnded(const QString &sipCallId);
    // The current call changed (ringing, answered, held, muted, gone: state Idle).
    void callChanged(const relais::app::PhoneCall &call);
    void qualityChanged(const relais::app::PhoneQuality &quality);
    // Something the agent should know about the phone (a headset unplugged, a call refused).
    void problem(const QString &text);
};

} // namespace relais::app

Q_DECLARE_OPERATORS_FOR_FLAGS(relais::app::PhoneControl::Features)
Q_DECLARE_METATYPE(relais::app::PhoneCall)
Q_DECLARE_METATYPE(relais::app::PhoneQuality)
