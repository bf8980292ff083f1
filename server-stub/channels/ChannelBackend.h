#pragma once

#include "relais/protocol/Enums.h"
#include "relais/protocol/Types.h"

#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace relais::channels {

// What went wrong, as the connector will see it: the HTTP status and {"error":{code,message}}.
struct ChannelError
{
    int httpStatus = 400;
    QString code; // bad_request | not_found | conflict | internal
    QString message;
};

// A validated POST /api/v1/interactions. Optional fields are empty when absent.
struct NewInteraction
{
    QString connector;
    protocol::Channel channel = protocol::Channel::Chat;
    QString from;
    QString text;
    QString subject;
    QString queue;
    QString customerRef;
};

// Implemented by the dispatch core. ChannelApi calls it only with fully validated input, so an
// error returned here means nothing was written. A connector may only see the interactions it
// created: anything else is answered 404.
class ChannelBackend
{
public:
    virtual ~ChannelBackend() = default;
    // The connector's name for a bearer token, nullopt when the token is unknown.
    virtual std::optional<QString> connectorForToken(const QString &token) const = 0;
    // The new interaction's id.
    virtual std::variant<QString, ChannelError> createInteraction(const NewInteraction &n) = 0;
    virtual std::variant<protocol::Message, ChannelError>
    addCustomerMessage(const QString &connector, const QString &interactionId,
                       const QString &text) = 0;
    // Messages not written by the customer (agent, system) with seq > afterSeq, in order.
    virtual std::variant<QList<protocol::Message>, ChannelError>
    agentMessagesAfter(const QString &connector, const QString &interactionId, qint64 afterSeq) = 0;
};

} // namespace relais::channels
