#include "agent/StateBar.h"

#include "common/Icons.h"

#include <relais/app/DisplayNames.h>
#include <relais/app/Session.h>
#include <relais/app/WrapupController.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace relais::ui {

using app::DisplayNames;
using protocol::AgentState;

StateBar::StateBar(app::Session *session, app::WrapupController *wrapup, QMenu *userMenu,
                   QWidget *parent)
    : QFrame(parent), m_session(session), m_wrapup(wrapup), m_chip(new QLabel(this)),
      m_time(new QLabel(this)), m_reason(new QLabel(this)), m_ready(new QPushButton(this)),
      m_pause(new QToolButton(this)), m_pauseMenu(new QMenu(this)),
      m_wrapupCountdown(new QLabel(this)), m_counters(new QLabel(this)),
      m_help(new QPushButton(this)), m_user(new QToolButton(this))
{
    setObjectName(QStringLiteral("stateBar"));
    m_chip->setObjectName(QStringLiteral("stateChip"));
    m_time->setObjectName(QStringLiteral("stateTimer"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")));
    m_reason->setObjectName(QStringLiteral("counter"));
    m_wrapupCountdown->setObjectName(QStringLiteral("wrapupCountdown"));
    m_counters->setObjectName(QStringLiteral("counter"));
    m_ready->setObjectName(QStringLiteral("readyButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setPopupMode(QToolButton::InstantPopup);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setMenu(m_pauseMenu);
    m_pauseMenu->installEventFilter(this);
    m_help->setObjectName(QStringLiteral("helpButton"));
    m_user->setObjectName(QStringLiteral("userButton"));
    m_user->setPopupMode(QToolButton::InstantPopup);
    m_user->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_user->setMenu(userMenu);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 10, 6);
    row->setSpacing(8);
    row->addWidget(m_chip);
    row->addWidget(m_time);
    row->addWidget(m_reason);
    row->addSpacing(8);
    row->addWidget(m_ready);
    row->addWidget(m_pause);
    row->addSpacing(8);
    row->addWidget(m_wrapupCountdown);
    row->addStretch(1);
    row->addWidget(m_counters);
    row->addSpacing(8);
    row->addWidget(m_help);
    row->addWidget(m_user);

    connect(m_ready, &QPushButton::clicked, m_session, &app::Session::setReady);
    connect(m_session, &app::Session::agentStateChanged, this, &StateBar::refreshState);
    connect(m_session, &app::Session::tick, this, &StateBar::refreshTime);
    connect(m_session, &app::Session::countersChanged, this, &StateBar::refreshCounters);
    connect(m_session, &app::Session::configChanged, this, &StateBar::rebuildPauseMenu);
    connect(m_session, &app::Session::loggedInChanged, this, &StateBar::retranslate);
    connect(m_session, &app::Session::helpStateChanged, this, &StateBar::retranslate);
    connect(m_wrapup, &app::WrapupController::wrapupChanged, this, &StateBar::refreshWrapup);
    connect(m_wrapup, &app::WrapupController::countdownChanged, this, &StateBar::refreshWrapup);
    retranslate();
}

QString StateBar::stateText() const
{
    return m_chip->text();
}

void StateBar::showPauseMenu()
{
    m_pause->showMenu();
}

bool StateBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pauseMenu && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int index = key->key() - Qt::Key_1;
        const QList<QAction *> actions = m_pauseMenu->actions();
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && index >= 0 && index < 9 &&
            index < actions.size()) {
            QAction *chosen = actions.at(index);
            m_pauseMenu->hide();
            chosen->trigger();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void StateBar::rebuildPauseMenu()
{
    m_pauseMenu->clear();
    const QList<app::ConfigItem> reasons = m_session->pauseReasons();
    for (int i = 0; i < reasons.size(); ++i) {
        const app::ConfigItem &r = reasons[i];
        QAction *a =
            m_pauseMenu->addAction(r.label.isEmpty() ? DisplayNames::reason(r.id) : r.label);
        a->setData(r.id);
        if (i < 9)
            a->setShortcut(QKeySequence(QString::number(i + 1)));
        connect(a, &QAction::triggered, this, [this, id = r.id] { m_session->setNotReady(id); });
    }
    if (reasons.isEmpty()) {
        QAction *a = m_pauseMenu->addAction(tr("Pause"));
        connect(a, &QAction::triggered, this, [this] { m_session->setNotReady(QString()); });
    }
}

void StateBar::refreshState()
{
    const AgentState state = m_session->agentState();
    m_chip->setText(m_session->stateName());
    m_chip->setProperty("state", m_session->stateWireName());
    m_chip->style()->unpolish(m_chip);
    m_chip->style()->polish(m_chip);
    const bool paused = state == AgentState::NotReady;
    m_reason->setText(paused ? m_session->stateReasonLabel() : QString());
    m_reason->setVisible(paused && !m_reason->text().isEmpty());
    m_ready->setEnabled(m_session->isLoggedIn() && state != AgentState::Ready);
    m_pause->setEnabled(m_session->isLoggedIn());
    refreshTime();
}

void StateBar::refreshTime()
{
    m_time->setText(m_session->isLoggedIn() ? DisplayNames::duration(m_session->timeInStateMs())
                                            : QString());
}

void StateBar::refreshCounters()
{
    const int handled = m_session->handledToday();
    QString text = tr("Handled today: %1").arg(handled);
    if (handled > 0)
        text += QStringLiteral("  ·  ") +
                tr("AHT %1").arg(DisplayNames::duration(m_session->averageHandleMs()));
    m_counters->setText(text);
    m_counters->setToolTip(tr("Interactions you closed today and your average handle time "
                              "(from answer to the end of wrap-up)"));
}

void StateBar::refreshWrapup()
{
    if (!m_wrapup->isActive() || !m_wrapup->hasDeadline()) {
        m_wrapupCountdown->setVisible(m_wrapup->isActive());
        m_wrapupCountdown->setText(m_wrapup->isActive() ? tr("Wrap-up") : QString());
        return;
    }
    m_wrapupCountdown->setText(
        tr("Wrap-up: %1 left").arg(DisplayNames::duration(m_wrapup->remainingMs())));
    m_wrapupCountdown->setVisible(true);
}

void StateBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        retranslate();
}

void StateBar::retranslate()
{
    m_ready->setText(tr("Ready"));
    m_ready->setIcon(Icons::icon(QStringLiteral("ready")));
    m_ready->setToolTip(tr("Ready to take interactions (F5)"));
    m_pause->setText(tr("Pause"));
    m_pause->setIcon(Icons::icon(QStringLiteral("pause")));
    m_pause->setToolTip(tr("Pause with a reason (F6, then the reason's number)"));
    // Sent, the button says so until a supervisor takes the request (asking again adds a note).
    const bool pending = m_session->isHelpPending();
    m_help->setText(pending ? tr("Help asked") : tr("Help"));
    m_help->setIcon(Icons::icon(QStringLiteral("help")));
    m_help->setToolTip(pending ? tr("The supervisors have your request for help; one will come "
                                    "to you (Ctrl+Shift+H to add a note)")
                               : tr("Ask a supervisor for help (Ctrl+Shift+H)"));
    if (m_help->property("pending").toBool() != pending) {
        m_help->setProperty("pending", pending);
        m_help->style()->unpolish(m_help);
        m_help->style()->polish(m_help);
    }
    m_user->setText(m_session->agentName());
    m_user->setIcon(Icons::icon(QStringLiteral("user")));
    m_user->setToolTip(tr("Theme, language, lock, sign out (Alt+M)"));
    rebuildPauseMenu();
    refreshState();
    refreshCounters();
    refreshWrapup();
}

} // namespace relais::ui
