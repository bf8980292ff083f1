#pragma once

#include <relais/protocol/Enums.h>

#include <QCoreApplication>
#include <QString>

namespace relais::app {

// The words the desk shows for the protocol's ids (channels, states, reasons, codes), in French
// by default through tr(). Ids the desk does not know are shown as they are.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString channel(protocol::Channel channel);
    static QString channel(const QString &wireName);
    // A themeable icon name for the channel ("channel-chat"…), for the ui's icon set.
    static QString channelIcon(const QString &wireName);
    static QString agentState(protocol::AgentState state);
    static QString agentState(const QString &wireName);
    // Pause reasons from the configuration and the ones the server sets (login, no_answer…).
    static QString reason(const QString &id);
    static QString wrapupCode(const QString &id);
    static QString interactionState(const QString &wireName);
    static QString revokeReason(const QString &wireName);
    static QString severity(const QString &wireName);
    // "0:42", "12:05", "1:02:03".
    static QString duration(qint64 ms);
};

} // namespace relais::app
