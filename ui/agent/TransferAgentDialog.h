#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace relais::app {
class AgentDirectoryFilterModel;
class AgentDirectoryModel;
} // namespace relais::app

namespace relais::ui {

// "To an agent…": the colleagues' directory (AgentDirectoryModel, kept live while open) with
// a filter box, keyboard first: typing filters by name or id, Up/Down moves among the agents who
// can take the transfer (the others are greyed), Enter transfers, Esc cancels. Each state has
// its colour (ready green, pause amber…); the chosen colleague stays chosen as the list updates.
class TransferAgentDialog : public QDialog
{
    Q_OBJECT

public:
    // `channel`: the interaction's ("voice" needs a colleague with a phone registered).
    TransferAgentDialog(app::AgentDirectoryModel *directory, const QString &channel,
                        QWidget *parent = nullptr);
    ~TransferAgentDialog() override;

    // The chosen colleague's id once accepted (empty when none).
    QString agentId() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void done(int result) override;

private:
    void selectRow(int row);
    // Keeps a choosable row selected after the list changed (the first one when none is).
    void keepSelection();
    void updateStatus();

    app::AgentDirectoryModel *m_directory;
    app::AgentDirectoryFilterModel *m_filtered;
    QLineEdit *m_filter;
    QTreeView *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_chosenId; // kept across refreshes that rebuild the list
};

} // namespace relais::ui
