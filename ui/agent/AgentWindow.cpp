#include "agent/AgentWindow.h"

#include "agent/BroadcastBanner.h"
#include "agent/CallbacksView.h"
#include "agent/ConsultedBanner.h"
#include "agent/ContactHistoryView.h"
#include "agent/ConversationView.h"
#include "agent/CustomerCardView.h"
#include "agent/HistorySearchView.h"
#include "agent/InboxView.h"
#include "agent/OfferToast.h"
#include "agent/SoftphonePanel.h"
#include "agent/StateBar.h"
#include "agent/WrapupPanel.h"
#include "common/ConnectionBanner.h"
#include "common/Icons.h"
#include "common/IdleLock.h"
#include "common/SystemNotifier.h"
#include "common/Toast.h"

#include <relais/app/CallbackListModel.h>
#include <relais/app/ConsultedNotice.h>
#include <relais/app/CtiClient.h>
#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/OfferController.h>
#include <relais/app/Session.h>
#include <relais/app/WrapupController.h>

#include <QCloseEvent>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relais::ui {

AgentWindow::AgentWindow(const DeskContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_session(context.core->session()),
      m_hub(context.core->interactions()), m_userMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("agentWindow"));
    setWindowIcon(Icons::icon(QStringLiteral("relais")));
    setMinimumSize(1000, 700);
    buildLayout();
    createActions();
    bind();
    retranslate();
}

AgentWindow::~AgentWindow() = default;

void AgentWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *col = new QVBoxLayout(central);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(0);

    m_stateBar = new StateBar(m_session, m_hub->wrapup(), m_userMenu, central);
    m_connection = new ConnectionBanner(m_context.core->cti(), central);
    m_broadcast = new BroadcastBanner(central);
    m_consulted = new ConsultedBanner(m_hub->consulted(), central);
    col->addWidget(m_stateBar);
    col->addWidget(m_connection);
    col->addWidget(m_broadcast);
    col->addWidget(m_consulted);

    m_split = new QSplitter(Qt::Horizontal, central);
    m_split->setChildrenCollapsible(false);
    col->addWidget(m_split, 1);

    auto *left = new QWidget(m_split);
    auto *leftCol = new QVBoxLayout(left);
    leftCol->setContentsMargins(0, 0, 0, 0);
    leftCol->setSpacing(0);
    m_inbox = new InboxView(m_hub, m_session, left);
    leftCol->addWidget(m_inbox, 1);

    auto *center = new QWidget(m_split);
    auto *centerCol = new QVBoxLayout(center);
    centerCol->setContentsMargins(0, 0, 0, 0);
    centerCol->setSpacing(0);
    m_conversation = new ConversationView(m_hub, m_session, center);
    m_conversation->setRecordingPlayer(m_context.core->recordings());
    m_wrapup = new WrapupPanel(m_hub, m_session, center);
    centerCol->addWidget(m_conversation, 1);
    centerCol->addWidget(m_wrapup);

    m_softphone = new SoftphonePanel(m_hub, m_conversation->transferMenu(), left);
    leftCol->addWidget(m_softphone);

    m_tabs = new QTabWidget(m_split);
    m_tabs->setObjectName(QStringLiteral("sideTabs"));
    m_tabs->setDocumentMode(true);
    m_cardPage = new QWidget(m_tabs);
    auto *cardCol = new QVBoxLayout(m_cardPage);
    cardCol->setContentsMargins(0, 0, 0, 0);
    cardCol->setSpacing(0);
    m_card = new CustomerCardView(m_cardPage);
    m_history = new ContactHistoryView(m_cardPage);
    cardCol->addWidget(m_card);
    cardCol->addWidget(m_history, 1);
    m_callbacks = new CallbacksView(m_hub->callbacks(), m_context.core->recordings(), m_tabs);
    m_search = new HistorySearchView(m_context.core->historySearch(), m_tabs);
    // Past calls that were recorded play from either history.
    m_history->setRecordingPlayer(m_context.core->recordings());
    m_search->history()->setRecordingPlayer(m_context.core->recordings());
    m_tabs->addTab(m_cardPage, QString());
    m_tabs->addTab(m_callbacks, QString());
    m_tabs->addTab(m_search, QString());

    m_split->addWidget(left);
    m_split->addWidget(center);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setStretchFactor(2, 0);
    m_split->setSizes({250, 440, 330});
    left->setMinimumWidth(230);
    center->setMinimumWidth(360);
    m_tabs->setMinimumWidth(300);

    setCentralWidget(central);
    m_offer = new OfferToast(m_hub->offer(), this);
    m_offer->setAnchor(m_inbox);
    m_toast = new Toast(this);
    m_lock = new IdleLock(
        this, [this](const QString &password) { return m_session->checkUnlockPassword(password); });
    m_softphone->setPhone(m_context.core->phone());
    // The server calls the customer back through the agent's registered phone (this desk's or
    // another): it says so when there is none.
    m_callbacks->setDialAvailable(true, {});
    // The queue's callbacks change while the agent works: shown again, the list is asked again.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_callbacks)
            m_hub->callbacks()->refresh();
    });
}

