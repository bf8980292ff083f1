#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace relais::app {

class CtiClient;

// Consulting an outside number or a colleague before transferring the call to them (attended
// transfer), for the selected interaction while it is an answered call. consult() /
// consultAgent() ask the server (interaction.consult): the caller is put on hold and the target
// rings; once it answers the agent talks with it alone, then complete() hands the caller over
// (interaction.consult_complete) or cancel() brings the agent back to the caller
// (interaction.consult_cancel). Follows the server's interaction.consult events, so what it says
// (state, who) is what the server says; the end of a consultation the agent did not ask for
// (the target refused, did not answer or hung up) is reported through ended().
class ConsultController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString number READ number NOTIFY changed)

public:
    explicit ConsultController(CtiClient *cti, QObject *parent = nullptr);

    // The selected interaction, and whether it is an answered call (voice, active).
    void setCurrent(const QString &interactionId, bool answeredCall);
    QString current() const { return m_current; }
    // A consultation may be asked for now (an answered call with none under way).
    bool isAvailable() const { return m_answered && state().isEmpty() && !m_pending; }
    // The selected call's consultation: "" (none), "ringing" (the caller on hold, the number
    // rings) or "connected" (the caller on hold, the agent talks with the number).
    QString state() const { return m_consults.value(m_current).state; }
    // Who is consulted: the number, or the colleague's name.
    QString number() const { return m_consults.value(m_current).number; }
    bool isPending() const { return m_pending; }

    Q_INVOKABLE void consult(const QString &number);
    Q_INVOKABLE void consultAgent(const QString &agentId);
    Q_INVOKABLE void complete();
    Q_INVOKABLE void cancel();
    // The call is over (or no longer the agent's).
    void forget(const QString &interactionId);
    void clear();

signals:
    void changed();
    void failed(const QString &message);
    // A consultation ended without the agent asking (`reason` from the server): the caller is
    // back with the agent, unless the call itself ended.
    void ended(const QString &interactionId, const QString &number, const QString &reason);

private:
    struct Consult
    {
        QString state;
        QString number;
    };
    void apply(const QString &interactionId, const QString &state, const QString &number,
               const QString &reason);
    void ask(const char *verb, const QString &interactionId, const QString &field,
             const QString &value, const QString &failure);

    CtiClient *m_cti;
    QString m_current;
    bool m_answered = false;
    bool m_pending = false;
    QHash<QString, Consult> m_consults; // interaction → its consultation under way
};

} // namespace relais::app
