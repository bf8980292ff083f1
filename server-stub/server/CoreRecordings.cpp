// DispatchCore: recordings handed out over the CTI (recording.get), chunk by chunk, so that a
// desk on another workstation can play a callback's recorded request or a call's recording.
#include "server/DispatchCore.h"

#include "server/RecordingFiles.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;

namespace {
const QString kRequest = QStringLiteral("request");
const QString kCall = QStringLiteral("call");
} // namespace

bool DispatchCore::mayHearRecording(const QString &username,
                                    const std::optional<store::InteractionRecord> &rec,
                                    const std::optional<store::CallbackRecord> &cb,
                                    const QString &kind) const
{
    if (hasRole(username, Role::Supervisor) || hasRole(username, Role::Admin))
        return true;
    if (!hasRole(username, Role::Agent))
        return false;
    const QString id = rec ? rec->id : cb->id;
    const std::optional<routing::InteractionInfo> ix = m_routing.interaction(id);
    if (ix && ix->agentId == username)
        return true; // offered to them, or in their hands
    if (kind == kCall)
        return rec && rec->agentId == username;
    if (!cb)
        return false;
    if (cb->agentId == username || cb->createdBy == username || (ix && ix->targetAgent == username))
        return true;
    const QJsonArray queues = m_agentStatic.value(username).value("queues").toArray();
    return queues.contains(QJsonValue(cb->queue));
}

CoreResult DispatchCore::recordingGet(const Caller &caller, const QString &interactionId,
                                      const QString &kind, qint64 offset)
{
    const QString action = QStringLiteral("recording.get");
    const std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId);
    const std::optional<store::CallbackRecord> cb = m_db->callback(interactionId);
    if (!rec && !cb)
        return CoreResult::failure(ErrorCode::NotFound,
                                   QStringLiteral("no interaction '%1'").arg(interactionId));
    // Without `kind`: the callback's request when there is one, else the call.
    const QString k = !kind.isEmpty() ? kind : (cb && !cb->recording.isEmpty() ? kRequest : kCall);
    if (!mayHearRecording(caller.username, rec, cb, k)) {
        audit(caller, action, interactionId, false, k + QStringLiteral(": not theirs"));
        return CoreResult::failure(
            ErrorCode::Forbidden,
            QStringLiteral("you may not hear the recordings of '%1'").arg(interactionId));
    }
    const QString stored =
        k == kRequest ? (cb ? cb->recording : QString()) : (rec ? rec->recording : QString());
    if (stored.isEmpty())
        return CoreResult::failure(
            ErrorCode::NotFound,
            k == kRequest
                ? QStringLiteral("interaction '%1' has no recorded request").arg(interactionId)
                : QStringLiteral("interaction '%1' has no call recording").arg(interactionId));
    if (k == kCall) {
        const std::optional<routing::InteractionInfo> ix = m_routing.interaction(interactionId);
        if (ix && ix->state == routing::IxState::Active)
            return CoreResult::failure(
                ErrorCode::Conflict,
                QStringLiteral("the call '%1' is still being recorded").arg(interactionId));
    }
    const QString path = RecordingFiles(m_config.voice.recordingsDir).resolve(stored);
    if (path.isEmpty())
        return CoreResult::failure(
            ErrorCode::NotFound,
            QStringLiteral("the recording of '%1' is no longer on the server").arg(interactionId));
    bool pastEnd = false;
    QString error;
    const std::optional<RecordingFiles::Chunk> chunk =
        RecordingFiles::read(path, offset, &pastEnd, &error);
    if (!chunk) {
        if (pastEnd)
            return CoreResult::failure(
                ErrorCode::BadRequest,
                QStringLiteral("field 'offset' is past the end of the recording (%1)").arg(error));
        qCWarning(lcCore) << "cannot read recording" << path << error;
        return CoreResult::failure(ErrorCode::Internal,
                                   QStringLiteral("the recording cannot be read"));
    }
    if (offset == 0) // once per listening, not once per chunk
        audit(caller, action, interactionId, true, k);
    const qint64 length = chunk->data.size();
    return CoreResult::success({{"interactionId", interactionId},
                                {"kind", k},
                                {"format", QStringLiteral("audio/wav")},
                                {"size", chunk->size},
                                {"offset", offset},
                                {"length", length},
                                {"data", QString::fromLatin1(chunk->data.toBase64())},
                                {"last", offset + length >= chunk->size}});
}

} // namespace relais::server