void AgentWindow::bind()
{
    app::OfferController *offer = m_hub->offer();
    connect(offer, &app::OfferController::offerChanged, this,
            [this, offer] { showCardOf(offer->isActive()); });
    connect(offer, &app::OfferController::offerEnded, this,
            [this](const QString &, const QString &, const QString &message) {
                if (!message.isEmpty())
                    m_toast->showMessage(message);
            });
    connect(offer, &app::OfferController::acceptFailed, this,
            [this](const QString &message) { m_toast->showMessage(message, Toast::Level::Error); });
    connect(m_offer, &OfferToast::offerShown, this,
            [this](const QString &title, const QString &text) {
                // Locked, the desk says nothing of the customer, there or in the notification.
                if (m_context.notifier)
                    m_context.notifier->notify(
                        title, m_lock->isLocked() ? tr("Unlock the desk to answer it.") : text);
            });
    // The lock stays on top of an offer; it says one is waiting (channel and queue only) so
    // that the agent unlocks in time, and once unlocked the offer's toast is there.
    connect(offer, &app::OfferController::offerChanged, this, [this, offer] {
        m_lock->setNotice(offer->isActive()
                              ? tr("A %1 offer is waiting in queue %2. Unlock to answer it.")
                                    .arg(offer->channelName(), offer->queue())
                              : QString());
    });
    showCardOf(offer->isActive());

    // The screen-pop latency: from the frame's arrival (CtiEvent::receivedNs) to the card painted.
    // The card may be painted while the offer is still being handled, before this window hears
    // of the frame: then the paint's time is kept and the figure taken when the frame is heard.
    connect(m_context.core->cti(), &app::CtiClient::eventReceived, this,
            [this](const app::CtiEvent &event) {
                if (event.type != QLatin1String("interaction.offered"))
                    return;
                if (m_cardPaintedNs > event.receivedNs && event.receivedNs > 0)
                    finishScreenPop(m_cardPaintedNs - event.receivedNs);
                else
                    m_offerReceivedNs = event.receivedNs;
                m_cardPaintedNs = 0;
            });
    connect(m_card, &CustomerCardView::contentPainted, this, [this] {
        if (!m_hub->offer()->isActive() || m_card->card() != m_hub->offer()->customer())
            return;
        const qint64 now = app::CtiClient::monotonicNs();
        if (m_offerReceivedNs > 0)
            finishScreenPop(now - m_offerReceivedNs);
        else
            m_cardPaintedNs = now;
    });

    connect(m_hub, &app::InteractionHub::errorOccurred, this,
            [this](const QString &m) { m_toast->showMessage(m, Toast::Level::Error); });
    connect(m_context.core, &app::DeskCore::dialFailed, this,
            [this](const QString &m) { m_toast->showMessage(m, Toast::Level::Error); });
    connect(m_hub, &app::InteractionHub::messageReceived, this,
            [this](const QString &, const QString &text) {
                if (m_context.notifier)
                    m_context.notifier->notify(
                        tr("New message"),
                        m_lock->isLocked() ? tr("Unlock the desk to read it.") : text.left(120));
            });
    connect(m_hub, &app::InteractionHub::interactionTransferred, this,
            [this](const QString &, const QString &to) {
                m_toast->showMessage(tr("Transferred to %1").arg(to));
            });
    connect(m_hub->consulted(), &app::ConsultedNotice::changed, this, [this] {
        // The phone rings for a colleague while the desk is in the background: say who and why
        // (not about whom while the desk is locked, as for an offer).
        app::ConsultedNotice *notice = m_hub->consulted();
        const bool ringing = notice->state() == QLatin1String("ringing");
        if (ringing && notice->interactionId() != m_consultNotified && m_context.notifier)
            m_context.notifier->notify(tr("Consultation from %1").arg(notice->agentName()),
                                       m_lock->isLocked()
                                           ? tr("Unlock the desk to see what it is about.")
                                           : m_consulted->message());
        m_consultNotified = ringing ? notice->interactionId() : QString();
    });
    connect(m_hub->consulted(), &app::ConsultedNotice::ended, this,
            [this](const QString &agent, const QString &reason) {
                if (reason == QLatin1String("cancelled"))
                    m_toast->showMessage(tr("%1 took their caller back").arg(agent));
                else if (reason == QLatin1String("call ended"))
                    m_toast->showMessage(
                        tr("The caller hung up: the consultation with %1 is over").arg(agent));
                else
                    m_toast->showMessage(tr("The consultation with %1 is over").arg(agent));
            });
    connect(m_hub->wrapup(), &app::WrapupController::submitFailed, this,
            [this](const QString &, const QString &m) {
                m_toast->showMessage(m, Toast::Level::Error);
            });
    connect(m_hub->wrapup(), &app::WrapupController::submitted, this,
            [this] { m_toast->showMessage(tr("Wrap-up saved")); });
    connect(m_session, &app::Session::errorOccurred, this,
            [this](const QString &m) { m_toast->showMessage(m, Toast::Level::Error); });
    connect(m_session, &app::Session::stateRequestFailed, this,
            [this](const QString &m) { m_toast->showMessage(m, Toast::Level::Error); });
    connect(m_session, &app::Session::logoutRefused, this,
            [this](const QString &m) { m_toast->showMessage(m, Toast::Level::Error); });
    connect(m_session, &app::Session::helpRequestSent, this, [this] {
        m_toast->showMessage(tr("Your request for help was sent to the supervisors."));
    });
    connect(m_session, &app::Session::helpRequestFailed, this,
            [this](const QString &m) { m_toast->showMessage(m, Toast::Level::Error); });
    connect(m_session, &app::Session::broadcastReceived, this, [this](const app::Broadcast &b) {
        m_broadcast->showBroadcast(b);
        if (m_context.notifier)
            m_context.notifier->notify(tr("Message from %1").arg(b.from), b.text);
    });
    connect(m_session, &app::Session::agentStateChanged, this, &AgentWindow::updateTitle);
    connect(m_session, &app::Session::loggedInChanged, this, [this](bool in) {
        m_lock->setArmed(in);
        m_lock->setUserName(m_session->agentName());
        updateTitle();
    });
    m_lock->setArmed(m_session->isLoggedIn());
    m_lock->setUserName(m_session->agentName());

    app::CtiClient *cti = m_context.core->cti();
    connect(cti, &app::CtiClient::failedOver, this, [this](const QUrl &, const QUrl &to) {
        m_toast->showMessage(tr("Now connected to the backup site %1").arg(to.host()));
    });
    connect(cti, &app::CtiClient::resumed, this,
            [this] { m_toast->showMessage(tr("Reconnected: your session was resumed.")); });
}

