#include "config/ConfigLoader.h"

#include <QtTest>

using namespace relais;
using namespace relais::config;

namespace {

// The smallest valid file; rows below append to it or replace it.
const QString kMinimal = QStringLiteral(R"(skills = ["french"]

[[queues]]
name = "general"
)");

} // namespace

class TstConfig : public QObject
{
    Q_OBJECT
private slots:
    void demoConfigLoads()
    {
        const Config c = demoConfig();
        QCOMPARE(c.users.size(), 24); // 20 agents, a supervisor, a trainer, an admin, the wall TV
        for (int i = 1; i <= 20; ++i)
            QVERIFY(c.userDef(QStringLiteral("agent%1").arg(i)));
        const UserDef *a1 = c.userDef("agent1");
        QCOMPARE(a1->name, QString("Awa Dossou"));
        QCOMPARE(QSet<QString>(a1->skills.keyBegin(), a1->skills.keyEnd()),
                 (QSet<QString>{"french", "technique"}));
        QCOMPARE(a1->password, QString("demo"));
        QCOMPARE(c.userDef("supervisor1")->roles, (QStringList{"supervisor", "agent"}));
        QCOMPARE(c.userDef("trainer1")->roles, QStringList{"trainer"});
        QCOMPARE(c.userDef("admin")->roles, QStringList{"admin"});
        for (const UserDef &u : c.users)
            QCOMPARE(u.password, QString("demo"));

        QStringList queues;
        for (const routing::QueueConfig &q : c.queues) {
            queues.append(q.name);
            QCOMPARE(q.offerTimeoutMs, 15000);
            QVERIFY(q.priorityNumbers.contains("+22997000099"));
        }
        QCOMPARE(queues, (QStringList{"general", "english", "technique", "vip"}));
        const routing::QueueConfig *general = c.queue("general");
        QCOMPARE(general->language, QString("fr"));
        QCOMPARE(general->overflowAction, routing::OverflowAction::Callback);
        QCOMPARE(general->overflowDelayMs, 10000);
        for (int i = 0; i < protocol::kChannelCount; ++i)
            QCOMPARE(c.defaultQueue.value(protocol::Channel(i)), QString("general"));

        QCOMPARE(c.connectors.size(), 1);
        QCOMPARE(c.connectors[0].name, QString("demo"));
        QCOMPARE(c.connectors[0].token, QString("demo-connector-token"));
        QCOMPARE(c.serviceNumbers.size(), 2);
        QCOMPARE(c.serviceNumbers[0].number, QString("1919"));
        QCOMPARE(c.serviceNumbers[0].kind, ServiceNumber::Kind::Ivr);
        QCOMPARE(c.serviceNumbers[0].target, QString("main"));
        QCOMPARE(c.serviceNumbers[1].number, QString("1920"));
        QCOMPARE(c.serviceNumbers[1].kind, ServiceNumber::Kind::Queue);
        QCOMPARE(c.serviceNumbers[1].target, QString("general"));

        QVERIFY(c.pauseReasons.contains("break"));
        QCOMPARE(c.pauseReasonLabels.value("break"), QString("Pause café"));
        QCOMPARE(c.pauseReasonLabels.value("lunch"), QString("Déjeuner"));
        QVERIFY(c.wrapupCodes.size() >= 4);
        QVERIFY(c.cannedResponses.size() >= 3);
        QCOMPARE(c.skills, (QStringList{"french", "english", "technique", "vip"}));
    }

