// DispatchCore: what the desk keeps on the server besides interactions: agents' help requests
// and each user's settings.
#include "server/DispatchCore.h"

#include "server/Clock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;

QJsonObject DispatchCore::helpJson(const store::HelpRequest &h) const
{
    const auto u = m_users.constFind(h.agentId);
    return QJsonObject{{"id", h.id},
                       {"agentId", h.agentId},
                       {"name", displayName(h.agentId)},
                       {"team", u == m_users.constEnd() ? QString() : u->team},
                       {"text", h.text},
                       {"at", h.createdAt}};
}

CoreResult DispatchCore::helpRequest(const Caller &caller, const QString &text)
{
    // One open request per agent: pressing the button again does not page the floor twice.
    if (std::optional<store::HelpRequest> open = m_db->openHelpRequestOf(caller.username))
        return CoreResult::success({{"request", helpJson(*open)}, {"alreadyOpen", true}});
    store::HelpRequest h;
    h.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    h.agentId = caller.username;
    h.text = text;
    h.createdAt = nowMs();
    if (!m_db->insertHelpRequest(h)) {
        qCCritical(lcCore) << "storage failed:" << m_db->lastError();
        return CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    }
    audit(caller, QStringLiteral("help.request"), h.id, true, text.left(200));
    emit toSupervisors(QStringLiteral("help.requested"), helpJson(h));
    return CoreResult::success({{"request", helpJson(h)}, {"alreadyOpen", false}});
}

CoreResult DispatchCore::helpList()
{
    QJsonArray out;
    for (const store::HelpRequest &h : m_db->openHelpRequests())
        out.append(helpJson(h));
    return CoreResult::success({{"requests", out}});
}

CoreResult DispatchCore::helpResolve(const Caller &caller, const QString &id)
{
    const QString action = QStringLiteral("help.resolve");
    std::optional<store::HelpRequest> h = m_db->helpRequest(id);
    if (!h) {
        audit(caller, action, id, false, QStringLiteral("unknown request"));
        return CoreResult::failure(ErrorCode::NotFound,
                                   QStringLiteral("no help request '%1'").arg(id));
    }
    const qint64 now = nowMs();
    bool changed = false;
    if (!m_db->resolveHelpRequest(id, caller.username, now, &changed))
        return CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    if (!changed) {
        audit(caller, action, id, false, QStringLiteral("already resolved"));
        return CoreResult::failure(ErrorCode::Conflict,
                                   QStringLiteral("help request '%1' is already resolved").arg(id));
    }
    audit(caller, action, id, true, h->agentId);
    const QJsonObject body{{"id", id},
                           {"agentId", h->agentId},
                           {"resolvedBy", caller.username},
                           {"resolvedByName", displayName(caller.username)},
                           {"at", now}};
    emit toSupervisors(QStringLiteral("help.resolved"), body);
    emit toUser(h->agentId, QStringLiteral("help.resolved"), body);
    QJsonObject request = helpJson(*h);
    request.insert("resolvedAt", now);
    request.insert("resolvedBy", caller.username);
    return CoreResult::success({{"request", request}});
}

namespace {
constexpr qsizetype kMaxSettingBytes = 16 * 1024;
constexpr int kMaxSettingsPerUser = 100;

// Stored as a one-element array, so that scalars are valid JSON documents too.
QString encodeSetting(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}
} // namespace

CoreResult DispatchCore::settingsGet(const Caller &caller, const QString &key)
{
    const std::optional<QString> stored = m_db->userSetting(caller.username, key);
    QJsonValue value = QJsonValue::Null;
    if (stored)
        value = QJsonDocument::fromJson(stored->toUtf8()).array().first();
    return CoreResult::success({{"key", key}, {"value", value}});
}

CoreResult DispatchCore::settingsSet(const Caller &caller, const QString &key,
                                     const QJsonValue &value)
{
    if (value.isNull()) {
        if (!m_db->deleteUserSetting(caller.username, key))
            return CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
        return CoreResult::success({{"key", key}});
    }
    const QString encoded = encodeSetting(value);
    const qsizetype bytes = encoded.toUtf8().size() - 2; // without the array's brackets
    if (bytes > kMaxSettingBytes)
        return CoreResult::failure(ErrorCode::BadRequest,
                                   QStringLiteral("field 'value' is %1 bytes encoded, over the "
                                                  "limit of %2")
                                       .arg(bytes)
                                       .arg(kMaxSettingBytes));
    if (!m_db->userSetting(caller.username, key) &&
        m_db->userSettingCount(caller.username) >= kMaxSettingsPerUser)
        return CoreResult::failure(
            ErrorCode::BadRequest,
            QStringLiteral("field 'key': %1 settings per user at most").arg(kMaxSettingsPerUser));
    if (!m_db->setUserSetting(caller.username, key, encoded, nowMs()))
        return CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    return CoreResult::success({{"key", key}, {"bytes", qint64(bytes)}});
}

} // namespace relais::server
