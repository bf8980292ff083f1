#include "agent/ContactHistoryView.h"

#include "agent/ContactHistoryDelegate.h"
#include "agent/RecordingControls.h"

#include <relais/app/ContactHistoryModel.h>

#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace relais::ui {

ContactHistoryView::ContactHistoryView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_empty(new QLabel(this)),
      m_list(new QListView(this))
{
    setObjectName(QStringLiteral("contactHistory"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_empty->setObjectName(QStringLiteral("placeholder"));
    m_empty->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setItemDelegate(new ContactHistoryDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->viewport()->installEventFilter(this);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(10, 4, 10, 4);
    col->setSpacing(4);
    col->addWidget(m_title);
    col->addWidget(m_empty);
    col->addWidget(m_list, 1);
    refresh();
}

void ContactHistoryView::setModel(app::ContactHistoryModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_list->setModel(model);
    if (m_model) {
        connect(m_model, &app::ContactHistoryModel::countChanged, this,
                &ContactHistoryView::refresh);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ContactHistoryView::refresh);
    }
    if (m_list->selectionModel())
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ContactHistoryView::showRecording, Qt::UniqueConnection);
    refresh();
}

void ContactHistoryView::setRecordingPlayer(app::RecordingPlayer *player)
{
    if (m_recording || !player)
        return;
    m_recording = new RecordingControls(player, this);
    layout()->addWidget(m_recording);
    showRecording();
}

void ContactHistoryView::showRecording()
{
    if (!m_recording)
        return;
    const QModelIndex index = m_list->currentIndex();
    if (index.isValid() && index.data(app::ContactHistoryModel::HasRecordingRole).toBool())
        m_recording->setRecording(
            index.data(app::ContactHistoryModel::InteractionIdRole).toString(),
            QStringLiteral("call"));
    else
        m_recording->setRecording({}, {});
}

int ContactHistoryView::rowCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

void ContactHistoryView::refresh()
{
    const int n = rowCount();
    m_title->setText(n > 0 ? tr("Contact history (%1)").arg(n) : tr("Contact history"));
    m_empty->setText(m_model && !m_model->customerId().isEmpty()
                         ? tr("First contact: no history for this customer.")
                         : tr("The customer's past contacts show here."));
    m_empty->setVisible(n == 0);
    m_list->setVisible(n > 0);
    showRecording();
}

bool ContactHistoryView::eventFilter(QObject *watched, QEvent *event)
{
    // Row heights depend on the width (wrapped notes).
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        m_list->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

void ContactHistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace relais::ui
