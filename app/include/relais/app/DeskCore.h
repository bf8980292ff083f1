#pragma once

#include "relais/app/PhoneControl.h"
#include "relais/app/SessionTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace relais::app {

class AudioPlayback;
class CtiClient;
class RecordingPlayer;
class HistorySearchModel;
class PasswordVault;
class InteractionHub;
class Session;
class SupervisionHub;
class UserSettings;

// Everything the desk's widgets need, in one object the desk's main creates: the CTI client,
// the session, the agent face (InteractionHub), the supervisor face (SupervisionHub), the
// history search, the recording player, and the seams to the softphone (PhoneControl) and to a
// sound output (AudioPlayback), both set by main; either may stay null.
class DeskCore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(qint64 lastScreenPopUs READ lastScreenPopUs NOTIFY screenPopMeasured)

public:
    explicit DeskCore(QObject *parent = nullptr);
    ~DeskCore() override;

    // "ws://a:8433/cti,ws://b:8433/cti" (see CtiClient::parseServerList). False when none is valid.
    bool setServers(const QString &list);
    void setServers(const QList<QUrl> &servers);

    // Not owned. DeskCore registers it with the login's SIP account, answers and hangs up the
    // calls of voice interactions, and dials callbacks through it.
    void setPhone(PhoneControl *phone);
    PhoneControl *phone() const { return m_phone; }
    // Not owned; where recordings play (the agent's headset). Null: they cannot be played.
    void setAudioPlayback(AudioPlayback *playback);

    CtiClient *cti() const { return m_cti; }
    Session *session() const { return m_session; }
    InteractionHub *interactions() const { return m_interactions; }
    SupervisionHub *supervision() const { return m_supervision; }
    HistorySearchModel *historySearch() const { return m_search; }
    PasswordVault *passwords() const { return m_passwords; }
    UserSettings *settings() const { return m_settings; }
    // Recordings fetched from the server (callback requests, calls), played on the playback.
    RecordingPlayer *recordings() const { return m_recordings; }

    qint64 lastScreenPopUs() const;

signals:
    void screenPopMeasured(qint64 microseconds);
    // Click to dial on a callback was refused (the server's reason in the text).
    void dialFailed(const QString &message);

private:
    void registerPhone();
    // Click to dial on a callback: the server calls it back (callback.dial), taking it for the
    // agent when it is not yet in their hands; a number without a callback is dialled on the
    // phone (and so is any on a server without callback.dial).
    void dialCallback(const QString &number, const QString &callbackId);

    CtiClient *m_cti;
    Session *m_session;
    UserSettings *m_settings;
    InteractionHub *m_interactions;
    SupervisionHub *m_supervision;
    HistorySearchModel *m_search;
    PasswordVault *m_passwords;
    RecordingPlayer *m_recordings;
    QPointer<PhoneControl> m_phone;
    SipCredentials m_registered;
};

} // namespace relais::app
