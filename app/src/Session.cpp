#include "relais/app/Session.h"

#include "relais/app/CtiClient.h"
#include "relais/app/DisplayNames.h"

#include <relais/protocol/Protocol.h>

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPasswordDigestor>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcSession, "relais.app.session")

namespace relais::app {

using namespace relais::protocol;

namespace {
constexpr int kLoginTimeoutMs = 30000;
constexpr int kUnlockIterations = 20000;
constexpr int kMaxBroadcasts = 50;

QByteArray unlockDigest(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              kUnlockIterations, 32);
}
} // namespace

Session::Session(CtiClient *cti, QObject *parent) : QObject(parent), m_cti(cti)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Session::tick);
    m_loginTimeout.setSingleShot(true);
    connect(&m_loginTimeout, &QTimer::timeout, this, [this] {
        if (!m_loggingIn)
            return;
        m_loggingIn = false;
        emit loggingInChanged(false);
        m_cti->close();
        fail(tr("Aucun serveur ne répond : vérifiez le réseau ou l'adresse du serveur"));
        emit loginFailed(m_lastError);
    });

    connect(m_cti, &CtiClient::resumed, this, [this](const QJsonObject &payload) {
        if (m_loggedIn)
            applyPayload(payload, true);
    });
    connect(m_cti, &CtiClient::resumeRefused, this, [this](const CtiError &) {
        endSession(QStringLiteral("expired"),
                   tr("Votre session a expiré pendant la coupure : reconnectez-vous"));
    });
    connect(m_cti, &CtiClient::sessionClosed, this, [this](const QString &reason) {
        if (reason == QLatin1String("replaced"))
            endSession(reason, tr("Votre session a été ouverte sur un autre poste"));
        else if (reason == QLatin1String("logged_out"))
            endSession(reason, tr("Un superviseur a fermé votre session"));
    });

    m_cti->subscribe(QLatin1String(msg::AgentState), this, [this](const CtiEvent &e) {
        if (m_loggedIn && e.body.value(QStringLiteral("agentId")).toString() == m_agentId)
            applyState(e.body);
    });
    m_cti->subscribe(QLatin1String(msg::InteractionAccepted), this, [this](const CtiEvent &e) {
        m_acceptedAt.insert(e.body.value(QStringLiteral("interactionId")).toString(),
                            QDateTime::currentMSecsSinceEpoch());
    });
    m_cti->subscribe(QLatin1String(msg::InteractionTransferred), this, [this](const CtiEvent &e) {
        m_acceptedAt.remove(e.body.value(QStringLiteral("interactionId")).toString());
    });
    m_cti->subscribe(QLatin1String(msg::InteractionClosed), this, [this](const CtiEvent &e) {
        const QString id = e.body.value(QStringLiteral("interactionId")).toString();
        if (m_serverCounters) {
            m_acceptedAt.remove(id);
            return; // the agent.state that follows carries the server's count
        }
        ++m_handled;
        const auto it = m_acceptedAt.constFind(id);
        if (it != m_acceptedAt.constEnd()) {
            m_handleTotalMs += QDateTime::currentMSecsSinceEpoch() - *it;
            ++m_handledTimed;
            m_acceptedAt.erase(it);
        }
        emit countersChanged();
    });
    m_cti->subscribe(QLatin1String(msg::Broadcast), this, [this](const CtiEvent &e) {
        const Broadcast b = Broadcast::fromJson(e.body);
        m_broadcasts.prepend(b);
        while (m_broadcasts.size() > kMaxBroadcasts)
            m_broadcasts.removeLast();
        emit broadcastReceived(b);
    });
    m_cti->subscribe(QStringLiteral("help.resolved"), this, [this](const CtiEvent &e) {
        if (e.body.value(QStringLiteral("agentId")).toString() != m_agentId)
            return;
        if (m_helpPending) {
            m_helpPending = false;
            emit helpStateChanged();
        }
        emit helpResolved(e.body.value(QStringLiteral("resolvedByName")).toString());
    });
}

qint64 Session::averageHandleMs() const
{
    if (m_serverCounters)
        return m_serverAhtMs;
    return m_handledTimed ? m_handleTotalMs / m_handledTimed : 0;
}

bool Session::hasRole(Role role) const
{
    return m_roles.contains(toString(role));
}

bool Session::isSupervisor() const
{
    return hasRole(Role::Supervisor) || hasRole(Role::Admin) || hasRole(Role::Trainer);
}

QString Session::stateName() const
{
    return DisplayNames::agentState(m_state);
}

QString Session::stateReasonLabel() const
{
    for (const ConfigItem &r : m_pauseReasons) {
        if (r.id == m_reason)
            return r.label;
    }
    return DisplayNames::reason(m_reason);
}

QString Session::wrapupLabel(const QString &id) const
{
    for (const ConfigItem &c : m_wrapupCodes) {
        if (c.id == id)
            return c.label;
    }
    return DisplayNames::wrapupCode(id);
}

