#include "supervisor/WaitingPane.h"

#include <relais/app/AgentGridModel.h>
#include <relais/app/DeskCore.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/SupervisionHub.h>
#include <relais/app/WaitingInteractionModel.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

using Waiting = app::WaitingInteractionModel;

WaitingPane::WaitingPane(const DeskContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_table(new QTableView(this)),
      m_target(new QComboBox(this)), m_move(new QPushButton(tr("Move"), this)),
      m_empty(new QLabel(tr("Nobody is waiting."), this))
{
    setObjectName(QStringLiteral("waitingPane"));
    Waiting *model = context.core->supervision()->waiting();
    m_table->setObjectName(QStringLiteral("waitingTable"));
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Waiting::From, QHeaderView::Stretch);
    m_target->setObjectName(QStringLiteral("moveTarget"));
    m_target->setMinimumContentsLength(18);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_move->setObjectName(QStringLiteral("moveWaiting"));
    m_empty->setObjectName(QStringLiteral("waitingEmpty"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_empty);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Move the selected one to"), this));
    controls->addWidget(m_target);
    controls->addWidget(m_move);
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(m_table, 1);
    col->addLayout(controls);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        fillTargets();
        updateButtons();
    });
    connect(model, &Waiting::countChanged, this, &WaitingPane::updateButtons);
    connect(m_target, &QComboBox::currentIndexChanged, this, &WaitingPane::updateButtons);
    connect(m_move, &QPushButton::clicked, this, &WaitingPane::moveSelected);
    fillTargets();
    updateButtons();
}

QString WaitingPane::selectedInteraction() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(Waiting::InteractionIdRole).toString() : QString();
}

void WaitingPane::fillTargets()
{
    const QString current = m_target->currentData().toString();
    const QModelIndex i = m_table->currentIndex();
    const QString from = i.isValid() ? i.data(Waiting::QueueRole).toString() : QString();
    app::SupervisionHub *hub = m_context.core->supervision();
    const QSignalBlocker block(m_target);
    m_target->clear();
    for (const protocol::QueueStats &q : hub->queues()->stats()) {
        if (q.name != from)
            m_target->addItem(tr("Queue %1").arg(q.name), QStringLiteral("queue:") + q.name);
    }
    // Signed-in agents, by name: the interaction then waits for that agent only.
    QList<std::pair<QString, QString>> agents;
    const app::AgentGridModel *grid = hub->agents();
    for (int r = 0; r < grid->count(); ++r) {
        const auto &a = grid->agentAt(r);
        if (a.state != protocol::AgentState::LoggedOut)
            agents.append({a.name.isEmpty() ? a.id : a.name, a.id});
    }
    std::sort(agents.begin(), agents.end());
    for (const auto &[name, id] : agents)
        m_target->addItem(tr("Agent %1").arg(name), QStringLiteral("agent:") + id);
    m_target->setCurrentIndex(qMax(0, m_target->findData(current)));
}

bool WaitingPane::chooseTarget(const QString &key)
{
    fillTargets();
    const int at = m_target->findData(key);
    if (at < 0)
        return false;
    m_target->setCurrentIndex(at);
    updateButtons();
    return true;
}

void WaitingPane::updateButtons()
{
    const bool empty = m_context.core->supervision()->waiting()->count() == 0;
    m_empty->setVisible(empty);
    m_move->setEnabled(!selectedInteraction().isEmpty() && m_target->currentIndex() >= 0);
}

void WaitingPane::moveSelected()
{
    const QString id = selectedInteraction();
    const QString key = m_target->currentData().toString();
    if (id.isEmpty() || key.isEmpty())
        return;
    app::SupervisionHub *hub = m_context.core->supervision();
    if (key.startsWith(QLatin1String("queue:")))
        hub->moveToQueue(id, key.mid(6));
    else if (key.startsWith(QLatin1String("agent:")))
        hub->moveToAgent(id, key.mid(6));
}

void WaitingPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_context.core->supervision()->waiting()->setActive(true);
    fillTargets();
}

void WaitingPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_context.core->supervision()->waiting()->setActive(false);
}

} // namespace relais::ui
