#include "agent/ConversationRecordingBar.h"

#include "common/Icons.h"

#include <relais/app/RecordingPauseController.h>

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace relais::ui {

ConversationRecordingBar::ConversationRecordingBar(app::RecordingPauseController *controller,
                                                   QWidget *parent)
    : QFrame(parent), m_controller(controller), m_indicator(new QLabel(this)),
      m_toggle(new QToolButton(this))
{
    setObjectName(QStringLiteral("recordingBar"));
    m_indicator->setObjectName(QStringLiteral("recordingState"));
    m_indicator->setWordWrap(true);
    m_toggle->setObjectName(QStringLiteral("recordingToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 4, 12, 4);
    row->addWidget(m_indicator, 1);
    row->addWidget(m_toggle);
    // The button shows what the server says: a click asks, the reply or event sets it.
    connect(m_toggle, &QToolButton::clicked, this, [this] {
        m_controller->toggle();
        refresh();
    });
    // The keyboard path (a button's own shortcut is reset by setText).
    auto *shortcut = new QAction(this);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    shortcut->setShortcutContext(Qt::WindowShortcut);
    addAction(shortcut);
    connect(shortcut, &QAction::triggered, this, [this] {
        if (m_toggle->isEnabled())
            m_toggle->click();
    });
    connect(m_controller, &app::RecordingPauseController::changed, this,
            &ConversationRecordingBar::refresh);
    refresh();
}

void ConversationRecordingBar::refresh()
{
    const bool paused = m_controller->isPaused();
    setVisible(m_controller->isAvailable());
    m_toggle->setChecked(paused);
    m_toggle->setEnabled(m_controller->isAvailable() && !m_controller->isPending());
    m_toggle->setText(paused ? tr("Resume recording") : tr("Pause recording"));
    m_toggle->setIcon(Icons::icon(paused ? QStringLiteral("play") : QStringLiteral("pause")));
    m_toggle->setToolTip(paused ? tr("Record the call again (Ctrl+Shift+P)")
                                : tr("Stop recording while the customer reads out a card number "
                                     "(Ctrl+Shift+P)"));
    m_indicator->setText(paused ? tr("Recording paused: nothing is being recorded.")
                                : tr("● This call is recorded"));
    if (property("paused").toBool() != paused) {
        setProperty("paused", paused);
        style()->unpolish(this);
        style()->polish(this);
        style()->unpolish(m_indicator);
        style()->polish(m_indicator);
    }
}

void ConversationRecordingBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace relais::ui
