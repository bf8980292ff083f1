#pragma once

#include <relais/app/CtiTypes.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Synthetic CTI frames, shaped like relais-dispatch's (docs/protocol.md).
namespace frames {

QJsonObject offerPayload(const QString &id, const QString &channel = QStringLiteral("chat"),
                         const QString &state = QStringLiteral("offered"), qint64 timeoutMs = 15000,
                         const QJsonArray &messages = {});
QJsonObject message(const QString &id, qint64 seq, const QString &from, const QString &text);
relais::app::CtiEvent event(const QString &type, const QJsonObject &body, qint64 seq = 0);
QJsonObject loginReply(const QJsonArray &interactions = {}, const QString &state = "not_ready");

} // namespace frames
