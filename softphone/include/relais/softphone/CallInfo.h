#pragma once
// What the desk knows about a call: a value copied out of the libre thread.
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace relais::softphone {

enum class CallDirection { Outgoing, Incoming };

enum class CallState {
    Dialing,     // INVITE sent, nothing back yet
    Ringing,     // 180 received (outgoing) / offered to us (incoming)
    EarlyMedia,  // 183 with media (outgoing)
    Established, // answered and acknowledged
    Closed,
};

// Why a call ended (see Softphone::callClosed).
enum class CallEndReason {
    LocalHangup,  // we hung up (or cancelled our own dial)
    RemoteHangup, // the far end sent BYE
    Declined,     // we rejected an incoming call
    Rejected,     // the far end answered our INVITE with an error (status in sipStatus)
    Cancelled,    // the caller gave up before we answered (a missed call)
    Replaced,     // ended by an attended transfer (INVITE with Replaces)
    Transferred,  // we transferred it away and the transfer succeeded
    Failed,       // timeout, network or media error
    Shutdown,     // the engine stopped
};

QString callStateName(CallState state);
QString callEndReasonName(CallEndReason reason); // "local_hangup", "remote_hangup", ...

struct CallInfo
{
    QString id;
    QString accountId;
    QString sipCallId; // the dialog's Call-ID (the dispatch server's offers name it)
    CallDirection direction = CallDirection::Outgoing;
    CallState state = CallState::Dialing;
    QString remoteUri;
    QString remoteDisplayName;
    QString localUri;
    // Headers of the far end's INVITE (incoming) worth showing: every X-* header plus
    // Subject, Call-Info, Alert-Info, Referred-By, P-Asserted-Identity, User-Agent.
    QMap<QString, QString> headers;
    bool autoAnswer = false;   // the far end asked us to answer on our own
    bool callWaiting = false;  // it arrived while another call was up
    bool heldLocally = false;  // we put it on hold
    bool heldByRemote = false; // the far end put us on hold
    bool muted = false;
    QString codec;
    bool secureMedia = false; // SRTP (SDES keys) agreed both ways: nothing goes in the clear
    QDateTime startedAt;
    QDateTime establishedAt;

    // X-Relais-Interaction, the dispatch server's interaction id, if it sent one.
    [[nodiscard]] QString interactionId() const;
};

} // namespace relais::softphone

Q_DECLARE_METATYPE(relais::softphone::CallInfo)
