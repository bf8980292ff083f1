// Regenerates the agent face's screenshots in docs/screenshots/ (scripts/screenshots.sh runs it
// under Xvfb): the real agent window, 1024×768, against a real relais-dispatch --demo, with the
// embedded phone registered, as a téléconseiller sees it during a day: an offer ringing with the
// customer's card, two chats in hand with a conversation under way, the wrap-up form, then the
// same desk in the dark theme and in English. Not a test: it saves pictures to look at.
#include "EnginePhone.h"
#include "FileAudioDevice.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include "agent/AgentWindow.h"
#include "agent/OfferToast.h"
#include "common/IdleLock.h"
#include "common/LanguageManager.h"
#include "common/LoginDialog.h"
#include "common/Theme.h"

#include <relais/app/CallbackListModel.h>
#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/OfferController.h>
#include <relais/app/Session.h>
#include <relais/app/WrapupController.h>
#include <relais/softphone/Softphone.h>

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace relais;

namespace {

bool waitFor(const std::function<bool()> &done, int ms = 20000)
{
    return QTest::qWaitFor(done, ms);
}

bool save(QWidget *w, const QDir &dir, const QString &name)
{
    QTest::qWait(400); // let the last layout and repaint land
    const QString path = dir.filePath(name);
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
    std::fflush(stdout);
    return ok;
}

int fail(const char *what)
{
    std::fprintf(stderr, "desk_screenshots: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qRegisterMetaType<softphone::CallInfo>();
    qRegisterMetaType<softphone::CallEndReason>();
    if (app.arguments().size() < 2)
        return fail("usage: desk_screenshots OUTDIR");
    const QDir out(app.arguments().at(1));
    QDir().mkpath(out.path());

    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath("config"));
    QString error;
    const QString db = TestEnv::freshDatabase(QStringLiteral("screenshots"), dir, &error);
    // The call's recording goes to the temporary folder, not to where the tool was started.
    const QString site = TestEnv::demoConfigWith(
        dir, {{R"(^trunk_gateways = .*$)",
               QStringLiteral("trunk_gateways = [\"192.0.2.10\"]\nrecordings_dir = \"%1\"")
                   .arg(dir.filePath(QStringLiteral("recordings")))}});
    ServerProcess server;
    if (db.isEmpty() || site.isEmpty() ||
        !server.start(db, {"--listen-sip", "127.0.0.1:0", "--config", site}))
        return fail("the server did not start");

    app::DeskCore core;
    ui::Theme theme;
    ui::LanguageManager language;
    language.setLanguage(QStringLiteral("fr"), false);
    theme.apply(ui::Theme::Mode::Light);
    app::EnginePhone::Options phoneOptions;
    phoneOptions.listenAddress = QStringLiteral("127.0.0.1");
    phoneOptions.useSoundDevices = false;
    app::EnginePhone phone(phoneOptions);
    core.setPhone(&phone);
    ui::DeskContext context;
    context.core = &core;
    context.theme = &theme;
    context.language = &language;

    // The login form as the agent first sees it: server and user remembered, the password asked.
    {
        ui::LoginDialog login(&core, &language);
        login.setServers(server.ctiUrl());
        login.setUser(QStringLiteral("agent1"));
        login.show();
        if (QTest::qWaitForWindowExposed(&login))
            save(&login, out, QStringLiteral("login.png"));
    }

    // Connected before the login, which registers the phone.
    bool registered = false;
    QObject::connect(&phone, &app::PhoneControl::registrationChanged,
                     [&](bool ok, const QString &) { registered = ok; });
    app::Session *session = core.session();
    core.setServers(server.ctiUrl());
    session->login(QStringLiteral("agent1"), QStringLiteral("demo"));
    if (!waitFor([&] { return session->isLoggedIn(); }))
        return fail("login failed");
    ui::AgentWindow window(context);
    window.resize(1024, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("no window");
    waitFor([&] { return registered; }, 5000);

    app::InteractionHub *hub = core.interactions();
    app::OfferController *offer = hub->offer();
    HttpClient http(server.httpBase());
    session->setReady();
    if (!waitFor([&] { return session->stateWireName() == QLatin1String("ready"); }))
        return fail("not ready");

    // A first chat was answered a while ago and is under way.
    const QString first = http.createInteraction(
        "chat", QStringLiteral("+22997000007"),
        QStringLiteral("Bonsoir, je n'arrive plus à me connecter à mon espace client."));
    if (first.isEmpty() || !waitFor([&] { return offer->isActive(); }))
        return fail("no first offer");
    offer->accept();
    waitFor([&] { return hub->currentState() == QLatin1String("active"); });
    hub->sendMessage(first, QStringLiteral("Bonsoir, je vérifie votre compte. Pouvez-vous me "
                                           "confirmer votre date de naissance ?"));
    QTest::qWait(300);
    http.post(QStringLiteral("/api/v1/interactions/%1/messages").arg(first),
              {{"text", QStringLiteral("Oui : 12/04/1986.")}});

    // A known customer writes: the offer pops with the card and the history.
    const QString second = http.createInteraction(
        "chat", QStringLiteral("+22997000001"),
        QStringLiteral("Bonjour, ma facture de mars est fausse : 18 500 F au lieu de 12 000 F."));
    if (second.isEmpty() || !waitFor([&] { return window.offerToast()->isVisible(); }))
        return fail("no second offer");
    save(&window, out, QStringLiteral("agent-offer.png"));
    // The agent away: the lock covers the desk and only says that an offer waits.
    window.idleLock()->lock();
    save(&window, out, QStringLiteral("agent-lock.png"));
    window.idleLock()->tryUnlock(QStringLiteral("demo"));

    offer->accept();
    waitFor([&] { return hub->currentInteractionId() == second; });
    hub->sendMessage(
        second, QStringLiteral("Bonjour Monsieur Ouattara, je regarde votre facture de mars."));
    QTest::qWait(300);
    http.post(QStringLiteral("/api/v1/interactions/%1/messages").arg(second),
              {{"text", QStringLiteral("Merci, c'est la deuxième fois que ça arrive.")}});
    waitFor([&] { return false; }, 800);
    save(&window, out, QStringLiteral("agent.png"));

    // The first chat is done: the wrap-up form asks for a disposition.
    hub->endInteraction(first);
    waitFor([&] { return hub->wrapup()->isActive(); });
    hub->selectInteraction(first);
    save(&window, out, QStringLiteral("agent-wrapup.png"));

    theme.apply(ui::Theme::Mode::Dark);
    save(&window, out, QStringLiteral("agent-dark.png"));
    theme.apply(ui::Theme::Mode::Light);
    language.setLanguage(QStringLiteral("en"), false);
    hub->selectInteraction(second);
    save(&window, out, QStringLiteral("agent-en.png"));

    // The wrap-up promises a callback tomorrow morning: the Callbacks tab lists it.
    language.setLanguage(QStringLiteral("fr"), false);
    hub->selectInteraction(first);
    app::WrapupController *wrapup = hub->wrapup();
    wrapup->setDisposition(QStringLiteral("callback"));
    wrapup->setNotes(QStringLiteral("Rappeler pour confirmer la réactivation de l'espace client."));
    wrapup->setCallbackRequested(true);
    wrapup->setCallbackAt(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    wrapup->submit();
    waitFor([&] { return hub->callbacks()->rowCount() > 0; });
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("sideTabs")))
        tabs->setCurrentIndex(1);
    waitFor([&] { return false; }, 800);
    save(&window, out, QStringLiteral("agent-callbacks.png"));

    // The chat is done too; then a customer calls: the phone panel during the call (timer,
    // levels, quality).
    hub->selectInteraction(second);
    hub->endInteraction(second);
    waitFor([&] { return wrapup->isActive(); });
    wrapup->setDisposition(QStringLiteral("resolved"));
    wrapup->submit();
    waitFor([&] { return hub->interactions()->rowCount() == 0; });
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("sideTabs")))
        tabs->setCurrentIndex(0);
    session->setReady();
    waitFor([&] { return session->stateWireName() == QLatin1String("ready"); });
    softphone::FileAudioDevice callerDevice;
    callerDevice.setSourceTone(1000.0);
    softphone::Softphone caller;
    softphone::SoftphoneConfig callerConfig;
    callerConfig.listenAddress = QStringLiteral("127.0.0.1");
    callerConfig.contactUser = QStringLiteral("+22997000003");
    QString callId;
    if (registered && caller.start(callerConfig)) {
        caller.setAudioDevice(&callerDevice);
        callId =
            caller.dial(QStringLiteral("sip:1920@127.0.0.1:%1").arg(server.sipPort()), {}, &error);
    }
    if (!callId.isEmpty() &&
        waitFor([&] { return offer->isActive() && offer->channel() == QLatin1String("voice"); })) {
        offer->accept();
        if (waitFor(
                [&] { return phone.currentCall().state == app::PhoneCall::State::Established; })) {
            waitFor([&] { return false; }, 3500); // the timer runs, RTCP brings the quality
            save(&window, out, QStringLiteral("agent-call.png"));
        }
        caller.hangup(callId);
        waitFor([&] { return phone.currentCall().state == app::PhoneCall::State::Idle; }, 5000);
    } else {
        std::fprintf(stderr,
                     "desk_screenshots: no voice call (registered %d, call %s, rows %d, state %s), "
                     "agent-call.png not taken\n",
                     int(registered), qPrintable(callId), hub->interactions()->rowCount(),
                     qPrintable(session->stateWireName()));
    }

    window.hide(); // close() would ask to confirm: chats are open
    phone.unregisterAccount();
    server.terminate();
    return 0;
}
