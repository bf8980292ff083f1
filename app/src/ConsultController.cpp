#include "relais/app/ConsultController.h"

#include "relais/app/CtiClient.h"

#include <relais/protocol/Protocol.h>

#include <QJsonObject>
#include <QRegularExpression>

namespace relais::app {

using namespace relais::protocol;

namespace {
// Who a consultation is with, as the server names it: a number, or a colleague.
QString who(const QJsonObject &body)
{
    const QString number = body.value(QStringLiteral("number")).toString();
    if (!number.isEmpty())
        return number;
    const QString name = body.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? body.value(QStringLiteral("agentId")).toString() : name;
}
} // namespace

ConsultController::ConsultController(CtiClient *cti, QObject *parent) : QObject(parent), m_cti(cti)
{
    m_cti->subscribe(QLatin1String(msg::InteractionConsult), this, [this](const CtiEvent &e) {
        apply(e.body.value(QStringLiteral("interactionId")).toString(),
              e.body.value(QStringLiteral("state")).toString(), who(e.body),
              e.body.value(QStringLiteral("reason")).toString());
    });
}

void ConsultController::setCurrent(const QString &interactionId, bool answeredCall)
{
    if (interactionId == m_current && answeredCall == m_answered)
        return;
    m_current = interactionId;
    m_answered = answeredCall && !interactionId.isEmpty();
    emit changed();
}

void ConsultController::consult(const QString &number)
{
    const QString n = number.trimmed();
    if (!isAvailable() || n.isEmpty())
        return;
    static const QRegularExpression kDialable(QStringLiteral("^\\+?[0-9 ().-]{2,31}$"));
    if (!kDialable.match(n).hasMatch()) {
        emit failed(tr("« %1 » n'est pas un numéro de téléphone").arg(n));
        return;
    }
    ask(msg::InteractionConsult, m_current, QStringLiteral("number"), n,
        tr("Consultation impossible : %1"));
}

void ConsultController::consultAgent(const QString &agentId)
{
    if (!isAvailable() || agentId.isEmpty())
        return;
    ask(msg::InteractionConsult, m_current, QStringLiteral("agentId"), agentId,
        tr("Consultation impossible : %1"));
}

void ConsultController::complete()
{
    if (state() != QLatin1String("connected") || m_pending)
        return;
    ask(msg::InteractionConsultComplete, m_current, {}, {}, tr("Transfert impossible : %1"));
}

void ConsultController::cancel()
{
    if (state().isEmpty() || m_pending)
        return;
    ask(msg::InteractionConsultCancel, m_current, {}, {},
        tr("Retour à l'appelant impossible : %1"));
}

void ConsultController::ask(const char *verb, const QString &interactionId, const QString &field,
                            const QString &value, const QString &failure)
{
    QJsonObject body{{"interactionId", interactionId}};
    if (!field.isEmpty())
        body.insert(field, value);
    m_pending = true;
    emit changed();
    m_cti->request(QLatin1String(verb), body, this,
                   [this, interactionId, failure](const CtiResult &r) {
                       m_pending = false;
                       if (r.ok) {
                           // The same as the event that goes with it; whichever comes first.
                           apply(interactionId, r.body.value(QStringLiteral("state")).toString(),
                                 who(r.body), QStringLiteral("cancelled"));
                           return;
                       }
                       emit changed();
                       emit failed(failure.arg(r.error.message));
                   });
}

void ConsultController::apply(const QString &interactionId, const QString &state,
                              const QString &number, const QString &reason)
{
    if (interactionId.isEmpty())
        return;
    if (state == QLatin1String("ringing") || state == QLatin1String("connected")) {
        Consult &c = m_consults[interactionId];
        // A late "ringing" (the reply after the event) never steps back from "connected".
        if (!(state == QLatin1String("ringing") && c.state == QLatin1String("connected") &&
              c.number == number))
            c.state = state;
        c.number = number;
    } else if (state == QLatin1String("ended")) {
        if (!m_consults.remove(interactionId))
            return; // already told
        if (reason != QLatin1String("cancelled"))
            emit ended(interactionId, number, reason);
    } else {
        // "completed", "completing": the caller goes to the number, the call ends here.
        m_consults.remove(interactionId);
    }
    emit changed();
}

void ConsultController::forget(const QString &interactionId)
{
    if (m_consults.remove(interactionId))
        emit changed();
}

void ConsultController::clear()
{
    m_consults.clear();
    m_current.clear();
    m_answered = false;
    m_pending = false;
    emit changed();
}

} // namespace relais::app
