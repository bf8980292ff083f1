#include "relais/protocol/Frame.h"

#include "relais/protocol/Protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace relais::protocol {

std::variant<Request, FrameError> parseRequest(const QByteArray &frame)
{
    if (frame.size() > kMaxFrameBytes) {
        return FrameError{ErrorCode::BadFrame,
                          QStringLiteral("frame of %1 bytes is larger than the %2 bytes allowed")
                              .arg(frame.size())
                              .arg(kMaxFrameBytes),
                          std::nullopt};
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &err);
    if (err.error != QJsonParseError::NoError) {
        return FrameError{ErrorCode::BadFrame,
                          QStringLiteral("frame is not valid JSON at offset %1: %2")
                              .arg(err.offset)
                              .arg(err.errorString()),
                          std::nullopt};
    }
    if (!doc.isObject()) {
        return FrameError{ErrorCode::BadFrame, QStringLiteral("frame must be a JSON object"),
                          std::nullopt};
    }
    const QJsonObject o = doc.object();
    const QJsonValue idValue = o.value(QLatin1String("id"));
    std::optional<qint64> id;
    if (idValue.isDouble()) {
        const double d = idValue.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            id = idValue.toInteger();
    }
    if (!id) {
        return FrameError{ErrorCode::BadRequest,
                          idValue.isUndefined()
                              ? QStringLiteral("field 'id' is required (integer)")
                              : QStringLiteral("field 'id' must be an integer"),
                          std::nullopt};
    }
    const QJsonValue typeValue = o.value(QLatin1String("type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty()) {
        return FrameError{ErrorCode::BadRequest,
                          QStringLiteral("field 'type' is required (string)"), id};
    }
    return Request{typeValue.toString(), *id, o};
}

QJsonObject makeRequest(const QString &type, qint64 id, QJsonObject fields)
{
    fields.insert(QLatin1String("type"), type);
    fields.insert(QLatin1String("id"), id);
    return fields;
}

QJsonObject makeReply(qint64 id, QJsonObject result)
{
    result.insert(QLatin1String("type"), QLatin1String(msg::Reply));
    result.insert(QLatin1String("id"), id);
    result.insert(QLatin1String("ok"), true);
    return result;
}

QJsonObject makeErrorReply(std::optional<qint64> id, ErrorCode code, const QString &message)
{
    QJsonObject o{{"type", QLatin1String(msg::Reply)},
                  {"ok", false},
                  {"error", QJsonObject{{"code", toString(code)}, {"message", message}}}};
    o.insert(QLatin1String("id"), id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject makeEvent(const QString &type, qint64 seq, QJsonObject fields)
{
    fields.insert(QLatin1String("type"), type);
    fields.insert(QLatin1String("seq"), seq);
    return fields;
}

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace relais::protocol
