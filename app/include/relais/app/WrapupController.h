#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

namespace relais::app {

class CtiClient;

// The wrap-up form of the interaction in wrap-up that the agent looks at: disposition (required,
// one of the wrap-up codes), reason, notes, a callback to schedule, and a countdown to the
// queue's wrap-up limit (the server closes it with wrapup_timeout at zero). Several
// interactions can be in wrap-up at once (chats); each keeps its own form.
class WrapupController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY wrapupChanged)
    Q_PROPERTY(QString interactionId READ interactionId NOTIFY wrapupChanged)
    Q_PROPERTY(QString channel READ channel NOTIFY wrapupChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY wrapupChanged)
    Q_PROPERTY(int count READ count NOTIFY wrapupChanged)
    Q_PROPERTY(bool dispositionRequired READ dispositionRequired CONSTANT)
    Q_PROPERTY(QString disposition READ disposition WRITE setDisposition NOTIFY formChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY formChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY formChanged)
    Q_PROPERTY(
        bool callbackRequested READ callbackRequested WRITE setCallbackRequested NOTIFY formChanged)
    Q_PROPERTY(QDateTime callbackAt READ callbackAt WRITE setCallbackAt NOTIFY formChanged)
    Q_PROPERTY(
        QString callbackNumber READ callbackNumber WRITE setCallbackNumber NOTIFY formChanged)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY formChanged)
    Q_PROPERTY(bool submitting READ isSubmitting NOTIFY formChanged)
    Q_PROPERTY(bool hasDeadline READ hasDeadline NOTIFY wrapupChanged)
    Q_PROPERTY(qint64 limitMs READ limitMs NOTIFY wrapupChanged)
    Q_PROPERTY(qint64 remainingMs READ remainingMs NOTIFY countdownChanged)
    Q_PROPERTY(QString error READ error NOTIFY formChanged)

public:
    struct Form
    {
        QString interactionId;
        QString channel;
        QString customerName;
        QString from;
        qint64 limitMs = 0;    // 0: unknown (after a resume)
        qint64 deadlineMs = 0; // monotonic
        QString disposition;
        QString reason;
        QString notes;
        bool callbackRequested = false;
        QDateTime callbackAt;
        QString callbackNumber;
        bool submitting = false;
        QString error;
    };

    explicit WrapupController(CtiClient *cti, QObject *parent = nullptr);

    // interaction.ended: the interaction is in wrap-up with this limit (ms; 0 when unknown).
    void begin(const QString &interactionId, qint64 limitMs, const QString &channel,
               const QString &customerName, const QString &from);
    // The limit learnt later (after a resume: the queue's limit and the time already spent):
    // the countdown shows `remainingMs`. Ignored for forms that already have a deadline.
    void setLimit(const QString &interactionId, qint64 limitMs, qint64 remainingMs);
    // interaction.closed (or gone): its form is dropped.
    void finish(const QString &interactionId);
    void clear();
    bool isPending(const QString &interactionId) const { return indexOf(interactionId) >= 0; }
    // Shows this interaction's form (when it is in wrap-up).
    void setCurrent(const QString &interactionId);
    // Codes the disposition must be one of (the login's wrap-up codes); empty: anything.
    void setAllowedDispositions(const QStringList &ids) { m_allowed = ids; }

    Q_INVOKABLE void submit();

    bool isActive() const { return !m_forms.isEmpty(); }
    int count() const { return int(m_forms.size()); }
    QString interactionId() const { return form().interactionId; }
    QString channel() const { return form().channel; }
    QString customerName() const { return form().customerName; }
    bool dispositionRequired() const { return true; }
    QString disposition() const { return form().disposition; }
    QString reason() const { return form().reason; }
    QString notes() const { return form().notes; }
    bool callbackRequested() const { return form().callbackRequested; }
    QDateTime callbackAt() const { return form().callbackAt; }
    QString callbackNumber() const { return form().callbackNumber; }
    bool canSubmit() const;
    bool isSubmitting() const { return form().submitting; }
    bool hasDeadline() const { return form().limitMs > 0; }
    qint64 limitMs() const { return form().limitMs; }
    qint64 remainingMs() const;
    QString error() const { return form().error; }

    void setDisposition(const QString &id);
    void setReason(const QString &reason);
    void setNotes(const QString &notes);
    void setCallbackRequested(bool requested);
    void setCallbackAt(const QDateTime &at);
    void setCallbackNumber(const QString &number);

    void setClock(std::function<qint64()> monotonicMs) { m_now = std::move(monotonicMs); }
    void refreshCountdown();

signals:
    void wrapupChanged();
    void formChanged();
    void countdownChanged();
    void submitted(const QString &interactionId);
    void submitFailed(const QString &interactionId, const QString &message);
    // A callback promised in the form: the server's callback object when it stored one
    // (docs/protocol.md, Callbacks), else one the desk made up ({id, number, dueAt, note,
    // state: "scheduled"}) and keeps locally.
    void callbackScheduled(const QString &interactionId, const QJsonObject &callback);

private:
    const Form &form() const;
    Form *current();
    int indexOf(const QString &interactionId) const;
    template <typename T> void setField(T Form::*field, const T &value);

    CtiClient *m_cti;
    QList<Form> m_forms;
    int m_current = -1;
    QStringList m_allowed;
    QTimer m_timer;
    std::function<qint64()> m_now;
};

} // namespace relais::app
