#pragma once

#include "relais/protocol/Enums.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <variant>

// Envelope encoding and decoding: requests, replies, events (see docs/protocol.md).
namespace relais::protocol {

struct Request
{
    QString type;
    qint64 id = 0;
    QJsonObject body; // the whole object, type and id included
};

struct FrameError
{
    ErrorCode code = ErrorCode::BadFrame;
    QString message;
    std::optional<qint64> id; // known when the frame was an object with a usable id
};

// Parses one client frame. Checks size, JSON, object-ness, "type" and "id".
std::variant<Request, FrameError> parseRequest(const QByteArray &frame);

QJsonObject makeRequest(const QString &type, qint64 id, QJsonObject fields = {});
QJsonObject makeReply(qint64 id, QJsonObject result = {});
// id may be absent when the frame had none (bad_frame); then "id" is null.
QJsonObject makeErrorReply(std::optional<qint64> id, ErrorCode code, const QString &message);
QJsonObject makeEvent(const QString &type, qint64 seq, QJsonObject fields = {});

QByteArray encode(const QJsonObject &object);

} // namespace relais::protocol
