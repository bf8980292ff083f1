#include "agent/InboxView.h"

#include "agent/InboxDelegate.h"

#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>

#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace relais::ui {

using Model = app::InteractionListModel;

InboxView::InboxView(app::InteractionHub *hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_title(new QLabel(this)), m_empty(new QLabel(this)),
      m_list(new QListView(this))
{
    setObjectName(QStringLiteral("inbox"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_empty->setObjectName(QStringLiteral("placeholder"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setModel(hub->interactions());
    m_list->setItemDelegate(new InboxDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 8, 0, 0);
    col->setSpacing(4);
    auto *title = new QVBoxLayout;
    title->setContentsMargins(10, 0, 10, 0);
    title->addWidget(m_title);
    title->addWidget(m_empty);
    col->addLayout(title);
    col->addWidget(m_list, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_hub->selectInteraction(current.data(Model::IdRole).toString());
            });
    connect(m_hub, &app::InteractionHub::currentInteractionChanged, this,
            &InboxView::syncSelection);
    Model *model = hub->interactions();
    connect(model, &Model::countChanged, this, &InboxView::refresh);
    connect(model, &Model::totalUnreadChanged, this, &InboxView::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InboxView::syncSelection);
    refresh();
}

void InboxView::selectRow(int row)
{
    const QString id = m_hub->interactions()->idAt(row);
    if (!id.isEmpty()) {
        m_hub->selectInteraction(id);
        m_list->setFocus();
    }
}

void InboxView::syncSelection()
{
    const int row = m_hub->interactions()->rowOf(m_hub->currentInteractionId());
    const QModelIndex index = row >= 0 ? m_hub->interactions()->index(row) : QModelIndex();
    if (m_list->currentIndex() != index) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->viewport()->update();
    }
}

void InboxView::refresh()
{
    const int n = m_hub->interactions()->rowCount();
    const int unread = m_hub->interactions()->totalUnread();
    QString title = tr("Interactions (%1)").arg(n);
    if (unread > 0)
        title += QStringLiteral(" · ") + tr("%n unread", nullptr, unread);
    m_title->setText(title);
    m_empty->setText(tr("Nothing in hand. Go Ready (F5) to receive interactions."));
    m_empty->setVisible(n == 0);
}

void InboxView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace relais::ui
