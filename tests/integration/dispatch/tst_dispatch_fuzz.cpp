// The server never crashes on input, and answers every request: thousands of generated CTI
// frames (FrameFuzzer) sent over real WebSockets by an agent, a supervisor, an admin and a
// trainer at once, and generated bodies posted to the channel HTTP API, against a real
// relais-dispatch. Each frame must get a reply, ok or a documented error code with a message,
// never `internal`; the connections stay open unless the server said why it closed one
// (session.closed); and afterwards the server still routes a chat to a fresh agent and stops
// cleanly on SIGTERM.
//
// RELAIS_FUZZ_SEED and RELAIS_FUZZ_FRAMES (per client) run other or longer campaigns.
#include "CtiClient.h"
#include "FrameFuzzer.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList kErrorCodes{"bad_frame",       "bad_request", "unknown_type",
                              "unauthenticated", "forbidden",   "not_found",
                              "conflict",        "locked",      "rate_limited"};

QString code(const QJsonObject &reply)
{
    return reply.value("error").toObject().value("code").toString();
}

quint32 seed()
{
    bool ok = false;
    const quint32 s = qEnvironmentVariable("RELAIS_FUZZ_SEED").toUInt(&ok);
    return ok ? s : 20261206u;
}

int framesPerClient()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("RELAIS_FUZZ_FRAMES", &ok);
    return ok && n > 0 ? n : 600;
}

// One fuzzing client: a user signed in on its own connection, signed in again when the server
// closed its session (a takeover, a forced sign-out), which it must have said with session.closed.
struct Fuzzing
{
    QString user;
    std::unique_ptr<CtiClient> client;
    QStringList recent; // the last frames sent, for the failure message
};

} // namespace

