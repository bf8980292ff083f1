#include "supervisor/SupervisorPlaceholderWindow.h"

#include "common/ConnectionBanner.h"
#include "common/Icons.h"

#include <relais/app/DeskCore.h>
#include <relais/app/Session.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

SupervisorPlaceholderWindow::SupervisorPlaceholderWindow(const DeskContext &context, Kind kind,
                                                         QWidget *parent)
    : QMainWindow(parent), m_context(context), m_kind(kind), m_title(new QLabel(this)),
      m_text(new QLabel(this)), m_agentFace(new QPushButton(this)), m_logout(new QPushButton(this))
{
    setObjectName(QStringLiteral("placeholderFace"));
    setWindowIcon(Icons::icon(QStringLiteral("relais")));
    auto *central = new QWidget(this);
    auto *col = new QVBoxLayout(central);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(new ConnectionBanner(context.core->cti(), central));
    auto *body = new QVBoxLayout;
    body->setContentsMargins(40, 40, 40, 40);
    body->setSpacing(16);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    m_text->setWordWrap(true);
    m_agentFace->setObjectName(QStringLiteral("primary"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_agentFace);
    buttons->addWidget(m_logout);
    buttons->addStretch(1);
    body->addWidget(m_title);
    body->addWidget(m_text);
    body->addLayout(buttons);
    body->addStretch(1);
    col->addLayout(body, 1);
    setCentralWidget(central);

    app::Session *session = context.core->session();
    m_agentFace->setVisible(kind == Kind::Supervisor && session->isAgent());
    connect(m_agentFace, &QPushButton::clicked, this,
            &SupervisorPlaceholderWindow::agentFaceRequested);
    connect(m_logout, &QPushButton::clicked, session, &app::Session::logout);
    retranslate();
}

void SupervisorPlaceholderWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SupervisorPlaceholderWindow::retranslate()
{
    switch (m_kind) {
    case Kind::Supervisor:
        setWindowTitle(tr("Relais – Supervisor"));
        m_title->setText(tr("Supervisor face: coming soon"));
        m_text->setText(tr("Queue figures, the agents' grid and broadcasts will be here. Until "
                           "then you can work as an agent if your account allows it."));
        break;
    case Kind::Wallboard:
        setWindowTitle(tr("Relais – Wallboard"));
        m_title->setText(tr("Wallboard: coming soon"));
        m_text->setText(tr("The wall display of the queues' figures is not written yet."));
        break;
    case Kind::Trainer:
        setWindowTitle(tr("Relais – Trainer"));
        m_title->setText(tr("Trainer face: coming soon"));
        m_text->setText(tr("Listening to and coaching agents is not written yet."));
        break;
    }
    m_agentFace->setText(tr("Open the agent face"));
    m_logout->setText(tr("Sign out"));
}

} // namespace relais::ui
