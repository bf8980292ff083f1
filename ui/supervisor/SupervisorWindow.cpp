#include "supervisor/SupervisorWindow.h"

#include "common/ConnectionBanner.h"
#include "common/Icons.h"
#include "common/Toast.h"
#include "supervisor/BroadcastDialog.h"
#include "supervisor/DayCharts.h"
#include "supervisor/ForceStateDialog.h"
#include "supervisor/IndicatorDialog.h"
#include "supervisor/KpiTilesView.h"
#include "supervisor/QueueLevelDelegate.h"
#include "supervisor/ReportsDialog.h"
#include "supervisor/WaitingPane.h"

#include <relais/app/AgentFilterProxyModel.h>
#include <relais/app/AgentGridModel.h>
#include <relais/app/DayStatsModel.h>
#include <relais/app/DeskCore.h>
#include <relais/app/HelpRequestModel.h>
#include <relais/app/KpiModel.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/Session.h>
#include <relais/app/SupervisionHub.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::ui {

namespace {
QComboBox *facetBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    // Wide enough for a team's name, never so wide that the filters push the face past 1024 px.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(9);
    return box;
}
} // namespace

SupervisorWindow::SupervisorWindow(const DeskContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context),
      m_banner(new ConnectionBanner(context.core->cti(), this)),
      m_kpis(new KpiTilesView(context.core->supervision()->kpis(), this)),
      m_queues(new QTableView(this)), m_agents(new QTableView(this)),
      m_team(facetBox(QStringLiteral("teamFilter"), this)),
      m_queue(facetBox(QStringLiteral("queueFilter"), this)),
      m_skill(facetBox(QStringLiteral("skillFilter"), this)), m_search(new QLineEdit(this)),
      m_help(new QListView(this)), m_resolve(new QPushButton(tr("Resolve"), this)),
      m_tabs(new QTabWidget(this)), m_waiting(new WaitingPane(context, this)), m_toast(nullptr)
{
    setObjectName(QStringLiteral("supervisorFace"));
    setWindowTitle(tr("Relais – Supervisor"));
    setWindowIcon(Icons::icon(QStringLiteral("relais")));
    app::SupervisionHub *hub = context.core->supervision();

    m_queues->setObjectName(QStringLiteral("queueTable"));
    m_queues->setModel(hub->queues());
    m_queues->setItemDelegate(new QueueLevelDelegate(m_queues));
    m_queues->verticalHeader()->hide();
    m_queues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queues->setSelectionMode(QAbstractItemView::SingleSelection);
    // Columns as wide as their figures, measured when queues come or go — not on every update:
    // ResizeToContents measured every cell of the table at each stats.queues (a third of the
    // face's time with 100 queues). The queue's name is never squeezed; what is left goes to the
    // last column, and a narrow screen scrolls sideways.
    m_queues->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queues->horizontalHeader()->setStretchLastSection(true);
    auto fitColumns = [this] {
        QTimer::singleShot(0, m_queues, [this] { m_queues->resizeColumnsToContents(); });
    };
    connect(hub->queues(), &app::QueueStatsModel::countChanged, m_queues, fitColumns);
    fitColumns();
    m_queues->horizontalHeader()->setMinimumSectionSize(40);
    m_queues->horizontalHeader()->setSectionsMovable(true);

    m_agents->setObjectName(QStringLiteral("agentGrid"));
    m_agents->setModel(hub->agentsView());
    m_agents->setSortingEnabled(true);
    m_agents->sortByColumn(app::AgentGridModel::Name, Qt::AscendingOrder);
    m_agents->verticalHeader()->hide();
    m_agents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agents->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_agents->horizontalHeader()->setStretchLastSection(true);
    m_agents->horizontalHeader()->setSectionsMovable(true);
    m_agents->setColumnWidth(app::AgentGridModel::Name, 190);
    m_agents->setColumnWidth(app::AgentGridModel::State, 110);
    m_agents->setColumnWidth(app::AgentGridModel::Reason, 110);
    m_agents->setColumnWidth(app::AgentGridModel::TimeInState, 70);
    m_agents->setColumnWidth(app::AgentGridModel::CurrentInteraction, 150);
    m_agents->setColumnWidth(app::AgentGridModel::HandledToday, 150);

    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setPlaceholderText(tr("Search an agent"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(100);

    m_help->setObjectName(QStringLiteral("helpList"));
    m_help->setModel(hub->helpRequests());
    m_help->setWordWrap(true); // the agent's words in full, on several lines
    m_help->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resolve->setObjectName(QStringLiteral("resolveHelp"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Team"), this));
    filters->addWidget(m_team);
    filters->addWidget(new QLabel(tr("Queue"), this));
    filters->addWidget(m_queue);
    filters->addWidget(new QLabel(tr("Skill"), this));
    filters->addWidget(m_skill);
    filters->addWidget(m_search, 1);
    auto *agentsPane = new QWidget(this);
    auto *agentsCol = new QVBoxLayout(agentsPane);
    agentsCol->setContentsMargins(0, 0, 0, 0);
    agentsCol->addLayout(filters);
    agentsCol->addWidget(m_agents, 1);

    auto *helpPane = new QWidget(this);
    helpPane->setMinimumWidth(160);
    auto *helpCol = new QVBoxLayout(helpPane);
    helpCol->setContentsMargins(0, 0, 0, 0);
    auto *helpTitle = new QLabel(tr("Help requests"), helpPane);
    helpTitle->setObjectName(QStringLiteral("sectionTitle"));
    helpCol->addWidget(helpTitle);
    helpCol->addWidget(m_help, 1);
    helpCol->addWidget(m_resolve);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(agentsPane);
    bottom->addWidget(helpPane);
    bottom->setStretchFactor(0, 4);
    bottom->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tabs->setObjectName(QStringLiteral("queueTabs"));
    m_tabs->addTab(m_queues, tr("Queues"));
    m_tabs->addTab(m_waiting, tr("Waiting"));
    m_tabs->addTab(new DayCharts(new app::DayStatsModel(context.core->cti(), this), this),
                   tr("Charts"));
    split->addWidget(m_tabs);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *central = new QWidget(this);
    auto *col = new QVBoxLayout(central);
    col->setContentsMargins(4, 0, 4, 4);
    col->setSpacing(4);
    col->addWidget(m_banner);
    col->addWidget(m_kpis);
    col->addWidget(split, 1);
    setCentralWidget(central);
    m_toast = new Toast(this);

    app::AgentFilterProxyModel *proxy = hub->agentsView();
    connect(m_team, &QComboBox::currentIndexChanged, this,
            [this, proxy] { proxy->setTeam(m_team->currentData().toString()); });
    connect(m_queue, &QComboBox::currentIndexChanged, this,
            [this, proxy] { proxy->setQueue(m_queue->currentData().toString()); });
    connect(m_skill, &QComboBox::currentIndexChanged, this,
            [this, proxy] { proxy->setSkill(m_skill->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, proxy, &app::AgentFilterProxyModel::setText);
    connect(hub->agents(), &app::AgentGridModel::facetsChanged, this,
            &SupervisorWindow::fillFacets);
    connect(m_resolve, &QPushButton::clicked, this, &SupervisorWindow::resolveSelectedHelp);
    connect(hub, &app::SupervisionHub::actionSucceeded, this,
            [this](const QString &m) { m_toast->showMessage(m); });
    connect(hub, &app::SupervisionHub::actionFailed, this,
            [this](const QString &m) { m_toast->showMessage(m, Toast::Level::Error); });
    connect(hub, &app::SupervisionHub::helpRequested, this,
            [this](const QString &, const QString &, const QString &name, const QString &) {
                m_toast->showMessage(tr("%1 asks for help").arg(name));
            });
    fillFacets();
    buildMenus();
}

void SupervisorWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    app::SupervisionHub *hub = m_context.core->supervision();
    if (!hub->isSubscribed())
        hub->subscribe();
}

void SupervisorWindow::buildMenus()
{
    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    QAction *wall = desk->addAction(tr("&Wallboard"));
    wall->setObjectName(QStringLiteral("actionWallboard"));
    connect(wall, &QAction::triggered, this, &SupervisorWindow::wallboardRequested);
    if (m_context.core->session()->isAgent()) {
        QAction *agent = desk->addAction(tr("&Agent face"));
        connect(agent, &QAction::triggered, this, &SupervisorWindow::agentFaceRequested);
    }
    QAction *reports = desk->addAction(tr("&Reports…"));
    reports->setObjectName(QStringLiteral("actionReports"));
    connect(reports, &QAction::triggered, this, [this] {
        auto *dialog = new ReportsDialog(m_context.core->cti(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->refresh();
    });
    QAction *kpi = desk->addAction(tr("&Indicators…"));
    connect(kpi, &QAction::triggered, this, &SupervisorWindow::askIndicators);
    desk->addSeparator();
    QAction *out = desk->addAction(tr("&Sign out"));
    connect(out, &QAction::triggered, m_context.core->session(), &app::Session::logout);

    QMenu *agents = menuBar()->addMenu(tr("&Agents"));
    QAction *ready = agents->addAction(tr("Force &ready…"));
    connect(ready, &QAction::triggered, this, [this] { askForce(QStringLiteral("ready")); });
    QAction *pause = agents->addAction(tr("Force &pause…"));
    connect(pause, &QAction::triggered, this, [this] { askForce(QStringLiteral("not_ready")); });
    QAction *logout = agents->addAction(tr("Sign the agent &out…"));
    logout->setObjectName(QStringLiteral("actionSignOut"));
    connect(logout, &QAction::triggered, this, [this] { askForce(QStringLiteral("logged_out")); });
    agents->addSeparator();
    QAction *move = agents->addAction(tr("&Move a waiting interaction…"));
    connect(move, &QAction::triggered, this, &SupervisorWindow::askMove);
    QAction *bc = agents->addAction(tr("&Broadcast…"));
    bc->setObjectName(QStringLiteral("actionBroadcast"));
    connect(bc, &QAction::triggered, this, &SupervisorWindow::askBroadcast);
    m_agents->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_agents->addActions({ready, pause, logout});
}

void SupervisorWindow::fillFacets()
{
    app::AgentGridModel *grid = m_context.core->supervision()->agents();
    auto fill = [](QComboBox *box, const QStringList &values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("All"), QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_team, grid->teams());
    fill(m_queue, grid->queues());
    fill(m_skill, grid->skills());
}

QString SupervisorWindow::selectedAgent() const
{
    const QModelIndex i = m_agents->currentIndex();
    return i.isValid() ? i.data(app::AgentGridModel::AgentIdRole).toString() : QString();
}

void SupervisorWindow::forceSelected(const QString &state, const QString &reason)
{
    const QString id = selectedAgent();
    if (id.isEmpty())
        return;
    app::SupervisionHub *hub = m_context.core->supervision();
    if (state == QLatin1String("logged_out"))
        hub->forceLogout(id, reason);
    else
        hub->forceState(id, state, reason);
}

void SupervisorWindow::askForce(const QString &state)
{
    if (selectedAgent().isEmpty()) {
        m_toast->showMessage(tr("Select an agent in the grid first."), Toast::Level::Error);
        return;
    }
    const QString name = m_agents->currentIndex().data(app::AgentGridModel::NameRole).toString();
    QStringList suggestions;
    if (state == QLatin1String("not_ready")) {
        for (const app::ConfigItem &r : m_context.core->session()->pauseReasons())
            suggestions << r.label;
    } else if (state == QLatin1String("logged_out")) {
        suggestions << tr("End of shift") << tr("Left without signing out")
                    << tr("Workstation problem");
    }
    ForceStateDialog dialog(state, name, suggestions, this);
    if (dialog.exec() == QDialog::Accepted)
        forceSelected(state, dialog.reason());
}

void SupervisorWindow::askMove()
{
    // The waiting interactions are listed in their tab: select one, pick where it goes.
    m_tabs->setCurrentWidget(m_waiting);
}

void SupervisorWindow::askBroadcast()
{
    BroadcastDialog dialog(m_context.core->supervision()->agents()->teams(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_context.core->supervision()->broadcast(dialog.text(), dialog.severity(), dialog.team());
}

void SupervisorWindow::askIndicators()
{
    app::KpiModel *kpis = m_context.core->supervision()->kpis();
    IndicatorDialog dialog(kpis->indicators(), this);
    if (dialog.exec() == QDialog::Accepted)
        kpis->setIndicators(dialog.chosen());
}

void SupervisorWindow::resolveSelectedHelp()
{
    const QModelIndex i = m_help->currentIndex();
    if (!i.isValid())
        return;
    m_context.core->supervision()->resolveHelp(
        i.data(app::HelpRequestModel::RequestIdRole).toString());
}

} // namespace relais::ui
