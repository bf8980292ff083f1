#include "agent/TransferAgentDialog.h"

#include "agent/AgentStateDelegate.h"

#include <relais/app/AgentDirectoryFilterModel.h>
#include <relais/app/AgentDirectoryModel.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace relais::ui {

using app::AgentDirectoryModel;

TransferAgentDialog::TransferAgentDialog(AgentDirectoryModel *directory, const QString &channel,
                                         QWidget *parent)
    : QDialog(parent), m_directory(directory), m_filtered(new app::AgentDirectoryFilterModel(this)),
      m_filter(new QLineEdit(this)), m_list(new QTreeView(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("transferAgentDialog"));
    setWindowTitle(tr("Transfer to an agent"));
    auto *intro = new QLabel(
        channel == QLatin1String("voice")
            ? tr("Choose the colleague to hand the call to. Greyed: not signed in, or no phone.")
            : tr("Choose the colleague to hand the conversation to. Greyed: not signed in."),
        this);
    intro->setWordWrap(true);

    m_filter->setObjectName(QStringLiteral("directoryFilter"));
    m_filter->setPlaceholderText(tr("Type a name or an identifier…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_filtered->setSourceModel(directory);
    m_list->setObjectName(QStringLiteral("directoryList"));
    m_list->setModel(m_filtered);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys go to the filter box
    // "Greyed" must read as greyed in both themes: halfway between the text and the background.
    QPalette palette = m_list->palette();
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    palette.setColor(QPalette::Disabled, QPalette::Text,
                     QColor::fromRgbF((text.redF() + base.redF()) / 2,
                                      (text.greenF() + base.greenF()) / 2,
                                      (text.blueF() + base.blueF()) / 2));
    m_list->setPalette(palette);
    m_list->setItemDelegateForColumn(
        AgentDirectoryModel::StateColumn,
        new AgentStateDelegate(AgentDirectoryModel::StateRole, m_list));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(AgentDirectoryModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(AgentDirectoryModel::IdColumn,
                                           QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AgentDirectoryModel::StateColumn,
                                           QHeaderView::ResizeToContents);

    m_status->setObjectName(QStringLiteral("directoryStatus"));
    m_status->setWordWrap(true);

    QPushButton *transfer = m_buttons->button(QDialogButtonBox::Ok);
    transfer->setText(tr("&Transfer"));
    transfer->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, 420); // well inside 1024×768

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!agentId().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setText(text);
        keepSelection();
    });
    connect(m_list, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsSelectable) {
            selectRow(index.row());
            accept();
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const QString id = agentId(); !id.isEmpty())
            m_chosenId = id;
        updateStatus();
    });
    connect(directory, &AgentDirectoryModel::loaded, this, &TransferAgentDialog::keepSelection);
    connect(directory, &AgentDirectoryModel::loadingChanged, this,
            &TransferAgentDialog::updateStatus);

    m_filter->setFocus();
    keepSelection();
    directory->setLive(true, channel);
    updateStatus();
}

TransferAgentDialog::~TransferAgentDialog()
{
    m_directory->setLive(false); // closed without done(): its window went away
}

void TransferAgentDialog::done(int result)
{
    m_directory->setLive(false);
    QDialog::done(result);
}

QString TransferAgentDialog::agentId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty() || !(rows.first().flags() & Qt::ItemIsSelectable))
        return {};
    return rows.first().data(AgentDirectoryModel::AgentIdRole).toString();
}

void TransferAgentDialog::selectRow(int row)
{
    if (row < 0) {
        m_list->selectionModel()->clear();
    } else {
        const QModelIndex index = m_filtered->index(row, 0);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    }
    updateStatus();
}

void TransferAgentDialog::keepSelection()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (!rows.isEmpty() && (rows.first().flags() & Qt::ItemIsSelectable))
        return updateStatus();
    // The list was rebuilt (someone signed in or out): the same colleague if still choosable.
    const int source = m_chosenId.isEmpty() ? -1 : m_directory->rowOf(m_chosenId);
    const QModelIndex chosen = m_filtered->mapFromSource(m_directory->index(source, 0));
    if (chosen.isValid() && (chosen.flags() & Qt::ItemIsSelectable))
        return selectRow(chosen.row());
    selectRow(m_filtered->selectableRow(0, 1));
}

bool TransferAgentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const QModelIndexList rows = m_list->selectionModel()->selectedRows();
            const int from = rows.isEmpty() ? (step > 0 ? 0 : m_filtered->rowCount() - 1)
                                            : rows.first().row() + step;
            const int next = m_filtered->selectableRow(from, step);
            if (next >= 0)
                selectRow(next);
            return true;
        }
        if (key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TransferAgentDialog::updateStatus()
{
    const bool chosen = !agentId().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen);
    QString text;
    if (m_directory->isLoading() && m_directory->rowCount() == 0)
        text = tr("Loading the directory…");
    else if (!m_directory->error().isEmpty())
        text = m_directory->error();
    else if (m_filtered->rowCount() == 0)
        text = m_filter->text().trimmed().isEmpty()
                   ? tr("No colleague to transfer to.")
                   : tr("No colleague matches “%1”.").arg(m_filter->text().trimmed());
    else if (!chosen)
        text = tr("None of these colleagues can take the transfer now.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace relais::ui
