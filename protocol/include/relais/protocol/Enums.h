#pragma once

#include <QString>
#include <optional>

namespace relais::protocol {

enum class ErrorCode {
    BadFrame,
    BadRequest,
    UnknownType,
    Unauthenticated,
    Forbidden,
    NotFound,
    Conflict,
    Locked,
    RateLimited,
    Internal,
};
QString toString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(const QString &s);

enum class AgentState { LoggedOut, Ready, NotReady, Reserved, Busy, WrapUp };
QString toString(AgentState state);
std::optional<AgentState> agentStateFromString(const QString &s);

enum class Channel { Voice, Chat, Email, Sms, Whatsapp, Facebook, Callback };
inline constexpr int kChannelCount = 7;
QString toString(Channel channel);
std::optional<Channel> channelFromString(const QString &s);
// Text channels carry interaction.message both ways.
bool isTextChannel(Channel channel);

enum class Role { Agent, Supervisor, Trainer, Admin };
QString toString(Role role);
std::optional<Role> roleFromString(const QString &s);

} // namespace relais::protocol
