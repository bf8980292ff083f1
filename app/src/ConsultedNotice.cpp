#include "relais/app/ConsultedNotice.h"

#include "relais/app/CtiClient.h"

#include <relais/protocol/Protocol.h>

#include <QJsonObject>

namespace relais::app {

using namespace relais::protocol;

ConsultedNotice::ConsultedNotice(CtiClient *cti, QObject *parent) : QObject(parent)
{
    cti->subscribe(QLatin1String(msg::InteractionConsulted), this,
                   [this](const CtiEvent &e) { apply(e.body); });
}

void ConsultedNotice::apply(const QJsonObject &body)
{
    const QString id = body.value(QStringLiteral("interactionId")).toString();
    const QString state = body.value(QStringLiteral("state")).toString();
    if (id.isEmpty())
        return;
    if (state == QLatin1String("ringing") || state == QLatin1String("connected")) {
        m_state = state;
        m_interactionId = id;
        m_agentId = body.value(QStringLiteral("agentId")).toString();
        m_agentName = body.value(QStringLiteral("name")).toString();
        if (m_agentName.isEmpty())
            m_agentName = m_agentId;
        m_customerName = body.value(QStringLiteral("customer"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
        m_from = body.value(QStringLiteral("from")).toString();
        m_queue = body.value(QStringLiteral("queue")).toString();
        emit changed();
        return;
    }
    // ended, completed, or a state this desk does not know: the notice goes (only if it is
    // about the consultation shown; an older one's late news changes nothing).
    if (id != m_interactionId || !isActive())
        return;
    const QString name = m_agentName;
    clear();
    if (state == QLatin1String("ended"))
        emit ended(name, body.value(QStringLiteral("reason")).toString());
}

void ConsultedNotice::clear()
{
    if (!isActive() && m_interactionId.isEmpty())
        return;
    m_state.clear();
    m_interactionId.clear();
    m_agentId.clear();
    m_agentName.clear();
    m_customerName.clear();
    m_from.clear();
    m_queue.clear();
    emit changed();
}

} // namespace relais::app