    void demoVoiceLoads()
    {
        const Config c = demoConfig();
        const IvrDef *ivr = c.ivr("main");
        QVERIFY(ivr);
        const IvrNode *root = ivr->node(ivr->root);
        QVERIFY(root);
        QCOMPARE(root->choices.value("1").language, QString("fr"));
        QCOMPARE(root->choices.value("2").language, QString("en"));
        QCOMPARE(root->defaultChoice, QString("1"));
        QCOMPARE(root->timeoutMs, 6000);
        const IvrNode *menuFr = ivr->node(root->choices.value("1").node);
        QVERIFY(menuFr);
        QCOMPARE(menuFr->choices.value("1").queue, QString("general"));
        const IvrNode *selfCare = ivr->node(menuFr->choices.value("3").node);
        QVERIFY(selfCare);
        QVERIFY(selfCare->hangup);
        QVERIFY(selfCare->prompt.endsWith(".wav"));

        QCOMPARE(c.serviceNumber("1919")->kind, ServiceNumber::Kind::Ivr);
        QCOMPARE(c.serviceNumber("1920")->target, QString("general"));
        QVERIFY(!c.serviceNumber("1921"));

        const QueueVoice general = c.queueVoice.value("general");
        QCOMPARE(general.welcomePrompt, QString("fr/welcome.wav"));
        QCOMPARE(general.musicOnHold, QString("music.wav"));
        QCOMPARE(general.announcementIntervalMs, 20000);
        QVERIFY(general.record);
        // Queues without voice keys get the prompts of their language.
        QCOMPARE(c.queueVoice.value("english").welcomePrompt, QString("en/welcome.wav"));
        QCOMPARE(c.queueVoice.size(), c.queues.size());

        QVERIFY(c.trunkAllowed(QHostAddress("192.0.2.10"), false));
        QVERIFY(!c.trunkAllowed(QHostAddress("192.0.2.11"), false));
        QVERIFY(!c.trunkAllowed(QHostAddress("127.0.0.1"), false));
        QVERIFY(c.trunkAllowed(QHostAddress("127.0.0.1"), true));
        QVERIFY(c.trunkAllowed(QHostAddress("127.0.0.53"), true));
        QVERIFY(c.trunkAllowed(QHostAddress("::1"), true));
        QVERIFY(!c.trunkAllowed(QHostAddress("10.0.0.1"), true));
    }

    void trunkSubnetsAndVoiceDefaults()
    {
        QString error;
        const auto c = parseConfig(kMinimal + "record = false\nannouncement_interval = 0\n"
                                              "caller_id = \"+33170000009\"\n"
                                              "\n[voice]\ntrunk_gateways = [\"198.51.100.0/24\", "
                                              "\"2001:db8::7\"]\nprompts_dir = \"/srv/prompts\"\n"
                                              "outbound_gateway = \"192.0.2.10:5080\"\n",
                                   QStringLiteral("t.toml"), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->trunkAllowed(QHostAddress("198.51.100.77"), false));
        QVERIFY(!c->trunkAllowed(QHostAddress("198.51.101.1"), false));
        QVERIFY(c->trunkAllowed(QHostAddress("2001:db8::7"), false));
        QCOMPARE(c->voice.promptsDir, QString("/srv/prompts"));
        QCOMPARE(c->voice.recordingsDir, QString("recordings"));
        QCOMPARE(c->voice.outboundGateway, QString("192.0.2.10:5080"));
        QVERIFY(!c->queueVoice.value("general").record);
        QCOMPARE(c->queueVoice.value("general").announcementIntervalMs, 0);
        QCOMPARE(c->queueVoice.value("general").callerId, QString("+33170000009"));
        QVERIFY(c->ivrs.isEmpty());
    }

