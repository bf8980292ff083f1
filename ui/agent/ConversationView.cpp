#include "agent/ConversationView.h"

#include "agent/ConsultBar.h"
#include "agent/ConversationRecordingBar.h"
#include "agent/MessageDelegate.h"
#include "agent/RecordingControls.h"
#include "agent/TransferMenu.h"
#include "common/Icons.h"

#include <relais/app/CallbackListModel.h>
#include <relais/app/ConversationModel.h>
#include <relais/app/CustomerCard.h>
#include <relais/app/DisplayNames.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/Session.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace relais::ui {

using app::DisplayNames;

ConversationView::ConversationView(app::InteractionHub *hub, app::Session *session, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_session(session), m_title(new QLabel(this)),
      m_meta(new QLabel(this)), m_transfer(new QToolButton(this)),
      m_transferMenu(new TransferMenu(hub, session, this)), m_end(new QPushButton(this)),
      m_callBack(new QPushButton(this)), m_empty(new QLabel(this)), m_messages(new QListView(this)),
      m_voice(new QLabel(this)), m_replyArea(new QWidget(this)),
      m_canned(new QToolButton(m_replyArea)), m_cannedMenu(new QMenu(this)),
      m_reply(new QPlainTextEdit(m_replyArea)), m_send(new QPushButton(m_replyArea)),
      m_header(new QWidget(this)),
      m_recordingBar(new ConversationRecordingBar(hub->recordingPause(), this)),
      m_consultBar(new ConsultBar(hub->consult(), this))
{
    setObjectName(QStringLiteral("conversation"));
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_meta->setObjectName(QStringLiteral("offerMeta"));
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_transfer->setMenu(m_transferMenu);
    m_transfer->setPopupMode(QToolButton::InstantPopup);
    m_transfer->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_end->setObjectName(QStringLiteral("endButton"));
    m_callBack->setObjectName(QStringLiteral("callBackButton"));
    m_empty->setObjectName(QStringLiteral("placeholder"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_voice->setObjectName(QStringLiteral("placeholder"));
    m_voice->setAlignment(Qt::AlignCenter);
    m_voice->setWordWrap(true);

    // Channel, queue and number wrap rather than being cut under the buttons at 1024×768.
    m_meta->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_meta);
    auto *head = new QHBoxLayout(m_header);
    head->setContentsMargins(12, 8, 12, 8);
    head->addLayout(titles, 1);
    head->addWidget(m_callBack);
    head->addWidget(m_transfer);
    head->addWidget(m_end);

    m_messages->setObjectName(QStringLiteral("messageList"));
    m_messages->setModel(hub->conversation());
    m_messages->setItemDelegate(new MessageDelegate(m_messages));
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    m_messages->setFrameShape(QFrame::NoFrame);
    m_messages->setFocusPolicy(Qt::NoFocus);
    m_messages->viewport()->installEventFilter(this);

    m_canned->setObjectName(QStringLiteral("cannedButton"));
    m_canned->setMenu(m_cannedMenu);
    m_canned->setPopupMode(QToolButton::InstantPopup);
    m_reply->setObjectName(QStringLiteral("replyBox"));
    m_reply->setTabChangesFocus(true);
    m_reply->setFixedHeight(m_reply->fontMetrics().lineSpacing() * 3 + 14);
    m_reply->installEventFilter(this);
    m_send->setObjectName(QStringLiteral("primary"));
    auto *reply = new QHBoxLayout(m_replyArea);
    reply->setContentsMargins(12, 6, 12, 10);
    reply->addWidget(m_canned, 0, Qt::AlignTop);
    reply->addWidget(m_reply, 1);
    reply->addWidget(m_send, 0, Qt::AlignBottom);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(0);
    col->addWidget(m_header);
    col->addWidget(m_recordingBar);
    col->addWidget(m_consultBar);
    col->addWidget(m_empty, 1);
    col->addWidget(m_messages, 1);
    col->addWidget(m_voice, 1);
    col->addWidget(m_replyArea);

    connect(m_send, &QPushButton::clicked, this, &ConversationView::send);
    connect(m_end, &QPushButton::clicked, this, [this] { m_hub->endInteraction(); });
    connect(m_callBack, &QPushButton::clicked, this,
            [this] { m_hub->callbacks()->dialById(m_hub->currentInteractionId()); });
    connect(m_reply, &QPlainTextEdit::textChanged, this, &ConversationView::updateSend);
    connect(m_cannedMenu, &QMenu::aboutToShow, this, &ConversationView::rebuildCanned);
    connect(m_messages, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto state = app::ConversationModel::SendState(
            index.data(app::ConversationModel::SendStateRole).toInt());
        if (state == app::ConversationModel::SendState::Failed)
            m_hub->retryMessage(index.data(app::ConversationModel::KeyRole).toString());
    });
    connect(hub, &app::InteractionHub::currentInteractionChanged, this, &ConversationView::refresh);
    connect(hub, &app::InteractionHub::currentStateChanged, this, &ConversationView::refresh);
    connect(hub->customer(), &app::CustomerCard::changed, this, &ConversationView::refresh);
    connect(hub->conversation(), &QAbstractItemModel::rowsInserted, this,
            &ConversationView::scrollToEnd);
    connect(hub->conversation(), &QAbstractItemModel::modelReset, this,
            &ConversationView::scrollToEnd);
    retranslate();
}

void ConversationView::send()
{
    const QString text = m_reply->toPlainText().trimmed();
    if (text.isEmpty() || !m_hub->canWrite())
        return;
    m_hub->sendMessage(text);
    m_reply->clear();
    m_reply->setFocus();
}

void ConversationView::focusReply()
{
    if (m_replyArea->isVisible())
        m_reply->setFocus();
}

void ConversationView::scrollToEnd()
{
    // After the layout of the new rows.
    QTimer::singleShot(0, m_messages, [list = m_messages] { list->scrollToBottom(); });
}

void ConversationView::updateSend()
{
    m_send->setEnabled(m_hub->canWrite() && !m_reply->toPlainText().trimmed().isEmpty());
}

void ConversationView::rebuildCanned()
{
    m_cannedMenu->clear();
    const QStringList canned = m_session->cannedResponses();
    if (canned.isEmpty()) {
        m_cannedMenu->addAction(tr("No canned responses in the configuration"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < canned.size(); ++i) {
        QString label = canned[i];
        if (label.size() > 70)
            label = label.left(67) + QStringLiteral("…");
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (i < 9)
            label = QStringLiteral("&%1  %2").arg(i + 1).arg(label);
        QAction *a = m_cannedMenu->addAction(label);
        connect(a, &QAction::triggered, this, [this, text = canned[i]] {
            m_reply->insertPlainText(text);
            m_reply->setFocus();
        });
    }
}

void ConversationView::setRecordingPlayer(app::RecordingPlayer *player)
{
    delete m_recording;
    m_recording = new RecordingControls(player, this);
    m_recording->setContentsMargins(16, 0, 16, 12);
    auto *col = static_cast<QVBoxLayout *>(layout());
    col->insertWidget(col->indexOf(m_voice) + 1, m_recording);
    refresh();
}

void ConversationView::refresh()
{
    const QString id = m_hub->currentInteractionId();
    const bool has = !id.isEmpty();
    const QString channel = m_hub->currentChannel();
    const bool voice = channel == QLatin1String("voice") || channel == QLatin1String("callback");
    const QString state = m_hub->currentState();
    m_header->setVisible(has);
    m_empty->setVisible(!has);
    m_messages->setVisible(has && !voice);
    m_voice->setVisible(has && voice);
    m_replyArea->setVisible(has && !voice && state != QLatin1String("wrap_up"));
    if (m_recording) {
        const app::CallbackListModel::Callback *cb =
            channel == QLatin1String("callback") ? m_hub->callbacks()->callback(id) : nullptr;
        if (cb && cb->hasRecording)
            m_recording->setRecording(id, QStringLiteral("request"));
        else
            m_recording->setRecording({}, {});
    }
    if (has) {
        const app::InteractionListModel::Item *item = m_hub->interactions()->item(id);
        const QString name = m_hub->customer()->name();
        const QString from = item ? item->from : QString();
        m_title->setText(name.isEmpty() ? from : name);
        QStringList meta{DisplayNames::channel(channel)};
        if (item && !item->queue.isEmpty())
            meta << tr("queue %1").arg(item->queue);
        if (!name.isEmpty() && !from.isEmpty())
            meta << from;
        meta << DisplayNames::interactionState(state);
        m_meta->setText(meta.join(QStringLiteral(" · ")));
        if (state == QLatin1String("wrap_up"))
            m_voice->setText(tr("The call is over. Fill in the wrap-up below."));
        else if (channel == QLatin1String("callback"))
            m_voice->setText(tr("Callback: Call back rings your phone, then the customer; then "
                                "use the phone panel (hold F7, mute F8, hang up F4)."));
        else
            m_voice->setText(tr("Call in progress: use the phone panel (hold F7, mute F8, "
                                "hang up F4)."));
    }
    const bool active = state == QLatin1String("active");
    const bool callback = has && channel == QLatin1String("callback");
    m_callBack->setVisible(callback);
    m_callBack->setEnabled(callback && active && m_hub->callbacks()->callback(id));
    m_end->setEnabled(active);
    m_transfer->setEnabled(active);
    m_reply->setEnabled(m_hub->canWrite());
    m_canned->setEnabled(m_hub->canWrite());
    updateSend();
}

bool ConversationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reply && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    if (watched == m_messages->viewport() && event->type() == QEvent::Resize)
        m_messages->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

void ConversationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
}

void ConversationView::retranslate()
{
    m_transfer->setText(tr("Transfer"));
    m_transfer->setIcon(Icons::icon(QStringLiteral("transfer")));
    m_transfer->setToolTip(tr("Transfer to a queue, an agent or a number (Ctrl+T)"));
    m_callBack->setText(tr("Call back"));
    m_callBack->setIcon(Icons::icon(QStringLiteral("phone")));
    m_callBack->setToolTip(tr("Call the customer back: your phone rings, then their number"));
    m_end->setText(tr("End"));
    m_end->setIcon(Icons::icon(QStringLiteral("end")));
    m_end->setToolTip(tr("End the interaction and go to wrap-up (F4)"));
    m_empty->setText(tr("No interaction selected.\nOffers appear at the top right; your open "
                        "interactions are listed on the left (Ctrl+1…9)."));
    m_canned->setIcon(Icons::icon(QStringLiteral("canned")));
    m_canned->setToolTip(tr("Canned responses (Ctrl+Shift+R)"));
    m_reply->setPlaceholderText(tr("Write your reply… (Ctrl+Enter to send)"));
    m_send->setText(tr("Send"));
    m_send->setIcon(Icons::icon(QStringLiteral("send"), Qt::white));
    m_send->setToolTip(tr("Send the reply (Ctrl+Enter)"));
    refresh();
}

} // namespace relais::ui
