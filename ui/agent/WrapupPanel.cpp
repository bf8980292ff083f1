#include "agent/WrapupPanel.h"

#include "common/Icons.h"

#include <relais/app/DisplayNames.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/Session.h>
#include <relais/app/WrapupController.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

using app::DisplayNames;

WrapupPanel::WrapupPanel(app::InteractionHub *hub, app::Session *session, QWidget *parent)
    : QFrame(parent), m_hub(hub), m_session(session), m_wrapup(hub->wrapup()),
      m_title(new QLabel(this)), m_countdownText(new QLabel(this)),
      m_countdown(new QProgressBar(this)), m_dispositionLabel(new QLabel(this)),
      m_disposition(new QComboBox(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_notesLabel(new QLabel(this)),
      m_notes(new QPlainTextEdit(this)), m_callback(new QCheckBox(this)),
      m_callbackAt(new QDateTimeEdit(this)), m_callbackNumber(new QLineEdit(this)),
      m_error(new QLabel(this)), m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("wrapupPanel"));
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_countdownText->setObjectName(QStringLiteral("wrapupCountdown"));
    m_countdown->setObjectName(QStringLiteral("offerCountdown"));
    m_countdown->setTextVisible(false);
    m_countdown->setRange(0, 1000);
    m_disposition->setObjectName(QStringLiteral("disposition"));
    m_reason->setObjectName(QStringLiteral("wrapupReason"));
    m_notes->setObjectName(QStringLiteral("wrapupNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);
    m_notes->installEventFilter(this);
    m_callback->setObjectName(QStringLiteral("scheduleCallback"));
    m_callbackAt->setCalendarPopup(true);
    m_callbackAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_submit->setObjectName(QStringLiteral("primary"));
    m_dispositionLabel->setBuddy(m_disposition);
    m_reasonLabel->setBuddy(m_reason);
    m_notesLabel->setBuddy(m_notes);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_countdownText);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_dispositionLabel, 0, 0);
    grid->addWidget(m_disposition, 0, 1);
    grid->addWidget(m_reasonLabel, 1, 0);
    grid->addWidget(m_reason, 1, 1);
    grid->addWidget(m_notesLabel, 2, 0, Qt::AlignTop);
    grid->addWidget(m_notes, 2, 1);
    // The callback's date and number on a line of their own: at 1024×768 the column is narrow.
    grid->addWidget(m_callback, 3, 1);
    auto *cb = new QHBoxLayout;
    cb->addWidget(m_callbackAt);
    cb->addWidget(m_callbackNumber, 1);
    grid->addLayout(cb, 4, 1);
    grid->setColumnStretch(1, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addWidget(m_submit);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(12, 10, 12, 10);
    col->setSpacing(6);
    col->addLayout(head);
    col->addWidget(m_countdown);
    col->addLayout(grid);
    col->addLayout(bottom);

    connect(m_disposition, &QComboBox::activated, this,
            [this] { m_wrapup->setDisposition(m_disposition->currentData().toString()); });
    connect(m_reason, &QLineEdit::textEdited, m_wrapup, &app::WrapupController::setReason);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->toPlainText() != m_wrapup->notes())
            m_wrapup->setNotes(m_notes->toPlainText());
    });
    connect(m_callback, &QCheckBox::toggled, m_wrapup,
            &app::WrapupController::setCallbackRequested);
    connect(m_callbackAt, &QDateTimeEdit::dateTimeChanged, m_wrapup,
            &app::WrapupController::setCallbackAt);
    connect(m_callbackNumber, &QLineEdit::textEdited, m_wrapup,
            &app::WrapupController::setCallbackNumber);
    connect(m_submit, &QPushButton::clicked, this, &WrapupPanel::submit);

    connect(m_wrapup, &app::WrapupController::wrapupChanged, this, &WrapupPanel::refresh);
    connect(m_wrapup, &app::WrapupController::formChanged, this, &WrapupPanel::refreshForm);
    connect(m_wrapup, &app::WrapupController::countdownChanged, this,
            &WrapupPanel::refreshCountdown);
    connect(m_hub, &app::InteractionHub::currentInteractionChanged, this, &WrapupPanel::refresh);
    connect(m_hub, &app::InteractionHub::currentStateChanged, this, &WrapupPanel::refresh);
    connect(m_session, &app::Session::configChanged, this, &WrapupPanel::rebuildCodes);
    retranslate();
}

