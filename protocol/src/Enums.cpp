#include "relais/protocol/Enums.h"

#include <array>
#include <utility>

namespace relais::protocol {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[e, name] : table) {
        if (s == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ErrorCode, const char *>, 10> kErrorCodes{{
    {ErrorCode::BadFrame, "bad_frame"},
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::UnknownType, "unknown_type"},
    {ErrorCode::Unauthenticated, "unauthenticated"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::Locked, "locked"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::Internal, "internal"},
}};

constexpr std::array<std::pair<AgentState, const char *>, 6> kAgentStates{{
    {AgentState::LoggedOut, "logged_out"},
    {AgentState::Ready, "ready"},
    {AgentState::NotReady, "not_ready"},
    {AgentState::Reserved, "reserved"},
    {AgentState::Busy, "busy"},
    {AgentState::WrapUp, "wrap_up"},
}};

constexpr std::array<std::pair<Channel, const char *>, kChannelCount> kChannels{{
    {Channel::Voice, "voice"},
    {Channel::Chat, "chat"},
    {Channel::Email, "email"},
    {Channel::Sms, "sms"},
    {Channel::Whatsapp, "whatsapp"},
    {Channel::Facebook, "facebook"},
    {Channel::Callback, "callback"},
}};

constexpr std::array<std::pair<Role, const char *>, 4> kRoles{{
    {Role::Agent, "agent"},
    {Role::Supervisor, "supervisor"},
    {Role::Trainer, "trainer"},
    {Role::Admin, "admin"},
}};

} // namespace

QString toString(ErrorCode code) { return nameOf(kErrorCodes, code); }
std::optional<ErrorCode> errorCodeFromString(const QString &s) { return valueOf(kErrorCodes, s); }
QString toString(AgentState state) { return nameOf(kAgentStates, state); }
std::optional<AgentState> agentStateFromString(const QString &s) { return valueOf(kAgentStates, s); }
QString toString(Channel channel) { return nameOf(kChannels, channel); }
std::optional<Channel> channelFromString(const QString &s) { return valueOf(kChannels, s); }
QString toString(Role role) { return nameOf(kRoles, role); }
std::optional<Role> roleFromString(const QString &s) { return valueOf(kRoles, s); }

bool isTextChannel(Channel channel)
{
    switch (channel) {
    case Channel::Chat:
    case Channel::Email:
    case Channel::Sms:
    case Channel::Whatsapp:
    case Channel::Facebook:
        return true;
    case Channel::Voice:
    case Channel::Callback:
        return false;
    }
    return false;
}

} // namespace relais::protocol