    // [voice] transfer_ring_timeout: how long an outside number rings for a transfer.
    void transferRingTimeout()
    {
        QString error;
        auto c = parseConfig(kMinimal, QStringLiteral("t.toml"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->voice.transferRingTimeoutMs, 30000); // the default
        c = parseConfig(kMinimal + "\n[voice]\ntrunk_gateways = [\"192.0.2.10\"]\n",
                        QStringLiteral("t.toml"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->voice.transferRingTimeoutMs, 30000); // [voice] without it
        c = parseConfig(kMinimal + "\n[voice]\ntransfer_ring_timeout = 12\n",
                        QStringLiteral("t.toml"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->voice.transferRingTimeoutMs, 12000);
        c = parseConfig(kMinimal + "\n[voice]\ntransfer_ring_timeout = 7.5\n",
                        QStringLiteral("t.toml"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->voice.transferRingTimeoutMs, 7500);
        for (const int bound : {5, 120}) {
            c = parseConfig(
                kMinimal + QStringLiteral("\n[voice]\ntransfer_ring_timeout = %1\n").arg(bound),
                QStringLiteral("t.toml"), &error);
            QVERIFY2(c, qPrintable(error));
            QCOMPARE(c->voice.transferRingTimeoutMs, bound * 1000);
        }
    }

    void exampleConfigLoads()
    {
        QString error;
        const auto c =
            loadConfigFile(QStringLiteral(RELAIS_SOURCE_DIR "/docs/relais.example.toml"), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!c->queues.isEmpty());
        QVERIFY(!c->users.isEmpty());
    }

    void minimalConfigGetsDefaults()
    {
        QString error;
        const auto c = parseConfig(kMinimal + R"(
[[users]]
username = "a1"
skills = { french = 3 }
capacity = { chat = 5 }
)",
                                   "min.toml", &error);
        QVERIFY2(c, qPrintable(error));
        for (int i = 0; i < protocol::kChannelCount; ++i)
            QCOMPARE(c->defaultQueue.value(protocol::Channel(i)), QString("general"));
        const UserDef *u = c->userDef("a1");
        QCOMPARE(u->name, QString("a1"));
        QCOMPARE(u->sipUser, QString("a1"));
        QCOMPARE(u->roles, QStringList{"agent"});
        QCOMPARE(u->skills.value("french"), 3);
        routing::Capacity expected = routing::defaultCapacity();
        expected[size_t(protocol::Channel::Chat)] = 5;
        QCOMPARE(u->capacity, expected);
        QCOMPARE(c->sipDomain, QString("relais.local"));
        QCOMPARE(c->maxFailedLogins, 10);
        QCOMPARE(c->lockoutMs, 30 * 60 * 1000);
        QCOMPARE(c->queue("general")->offerTimeoutMs, 15000);
        QVERIFY(!c->queue("nope"));
        QVERIFY(!c->userDef("nope"));
    }

    void valuesAreConverted()
    {
        QString error;
        const auto c = parseConfig(R"(skills = ["french"]
[site]
default_country_code = "225"
[security]
lockout = 90
session_expiry = 2.5
max_failed_logins = 3
[defaults]
queue = "general"
email = "mail"
[[queues]]
name = "general"
priority_numbers = ["07 07 12 34 56", "Boss@Example.CI"]
offer_timeout = 20
wrapup_limit = 0
overflow_delay = 45
overflow_action = "queue"
overflow_target = "mail"
[[queues]]
name = "mail"
[desk]
pause_reasons = ["break", { id = "lunch", label = "Déjeuner" }]
)",
                                   "conv.toml", &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->lockoutMs, 90000);
        QCOMPARE(c->sessionExpiryMs, 2500);
        QCOMPARE(c->maxFailedLogins, 3);
        const routing::QueueConfig *g = c->queue("general");
        QCOMPARE(g->priorityNumbers, (QSet<QString>{"+2250707123456", "boss@example.ci"}));
        QCOMPARE(g->offerTimeoutMs, 20000);
        QCOMPARE(g->wrapupLimitMs, 0);
        QCOMPARE(g->overflowDelayMs, 45000);
        QCOMPARE(g->overflowAction, routing::OverflowAction::Queue);
        QCOMPARE(g->overflowTarget, QString("mail"));
        QCOMPARE(c->defaultQueue.value(protocol::Channel::Email), QString("mail"));
        QCOMPARE(c->defaultQueue.value(protocol::Channel::Voice), QString("general"));
        QCOMPARE(c->pauseReasons, (QStringList{"break", "lunch"}));
        QCOMPARE(c->pauseReasonLabels.value("break"), QString("break"));
        QCOMPARE(c->pauseReasonLabels.value("lunch"), QString("Déjeuner"));
    }

    void queueThresholdsAreReadWithDefaults()
    {
        QString error;
        const auto c = parseConfig(R"(skills = ["french"]
[[queues]]
name = "general"
[[queues]]
name = "vip"
thresholds = { waiting = [2, 4], longest_wait = [30, 60.5], service_level = [90, 80], aht = [240, 420] }
[[queues]]
name = "mail"
[queues.thresholds]
abandoned = [2.5, 5]
)",
                                   "thresholds.toml", &error);
        QVERIFY2(c, qPrintable(error));
        const QueueThresholds general = c->queueThresholds.value("general");
        QCOMPARE(general.waitingAmber, 5); // the defaults
        QCOMPARE(general.waitingRed, 10);
        QCOMPARE(general.longestWaitRedMs, 120000);
        QCOMPARE(general.serviceLevelAmber, 80.0);
        QCOMPARE(general.ahtRedMs, 0);
        QVERIFY(c->queueThresholds.contains("general"));
        const QueueThresholds vip = c->queueThresholds.value("vip");
        QCOMPARE(vip.waitingAmber, 2);
        QCOMPARE(vip.waitingRed, 4);
        QCOMPARE(vip.longestWaitAmberMs, 30000);
        QCOMPARE(vip.longestWaitRedMs, 60500);
        QCOMPARE(vip.serviceLevelAmber, 90.0);
        QCOMPARE(vip.serviceLevelRed, 80.0);
        QCOMPARE(vip.abandonRateAmber, 5.0); // not given: default
        QCOMPARE(vip.ahtAmberMs, 240000);
        QCOMPARE(vip.ahtRedMs, 420000);
        const QueueThresholds mail = c->queueThresholds.value("mail");
        QCOMPARE(mail.abandonRateAmber, 2.5);
        QCOMPARE(mail.abandonRateRed, 5.0);
        QCOMPARE(mail.waitingAmber, 5);
    }

    void errorsNameFileLineAndProblem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where"); // "LINE:COL" or "LINE:"
        QTest::addColumn<QString>("what");

        QTest::newRow("unknown top-level key") << kMinimal + "colour = 1\n"
                                               << "5:1"
                                               << "unknown key \"colour\"";
        QTest::newRow("typo in a queue") << kMinimal + "offer_timout = 15\n"
                                         << "5:1"
                                         << "unknown key \"offer_timout\" in [[queues]]";
        QTest::newRow("wrong type")
            << kMinimal + "offer_timeout = \"15\"\n"
            << "5:"
            << "\"offer_timeout\" must be a number of seconds, not a string";
        QTest::newRow("negative duration") << kMinimal + "wrapup_limit = -1\n"
                                           << "5:"
                                           << "\"wrapup_limit\" must be a number of seconds";
        QTest::newRow("zero offer timeout") << kMinimal + "offer_timeout = 0\n"
                                            << "5:"
                                            << "\"offer_timeout\"";
        QTest::newRow("bad overflow action")
            << kMinimal + "overflow_action = \"drop\"\noverflow_delay = 5\n"
            << "5:"
            << "\"overflow_action\" must be";
        QTest::newRow("unknown overflow target")
            << kMinimal +
                   "overflow_action = \"queue\"\noverflow_delay = 5\noverflow_target = \"vip\"\n"
            << "7:"
            << "unknown queue \"vip\"";
        QTest::newRow("overflow without delay") << kMinimal + "overflow_action = \"callback\"\n"
                                                << "3:"
                                                << "\"overflow_delay\" must be more than 0";
        QTest::newRow("undeclared queue skill") << kMinimal + "skills = [\"french\", \"vip\"]\n"
                                                << "5:"
                                                << "skill \"vip\", which is not declared";
        QTest::newRow("bad priority number") << kMinimal + "priority_numbers = [\"hello\"]\n"
                                             << "5:"
                                             << "\"hello\" is neither a phone number";
        QTest::newRow("duplicate queue") << kMinimal + "\n[[queues]]\nname = \"general\"\n"
                                         << "7:"
                                         << "queue \"general\" is declared twice";
        QTest::newRow("no queue") << "skills = []\n"
                                  << "1:1"
                                  << "no queue";
        QTest::newRow("queue without name") << "[[queues]]\nlanguage = \"fr\"\n"
                                            << "1:"
                                            << "[[queues]] needs \"name\"";
        QTest::newRow("unknown default queue") << kMinimal + "\n[defaults]\nchat = \"ventes\"\n"
                                               << "7:"
                                               << "unknown queue \"ventes\" in \"chat\"";
        QTest::newRow("unknown default channel") << kMinimal + "\n[defaults]\nfax = \"general\"\n"
                                                 << "7:1"
                                                 << "unknown key \"fax\" in [defaults]";
        QTest::newRow("unknown service queue")
            << kMinimal + "\n[[service_numbers]]\nnumber = \"1920\"\nqueue = \"ventes\"\n"
            << "8:"
            << "unknown queue \"ventes\" in \"queue\"";
        QTest::newRow("service number ivr and queue")
            << kMinimal +
                   "\n[[service_numbers]]\nnumber = \"1920\"\nqueue = \"general\"\nivr = \"main\"\n"
            << "6:"
            << "exactly one of \"ivr\" or \"queue\"";
        const QString user = kMinimal + "\n[[users]]\nusername = \"agent1\"\n";
        QTest::newRow("duplicate user") << user + "\n[[users]]\nusername = \"agent1\"\n"
                                        << "10:"
                                        << "user \"agent1\" is declared twice";
        QTest::newRow("bad role") << user + "roles = [\"agent\", \"boss\"]\n"
                                  << "8:"
                                  << "unknown role \"boss\"";
        QTest::newRow("no role") << user + "roles = []\n"
                                 << "8:"
                                 << "at least one role";
        QTest::newRow("level too high") << user + "skills = { french = 11 }\n"
                                        << "8:"
                                        << "\"french\" must be between 1 and 10, not 11";
        QTest::newRow("level zero") << user + "skills = { french = 0 }\n"
                                    << "8:"
                                    << "between 1 and 10";
        QTest::newRow("undeclared user skill") << user + "skills = { vip = 5 }\n"
                                               << "8:"
                                               << "skill \"vip\", which is not declared";
        QTest::newRow("bad capacity channel") << user + "capacity = { fax = 1 }\n"
                                              << "8:"
                                              << "unknown channel \"fax\"";
        QTest::newRow("password and hash")
            << user + "password = \"a\"\npassword_hash = \"$argon2id$x\"\n"
            << "9:"
            << "not both";
        QTest::newRow("bad hash") << user + "password_hash = \"md5:abc\"\n"
                                  << "8:"
                                  << "must be an argon2 hash";
        QTest::newRow("auto_answer not bool")
            << user + "auto_answer = \"yes\"\n"
            << "8:"
            << "\"auto_answer\" must be true or false, not a string";
        QTest::newRow("user typo") << user + "skils = { french = 1 }\n"
                                   << "8:1"
                                   << "unknown key \"skils\" in [[users]]";
        const QString conn = kMinimal + "\n[[connectors]]\nname = \"web\"\n";
        QTest::newRow("empty token") << conn + "token = \"  \"\n"
                                     << "8:"
                                     << "empty token";
        QTest::newRow("missing token") << conn << "6:"
                                       << "[[connectors]] needs \"token\"";
        QTest::newRow("duplicate token")
            << conn + "token = \"t\"\n\n[[connectors]]\nname = \"crm\"\ntoken = \"t\"\n"
            << "12:"
            << "reuses the token of connector \"web\"";
        QTest::newRow("bad webhook") << conn + "token = \"t\"\nwebhook_url = \"ftp://x\"\n"
                                     << "9:"
                                     << "\"webhook_url\" must be an http";
        QTest::newRow("duplicate pause reason")
            << kMinimal + "\n[desk]\npause_reasons = [\"break\", \"break\"]\n"
            << "7:"
            << "id \"break\" appears twice";
        QTest::newRow("bad country code")
            << kMinimal + "\n[site]\ndefault_country_code = \"+229\"\n"
            << "7:"
            << "\"default_country_code\" must be 1 to 3 digits";
        QTest::newRow("syntax: unterminated string") << kMinimal + "language = \"fr\n"
                                                     << "5:"
                                                     << "TOML syntax";
        QTest::newRow("syntax: duplicate key") << kMinimal + "name = \"again\"\n"
                                               << "5:"
                                               << "TOML syntax";
        const QString ivr = kMinimal +
                            "\n[[ivrs]]\nname = \"main\"\nroot = \"r\"\n\n[[ivrs.nodes]]\n"
                            "id = \"r\"\nprompt = \"r.wav\"\n";
        QTest::newRow("ivr choice to unknown node")
            << ivr + "choices = { \"1\" = { node = \"nowhere\" } }\n"
            << "13:"
            << "IVR \"main\": unknown node \"nowhere\"";
        QTest::newRow("ivr choice to unknown queue")
            << ivr + "choices = { \"1\" = { queue = \"ventes\" } }\n"
            << "13:"
            << "unknown queue \"ventes\"";
        QTest::newRow("ivr choice with two keys")
            << ivr + "choices = { \"12\" = { node = \"r\" } }\n"
            << "13:"
            << "choice \"12\" must be one key";
        QTest::newRow("ivr choice node and queue")
            << ivr + "choices = { \"1\" = { node = \"r\", queue = \"general\" } }\n"
            << "13:"
            << "exactly one of \"node\" or \"queue\"";
        QTest::newRow("ivr node without choices") << ivr << "10:"
                                                  << "needs choices, or hangup = true";
        QTest::newRow("ivr leaf with choices")
            << ivr + "hangup = true\nchoices = { \"1\" = { node = \"r\" } }\n"
            << "14:"
            << "hangs up: it cannot have choices";
        QTest::newRow("ivr default not a choice")
            << ivr + "default = \"9\"\nchoices = { \"1\" = { node = \"r\" } }\n"
            << "13:"
            << "default \"9\" is not one of its choices";
        QTest::newRow("ivr prompt mp3")
            << kMinimal + "\n[[ivrs]]\nname = \"main\"\nroot = \"r\"\n\n[[ivrs.nodes]]\n"
                          "id = \"r\"\nprompt = \"r.mp3\"\nhangup = true\n"
            << "12:"
            << "\"prompt\" must name a .wav file";
        QTest::newRow("ivr unknown root") << ivr + "hangup = true\n" +
                                                 "\n[[ivrs]]\nname = \"b\"\n"
                                                 "root = \"zz\"\n[[ivrs.nodes]]\nid = \"x\"\n"
                                                 "prompt = \"x.wav\"\nhangup = true\n"
                                          << "17:"
                                          << "root \"zz\" is not one of its nodes";
        QTest::newRow("ivr bad language")
            << ivr + "choices = { \"1\" = { node = \"r\", language = \"french\" } }\n"
            << "13:"
            << "two-letter code";
        QTest::newRow("ivr timeout zero")
            << ivr + "timeout = 0\nchoices = { \"1\" = { node = \"r\" } }\n"
            << "13:"
            << "timeout";
        QTest::newRow("service number unknown ivr")
            << ivr + "hangup = true\n\n[[service_numbers]]\nnumber = \"1919\"\nivr = \"menu\"\n"
            << "17:"
            << "unknown IVR \"menu\" (IVRs: main)";
        QTest::newRow("bad trunk gateway")
            << kMinimal + "\n[voice]\ntrunk_gateways = [\"192.0.2.1\", \"gateway.example\"]\n"
            << "7:"
            << "trunk gateway \"gateway.example\" is not an IP address or a subnet";
        QTest::newRow("bad outbound gateway")
            << kMinimal + "\n[voice]\noutbound_gateway = \"192.0.2.1:99999\"\n"
            << "7:"
            << "outbound gateway \"192.0.2.1:99999\" is not an IP address with an optional port";
        QTest::newRow("transfer ring timeout too short")
            << kMinimal + "\n[voice]\ntransfer_ring_timeout = 2\n"
            << "7:"
            << "\"transfer_ring_timeout\" must be a number of seconds between 5 and 120, not 2";
        QTest::newRow("transfer ring timeout too long")
            << kMinimal + "\n[voice]\ntransfer_ring_timeout = 600\n"
            << "7:"
            << "\"transfer_ring_timeout\" must be a number of seconds between 5 and 120, not 600";
        QTest::newRow("transfer ring timeout not a number")
            << kMinimal + "\n[voice]\ntransfer_ring_timeout = \"30 s\"\n"
            << "7:"
            << "\"transfer_ring_timeout\" must be a number of seconds, not a string";
        QTest::newRow("voice typo") << kMinimal + "\n[voice]\ntrunk_gateway = [\"192.0.2.1\"]\n"
                                    << "7:1"
                                    << "unknown key \"trunk_gateway\" in [voice]";
        QTest::newRow("queue music not wav") << kMinimal + "music_on_hold = \"music.ogg\"\n"
                                             << "5:"
                                             << "\"music_on_hold\" must name a .wav file";
        QTest::newRow("announcement too often") << kMinimal + "announcement_interval = 2\n"
                                                << "5:"
                                                << "at least 5 seconds";
        QTest::newRow("record not bool") << kMinimal + "record = \"yes\"\n"
                                         << "5:"
                                         << "record";
        QTest::newRow("caller id not a number") << kMinimal + "caller_id = \"Relais\"\n"
                                                << "5:"
                                                << "\"caller_id\" must be a phone number";
        QTest::newRow("thresholds not a table") << kMinimal + "thresholds = [1, 2]\n"
                                                << "5:"
                                                << "\"thresholds\" must be a table";
        QTest::newRow("unknown threshold") << kMinimal + "thresholds = { wating = [1, 2] }\n"
                                           << "5:"
                                           << "unknown key \"wating\" in a queue's thresholds";
        QTest::newRow("threshold not a pair") << kMinimal + "thresholds = { waiting = 3 }\n"
                                              << "5:"
                                              << "\"waiting\" must be [amber, red]";
        QTest::newRow("threshold pair of three")
            << kMinimal + "thresholds = { waiting = [1, 2, 3] }\n"
            << "5:"
            << "\"waiting\" must be [amber, red]";
        QTest::newRow("threshold not a number")
            << kMinimal + "thresholds = { longest_wait = [30, \"1 min\"] }\n"
            << "5:"
            << "\"longest_wait\" must be [amber, red]: two numbers (seconds)";
        QTest::newRow("threshold out of range")
            << kMinimal + "thresholds = { service_level = [80, 120] }\n"
            << "5:"
            << "\"service_level\" values must be between 0 and 100";
        QTest::newRow("threshold amber above red")
            << kMinimal + "thresholds = { waiting = [10, 5] }\n"
            << "5:"
            << "\"waiting\": amber (10) must not be above red (5)";
        QTest::newRow("service level the wrong way round")
            << kMinimal + "thresholds = { service_level = [60, 80] }\n"
            << "5:"
            << "amber (60) must not be below red (80)";
        QTest::newRow("threshold on its own line")
            << kMinimal + "\n[queues.thresholds]\nwaiting = [2, 4]\naht = [0, 10]\n"
            << "8:"
            << "\"aht\" values must be between 1 and 86400";
        QTest::newRow("table where array expected") << "[queues]\nname = \"x\"\n"
                                                    << "1:"
                                                    << "\"queues\" must be an array, not a table";
    }

    void errorsNameFileLineAndProblem()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, what);
        QString error;
        const auto c = parseConfig(text, QStringLiteral("/etc/relais/site.toml"), &error);
        QVERIFY(!c);
        const QString prefix = QStringLiteral("/etc/relais/site.toml:") + where;
        QVERIFY2(error.startsWith(prefix), qPrintable(error + " -- expected prefix " + prefix));
        QVERIFY2(error.contains(what), qPrintable(error + " -- expected " + what));
    }

    void missingFileNamesThePath()
    {
        QString error;
        QVERIFY(!loadConfigFile("/nonexistent/relais.toml", &error));
        QVERIFY2(error.startsWith("/nonexistent/relais.toml:"), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TstConfig)
#include "tst_config.moc"
