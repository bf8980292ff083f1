#pragma once
// The cast of a voice test, all real processes on loopback: relais-dispatch (--demo with a
// test copy of the demo site: short offer timeout, recordings in a temporary folder), an
// agent's CTI WebSocket, the agent's phone (relais-phone registered with the SIP credentials
// the login returned) and a caller (baresip dialling a service number).
#include "BaresipProcess.h"
#include "CtiClient.h"
#include "PhoneProcess.h"
#include "ServerProcess.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

class VoiceAgentScene
{
public:
    struct PhoneOptions
    {
        bool autoAnswer = true;
        double toneHz = 1000;
        QString codecs; // relais-phone --codecs, e.g. "PCMA"; empty: its defaults
    };

    // Starts the server and logs `agent` in on the CTI (not yet ready).
    bool startServer(const QString &agent, QString *error);
    // The agent's phone registers with the login's SIP credentials.
    bool startPhone(const PhoneOptions &options, QString *error);
    bool setReady(QString *error);
    // baresip as the trunk: calls `number` from `callerNumber` sending `toneHz`.
    bool startCaller(const QString &callerNumber, double toneHz, const QString &codecs,
                     QString *error, bool autoAnswer = false);
    bool dial(const QString &number, QString *error);

    [[nodiscard]] quint16 sipPort() const { return m_sipPort; }
    [[nodiscard]] QString recordingsDir() const { return m_dir.filePath("recordings"); }
    [[nodiscard]] QString phoneRecording() const { return m_dir.filePath("phone.wav"); }
    [[nodiscard]] QString dirPath(const QString &name) const { return m_dir.filePath(name); }
    QString log(); // the server's and the phone's output so far, for failures
    // Waits until the server has printed `needle` (its log so far counts).
    bool waitForServer(const QString &needle, int timeoutMs);

    ServerProcess server;
    CtiClient agent;
    CtiClient supervisor;
    PhoneProcess phone;
    BaresipProcess caller;
    QString outboundGateway; // "ip:port" for [voice] outbound_gateway, set before startServer
    // More (regular expression, replacement) edits of the demo site, set before startServer.
    QList<QPair<QString, QString>> configEdits;
    QJsonObject sip;        // the login's sip object
    QJsonObject loginReply; // the whole login reply

private:
    QTemporaryDir m_dir;
    quint16 m_sipPort = 0;
    QString m_agentName;
    QString m_serverLog;
};
