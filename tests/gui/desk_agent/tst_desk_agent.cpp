// The agent face against a real relais-dispatch --demo, driven as a téléconseiller would: the
// login form, Ready, a chat posted through the channel API pops the offer toast, Answer shows the
// customer card and the contact history, a reply typed and sent reaches the connector, closing
// asks for a disposition before the wrap-up goes through, and a server restart shows the banner
// then resumes with the open chat still in the inbox.
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include "agent/AgentWindow.h"
#include "agent/ContactHistoryView.h"
#include "agent/ConversationView.h"
#include "agent/CustomerCardView.h"
#include "agent/InboxView.h"
#include "agent/OfferToast.h"
#include "agent/StateBar.h"
#include "agent/WrapupPanel.h"
#include "common/ConnectionBanner.h"
#include "common/LanguageManager.h"
#include "common/LoginDialog.h"
#include "common/Theme.h"

#include <relais/app/CtiClient.h>
#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/Session.h>

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {
constexpr int kLong = 20000; // argon2id logins and server start-up take their time on a busy box
const QString kKnownCustomer = QStringLiteral("+22997000001");

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

app::CtiTimings testTimings()
{
    app::CtiTimings t;
    t.connectTimeoutMs = 3000;
    t.heartbeatIntervalMs = 1000;
    t.heartbeatTimeoutMs = 2000;
    t.backoffInitialMs = 200;
    t.backoffMaxMs = 1000;
    t.attemptsPerServer = 3;
    return t;
}
} // namespace

