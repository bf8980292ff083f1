#pragma once

#include <QString>

// The CTI contract's constants: version, limits, message names. See docs/protocol.md.
namespace relais::protocol {

inline constexpr int kVersion = 1;
inline constexpr qsizetype kMaxFrameBytes = 256 * 1024;
inline constexpr int kMaxBadFramesInRow = 10;
inline constexpr int kSessionExpiryMs = 2 * 60 * 1000;
inline constexpr const char *kCtiPath = "/cti";
inline constexpr quint16 kDefaultCtiPort = 8433;
inline constexpr quint16 kDefaultHttpPort = 8480;
inline constexpr quint16 kDefaultSipPort = 5060;

namespace msg {
// requests
inline constexpr const char *Login = "login";
inline constexpr const char *Resume = "resume";
inline constexpr const char *Ping = "ping";
inline constexpr const char *Logout = "logout";
inline constexpr const char *StateSet = "state.set";
inline constexpr const char *InteractionAccept = "interaction.accept";
inline constexpr const char *InteractionReject = "interaction.reject";
inline constexpr const char *InteractionMessage = "interaction.message";
inline constexpr const char *InteractionTransfer = "interaction.transfer";
inline constexpr const char *InteractionEnd = "interaction.end";
// Attended transfer of a call: the caller on hold, the agent talks to the target first, then
// completes (the caller goes to the target) or cancels (back to the caller). Also the event of
// the consultation's changes.
inline constexpr const char *InteractionConsult = "interaction.consult";
inline constexpr const char *InteractionConsultComplete = "interaction.consult_complete";
inline constexpr const char *InteractionConsultCancel = "interaction.consult_cancel";
// Event to the colleague being consulted: who consults them, about which caller, and how it goes.
inline constexpr const char *InteractionConsulted = "interaction.consulted";
inline constexpr const char *InteractionRecording = "interaction.recording"; // request and event
inline constexpr const char *CallDial = "call.dial";
inline constexpr const char *InteractionWrapup = "interaction.wrapup";
inline constexpr const char *CustomerSearch = "customer.search";
inline constexpr const char *CustomerHistory = "customer.history";
inline constexpr const char *SuperviseSubscribe = "supervise.subscribe";
inline constexpr const char *SuperviseUnsubscribe = "supervise.unsubscribe";
inline constexpr const char *AgentForceState = "agent.force_state";
inline constexpr const char *Broadcast = "broadcast";
inline constexpr const char *AgentList = "agent.list";
// Colleagues an agent may transfer to, with their state (agents and supervisors).
inline constexpr const char *AgentDirectory = "agent.directory";
inline constexpr const char *QueueList = "queue.list";
// server → client
inline constexpr const char *Hello = "hello";
inline constexpr const char *Reply = "reply";
inline constexpr const char *AgentState = "agent.state";
inline constexpr const char *InteractionOffered = "interaction.offered";
inline constexpr const char *InteractionRevoked = "interaction.revoked";
inline constexpr const char *InteractionAccepted = "interaction.accepted";
inline constexpr const char *InteractionEnded = "interaction.ended";
inline constexpr const char *InteractionClosed = "interaction.closed";
inline constexpr const char *InteractionTransferred = "interaction.transferred";
// A transfer to an outside number did not go through: the agent keeps the call.
inline constexpr const char *InteractionTransferFailed = "interaction.transfer_failed";
inline constexpr const char *StatsQueues = "stats.queues";
inline constexpr const char *SessionClosed = "session.closed";
} // namespace msg

} // namespace relais::protocol
