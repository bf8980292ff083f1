#include "agent/InboxView.h"

#include "agent/InboxDelegate.h"

#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/Session.h>

#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMap>
#include <QVBoxLayout>

namespace relais::ui {

using Model = app::InteractionListModel;

namespace {

// "2 / 3 chats": what is open of a channel out of what the agent takes at once.
QString capacityPart(const QString &channel, int open, int capacity)
{
    const char *text = nullptr;
    if (channel == QLatin1String("chat"))
        text = QT_TRANSLATE_NOOP("relais::ui::InboxView", "%1 / %2 chats");
    else if (channel == QLatin1String("voice"))
        text = QT_TRANSLATE_NOOP("relais::ui::InboxView", "%1 / %2 calls");
    else if (channel == QLatin1String("email"))
        text = QT_TRANSLATE_NOOP("relais::ui::InboxView", "%1 / %2 e-mails");
    else if (channel == QLatin1String("sms"))
        text = QT_TRANSLATE_NOOP("relais::ui::InboxView", "%1 / %2 SMS");
    else if (channel == QLatin1String("whatsapp"))
        text = QT_TRANSLATE_NOOP("relais::ui::InboxView", "%1 / %2 WhatsApp");
    else if (channel == QLatin1String("facebook"))
        text = QT_TRANSLATE_NOOP("relais::ui::InboxView", "%1 / %2 Facebook");
    else if (channel == QLatin1String("callback"))
        text = QT_TRANSLATE_NOOP("relais::ui::InboxView", "%1 / %2 callbacks");
    else
        return {};
    return InboxView::tr(text).arg(open).arg(capacity);
}

} // namespace

InboxView::InboxView(app::InteractionHub *hub, app::Session *session, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_session(session), m_title(new QLabel(this)),
      m_capacity(new QLabel(this)), m_empty(new QLabel(this)), m_list(new QListView(this))
{
    setObjectName(QStringLiteral("inbox"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_capacity->setObjectName(QStringLiteral("inboxCapacity"));
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
    title->addWidget(m_capacity);
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
    connect(model, &QAbstractItemModel::modelReset, this, &InboxView::refresh);
    if (m_session)
        connect(m_session, &app::Session::configChanged, this, &InboxView::refresh);
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

QString InboxView::capacityText() const
{
    if (!m_session || m_session->capacity(QStringLiteral("chat")) < 0)
        return {};
    Model *model = m_hub->interactions();
    QMap<QString, int> open; // by channel
    for (int row = 0; row < model->rowCount(); ++row)
        ++open[model->index(row).data(Model::ChannelRole).toString()];
    QStringList parts;
    static const QStringList kOrder{"voice",    "chat",     "email",   "sms",
                                    "whatsapp", "facebook", "callback"};
    // A call or a callback in hand takes nothing else: chats are not offered meanwhile.
    const bool exclusive =
        open.contains(QStringLiteral("voice")) || open.contains(QStringLiteral("callback"));
    for (const QString &channel : kOrder) {
        const int capacity = m_session->capacity(channel);
        // Chats always (the channel most agents juggle) but during a call, the others while
        // one is open.
        const bool always = channel == QLatin1String("chat") && capacity > 0 && !exclusive;
        if (capacity < 0 || (!always && !open.contains(channel)))
            continue;
        parts << capacityPart(channel, open.value(channel), capacity);
    }
    return parts.join(QStringLiteral(" · "));
}

void InboxView::refresh()
{
    const int n = m_hub->interactions()->rowCount();
    const int unread = m_hub->interactions()->totalUnread();
    QString title = tr("Interactions (%1)").arg(n);
    if (unread > 0)
        title += QStringLiteral(" · ") + tr("%n unread", nullptr, unread);
    m_title->setText(title);
    const QString capacity = capacityText();
    m_capacity->setText(capacity);
    m_capacity->setVisible(!capacity.isEmpty());
    m_capacity->setToolTip(tr("Open interactions out of how many you take at once: when one is "
                              "full, no more of it is offered to you."));
    m_list->setToolTip(tr("Your interactions: Ctrl+1…9 opens the first to the ninth, the arrow "
                          "keys move between them."));
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