class TestDispatchFuzz : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;

    std::unique_ptr<CtiClient> signIn(const QString &user)
    {
        auto c = std::make_unique<CtiClient>();
        if (!c->open(m_server.ctiUrl()))
            return nullptr;
        c->login(user); // may be refused (an account the fuzz locked): then it fuzzes unsigned
        return c;
    }

    QString lastFrames(const Fuzzing &f) const
    {
        return f.user + QStringLiteral(" sent:\n  ") + f.recent.join(QStringLiteral("\n  ")) +
               QStringLiteral("\nserver output:\n") + m_server.output().right(3000);
    }

    // Checks one reply; returns an empty string when it is acceptable.
    static QString judge(const QJsonObject &reply, const FrameFuzzer::Frame &frame, qint64 id)
    {
        if (reply.isEmpty())
            return QStringLiteral("no reply within 5 s");
        if (!frame.oddId && reply.value("id").toInteger(-1) != id)
            return QStringLiteral("reply for id %1, expected %2")
                .arg(reply.value("id").toInteger(-1))
                .arg(id);
        if (reply.value("ok").toBool())
            return {};
        const QString c = code(reply);
        if (!kErrorCodes.contains(c))
            return QStringLiteral("error code '%1'").arg(c);
        if (reply.value("error").toObject().value("message").toString().trimmed().isEmpty())
            return QStringLiteral("an error without a message");
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (TestEnv::usePostgres() && qEnvironmentVariableIsEmpty("RELAIS_TEST_PG_URL"))
            QSKIP("RELAIS_TEST_PG_URL is not set: run through scripts/test.sh for PostgreSQL");
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("fuzz"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        // The fuzz is not a flood: no rate limit in the way of the frames it wants to try.
        const QString config = TestEnv::demoConfigWith(
            m_dir, {{R"(rate_limit_per_second\s*=\s*\d+)", "rate_limit_per_second = 100000"},
                    {R"(rate_limit_burst\s*=\s*\d+)", "rate_limit_burst = 100000"}});
        QVERIFY(!config.isEmpty());
        QVERIFY2(m_server.start(db, {"--config", config}), qPrintable(m_server.output()));
        qInfo("seed %u, %d frames per client (RELAIS_FUZZ_SEED, RELAIS_FUZZ_FRAMES)", seed(),
              framesPerClient());
    }

    void everyFrameIsAnsweredAndNothingBreaks()
    {
        // Live ids for the fuzzer to aim at: chats waiting, one accepted by agent1.
        HttpClient http(m_server.httpBase());
        QStringList interactions;
        for (int i = 0; i < 4; ++i)
            interactions << http.createInteraction("chat", QStringLiteral("+2299700004%1").arg(i),
                                                   QStringLiteral("Bonjour"));
        QVERIFY(!interactions.contains(QString()));

        std::vector<Fuzzing> fuzzing;
        for (const char *user : {"agent1", "supervisor1", "admin", "trainer1"})
            fuzzing.push_back({QString::fromLatin1(user), signIn(QString::fromLatin1(user)), {}});
        for (const Fuzzing &f : fuzzing)
            QVERIFY2(f.client && f.client->isOpen(), qPrintable(f.user));
        CtiClient &agent1 = *fuzzing.front().client;
        QVERIFY(agent1.request("state.set", {{"state", "ready"}}).value("ok").toBool());
        const QJsonObject offer = agent1.waitEvent("interaction.offered", 10000);
        const QString accepted = offer.value("interaction").toObject().value("id").toString();
        QVERIFY(agent1.request("interaction.accept", {{"interactionId", accepted}})
                    .value("ok")
                    .toBool());

        FrameFuzzer fuzzer(seed());
        for (const QString &id : interactions)
            fuzzer.addKnown("interactionId", id);
        for (const char *agent : {"agent1", "agent3", "supervisor1", "trainer1", "nobody"})
            fuzzer.addKnown("agentId", QString::fromLatin1(agent));
        for (const char *queue : {"general", "english", "technique", "vip", "none"})
            fuzzer.addKnown("queue", QString::fromLatin1(queue));
        fuzzer.addKnown("customerId", "1");
        fuzzer.addKnown("callbackId", "1");
        fuzzer.addKnown("requestId", "1");

        int sent = 0, refused = 0, closedBySession = 0;
        QMap<QString, int> outcomes;
        qint64 nextId = 1000;
        for (int round = 0; round < framesPerClient(); ++round) {
            for (Fuzzing &f : fuzzing) {
                if (!f.client->isOpen()) {
                    // The server may close a session only after saying so.
                    QVERIFY2(f.client->hasEvent("session.closed"),
                             qPrintable(QStringLiteral("connection closed without session.closed"
                                                       " (code %1); ")
                                            .arg(int(f.client->closeCode())) +
                                        lastFrames(f)));
                    ++closedBySession;
                    f.client = signIn(f.user);
                    QVERIFY2(f.client, qPrintable(lastFrames(f)));
                }
                const qint64 id = nextId++;
                const FrameFuzzer::Frame frame = fuzzer.next(id);
                f.recent << QString::fromUtf8(frame.text.left(300));
                if (f.recent.size() > 5)
                    f.recent.removeFirst();
                f.client->clearEvents();
                const QJsonObject reply = f.client->sendRaw(frame.text);
                if (reply.isEmpty() && f.client->hasEvent("session.closed"))
                    continue; // this frame closed the session (a takeover): no reply is due
                const QString verdict = judge(reply, frame, id);
                QVERIFY2(verdict.isEmpty(),
                         qPrintable(verdict + QStringLiteral("; reply ") +
                                    QString::fromUtf8(
                                        QJsonDocument(reply).toJson(QJsonDocument::Compact)) +
                                    QStringLiteral("\n") + lastFrames(f)));
                QVERIFY2(m_server.process().state() == QProcess::Running,
                         qPrintable(lastFrames(f)));
                ++sent;
                const QString outcome =
                    reply.value("ok").toBool() ? QStringLiteral("ok") : code(reply);
                ++outcomes[outcome];
                refused += outcome == QLatin1String("ok") ? 0 : 1;
                // Signed out by its own frame (logout, a refused login): sign in again, so that
                // the next frames reach past the authentication check.
                if (outcome == QLatin1String("unauthenticated"))
                    f.client->login(f.user);
            }
        }
        QStringList tally;
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            tally << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo("%d frames answered (%s), %d sessions closed by the server and signed in again", sent,
              qPrintable(tally.join(QStringLiteral(", "))), closedBySession);
        // Most frames are refused, but some must have gone through, or the fuzz only scratched
        // the surface.
        QVERIFY(sent - refused > sent / 20);
    }

    void channelApiAnswersEveryBody()
    {
        HttpClient http(m_server.httpBase());
        FrameFuzzer fuzzer(seed() + 1);
        fuzzer.addKnown("channel", "chat");
        fuzzer.addKnown("from", "+22997000050");
        const QStringList paths{"/api/v1/interactions",
                                "/api/v1/interactions/1/messages",
                                "/api/v1/interactions/%2e%2e/messages",
                                "/api/v1/interactions/a%00b/messages",
                                "/api/v1/health",
                                "/api/v1/interactions/" + QString(300, QLatin1Char('9')) +
                                    "/messages"};
        const int bodies = std::max(50, framesPerClient() / 4);
        for (int i = 0; i < bodies; ++i) {
            // The fuzzer's frames are JSON objects with odd fields: as good a body as any.
            const FrameFuzzer::Frame frame = fuzzer.next(i);
            const QString path = paths.at(i % paths.size());
            const HttpClient::Response r =
                http.postRaw(path, frame.text, i % 7 ? "application/json" : "text/plain",
                             QStringLiteral("demo-connector-token"));
            QVERIFY2(r.status >= 200 && r.status < 500,
                     qPrintable(QStringLiteral("%1 → HTTP %2 %3 for %4")
                                    .arg(path)
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body.left(200)),
                                         QString::fromUtf8(frame.text.left(300)))));
        }
        QCOMPARE(http.get("/api/v1/health").status, 200);
    }

    void theServerStillWorksAndStopsCleanly()
    {
        QVERIFY(m_server.process().state() == QProcess::Running);
        // agent2 was left alone by the fuzz: signed in and ready, a new chat reaches them.
        auto koffi = signIn(QStringLiteral("agent2"));
        QVERIFY(koffi && koffi->isOpen());
        QVERIFY(koffi->request("state.set", {{"state", "ready"}}).value("ok").toBool());
        HttpClient http(m_server.httpBase());
        QVERIFY(!http.createInteraction("chat", "+22997000060", "Toujours là ?").isEmpty());
        const QJsonObject offer = koffi->waitEvent("interaction.offered", 15000);
        const QString id = offer.value("interaction").toObject().value("id").toString();
        QVERIFY2(!id.isEmpty(), qPrintable(m_server.output().right(2000)));
        QVERIFY(koffi->request("interaction.accept", {{"interactionId", id}}).value("ok").toBool());
        QVERIFY(koffi->request("interaction.message", {{"interactionId", id}, {"text", "Oui !"}})
                    .value("ok")
                    .toBool());

        QVERIFY2(m_server.terminate(), qPrintable(m_server.output().right(3000)));
        for (const char *bad : {"wrong thread", "QFATAL", "ASSERT", "terminate called"})
            QVERIFY2(!m_server.output().contains(QLatin1String(bad)),
                     qPrintable(m_server.output().right(3000)));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TestDispatchFuzz test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_dispatch_fuzz.moc"
