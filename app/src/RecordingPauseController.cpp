#include "relais/app/RecordingPauseController.h"

#include "relais/app/CtiClient.h"

#include <relais/protocol/Protocol.h>

namespace relais::app {

using namespace relais::protocol;

RecordingPauseController::RecordingPauseController(CtiClient *cti, QObject *parent)
    : QObject(parent), m_cti(cti)
{
    m_cti->subscribe(QLatin1String(msg::InteractionRecording), this, [this](const CtiEvent &e) {
        const QString id = e.body.value(QStringLiteral("interactionId")).toString();
        if (!id.isEmpty() && e.body.contains(QStringLiteral("paused")))
            apply(id, e.body.value(QStringLiteral("paused")).toBool());
    });
}

void RecordingPauseController::setCurrent(const QString &interactionId, bool answeredCall)
{
    if (interactionId == m_current && answeredCall == m_available)
        return;
    m_current = interactionId;
    m_available = answeredCall && !interactionId.isEmpty();
    emit changed();
}

bool RecordingPauseController::isPaused(const QString &interactionId) const
{
    return m_paused.value(interactionId, false);
}

void RecordingPauseController::setPaused(bool paused)
{
    const QString id = m_current;
    if (!m_available || m_pending.contains(id) || paused == isPaused(id))
        return;
    m_pending.insert(id, paused);
    emit changed();
    m_cti->request(
        QLatin1String(msg::InteractionRecording), {{"interactionId", id}, {"pause", paused}}, this,
        [this, id, paused](const CtiResult &r) {
            m_pending.remove(id);
            if (r.ok) {
                apply(id, r.body.value(QStringLiteral("paused")).toBool(paused));
                return;
            }
            emit changed();
            emit failed(paused ? tr("The recording could not be paused: %1").arg(r.error.message)
                               : tr("The recording could not be resumed: %1").arg(r.error.message));
        });
}

void RecordingPauseController::apply(const QString &interactionId, bool paused)
{
    if (paused)
        m_paused.insert(interactionId, true);
    else
        m_paused.remove(interactionId);
    emit changed();
}

void RecordingPauseController::forget(const QString &interactionId)
{
    const bool had = m_paused.remove(interactionId) + m_pending.remove(interactionId) > 0;
    if (had)
        emit changed();
}

void RecordingPauseController::clear()
{
    m_paused.clear();
    m_pending.clear();
    m_current.clear();
    m_available = false;
    emit changed();
}

} // namespace relais::app
