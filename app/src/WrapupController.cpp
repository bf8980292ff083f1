#include "relais/app/WrapupController.h"

#include "relais/app/CtiClient.h"

#include <relais/protocol/Protocol.h>

namespace relais::app {

using namespace relais::protocol;

WrapupController::WrapupController(CtiClient *cti, QObject *parent) : QObject(parent), m_cti(cti)
{
    m_now = [] { return CtiClient::monotonicNs() / 1000000; };
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &WrapupController::refreshCountdown);
}

const WrapupController::Form &WrapupController::form() const
{
    static const Form none;
    return m_current >= 0 && m_current < m_forms.size() ? m_forms[m_current] : none;
}

WrapupController::Form *WrapupController::current()
{
    return m_current >= 0 && m_current < m_forms.size() ? &m_forms[m_current] : nullptr;
}

int WrapupController::indexOf(const QString &interactionId) const
{
    for (int i = 0; i < m_forms.size(); ++i) {
        if (m_forms[i].interactionId == interactionId)
            return i;
    }
    return -1;
}

void WrapupController::begin(const QString &interactionId, qint64 limitMs, const QString &channel,
                             const QString &customerName, const QString &from)
{
    int i = indexOf(interactionId);
    if (i < 0) {
        Form f;
        f.interactionId = interactionId;
        f.callbackNumber = from.contains(QLatin1Char('@')) ? QString() : from;
        f.callbackAt = QDateTime::currentDateTime().addSecs(3600);
        m_forms.append(f);
        i = int(m_forms.size()) - 1;
    }
    Form &f = m_forms[i];
    f.channel = channel;
    f.customerName = customerName;
    f.from = from;
    f.limitMs = std::max<qint64>(0, limitMs);
    f.deadlineMs = limitMs > 0 ? m_now() + limitMs : 0;
    if (m_current < 0)
        m_current = i;
    if (!m_timer.isActive())
        m_timer.start();
    emit wrapupChanged();
    emit formChanged();
    emit countdownChanged();
}

void WrapupController::setLimit(const QString &interactionId, qint64 limitMs, qint64 remainingMs)
{
    const int i = indexOf(interactionId);
    if (i < 0 || m_forms[i].deadlineMs || limitMs <= 0)
        return;
    m_forms[i].limitMs = limitMs;
    m_forms[i].deadlineMs = m_now() + std::clamp<qint64>(remainingMs, 0, limitMs);
    if (i == m_current) {
        emit wrapupChanged();
        emit countdownChanged();
    }
}

void WrapupController::finish(const QString &interactionId)
{
    const int i = indexOf(interactionId);
    if (i < 0)
        return;
    const QString currentId = form().interactionId;
    m_forms.removeAt(i);
    if (m_forms.isEmpty()) {
        m_current = -1;
        m_timer.stop();
    } else {
        const int stay = indexOf(currentId);
        m_current = stay >= 0 ? stay : 0;
    }
    emit wrapupChanged();
    emit formChanged();
    emit countdownChanged();
}

void WrapupController::clear()
{
    m_forms.clear();
    m_current = -1;
    m_timer.stop();
    emit wrapupChanged();
    emit formChanged();
    emit countdownChanged();
}

void WrapupController::setCurrent(const QString &interactionId)
{
    const int i = indexOf(interactionId);
    if (i < 0 || i == m_current)
        return;
    m_current = i;
    emit wrapupChanged();
    emit formChanged();
    emit countdownChanged();
}

bool WrapupController::canSubmit() const
{
    const Form &f = form();
    if (f.interactionId.isEmpty() || f.submitting || f.disposition.isEmpty())
        return false;
    if (!m_allowed.isEmpty() && !m_allowed.contains(f.disposition))
        return false;
    if (f.callbackRequested && (f.callbackNumber.trimmed().isEmpty() || !f.callbackAt.isValid()))
        return false;
    return true;
}

qint64 WrapupController::remainingMs() const
{
    const Form &f = form();
    if (!f.deadlineMs)
        return 0;
    return std::max<qint64>(0, f.deadlineMs - m_now());
}

void WrapupController::refreshCountdown()
{
    if (m_forms.isEmpty()) {
        m_timer.stop();
        return;
    }
    emit countdownChanged();
}

template <typename T> void WrapupController::setField(T Form::*field, const T &value)
{
    Form *f = current();
    if (!f || f->*field == value)
        return;
    f->*field = value;
    f->error.clear();
    emit formChanged();
}

void WrapupController::setDisposition(const QString &id)
{
    setField(&Form::disposition, id);
}

void WrapupController::setReason(const QString &reason)
{
    setField(&Form::reason, reason);
}

void WrapupController::setNotes(const QString &notes)
{
    setField(&Form::notes, notes);
}

void WrapupController::setCallbackRequested(bool requested)
{
    setField(&Form::callbackRequested, requested);
}

void WrapupController::setCallbackAt(const QDateTime &at)
{
    setField(&Form::callbackAt, at);
}

void WrapupController::setCallbackNumber(const QString &number)
{
    setField(&Form::callbackNumber, number);
}

void WrapupController::submit()
{
    Form *f = current();
    if (!f)
        return;
    if (!canSubmit()) {
        f->error = f->disposition.isEmpty() ? tr("Choisissez une qualification")
                                            : tr("Complétez le rappel : numéro et date");
        emit formChanged();
        return;
    }
    QString notes = f->notes;
    if (f->callbackRequested) {
        // Also in the contact's notes: the history then shows that a callback was promised.
        const QString line = tr("Rappel demandé le %1 au %2")
                                 .arg(f->callbackAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                      f->callbackNumber.trimmed());
        notes = notes.isEmpty() ? line : notes + QLatin1Char('\n') + line;
    }
    QJsonObject fields{{"interactionId", f->interactionId}, {"disposition", f->disposition}};
    if (!notes.isEmpty())
        fields.insert("notes", notes);
    if (f->callbackRequested) {
        QJsonObject callback{{"at", f->callbackAt.toMSecsSinceEpoch()},
                             {"number", f->callbackNumber.trimmed()}};
        if (!f->notes.isEmpty())
            callback.insert("note", f->notes.left(2000));
        fields.insert("callback", callback);
    }
    if (!f->reason.isEmpty())
        fields.insert("reason", f->reason);
    f->submitting = true;
    f->error.clear();
    emit formChanged();
    const QString id = f->interactionId;
    const bool callback = f->callbackRequested;
    const QString number = f->callbackNumber.trimmed();
    const QDateTime at = f->callbackAt;
    m_cti->request(QLatin1String(msg::InteractionWrapup), fields, this,
                   [this, id, callback, number, at, notes](const CtiResult &r) {
                       const int i = indexOf(id);
                       if (r.ok) {
                           if (callback) {
                               QJsonObject c = r.body.value(QStringLiteral("callback")).toObject();
                               if (c.isEmpty())
                                   c = QJsonObject{{"id", QStringLiteral("scheduled-") + id},
                                                   {"number", number},
                                                   {"dueAt", at.toMSecsSinceEpoch()},
                                                   {"note", notes},
                                                   {"state", "scheduled"}};
                               emit callbackScheduled(id, c);
                           }
                           emit submitted(id);
                           // interaction.closed normally removes it; a form must not linger.
                           finish(id);
                           return;
                       }
                       const QString message =
                           tr("Qualification refusée : %1").arg(r.error.message);
                       if (i >= 0) {
                           m_forms[i].submitting = false;
                           m_forms[i].error = message;
                           emit formChanged();
                       }
                       emit submitFailed(id, message);
                   });
}

} // namespace relais::app
