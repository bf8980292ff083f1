#pragma once

#include <QObject>
#include <QString>

namespace relais::app {

class CtiClient;

// The colleague's side of an attended transfer: another agent consults this one about a caller
// (interaction.consulted). While their phone rings and while they talk, isActive() says who
// asks (agentName) and about whom (customerName, from, queue); it clears when the consultation
// ends (the consulting agent takes the caller back, or the call ends) or is completed (the call
// then arrives as this agent's own interaction, offered and accepted at once).
class ConsultedNotice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString agentName READ agentName NOTIFY changed)
    Q_PROPERTY(QString customerName READ customerName NOTIFY changed)

public:
    explicit ConsultedNotice(CtiClient *cti, QObject *parent = nullptr);

    bool isActive() const { return !m_state.isEmpty(); }
    // "ringing" (their phone rings), "connected" (they talk with the consulting agent), or ""
    QString state() const { return m_state; }
    QString interactionId() const { return m_interactionId; }
    QString agentId() const { return m_agentId; }
    // The consulting agent's display name (their id when the server gave none).
    QString agentName() const { return m_agentName; }
    // The caller's name when the server knows them, else empty.
    QString customerName() const { return m_customerName; }
    // The caller's number and the call's queue.
    QString from() const { return m_from; }
    QString queue() const { return m_queue; }

    void clear();

signals:
    void changed();
    // The consultation ended without becoming this agent's call (`reason` from the server).
    void ended(const QString &agentName, const QString &reason);

private:
    void apply(const QJsonObject &body);

    QString m_state;
    QString m_interactionId;
    QString m_agentId;
    QString m_agentName;
    QString m_customerName;
    QString m_from;
    QString m_queue;
};

} // namespace relais::app
