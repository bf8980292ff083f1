// supervisor_floor: a busy floor on a running relais-dispatch --demo, for the supervisor face's
// and the wallboard's screenshots (scripts/screenshots.sh). Agents signed in through the CTI
// contract in several states — three full of chats, one in wrap-up, three on a break with their
// reasons, one ready for English and technical calls — chats waiting past the vip queue's red
// threshold and the general queue's amber one, and a help request. When supervisor1 signs in
// (the desk being photographed), an incident is broadcast to the floor. Prints "FLOOR READY",
// then keeps the agents connected until it is killed. Not a test.
#include "CtiClient.h"
#include "HttpClient.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "supervisor_floor: %s\n", qPrintable(what));
    return 1;
}

// Accepts the offers this agent gets until it holds `count` interactions; their ids (fewer on
// failure).
QStringList acceptOffers(CtiClient &agent, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QJsonObject offer = agent.waitEvent(QStringLiteral("interaction.offered"), 10000);
        const QString id = offer.value("interaction").toObject().value("id").toString();
        if (id.isEmpty() ||
            !agent.request("interaction.accept", {{"interactionId", id}}).value("ok").toBool())
            break;
        ids << id;
    }
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() < 3)
        return fail(QStringLiteral("usage: supervisor_floor CTI_URL HTTP_BASE"));
    const QString cti = app.arguments().at(1);
    HttpClient http(app.arguments().at(2));
    std::map<QString, std::unique_ptr<CtiClient>> agents;
    auto signIn = [&](const QString &user) -> CtiClient * {
        auto c = std::make_unique<CtiClient>();
        if (!c->open(cti) || !c->login(user).value("ok").toBool())
            return nullptr;
        return (agents[user] = std::move(c)).get();
    };
    auto set = [](CtiClient *c, const QString &state, const QString &reason = {}) {
        QJsonObject f{{"state", state}};
        if (!reason.isEmpty())
            f.insert("reason", reason);
        return c->request("state.set", f).value("ok").toBool();
    };
    for (const char *u :
         {"agent1", "agent2", "agent3", "agent4", "agent5", "agent6", "agent7", "agent16"}) {
        if (!signIn(QLatin1String(u)))
            return fail(QStringLiteral("could not sign %1 in").arg(QLatin1String(u)));
    }
    // On a break, with their reasons.
    if (!set(agents["agent3"].get(), "not_ready", "lunch") ||
        !set(agents["agent7"].get(), "not_ready", "break") ||
        !set(agents["agent5"].get(), "not_ready", "training"))
        return fail(QStringLiteral("could not set the breaks"));
    // Three agents take three chats each (their capacity): busy.
    const QStringList names{"Aminata", "Koffi",   "Yao", "Mariam", "Serge",
                            "Chantal", "Ibrahim", "Léa", "Paul"};
    for (const char *u : {"agent1", "agent2", "agent6"}) {
        CtiClient *c = agents[QLatin1String(u)].get();
        if (!set(c, "ready"))
            return fail(QStringLiteral("%1 not ready").arg(QLatin1String(u)));
    }
    for (int i = 0; i < 9; ++i) {
        if (http.createInteraction(
                    "chat", QStringLiteral("+2299700%1").arg(1100 + i),
                    QStringLiteral("Bonjour, c'est %1 : ma facture est fausse").arg(names[i]),
                    "general")
                .isEmpty())
            return fail(QStringLiteral("could not post a chat"));
    }
    for (const char *u : {"agent1", "agent2", "agent6"}) {
        if (acceptOffers(*agents[QLatin1String(u)], 3).size() != 3)
            return fail(QStringLiteral("%1 did not get its chats").arg(QLatin1String(u)));
    }
    // One in wrap-up after a technical chat.
    CtiClient *a4 = agents["agent4"].get();
    if (!set(a4, "ready") ||
        http.createInteraction("chat", "+22997001200", "Ma box clignote en rouge", "technique")
            .isEmpty())
        return fail(QStringLiteral("no technical chat"));
    const QStringList technical = acceptOffers(*a4, 1);
    if (technical.size() != 1 ||
        !a4->request("interaction.end", {{"interactionId", technical.first()}})
             .value("ok")
             .toBool())
        return fail(QStringLiteral("agent4 did not get to wrap-up"));
    if (!set(agents["agent16"].get(), "ready"))
        return fail(QStringLiteral("agent16 not ready"));
    // Waiting: five on vip (red from 4), six on general (amber from 5).
    for (int i = 0; i < 5; ++i)
        http.createInteraction("chat", QStringLiteral("+2299700%1").arg(1300 + i),
                               QStringLiteral("Client premium : rappel urgent"), "vip");
    for (int i = 0; i < 6; ++i)
        http.createInteraction("chat", QStringLiteral("+2299700%1").arg(1400 + i),
                               QStringLiteral("Bonjour, je voudrais changer d'offre"), "general");
    // agent5 asks for help.
    agents["agent5"]->request("help.request",
                              {{"text", "Client qui menace de résilier, besoin d'un superviseur"}});

    // The incident, once the photographed desk (supervisor1) is signed in.
    auto admin = std::make_unique<CtiClient>();
    if (!admin->open(cti) || !admin->login("admin").value("ok").toBool() ||
        !admin->request("supervise.subscribe").value("ok").toBool())
        return fail(QStringLiteral("the administrator could not watch the floor"));
    admin->clearEvents();
    std::printf("FLOOR READY\n");
    std::fflush(stdout);
    QTimer watch;
    watch.setInterval(200);
    bool sent = false;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        if (sent)
            return;
        for (const QJsonObject &e : admin->events()) {
            if (e.value("type").toString() == "agent.state" &&
                e.value("agentId").toString() == "supervisor1" &&
                e.value("state").toString() != "logged_out") {
                sent = true;
                admin->request("broadcast",
                               {{"text", "Panne du réseau mobile à Cotonou depuis 9 h 40 : "
                                         "prévenez les clients, point à 11 h"},
                                {"severity", "incident"}});
                std::printf("INCIDENT SENT\n");
                std::fflush(stdout);
                return;
            }
        }
        admin->clearEvents();
    });
    watch.start();
    return app.exec();
}
