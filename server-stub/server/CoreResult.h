#pragma once

#include <relais/protocol/Enums.h>

#include <QJsonObject>
#include <QString>
#include <optional>

namespace relais::server {

// What a request to the core produced: a result object for the reply, or an error.
struct CoreResult
{
    std::optional<protocol::ErrorCode> error;
    QString message;
    QJsonObject result;

    bool ok() const { return !error.has_value(); }
    static CoreResult success(QJsonObject result = {}) { return {std::nullopt, {}, std::move(result)}; }
    static CoreResult failure(protocol::ErrorCode code, QString message)
    {
        return {code, std::move(message), {}};
    }
};

// Who made a request: for role checks and the audit trail.
struct Caller
{
    QString username;
    QString source; // peer address
};

} // namespace relais::server