void WrapupPanel::submit()
{
    if (!m_wrapup->canSubmit()) {
        if (m_wrapup->disposition().isEmpty()) {
            m_error->setText(tr("Choose a disposition first."));
            m_disposition->setFocus();
        }
        return;
    }
    m_wrapup->submit();
}

void WrapupPanel::focusForm()
{
    if (isVisible())
        m_disposition->setFocus();
}

void WrapupPanel::rebuildCodes()
{
    const QSignalBlocker block(m_disposition);
    m_disposition->clear();
    m_disposition->addItem(tr("— choose a disposition —"), QString());
    for (const app::ConfigItem &c : m_session->wrapupCodes())
        m_disposition->addItem(c.label.isEmpty() ? DisplayNames::wrapupCode(c.id) : c.label, c.id);
    refreshForm();
}

void WrapupPanel::refresh()
{
    const bool mine = m_wrapup->isActive() && !m_hub->currentInteractionId().isEmpty() &&
                      m_wrapup->interactionId() == m_hub->currentInteractionId();
    const bool wasVisible = isVisible();
    setVisible(mine);
    if (!mine)
        return;
    const QString who = m_wrapup->customerName();
    m_title->setText(who.isEmpty() ? tr("Wrap-up") : tr("Wrap-up — %1").arg(who));
    refreshForm();
    refreshCountdown();
    if (!wasVisible)
        m_disposition->setFocus();
}

void WrapupPanel::refreshForm()
{
    if (!m_wrapup->isActive())
        return;
    const int i = m_disposition->findData(m_wrapup->disposition());
    if (i >= 0 && i != m_disposition->currentIndex()) {
        const QSignalBlocker block(m_disposition);
        m_disposition->setCurrentIndex(i);
    }
    if (m_reason->text() != m_wrapup->reason())
        m_reason->setText(m_wrapup->reason());
    if (m_notes->toPlainText() != m_wrapup->notes()) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(m_wrapup->notes());
    }
    {
        const QSignalBlocker b1(m_callback);
        m_callback->setChecked(m_wrapup->callbackRequested());
    }
    m_callbackAt->setEnabled(m_wrapup->callbackRequested());
    m_callbackNumber->setEnabled(m_wrapup->callbackRequested());
    if (m_wrapup->callbackAt().isValid() && m_callbackAt->dateTime() != m_wrapup->callbackAt()) {
        const QSignalBlocker b2(m_callbackAt);
        m_callbackAt->setDateTime(m_wrapup->callbackAt());
    } else if (!m_wrapup->callbackAt().isValid()) {
        const QSignalBlocker b2(m_callbackAt);
        m_callbackAt->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    }
    if (m_callbackNumber->text() != m_wrapup->callbackNumber())
        m_callbackNumber->setText(m_wrapup->callbackNumber());
    const QString error = m_wrapup->error();
    if (!error.isEmpty() || m_wrapup->canSubmit())
        m_error->setText(error);
    m_submit->setEnabled(!m_wrapup->isSubmitting());
    m_submit->setText(m_wrapup->isSubmitting() ? tr("Saving…") : tr("Close wrap-up"));
}

void WrapupPanel::refreshCountdown()
{
    if (!m_wrapup->isActive())
        return;
    const bool deadline = m_wrapup->hasDeadline();
    m_countdown->setVisible(deadline);
    if (!deadline) {
        m_countdownText->clear();
        return;
    }
    const qint64 left = m_wrapup->remainingMs();
    m_countdownText->setText(tr("%1 left").arg(DisplayNames::duration(left)));
    m_countdown->setValue(int(1000 * qBound<qint64>(0, left, m_wrapup->limitMs()) /
                              qMax<qint64>(1, m_wrapup->limitMs())));
}

bool WrapupPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void WrapupPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void WrapupPanel::retranslate()
{
    m_dispositionLabel->setText(tr("&Disposition *"));
    m_disposition->setToolTip(tr("Required: how the interaction ended"));
    m_reasonLabel->setText(tr("&Reason"));
    m_reason->setPlaceholderText(tr("Why the customer got in touch"));
    m_notesLabel->setText(tr("N&otes"));
    m_notes->setPlaceholderText(tr("What was done, what was promised (Ctrl+Enter to close)"));
    m_callback->setText(tr("Schedule a &callback"));
    m_callbackAt->setToolTip(tr("When to call back"));
    m_callbackNumber->setPlaceholderText(tr("Number to call"));
    m_submit->setToolTip(tr("Save the wrap-up and close the interaction (Ctrl+Enter)"));
    rebuildCodes();
    refresh();
}

} // namespace relais::ui
