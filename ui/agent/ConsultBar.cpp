#include "agent/ConsultBar.h"

#include <relais/app/ConsultController.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

ConsultBar::ConsultBar(app::ConsultController *controller, QWidget *parent)
    : QFrame(parent), m_controller(controller), m_state(new QLabel(this)),
      m_complete(new QPushButton(this)), m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("consultBar"));
    m_state->setObjectName(QStringLiteral("consultState"));
    m_state->setWordWrap(true);
    m_complete->setObjectName(QStringLiteral("consultComplete"));
    m_back->setObjectName(QStringLiteral("consultCancel"));
    // The state on its own line, the buttons under it: at 1024×768 the conversation column is
    // too narrow for both side by side in French.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(12, 6, 12, 6);
    column->addWidget(m_state);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_complete);
    column->addLayout(buttons);
    connect(m_complete, &QPushButton::clicked, m_controller, &app::ConsultController::complete);
    connect(m_back, &QPushButton::clicked, m_controller, &app::ConsultController::cancel);
    connect(m_controller, &app::ConsultController::changed, this, &ConsultBar::refresh);
    refresh();
}

void ConsultBar::refresh()
{
    const QString state = m_controller->state();
    const QString number = m_controller->number();
    const bool connected = state == QLatin1String("connected");
    setVisible(!state.isEmpty());
    m_state->setText(connected ? tr("Caller on hold — you are talking with %1").arg(number)
                               : tr("Caller on hold — calling %1…").arg(number));
    m_complete->setText(tr("Complete transfer"));
    m_complete->setToolTip(tr("Hand the caller over to %1 and leave the call").arg(number));
    m_complete->setEnabled(connected && !m_controller->isPending());
    m_back->setText(tr("Back to caller"));
    m_back->setToolTip(tr("Hang up on %1 and talk with the caller again").arg(number));
    m_back->setEnabled(!state.isEmpty() && !m_controller->isPending());
}

void ConsultBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace relais::ui
