#include "agent/TransferMenu.h"

#include "agent/TransferAgentDialog.h"

#include <relais/app/ConsultController.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/Session.h>

#include <QInputDialog>

namespace relais::ui {

TransferMenu::TransferMenu(app::InteractionHub *hub, app::Session *session, QWidget *parent)
    : QMenu(parent), m_hub(hub), m_session(session)
{
    setObjectName(QStringLiteral("transferMenu"));
    connect(this, &QMenu::aboutToShow, this, &TransferMenu::rebuild);
}

QString TransferMenu::askForNumber(const QString &title, const QString &label)
{
    bool ok = false;
    const QString n =
        QInputDialog::getText(parentWidget(), title, label, QLineEdit::Normal, QString(), &ok)
            .trimmed();
    return ok ? n : QString();
}

QString TransferMenu::pickColleague(const QString &title)
{
    TransferAgentDialog dialog(m_hub->directory(), m_hub->currentChannel(), parentWidget());
    if (!title.isEmpty())
        dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted ? dialog.agentId() : QString();
}

void TransferMenu::askNumber(const QString &interactionId)
{
    const QString n = askForNumber(tr("Transfer to a number"),
                                   tr("Number to transfer the caller to (you stay with them until "
                                      "it answers):"));
    if (!n.isEmpty())
        m_hub->transferToNumber(interactionId, n);
}

void TransferMenu::askConsult(const QString &interactionId)
{
    const QString n = askForNumber(tr("Consult a number"),
                                   tr("Number to talk to before transferring (the caller is put "
                                      "on hold meanwhile):"));
    if (!n.isEmpty() && interactionId == m_hub->consult()->current())
        m_hub->consult()->consult(n);
}

void TransferMenu::askConsultAgent(const QString &interactionId)
{
    const QString agentId = pickColleague(tr("Consult a colleague"));
    if (!agentId.isEmpty() && interactionId == m_hub->consult()->current())
        m_hub->consult()->consultAgent(agentId);
}

void TransferMenu::askAgent(const QString &interactionId)
{
    const QString agentId = pickColleague({});
    if (!agentId.isEmpty())
        m_hub->transferToAgent(interactionId, agentId);
}

void TransferMenu::rebuild()
{
    clear();
    const QString id = m_hub->currentInteractionId();
    // Nothing else while the caller is on hold for a consultation (its bar has the ways out).
    const bool active = !id.isEmpty() && m_hub->currentState() == QLatin1String("active") &&
                        m_hub->consult()->state().isEmpty();
    addSection(tr("To a queue"));
    const QStringList queues = m_session->queues();
    for (int i = 0; i < queues.size(); ++i) {
        QAction *a =
            addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(queues[i]) : queues[i]);
        a->setEnabled(active);
        connect(a, &QAction::triggered, this,
                [this, id, q = queues[i]] { m_hub->transferToQueue(id, q); });
    }
    addSeparator();
    QAction *agent = addAction(tr("To an &agent…"));
    agent->setEnabled(active);
    agent->setObjectName(QStringLiteral("transferToAgent"));
    connect(agent, &QAction::triggered, this, [this, id] { askAgent(id); });
    const bool voice = m_hub->currentChannel() == QLatin1String("voice");
    QAction *number = addAction(tr("To a &number…"));
    number->setObjectName(QStringLiteral("transferToNumber"));
    number->setEnabled(active && voice);
    if (!voice)
        number->setToolTip(tr("Only calls can be transferred to a number"));
    setToolTipsVisible(true);
    connect(number, &QAction::triggered, this, [this, id] { askNumber(id); });
    QAction *consult = addAction(tr("&Consult a number first…"));
    consult->setObjectName(QStringLiteral("consultNumber"));
    consult->setEnabled(active && voice && m_hub->consult()->isAvailable());
    consult->setToolTip(voice ? tr("Talk to the number while the caller is on hold, then "
                                   "complete the transfer or go back to the caller")
                              : tr("Only calls can be transferred to a number"));
    connect(consult, &QAction::triggered, this, [this, id] { askConsult(id); });
    QAction *colleague = addAction(tr("Consult a co&lleague first…"));
    colleague->setObjectName(QStringLiteral("consultAgent"));
    colleague->setEnabled(active && voice && m_hub->consult()->isAvailable());
    colleague->setToolTip(voice ? tr("Talk to a colleague while the caller is on hold, then "
                                     "complete the transfer or go back to the caller")
                                : tr("Only calls can be consulted on first"));
    connect(colleague, &QAction::triggered, this, [this, id] { askConsultAgent(id); });
}

} // namespace relais::ui
