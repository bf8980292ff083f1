#pragma once
// relais-dispatch's SIP side (--listen-sip): one libre thread (the softphone engine's
// LibreThread and SipStack) with the registrar for the agents' devices and the trunk. Qt side:
// start/stop and signals; libre side: everything touching libre (see ARCHITECTURE.md, "The
// libre thread"). Calls from addresses other than the trunk gateways are refused with 403.
#include "config/Config.h"
#include "voice/AgentCalls.h"
#include "voice/CallerFlow.h"
#include "voice/IvrSession.h"
#include "voice/PromptLibrary.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <map>
#include <memory>

struct sip_msg;

namespace relais::softphone {
class LibreThread;
class SipStack;
class SipRegistrar;
} // namespace relais::softphone

namespace relais::server {
class DispatchCore;
}

namespace relais::voice {

class TrunkCall;

class VoiceService : public QObject
{
    Q_OBJECT
public:
    // `demo`: any loopback address is a trunk gateway too.
    VoiceService(const config::Config &config, bool demo, QObject *parent = nullptr);
    ~VoiceService() override;

    // Listens on UDP and TCP; port 0 picks a free one (see port()).
    bool start(const QHostAddress &address, quint16 port, QString *error);
    void stop();
    quint16 port() const { return m_port; }
    // Where trunk calls become interactions (Qt thread). Without it, calls are refused (480).
    // Also rings the agents' phones for voice offers (AgentCalls).
    void setCore(server::DispatchCore *core);

signals:
    // An agent's device registered (or refreshed) / its binding went away.
    void deviceRegistered(const QString &sipUser, const QString &contact);
    void deviceUnregistered(const QString &sipUser);

private:
    // Libre thread.
    bool setUp(const QString &address, quint16 port, QString *error);
    void onInvite(const struct sip_msg *msg);
    // Answers the caller's leg; then the Qt side queues it (queue set) or runs the IVR.
    void answerCall(const struct sip_msg *msg, const QString &queue, const QString &ivr);
    void hangupCall(const QString &key);
    void onTrunkClosed(TrunkCall &call, const QString &reason);
    AgentCalls::Trunk agentCallsTrunk();
    // Qt thread.
    void callQueued(const QString &key, const QString &caller, const QString &queue,
                    const QString &sipCallId);
    void callEnded(const QString &key, const QString &reason);
    void ivrStarted(const QString &key, const QString &caller, const QString &ivr);
    // What the caller hears (CallerFlow), Qt side: the flow's commands go to the leg's
    // CallerAudio on the libre thread, the leg's events come back by call key.
    CallerFlow *startFlow(const QString &key, const QString &caller);
    CallerFlow *flow(const QString &key) const;
    // VoiceServiceFlows.cpp
    void onLeg(const QString &key, std::function<void(TrunkCall &call)> command);
    void callerLeft(const QString &key, const std::optional<CallerAudio::Capture> &partial);
    void overflowDue(const QString &interactionId);
    // A transferred call waits again: its caller hears the queue's music until the next agent.
    void callerRequeued(const QString &key, const QString &interactionId);
    void callbackRecorded(const QString &key, const QString &recordingPath);
    // The language a known caller chose last time (their customer record's), or empty.
    QString languageOf(const QString &caller) const;
    void rememberLanguage(const QString &key, const QString &language);

    const config::Config m_config;
    const bool m_demo;
    QHash<QString, QString> m_sipPasswords; // sip user → password (read-only once started)
    std::unique_ptr<softphone::LibreThread> m_thread;
    std::unique_ptr<softphone::SipStack> m_stack;         // libre thread
    std::unique_ptr<softphone::SipRegistrar> m_registrar; // libre thread
    QHash<QString, TrunkCall *> m_calls; // libre thread: key → caller's leg (owned)
    quint64 m_nextCall = 1;              // libre thread
    server::DispatchCore *m_core = nullptr;
    QHash<QString, QString> m_interactionByCall; // Qt thread: call key → interaction id
    std::unique_ptr<PromptLibrary> m_prompts;    // shared by both threads (thread-safe)
    QString m_recordingsDir;
    std::map<QString, std::unique_ptr<CallerFlow>> m_flows; // Qt thread: call key → flow
    quint16 m_port = 0;
    std::unique_ptr<AgentCalls> m_agents; // the agents' legs and the bridges
};

} // namespace relais::voice
