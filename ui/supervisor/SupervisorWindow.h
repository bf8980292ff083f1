#pragma once

#include "common/DeskContext.h"

#include <QMainWindow>

class QComboBox;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;
class QTabWidget;

namespace relais::ui {

class ConnectionBanner;
class KpiTilesView;
class Toast;
class WaitingPane;

// The supervisor face: KPI tiles on top, the queue table (amber/red past the thresholds), the
// agent grid (sortable, filtered by team, queue, skill or name) and the agents' help requests.
// Actions: force ready/pause or sign an agent out with a reason (required for a pause or a
// sign-out), move a waiting interaction (the Waiting tab lists them), broadcast, choose the
// indicators (saved per user on the server), open the wallboard.
class SupervisorWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit SupervisorWindow(const DeskContext &context, QWidget *parent = nullptr);

    QTableView *queueTable() const { return m_queues; }
    QTableView *agentGrid() const { return m_agents; }
    KpiTilesView *kpiTiles() const { return m_kpis; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *queueFilter() const { return m_queue; }
    QComboBox *skillFilter() const { return m_skill; }
    QListView *helpList() const { return m_help; }
    QPushButton *resolveButton() const { return m_resolve; }
    QTabWidget *queueTabs() const { return m_tabs; }
    WaitingPane *waitingPane() const { return m_waiting; }
    Toast *toast() const { return m_toast; }

    // The agent selected in the grid (empty: none).
    QString selectedAgent() const;
    // What the actions call once the supervisor has confirmed (also used by tests).
    void forceSelected(const QString &state, const QString &reason);

signals:
    void agentFaceRequested();
    void wallboardRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void fillFacets();
    void askForce(const QString &state);
    void askMove();
    void askBroadcast();
    void askIndicators();
    void resolveSelectedHelp();

    DeskContext m_context;
    ConnectionBanner *m_banner;
    KpiTilesView *m_kpis;
    QTableView *m_queues;
    QTableView *m_agents;
    QComboBox *m_team;
    QComboBox *m_queue;
    QComboBox *m_skill;
    QLineEdit *m_search;
    QListView *m_help;
    QPushButton *m_resolve;
    QTabWidget *m_tabs;
    WaitingPane *m_waiting;
    Toast *m_toast;
};

} // namespace relais::ui
