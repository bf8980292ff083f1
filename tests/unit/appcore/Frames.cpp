#include "Frames.h"

#include <relais/app/CtiClient.h>

#include <QDateTime>

namespace frames {

QJsonObject offerPayload(const QString &id, const QString &channel, const QString &state,
                         qint64 timeoutMs, const QJsonArray &messages)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject payload{
        {"interaction", QJsonObject{{"id", id},
                                    {"channel", channel},
                                    {"queue", "general"},
                                    {"from", "+22997000001"},
                                    {"priority", 0},
                                    {"waitedMs", 4000},
                                    {"state", state}}},
        {"customer", QJsonObject{{"id", "cust-" + id},
                                 {"name", "Adjoa Mensah"},
                                 {"phone", "+22997000001"},
                                 {"language", "fr"},
                                 {"segment", "premium"},
                                 {"fields", QJsonObject{{"compte", "CB-1204"}, {"solde", 12500}}}}},
        {"history", QJsonArray{QJsonObject{{"at", now - 86400000},
                                           {"channel", "voice"},
                                           {"queue", "general"},
                                           {"reason", "facture"},
                                           {"disposition", "resolved"},
                                           {"agent", "Awa Dossou"},
                                           {"notes", "Facture expliquée"}},
                               QJsonObject{{"at", now - 3 * 86400000},
                                           {"channel", "chat"},
                                           {"queue", "technique"},
                                           {"reason", "panne"},
                                           {"disposition", "escalated"},
                                           {"agent", "Koffi Mensah"},
                                           {"notes", ""}}}},
        {"timeoutMs", timeoutMs}};
    if (channel != QLatin1String("voice"))
        payload.insert("messages", messages);
    return payload;
}

QJsonObject message(const QString &id, qint64 seq, const QString &from, const QString &text)
{
    return {{"interactionId", id},
            {"seq", seq},
            {"from", from},
            {"text", text},
            {"at", QDateTime::currentMSecsSinceEpoch()}};
}

relais::app::CtiEvent event(const QString &type, const QJsonObject &body, qint64 seq)
{
    relais::app::CtiEvent e;
    e.type = type;
    e.seq = seq;
    e.body = body;
    e.receivedNs = relais::app::CtiClient::monotonicNs();
    return e;
}

QJsonObject loginReply(const QJsonArray &interactions, const QString &state)
{
    return {{"agent",
             QJsonObject{{"id", "agent1"},
                         {"name", "Awa Dossou"},
                         {"roles", QJsonArray{"agent"}},
                         {"skills", QJsonArray{QJsonObject{{"name", "french"}, {"level", 8}}}}}},
            {"token", "jeton-secret"},
            {"sip", QJsonObject{{"uri", "sip:agent1@relais.local"},
                                {"registrar", "sip:127.0.0.1:5060"},
                                {"username", "agent1"},
                                {"password", "sip-demo"}}},
            {"config",
             QJsonObject{{"pauseReasons", QJsonArray{"break", "lunch",
                                                     QJsonObject{{"id", "meeting"},
                                                                 {"label", "Réunion d'équipe"}}}},
                         {"wrapupCodes", QJsonArray{"resolved", "info", "callback"}},
                         {"queues", QJsonArray{"general", "technique"}},
                         {"cannedResponses", QJsonArray{"Bonjour !", "Merci de patienter."}},
                         {"autoAnswer", false}}},
            {"state", QJsonObject{{"agentId", "agent1"},
                                  {"name", "Awa Dossou"},
                                  {"state", state},
                                  {"reason", state == "not_ready" ? "login" : ""},
                                  {"since", QDateTime::currentMSecsSinceEpoch() - 5000}}},
            {"interactions", interactions}};
}

} // namespace frames
