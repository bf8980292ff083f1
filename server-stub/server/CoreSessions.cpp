// DispatchCore: login, resume, logout, lost connections and their expiry.
#include "server/DispatchCore.h"

#include "server/Clock.h"
#include "store/PasswordHasher.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTime>
#include <QtConcurrent>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;

namespace {
// A hash of a password nobody has: unknown users cost the same time as known ones.
const QString &decoyHash()
{
    static const QString hash = store::hashPassword(QStringLiteral("relais-decoy-password"));
    return hash;
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

void DispatchCore::login(const QString &user, const QString &password, const QString &station,
                         const QString &source, LoginDone done)
{
    const Caller caller{user, source};
    std::optional<store::UserRecord> rec;
    if (m_users.contains(user))
        rec = m_db->user(user);
    const qint64 now = nowMs();
    if (rec && rec->lockedUntil > now) {
        audit(caller, QStringLiteral("login"), user, false, QStringLiteral("account locked"));
        const QString until = QDateTime::fromMSecsSinceEpoch(rec->lockedUntil).toString("HH:mm");
        done(CoreResult::failure(ErrorCode::Locked,
                                 QStringLiteral("account locked after too many failed logins, "
                                                "until %1")
                                     .arg(until)),
             {}, {});
        return;
    }
    const QString hash = rec ? rec->passwordHash : decoyHash();
    auto *watcher = new QFutureWatcher<bool>(this);
    QPointer<DispatchCore> self(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this,
            [self, watcher, rec, caller, station, done = std::move(done)] {
                watcher->deleteLater();
                if (self)
                    self->finishLogin(rec, watcher->result(), caller, station, done);
            });
    watcher->setFuture(
        QtConcurrent::run([hash, password] { return store::verifyPassword(hash, password); }));
}

void DispatchCore::finishLogin(const std::optional<store::UserRecord> &rec, bool passwordOk,
                               const Caller &caller, const QString &station, const LoginDone &done)
{
    const qint64 now = nowMs();
    if (!rec || !passwordOk) {
        qint64 lockedUntil = 0;
        if (rec)
            lockedUntil = m_db->recordLoginFailure(rec->username, now, m_config.maxFailedLogins,
                                                   m_config.lockoutMs);
        audit(caller, QStringLiteral("login"), caller.username, false,
              lockedUntil ? QStringLiteral("wrong password; account now locked")
                          : QStringLiteral("wrong user or password"));
        if (lockedUntil > now) {
            done(CoreResult::failure(ErrorCode::Locked,
                                     QStringLiteral("account locked after too many failed logins")),
                 {}, {});
        } else {
            done(CoreResult::failure(ErrorCode::Unauthenticated,
                                     QStringLiteral("wrong user or password")),
                 {}, {});
        }
        return;
    }
    m_db->recordLoginSuccess(rec->username);
    const QString username = rec->username;
    const QString token = startSession(username);
    if (token.isEmpty()) {
        done(CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed")), {}, {});
        return;
    }
    if (m_routing.hasAgent(username))
        attachAgent(username, now);
    audit(caller, QStringLiteral("login"), username, true,
          station.isEmpty() ? QString() : QStringLiteral("station %1").arg(station));
    done(CoreResult::success(sessionPayload(username, token)), username, token);
}

// Logs the agent into routing, or reconnects it when it was already there (another session,
// or a connection lost within the expiry).
void DispatchCore::attachAgent(const QString &username, qint64 now)
{
    if (QTimer *t = m_expiry.take(username))
        t->deleteLater();
    const std::optional<routing::AgentInfo> info = m_routing.agent(username);
    if (!info)
        return;
    routing::Outcome o;
    if (info->availability == routing::Availability::LoggedOut) {
        o = m_routing.login(username, now);
        applyOutcome(o);
        // Back after a restart: the availability the agent had comes back.
        const QString saved =
            m_db->setting(QStringLiteral("availability/") + username).value_or(QString());
        if (saved == QLatin1String("ready"))
            applyOutcome(
                m_routing.setAvailability(username, routing::Availability::Ready, {}, now));
    } else if (!info->connected) {
        applyOutcome(m_routing.setConnected(username, true, now));
    }
}

QString DispatchCore::startSession(const QString &username)
{
    const QString token = newToken();
    store::SessionRecord s{token, username, nowMs() + 12LL * 3600 * 1000};
    if (!m_db->saveSession(s))
        return {};
    // An agent has one session at a time (one state, one phone): a new login replaces the old.
    // Users without the agent role (supervisors, wallboard accounts) may be signed in on several
    // workstations at once — two TVs on one wallboard account must not sign each other out.
    if (!m_routing.hasAgent(username))
        return token;
    const QString previous = m_tokens.value(username);
    m_tokens.insert(username, token);
    if (!previous.isEmpty()) {
        m_db->deleteSession(previous);
        emit userSessionReplaced(username, token);
    }
    return token;
}

CoreResult DispatchCore::resume(const QString &token, const QString &source, QString *username)
{
    const qint64 now = nowMs();
    std::optional<store::SessionRecord> s = m_db->session(token);
    if (!s || s->expiresAt < now) {
        audit({QString(), source}, QStringLiteral("resume"), QString(), false,
              QStringLiteral("unknown or expired token"));
        return CoreResult::failure(ErrorCode::Unauthenticated,
                                   QStringLiteral("session expired: log in again"));
    }
    *username = s->username;
    m_tokens.insert(s->username, token);
    if (m_routing.hasAgent(s->username))
        attachAgent(s->username, now);
    audit({s->username, source}, QStringLiteral("resume"), s->username, true);
    return CoreResult::success(sessionPayload(s->username, token));
}

CoreResult DispatchCore::logout(const Caller &caller, const QString &token)
{
    if (m_routing.hasAgent(caller.username)) {
        const std::optional<routing::AgentInfo> info = m_routing.agent(caller.username);
        if (info && info->availability != routing::Availability::LoggedOut) {
            CoreResult r = applyOutcome(m_routing.logout(caller.username, nowMs()));
            if (!r.ok())
                return r;
        }
    }
    m_db->deleteSession(token);
    if (m_tokens.value(caller.username) == token)
        m_tokens.remove(caller.username);
    audit(caller, QStringLiteral("logout"), caller.username, true);
    return CoreResult::success();
}

void DispatchCore::connectionLost(const QString &username)
{
    if (!m_routing.hasAgent(username))
        return;
    const std::optional<routing::AgentInfo> info = m_routing.agent(username);
    if (!info || info->availability == routing::Availability::LoggedOut)
        return;
    applyOutcome(m_routing.setConnected(username, false, nowMs()));
    startExpiry(username);
}

void DispatchCore::startExpiry(const QString &username)
{
    if (m_expiry.contains(username))
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, username] { expireSession(username); });
    timer->start(int(m_config.sessionExpiryMs));
    m_expiry.insert(username, timer);
}

void DispatchCore::expireSession(const QString &username)
{
    if (QTimer *t = m_expiry.take(username))
        t->deleteLater();
    qCInfo(lcCore) << "session of" << username << "expired";
    applyOutcome(m_routing.forceLogout(username, nowMs()));
    const QString token = m_tokens.take(username);
    if (!token.isEmpty())
        m_db->deleteSession(token);
    audit({QStringLiteral("system"), QString()}, QStringLiteral("session.expired"), username, true);
}

void DispatchCore::rememberAvailability(const QString &agentId, const QString &value)
{
    m_db->setSetting(QStringLiteral("availability/") + agentId, value);
}

QJsonObject DispatchCore::sessionPayload(const QString &username, const QString &token) const
{
    const store::UserRecord &u = m_users[username];
    Agent agent;
    agent.id = u.username;
    agent.name = u.name;
    for (const QString &r : u.roles) {
        if (auto role = roleFromString(r))
            agent.roles << *role;
    }
    for (auto it = u.skills.constBegin(); it != u.skills.constEnd(); ++it)
        agent.skills << Skill{it.key(), it.value()};
    std::sort(agent.skills.begin(), agent.skills.end(),
              [](const Skill &a, const Skill &b) { return a.name < b.name; });

    QJsonObject sip{{"uri", QStringLiteral("sip:%1@%2").arg(u.sipUser, m_config.sipDomain)},
                    {"registrar", m_sipRegistrar},
                    {"username", u.sipUser},
                    {"password", u.sipPassword}};
    QJsonObject cfg{{"pauseReasons", QJsonArray::fromStringList(m_config.pauseReasons)},
                    {"wrapupCodes", QJsonArray::fromStringList(m_config.wrapupCodes)},
                    {"queues", QJsonArray::fromStringList(m_routing.queueNames())},
                    {"cannedResponses", QJsonArray::fromStringList(m_config.cannedResponses)},
                    {"autoAnswer", u.autoAnswer}};
    // How many of each channel the agent takes at once (the desk shows "2 / 3 chats").
    QJsonObject capacity;
    for (int c = 0; c < kChannelCount; ++c)
        capacity.insert(toString(Channel(c)), u.capacity[size_t(c)]);
    QJsonObject agentJson = agent.toJson();
    agentJson.insert("capacity", capacity);
    QJsonObject payload{{"agent", agentJson}, {"token", token}, {"sip", sip}, {"config", cfg}};
    if (const std::optional<routing::AgentInfo> info = m_routing.agent(username)) {
        payload.insert("state", agentStateJson(username));
        QJsonArray open;
        for (const QString &id : info->interactions) {
            if (std::optional<store::InteractionRecord> rec = m_db->interaction(id)) {
                const std::optional<routing::InteractionInfo> ix = m_routing.interaction(id);
                const qint64 timeout = ix && ix->offerExpiresAt
                                           ? std::max<qint64>(0, ix->offerExpiresAt - nowMs())
                                           : 0;
                open.append(offerPayload(*rec, timeout));
            }
        }
        payload.insert("interactions", open);
    }
    return payload;
}

} // namespace relais::server
