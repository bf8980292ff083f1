#include "agent/CallbacksView.h"

#include "agent/RecordingControls.h"
#include "common/Icons.h"

#include <relais/app/CallbackListModel.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

using Model = app::CallbackListModel;

CallbacksView::CallbacksView(app::CallbackListModel *model, app::RecordingPlayer *player,
                             QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(this)), m_empty(new QLabel(this)),
      m_serverNote(new QLabel(this)), m_list(new QListView(this)), m_dial(new QPushButton(this)),
      m_recording(new RecordingControls(player, this)), m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("callbacks"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_empty->setObjectName(QStringLiteral("placeholder"));
    m_empty->setWordWrap(true);
    m_serverNote->setObjectName(QStringLiteral("placeholder"));
    m_serverNote->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("callbackList"));
    m_list->setModel(model);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dial);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(10, 8, 10, 8);
    col->setSpacing(6);
    col->addWidget(m_title);
    col->addWidget(m_empty);
    col->addWidget(m_list, 1);
    col->addWidget(m_recording);
    col->addLayout(buttons);
    col->addWidget(m_serverNote);

    connect(m_dial, &QPushButton::clicked, this, &CallbacksView::dialCurrent);
    connect(m_refresh, &QPushButton::clicked, m_model, &Model::refresh);
    connect(m_list, &QListView::activated, this, &CallbacksView::dialCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CallbacksView::refresh);
    connect(m_model, &Model::countChanged, this, &CallbacksView::refresh);
    connect(m_model, &Model::serverListAvailableChanged, this, &CallbacksView::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CallbacksView::refresh);
    retranslate();
}

void CallbacksView::setDialAvailable(bool available, const QString &reason)
{
    m_dialAvailable = available;
    m_dialReason = reason;
    refresh();
}

void CallbacksView::dialCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (m_dialAvailable && index.isValid())
        m_model->dial(index.row());
}

void CallbacksView::refresh()
{
    const int n = m_model->rowCount();
    m_title->setText(tr("Callbacks (%1)").arg(n));
    m_empty->setText(tr("No callback to make. Callbacks you schedule in a wrap-up and callback "
                        "requests routed to you show here."));
    m_empty->setVisible(n == 0);
    m_list->setVisible(n > 0);
    const QModelIndex index = m_list->currentIndex();
    m_dial->setEnabled(m_dialAvailable && index.isValid());
    m_dial->setToolTip(
        m_dialAvailable ? tr("Call the customer now: your phone rings, then their number (Enter)")
                        : m_dialReason);
    // The selected callback's recorded request, when the server can hand it out.
    if (index.isValid() && index.data(Model::HasRecordingRole).toBool())
        m_recording->setRecording(index.data(Model::IdRole).toString(), QStringLiteral("request"));
    else
        m_recording->setRecording({}, {});
    m_serverNote->setText(m_model->serverListAvailable()
                              ? QString()
                              : tr("This server does not list the queues' callbacks: only "
                                   "yours are shown."));
    m_serverNote->setVisible(!m_model->serverListAvailable());
}

void CallbacksView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
}

void CallbacksView::retranslate()
{
    m_dial->setText(tr("Call"));
    m_dial->setIcon(Icons::icon(QStringLiteral("phone")));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(Icons::icon(QStringLiteral("reconnect")));
    refresh();
}

} // namespace relais::ui