void AgentWindow::finishScreenPop(qint64 ns)
{
    m_offerReceivedNs = 0;
    m_lastPopUs = ns / 1000;
    emit screenPopPainted(m_lastPopUs);
}

void AgentWindow::showCardOf(bool offer)
{
    app::OfferController *o = m_hub->offer();
    m_card->setCard(offer ? o->customer() : m_hub->customer());
    m_history->setModel(offer ? o->history() : m_hub->history());
    if (offer)
        m_tabs->setCurrentWidget(m_cardPage);
}

void AgentWindow::askForHelp()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Ask for help"),
        tr("What do you need? (optional — the supervisors see your current interaction)"),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        m_session->requestHelp(text.trimmed());
}

void AgentWindow::endOrHangUp()
{
    if (m_softphone->inCall())
        m_softphone->hangup();
    else if (m_hub->currentState() == QLatin1String("active"))
        m_hub->endInteraction();
}

void AgentWindow::updateTitle()
{
    QString title = tr("Relais – Agent desk");
    if (m_session->isLoggedIn())
        title = tr("Relais – %1 – %2").arg(m_session->agentName(), m_session->stateName());
    setWindowTitle(title);
}

void AgentWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void AgentWindow::closeEvent(QCloseEvent *event)
{
    if (m_session->isLoggedIn() && m_hub->interactions()->rowCount() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Quit Relais"),
            tr("You still have interactions in hand. Quit anyway? They stay assigned to you "
               "for 2 minutes, then go back to their queues."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void AgentWindow::retranslate()
{
    m_tabs->setTabText(0, tr("Customer"));
    m_tabs->setTabIcon(0, Icons::icon(QStringLiteral("customer")));
    m_tabs->setTabToolTip(0,
                          tr("The screen-pop: customer card and contact history (Ctrl+Shift+C)"));
    m_tabs->setTabText(1, tr("Callbacks"));
    m_tabs->setTabIcon(1, Icons::icon(QStringLiteral("callbacks")));
    m_tabs->setTabToolTip(1, tr("Callbacks to make (Ctrl+Shift+B)"));
    m_tabs->setTabText(2, tr("Search"));
    m_tabs->setTabIcon(2, Icons::icon(QStringLiteral("search")));
    m_tabs->setTabToolTip(2, tr("History search by number, name or e-mail (Ctrl+F)"));
    retranslateActions();
    updateTitle();
}

} // namespace relais::ui
