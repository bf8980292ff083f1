#pragma once

#include "common/DeskContext.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QSplitter;
class QTabWidget;

namespace relais::app {
class InteractionHub;
class Session;
} // namespace relais::app

namespace relais::ui {

class BroadcastBanner;
class ConsultedBanner;
class CallbacksView;
class ConnectionBanner;
class ContactHistoryView;
class ConversationView;
class CustomerCardView;
class HistorySearchView;
class IdleLock;
class InboxView;
class OfferToast;
class SoftphonePanel;
class StateBar;
class Toast;
class WrapupPanel;

// The agent face: a téléconseiller's whole day in one window, usable at 1024×768 and with the
// keyboard alone. State bar on top, then the connection and broadcast banners; the inbox and
// the phone on the left, the selected conversation and its wrap-up in the middle, the
// screen-pop (customer card and history), callbacks and history search on the right. Offers
// float over the bottom of the inbox, above the phone.
class AgentWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit AgentWindow(const DeskContext &context, QWidget *parent = nullptr);
    ~AgentWindow() override;

    StateBar *stateBar() const { return m_stateBar; }
    ConnectionBanner *connectionBanner() const { return m_connection; }
    BroadcastBanner *broadcastBanner() const { return m_broadcast; }
    ConsultedBanner *consultedBanner() const { return m_consulted; }
    InboxView *inbox() const { return m_inbox; }
    ConversationView *conversation() const { return m_conversation; }
    WrapupPanel *wrapupPanel() const { return m_wrapup; }
    CustomerCardView *customerCard() const { return m_card; }
    ContactHistoryView *contactHistory() const { return m_history; }
    SoftphonePanel *softphone() const { return m_softphone; }
    OfferToast *offerToast() const { return m_offer; }
    CallbacksView *callbacks() const { return m_callbacks; }
    HistorySearchView *historySearch() const { return m_search; }
    IdleLock *idleLock() const { return m_lock; }
    Toast *toast() const { return m_toast; }
    QTabWidget *sideTabs() const { return m_tabs; }
    QAction *action(const char *name) const;

    // Time from the last interaction.offered frame to the customer card painted, in µs (-1
    // before the first offer).
    qint64 lastScreenPopPaintedUs() const { return m_lastPopUs; }

signals:
    void screenPopPainted(qint64 microseconds);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void createActions(); // AgentWindowActions.cpp
    void retranslateActions();
    void bind();
    void retranslate();
    void updateTitle();
    void showCardOf(bool offer);
    void finishScreenPop(qint64 ns);
    void askForHelp();
    void endOrHangUp();

    DeskContext m_context;
    app::Session *m_session;
    app::InteractionHub *m_hub;
    QMenu *m_userMenu;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    StateBar *m_stateBar = nullptr;
    ConnectionBanner *m_connection = nullptr;
    BroadcastBanner *m_broadcast = nullptr;
    ConsultedBanner *m_consulted = nullptr;
    QString m_consultNotified; // the consultation whose ringing was notified
    InboxView *m_inbox = nullptr;
    SoftphonePanel *m_softphone = nullptr;
    ConversationView *m_conversation = nullptr;
    WrapupPanel *m_wrapup = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_cardPage = nullptr;
    CustomerCardView *m_card = nullptr;
    ContactHistoryView *m_history = nullptr;
    CallbacksView *m_callbacks = nullptr;
    HistorySearchView *m_search = nullptr;
    OfferToast *m_offer = nullptr;
    Toast *m_toast = nullptr;
    IdleLock *m_lock = nullptr;
    QSplitter *m_split = nullptr;
    qint64 m_offerReceivedNs = 0;
    qint64 m_cardPaintedNs = 0; // painted before the frame was heard of
    qint64 m_lastPopUs = -1;
};

} // namespace relais::ui