class TestDeskAgent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    quint16 m_ctiPort = 0;
    ServerProcess m_server;
    ui::DeskContext m_context;
    ui::AgentWindow *m_window = nullptr;
    QString m_chat;

    bool startServer()
    {
        return m_server.start(m_db,
                              {"--listen-cti", QStringLiteral("127.0.0.1:%1").arg(m_ctiPort)});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The form remembers servers and user in QSettings: keep it out of the user's home.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
        QString error;
        m_db = TestEnv::freshDatabase(QStringLiteral("desk_agent"), m_dir, &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        m_ctiPort = freePort();
        QVERIFY2(startServer(), qPrintable(m_server.output()));
        m_context.core = new app::DeskCore(this);
        m_context.core->cti()->setTimings(testTimings());
        m_context.theme = new ui::Theme(this);
        m_context.language = new ui::LanguageManager(this);
    }

    void cleanupTestCase() { delete m_window; }

    void loginThroughTheForm()
    {
        ui::LoginDialog login(m_context.core, m_context.language);
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        login.setServers(m_server.ctiUrl());
        login.setUser(QStringLiteral("agent1"));
        QLineEdit *password = nullptr;
        for (QLineEdit *e : login.findChildren<QLineEdit *>())
            if (e->echoMode() == QLineEdit::Password)
                password = e;
        QVERIFY(password);
        // A wrong password keeps the form open with the server's reason.
        QTest::keyClicks(password, QStringLiteral("faux"));
        login.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!login.errorText().isEmpty(), kLong);
        QVERIFY(!m_context.core->session()->isLoggedIn());
        QVERIFY(login.isVisible());
        password->clear();
        QTest::keyClicks(password, QStringLiteral("demo"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_context.core->session()->isLoggedIn(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(login.result(), int(QDialog::Accepted), kLong);
        QCOMPARE(m_context.core->session()->agentName(), QStringLiteral("Awa Dossou"));

        m_window = new ui::AgentWindow(m_context);
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(!m_window->connectionBanner()->isVisible());
    }

    void readyThenAChatPopsTheCustomer()
    {
        QVERIFY(m_window);
        app::Session *s = m_context.core->session();
        QTest::mouseClick(m_window->stateBar()->readyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(s->stateWireName(), QStringLiteral("ready"), kLong);

        QElapsedTimer posted;
        posted.start();
        HttpClient http(m_server.httpBase());
        m_chat = http.createInteraction("chat", kKnownCustomer,
                                        QStringLiteral("Bonjour, ma facture de mars est fausse"));
        QVERIFY(!m_chat.isEmpty());
        ui::OfferToast *toast = m_window->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), kLong);
        QVERIFY(toast->answerButton()->isVisible());
        QVERIFY(!toast->customerText().isEmpty());
        // The card is painted as the offer arrives, before Answer (measured, not asserted).
        QTest::qWaitFor([&] { return m_window->lastScreenPopPaintedUs() >= 0; }, 2000);
        qDebug("screen-pop: %lld µs from the interaction.offered frame to the card painted "
               "(%lld ms from the HTTP post to the toast)",
               m_window->lastScreenPopPaintedUs(), posted.elapsed());

        QTest::mouseClick(toast->answerButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(m_context.core->interactions()->currentInteractionId(), m_chat,
                                  kLong);
        ui::CustomerCardView *card = m_window->customerCard();
        QTRY_VERIFY_WITH_TIMEOUT(card->isVisible(), kLong);
        QVERIFY2(!card->nameText().isEmpty(), "the card shows the customer's name");
        QTRY_VERIFY_WITH_TIMEOUT(m_window->contactHistory()->rowCount() >= 5, kLong);
        QVERIFY(m_window->contactHistory()->list()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(s->stateWireName(), QStringLiteral("busy"), kLong);
        // The customer's first message is in the conversation.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->messages()->model()->rowCount(), 1,
                                  kLong);
    }

    void replyReachesTheConnector()
    {
        QVERIFY(!m_chat.isEmpty());
        ui::ConversationView *conv = m_window->conversation();
        QVERIFY(conv->replyBox()->isVisible());
        conv->replyBox()->setFocus();
        QTest::keyClicks(conv->replyBox(), QStringLiteral("Bonjour, je regarde votre facture."));
        QVERIFY(conv->sendButton()->isEnabled());
        QTest::mouseClick(conv->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(conv->replyBox()->toPlainText().isEmpty());
        HttpClient http(m_server.httpBase());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray written =
                    http.get(QStringLiteral("/api/v1/interactions/%1/messages?after=0").arg(m_chat))
                        .json()
                        .value("messages")
                        .toArray();
                return written.size() == 1 &&
                       written[0].toObject().value("text").toString() ==
                           QStringLiteral("Bonjour, je regarde votre facture.");
            }(),
            kLong);
        QTRY_COMPARE_WITH_TIMEOUT(conv->messages()->model()->rowCount(), 2, kLong);
    }

    void serverRestartShowsTheBannerAndKeepsTheChat()
    {
        QVERIFY(!m_chat.isEmpty());
        ui::ConnectionBanner *banner = m_window->connectionBanner();
        QVERIFY(!banner->isVisible());
        m_server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLong);
        QVERIFY(banner->level() != ui::ConnectionBanner::Level::None);
        QVERIFY(!banner->text().isEmpty());
        QVERIFY(m_context.core->session()->isLoggedIn()); // a lost link is not a logout
        QVERIFY2(startServer(), qPrintable(m_server.output()));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kLong);
        QCOMPARE(m_window->inbox()->list()->model()->rowCount(), 1);
        QCOMPARE(m_context.core->interactions()->currentInteractionId(), m_chat);
        QCOMPARE(m_context.core->interactions()->currentState(), QStringLiteral("active"));
        QVERIFY(m_window->conversation()->replyBox()->isVisible());
    }

    void closeAsksForADispositionThenGoesBack()
    {
        QVERIFY(!m_chat.isEmpty());
        app::Session *s = m_context.core->session();
        ui::ConversationView *conv = m_window->conversation();
        QTRY_VERIFY_WITH_TIMEOUT(conv->endButton()->isEnabled(), kLong);
        QTest::mouseClick(conv->endButton(), Qt::LeftButton);
        ui::WrapupPanel *wrapup = m_window->wrapupPanel();
        QTRY_VERIFY_WITH_TIMEOUT(wrapup->isVisible(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(s->stateWireName(), QStringLiteral("wrap_up"), kLong);
        // Without a disposition the form refuses and stays.
        QCOMPARE(wrapup->dispositionBox()->currentData().toString(), QString());
        QTest::mouseClick(wrapup->submitButton(), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(wrapup->isVisible());
        QCOMPARE(s->stateWireName(), QStringLiteral("wrap_up"));
        QCOMPARE(m_window->inbox()->list()->model()->rowCount(), 1);

        const int resolved = wrapup->dispositionBox()->findData(QStringLiteral("resolved"));
        QVERIFY(resolved > 0);
        // With the keyboard, as an agent does: arrow down the closed box to the code.
        QComboBox *box = wrapup->dispositionBox();
        box->setFocus();
        for (int i = 0; i < box->count() && box->currentIndex() != resolved; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), resolved);
        QTest::keyClicks(wrapup->reasonEdit(), QStringLiteral("facture"));
        wrapup->notesEdit()->insertPlainText(
            QStringLiteral("Montant corrigé")); // QTest types ASCII only
        QVERIFY(wrapup->submitButton()->isEnabled());
        QTest::mouseClick(wrapup->submitButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->inbox()->list()->model()->rowCount(), 0, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(s->stateWireName(), QStringLiteral("ready"), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(!wrapup->isVisible(), kLong);
    }
};

QTEST_MAIN(TestDeskAgent)
#include "tst_desk_agent.moc"