qint64 Session::timeInStateMs() const
{
    if (!m_loggedIn || m_since <= 0)
        return 0;
    return std::max<qint64>(0, m_cti->serverNowMs() - m_since);
}

void Session::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

void Session::login(const QString &user, const QString &password, const QString &station)
{
    if (m_loggedIn || m_loggingIn)
        return;
    m_loggingIn = true;
    m_loginRefused = false;
    emit loggingInChanged(true);
    m_user = user;
    m_cti->clearResumeToken();
    if (m_cti->state() == CtiClient::ConnectionState::Disconnected)
        m_cti->open();
    m_loginTimeout.start(kLoginTimeoutMs);

    // Only a salted digest stays, for the idle lock; computed now, while the password is here.
    m_unlockSalt = QByteArray(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(m_unlockSalt.begin(), m_unlockSalt.end());
    m_unlockDigest = unlockDigest(password, m_unlockSalt);

    QJsonObject fields{{"user", user}, {"password", password}};
    if (!station.isEmpty())
        fields.insert("station", station);
    RequestOptions options;
    options.queueWhileOffline = true; // sent as soon as a server says hello
    options.timeoutMs = 20000;        // argon2id takes its time on the server
    m_cti->request(
        QLatin1String(msg::Login), fields, this,
        [this](const CtiResult &r) {
            if (!m_loggingIn)
                return; // cancelled
            m_loginTimeout.stop();
            m_loggingIn = false;
            emit loggingInChanged(false);
            if (!r.ok) {
                m_unlockDigest.clear();
                QString message;
                m_loginRefused = r.error.isServer(ErrorCode::Unauthenticated) ||
                                 r.error.isServer(ErrorCode::Locked);
                if (r.error.isServer(ErrorCode::Unauthenticated))
                    message = tr("Identifiant ou mot de passe incorrect");
                else if (r.error.isServer(ErrorCode::Locked))
                    message = tr("Compte verrouillé après trop d'essais : réessayez plus tard "
                                 "ou appelez votre superviseur");
                else if (r.error.kind == CtiError::Kind::Server)
                    message = tr("Connexion refusée : %1").arg(r.error.message);
                else
                    message = tr("Connexion impossible : %1").arg(r.error.message);
                fail(message);
                emit loginFailed(message);
                return;
            }
            applyPayload(r.body, false);
        },
        options);
}

void Session::cancelLogin()
{
    if (!m_loggingIn)
        return;
    m_loginTimeout.stop();
    m_loggingIn = false;
    m_unlockDigest.clear();
    emit loggingInChanged(false);
    m_cti->close();
}

void Session::applyPayload(const QJsonObject &payload, bool resumed)
{
    const QJsonObject agent = payload.value(QStringLiteral("agent")).toObject();
    m_agentId = agent.value(QStringLiteral("id")).toString();
    m_agentName = agent.value(QStringLiteral("name")).toString();
    m_roles.clear();
    for (const QJsonValue &r : agent.value(QStringLiteral("roles")).toArray())
        m_roles << r.toString();
    m_capacity.clear();
    const QJsonObject capacity = agent.value(QStringLiteral("capacity")).toObject();
    for (auto it = capacity.constBegin(); it != capacity.constEnd(); ++it) {
        if (it.value().isDouble())
            m_capacity.insert(it.key(), qMax(0, it.value().toInt()));
    }
    const QString token = payload.value(QStringLiteral("token")).toString();
    if (!token.isEmpty()) {
        m_token = token;
        m_cti->setResumeToken(token);
    }
    m_sip = SipCredentials::fromJson(payload.value(QStringLiteral("sip")).toObject());

    const QJsonObject config = payload.value(QStringLiteral("config")).toObject();
    m_pauseReasons = configItems(config.value(QStringLiteral("pauseReasons")).toArray(), false);
    m_wrapupCodes = configItems(config.value(QStringLiteral("wrapupCodes")).toArray(), true);
    m_canned.clear();
    for (const QJsonValue &c : config.value(QStringLiteral("cannedResponses")).toArray())
        m_canned << c.toString();
    m_queues.clear();
    for (const QJsonValue &q : config.value(QStringLiteral("queues")).toArray())
        m_queues << (q.isObject() ? q.toObject().value(QStringLiteral("name")).toString()
                                  : q.toString());
    m_autoAnswer = config.value(QStringLiteral("autoAnswer")).toBool();

    const bool wasLoggedIn = m_loggedIn;
    m_loggedIn = true;
    if (!wasLoggedIn) {
        m_handled = 0;
        m_handledTimed = 0;
        m_handleTotalMs = 0;
        m_serverCounters = false;
        m_serverAhtMs = 0;
        m_acceptedAt.clear();
        m_tick.start();
        emit loggedInChanged(true);
        emit countersChanged();
    }
    emit configChanged();
    if (payload.contains(QStringLiteral("state")))
        applyState(payload.value(QStringLiteral("state")).toObject());
    emit sessionPayload(payload, resumed);
}

QList<ConfigItem> Session::configItems(const QJsonArray &array, bool wrapup)
{
    QList<ConfigItem> out;
    for (const QJsonValue &v : array) {
        ConfigItem item;
        if (v.isObject()) {
            // Servers that send labels ({id, label}) win over the desk's own words.
            item.id = v.toObject().value(QStringLiteral("id")).toString();
            item.label = v.toObject().value(QStringLiteral("label")).toString();
        } else {
            item.id = v.toString();
        }
        if (item.id.isEmpty())
            continue;
        if (item.label.isEmpty())
            item.label = wrapup ? DisplayNames::wrapupCode(item.id) : DisplayNames::reason(item.id);
        out << item;
    }
    return out;
}

void Session::applyState(const QJsonObject &state)
{
    const std::optional<AgentState> s =
        agentStateFromString(state.value(QStringLiteral("state")).toString());
    if (!s)
        return;
    m_state = *s;
    m_reason = state.value(QStringLiteral("reason")).toString();
    m_since = qint64(state.value(QStringLiteral("since")).toDouble());
    if (state.contains(QStringLiteral("handledToday"))) {
        const int handled = state.value(QStringLiteral("handledToday")).toInt();
        const qint64 aht = qint64(state.value(QStringLiteral("ahtTodayMs")).toDouble());
        if (!m_serverCounters || handled != m_handled || aht != m_serverAhtMs) {
            m_serverCounters = true;
            m_handled = handled;
            m_serverAhtMs = aht;
            emit countersChanged();
        }
    }
    emit agentStateChanged();
    emit tick();
}

void Session::setReady()
{
    m_cti->request(QLatin1String(msg::StateSet), {{"state", "ready"}}, this,
                   [this](const CtiResult &r) {
                       if (!r.ok) {
                           fail(tr("Impossible de passer Prêt : %1").arg(r.error.message));
                           emit stateRequestFailed(m_lastError);
                       }
                   });
}

void Session::setNotReady(const QString &reasonId)
{
    QJsonObject fields{{"state", "not_ready"}};
    if (!reasonId.isEmpty())
        fields.insert("reason", reasonId);
    m_cti->request(QLatin1String(msg::StateSet), fields, this, [this](const CtiResult &r) {
        if (!r.ok) {
            fail(tr("Impossible de passer en pause : %1").arg(r.error.message));
            emit stateRequestFailed(m_lastError);
        }
    });
}

void Session::requestHelp(const QString &text)
{
    QJsonObject fields;
    if (!text.isEmpty())
        fields.insert("text", text);
    m_cti->request(QStringLiteral("help.request"), fields, this, [this](const CtiResult &r) {
        if (r.ok) {
            if (!m_helpPending) {
                m_helpPending = true;
                emit helpStateChanged();
            }
            emit helpRequestSent();
            return;
        }
        const QString message =
            r.error.isServer(ErrorCode::UnknownType)
                ? tr("Ce serveur ne transmet pas encore les demandes d'aide : appelez votre "
                     "superviseur")
                : tr("Demande d'aide non transmise : %1").arg(r.error.message);
        fail(message);
        emit helpRequestFailed(message);
    });
}

bool Session::checkUnlockPassword(const QString &password) const
{
    if (m_unlockDigest.isEmpty())
        return false;
    const QByteArray d = unlockDigest(password, m_unlockSalt);
    // Constant-time comparison.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < d.size() && i < m_unlockDigest.size(); ++i)
        diff |= static_cast<unsigned char>(d[i] ^ m_unlockDigest[i]);
    return d.size() == m_unlockDigest.size() && diff == 0;
}

void Session::logout()
{
    if (!m_loggedIn)
        return;
    m_cti->request(QLatin1String(msg::Logout), {}, this, [this](const CtiResult &r) {
        if (r.ok || r.error.isServer(ErrorCode::Unauthenticated)) {
            endSession(QStringLiteral("logout"), tr("Vous êtes déconnecté"));
            return;
        }
        const QString message =
            r.error.isServer(ErrorCode::Conflict)
                ? tr("Terminez et qualifiez vos interactions avant de vous déconnecter")
                : tr("Déconnexion impossible : %1").arg(r.error.message);
        fail(message);
        emit logoutRefused(message);
    });
}

void Session::endSession(const QString &reason, const QString &message)
{
    const bool was = m_loggedIn;
    m_loggedIn = false;
    m_token.clear();
    m_unlockDigest.clear();
    m_sip = {};
    m_helpPending = false;
    m_tick.stop();
    m_state = AgentState::LoggedOut;
    m_reason.clear();
    m_since = 0;
    m_cti->clearResumeToken();
    // After an expiry the link stays up, ready for a new login on it; otherwise it closes.
    if (reason != QLatin1String("expired"))
        m_cti->close();
    if (was) {
        emit agentStateChanged();
        emit loggedInChanged(false);
        emit loggedOut(reason, message);
    }
}

} // namespace relais::app
