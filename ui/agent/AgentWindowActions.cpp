// AgentWindow's keyboard: every action has a shortcut, shown in its tooltip or menu entry.
#include "agent/AgentWindow.h"

#include "agent/ConversationView.h"
#include "agent/HistorySearchView.h"
#include "agent/InboxView.h"
#include "agent/SoftphonePanel.h"
#include "agent/StateBar.h"
#include "agent/WrapupPanel.h"
#include "common/Icons.h"
#include "common/IdleLock.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"

#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/Session.h>

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>

namespace relais::ui {

namespace {

QAction *makeAction(QWidget *window, const char *name, const QKeySequence &keys)
{
    auto *a = new QAction(window);
    a->setObjectName(QLatin1String(name));
    a->setShortcut(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    window->addAction(a);
    return a;
}

} // namespace

QAction *AgentWindow::action(const char *name) const
{
    return findChild<QAction *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
}

void AgentWindow::createActions()
{
    app::OfferController *offer = m_hub->offer();
    connect(makeAction(this, "answerOffer", Qt::Key_F2), &QAction::triggered, offer, [this, offer] {
        if (offer->isActive())
            offer->accept();
        else
            m_softphone->answer(); // a call that rings without an offer: a colleague consulting
    });
    connect(makeAction(this, "rejectOffer", Qt::Key_F3), &QAction::triggered, offer, [offer] {
        if (offer->isActive())
            offer->reject();
    });
    connect(makeAction(this, "endInteraction", Qt::Key_F4), &QAction::triggered, this,
            &AgentWindow::endOrHangUp);
    connect(makeAction(this, "ready", Qt::Key_F5), &QAction::triggered, m_session,
            &app::Session::setReady);
    connect(makeAction(this, "pause", Qt::Key_F6), &QAction::triggered, m_stateBar,
            &StateBar::showPauseMenu);
    connect(makeAction(this, "holdCall", Qt::Key_F7), &QAction::triggered, m_softphone,
            &SoftphonePanel::toggleHold);
    connect(makeAction(this, "muteCall", Qt::Key_F8), &QAction::triggered, m_softphone,
            &SoftphonePanel::toggleMute);
    connect(makeAction(this, "wrapupFocus", Qt::Key_F9), &QAction::triggered, m_wrapup,
            &WrapupPanel::focusForm);
    connect(makeAction(this, "transfer", QKeySequence(Qt::CTRL | Qt::Key_T)), &QAction::triggered,
            this, [this] {
                if (m_conversation->transferButton()->isEnabled())
                    m_conversation->transferButton()->showMenu();
            });
    connect(makeAction(this, "canned", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)),
            &QAction::triggered, this, [this] {
                if (m_conversation->cannedButton()->isEnabled() &&
                    m_conversation->cannedButton()->isVisible())
                    m_conversation->cannedButton()->showMenu();
            });
    connect(makeAction(this, "replyFocus", QKeySequence(Qt::CTRL | Qt::Key_E)), &QAction::triggered,
            m_conversation, &ConversationView::focusReply);
    for (int i = 0; i < 9; ++i) {
        const QByteArray name = "selectInteraction" + QByteArray::number(i + 1);
        QAction *a =
            makeAction(this, name.constData(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_inbox->selectRow(i); });
    }
    connect(makeAction(this, "showCustomer", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
            &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_cardPage); });
    connect(makeAction(this, "showCallbacks", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)),
            &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    connect(makeAction(this, "search", QKeySequence(Qt::CTRL | Qt::Key_F)), &QAction::triggered,
            this, [this] {
                m_tabs->setCurrentWidget(m_search);
                m_search->focusQuery();
            });
    connect(makeAction(this, "dialNumber", QKeySequence(Qt::CTRL | Qt::Key_D)), &QAction::triggered,
            m_softphone, &SoftphonePanel::focusNumber);
    connect(makeAction(this, "dialPad", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)),
            &QAction::triggered, m_softphone, &SoftphonePanel::toggleDialPad);
    connect(makeAction(this, "help", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)),
            &QAction::triggered, this, &AgentWindow::askForHelp);
    connect(m_stateBar->helpButton(), &QPushButton::clicked, this, &AgentWindow::askForHelp);
    connect(makeAction(this, "userMenu", QKeySequence(Qt::ALT | Qt::Key_M)), &QAction::triggered,
            this, [this] {
                if (auto *b = m_stateBar->findChild<QToolButton *>(QStringLiteral("userButton")))
                    b->showMenu();
            });

    // The user menu.
    QAction *theme = makeAction(this, "darkTheme", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    theme->setCheckable(true);
    theme->setChecked(m_context.theme && m_context.theme->mode() == Theme::Mode::Dark);
    connect(theme, &QAction::triggered, this, [this](bool dark) {
        if (m_context.theme)
            m_context.theme->apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    });
    m_userMenu->addAction(theme);
    m_languageMenu = m_userMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::available()) {
        QAction *a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setObjectName(QStringLiteral("language_") + code);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(m_context.language && m_context.language->language() == code);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (m_context.language)
                m_context.language->setLanguage(code);
        });
    }
    QAction *lock = makeAction(this, "lock", QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, m_lock, &IdleLock::lock);
    m_userMenu->addAction(lock);
    m_userMenu->addSeparator();
    QAction *logout = makeAction(this, "logout", QKeySequence());
    connect(logout, &QAction::triggered, m_session, &app::Session::logout);
    m_userMenu->addAction(logout);
}

void AgentWindow::retranslateActions()
{
    // Menu entries show their shortcut by themselves; the others are reached through the
    // buttons' tooltips.
    action("darkTheme")->setText(tr("&Dark theme"));
    action("darkTheme")->setIcon(Icons::icon(QStringLiteral("theme")));
    m_languageMenu->setTitle(tr("&Language"));
    m_languageMenu->setIcon(Icons::icon(QStringLiteral("language")));
    action("lock")->setText(tr("&Lock the screen"));
    action("lock")->setIcon(Icons::icon(QStringLiteral("lock")));
    action("logout")->setText(tr("&Sign out"));
    action("logout")->setIcon(Icons::icon(QStringLiteral("logout")));
    action("answerOffer")->setText(tr("Answer"));
    action("rejectOffer")->setText(tr("Reject"));
    action("endInteraction")->setText(tr("End / hang up"));
    action("ready")->setText(tr("Ready"));
    action("pause")->setText(tr("Pause"));
    action("help")->setText(tr("Ask for help"));
    if (m_context.language) {
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == m_context.language->language());
    }
}

} // namespace relais::ui
