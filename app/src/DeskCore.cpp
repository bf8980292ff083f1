#include "relais/app/DeskCore.h"

#include "relais/app/CallbackListModel.h"
#include "relais/app/CtiClient.h"
#include "relais/app/HistorySearchModel.h"
#include "relais/app/InteractionHub.h"
#include "relais/app/PasswordVault.h"
#include "relais/app/PhoneControl.h"
#include "relais/app/RecordingPlayer.h"
#include "relais/app/Session.h"
#include "relais/app/SupervisionHub.h"
#include "relais/app/UserSettings.h"

namespace relais::app {

DeskCore::DeskCore(QObject *parent)
    : QObject(parent), m_cti(new CtiClient(this)), m_session(new Session(m_cti, this)),
      m_settings(new UserSettings(m_cti, this)),
      m_interactions(new InteractionHub(m_cti, m_session, this)),
      m_supervision(new SupervisionHub(m_cti, m_session, m_settings, this)),
      m_search(new HistorySearchModel(m_cti, this)), m_passwords(new PasswordVault({}, this)),
      m_recordings(new RecordingPlayer(m_cti, this))
{
    connect(m_interactions, &InteractionHub::screenPopMeasured, this, &DeskCore::screenPopMeasured);
    connect(m_session, &Session::sessionPayload, this, [this] { registerPhone(); });
    connect(m_session, &Session::loggedOut, this, [this] {
        m_settings->clear();
        m_recordings->clear();
        m_registered = {};
        if (m_phone)
            m_phone->unregisterAccount();
    });
    connect(m_interactions, &InteractionHub::voiceAnswered, this,
            [this](const QString &, const QString &sipCallId) {
                if (m_phone)
                    m_phone->answer(sipCallId);
            });
    connect(m_interactions, &InteractionHub::voiceEnded, this,
            [this](const QString &, const QString &sipCallId) {
                if (m_phone)
                    m_phone->hangup(sipCallId);
            });
    connect(m_interactions->callbacks(), &CallbackListModel::dialRequested, this,
            &DeskCore::dialCallback);
}

DeskCore::~DeskCore() = default;

bool DeskCore::setServers(const QString &list)
{
    const QList<QUrl> servers = CtiClient::parseServerList(list);
    if (servers.isEmpty())
        return false;
    setServers(servers);
    return true;
}

void DeskCore::setServers(const QList<QUrl> &servers)
{
    m_cti->setServers(servers);
}

void DeskCore::setPhone(PhoneControl *phone)
{
    if (m_phone)
        disconnect(m_phone, nullptr, this, nullptr);
    m_phone = phone;
    m_registered = {};
    if (!m_phone)
        return;
    connect(m_phone, &PhoneControl::callEnded, m_interactions, &InteractionHub::phoneCallEnded);
    registerPhone();
}

void DeskCore::dialCallback(const QString &number, const QString &callbackId)
{
    // The server calls the customer back (the phone rings and answers by itself, then the
    // number), so the call is the callback's: one answered on the desk as it is, one from the
    // Callbacks tab taken for the agent first (it comes back in the reply, active).
    if (callbackId.isEmpty()) {
        if (m_phone)
            m_phone->dial(number);
        return;
    }
    m_cti->request(QStringLiteral("callback.dial"), {{"callbackId", callbackId}}, this,
                   [this, number](const CtiResult &r) {
                       if (r.ok) {
                           if (r.body.contains(QStringLiteral("interaction")))
                               m_interactions->adoptTaken(r.body);
                           return;
                       }
                       // A server without callback.dial: the phone dials as before.
                       if (r.error.isServer(protocol::ErrorCode::UnknownType) && m_phone) {
                           m_phone->dial(number);
                           return;
                       }
                       emit dialFailed(
                           tr("Rappel de %1 impossible : %2").arg(number, r.error.message));
                   });
}

void DeskCore::setAudioPlayback(AudioPlayback *playback)
{
    m_recordings->setPlayback(playback);
}

void DeskCore::registerPhone()
{
    if (!m_phone || !m_session->isLoggedIn() || !m_session->isAgent())
        return;
    const SipCredentials sip = m_session->sipCredentials();
    // After a failover the registrar may be another one: register again only then.
    if (!sip.isValid() || sip == m_registered)
        return;
    m_registered = sip;
    m_phone->registerAccount(sip);
}

qint64 DeskCore::lastScreenPopUs() const
{
    return m_interactions->lastScreenPopUs();
}

} // namespace relais::app
