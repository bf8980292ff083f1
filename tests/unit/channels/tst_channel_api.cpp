// The connectors' HTTP API over real HTTP (QNetworkAccessManager), against an in-memory backend.
#include "channels/ChannelApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace relais;
using namespace relais::channels;

namespace {

class FakeBackend : public ChannelBackend
{
public:
    struct Interaction
    {
        NewInteraction request;
        bool closed = false;
        QList<protocol::Message> messages;
    };
    QHash<QString, QString> connectorByToken{{"token-a", "conn-a"}, {"token-b", "conn-b"}};
    QMap<QString, Interaction> interactions;
    int writes = 0; // calls that may write

    std::optional<QString> connectorForToken(const QString &token) const override
    {
        const auto it = connectorByToken.constFind(token);
        return it == connectorByToken.constEnd() ? std::nullopt : std::optional<QString>(*it);
    }
    std::variant<QString, ChannelError> createInteraction(const NewInteraction &n) override
    {
        ++writes;
        if (!n.queue.isEmpty() && n.queue != QLatin1String("support"))
            return ChannelError{400, "bad_request",
                                QStringLiteral("field 'queue': no queue '%1'").arg(n.queue)};
        const QString id = QStringLiteral("ix-%1").arg(interactions.size() + 1);
        Interaction ix;
        ix.request = n;
        interactions.insert(id, ix);
        if (!n.text.isEmpty())
            append(id, "customer", n.text);
        return id;
    }
    std::variant<protocol::Message, ChannelError>
    addCustomerMessage(const QString &connector, const QString &id, const QString &text) override
    {
        ++writes;
        if (!interactions.contains(id) || interactions[id].request.connector != connector)
            return ChannelError{404, "not_found", QStringLiteral("no interaction '%1'").arg(id)};
        if (interactions[id].closed)
            return ChannelError{409, "conflict",
                                QStringLiteral("interaction '%1' is closed").arg(id)};
        return append(id, "customer", text);
    }
    std::variant<QList<protocol::Message>, ChannelError>
    agentMessagesAfter(const QString &connector, const QString &id, qint64 after) override
    {
        if (!interactions.contains(id) || interactions[id].request.connector != connector)
            return ChannelError{404, "not_found", QStringLiteral("no interaction '%1'").arg(id)};
        QList<protocol::Message> out;
        for (const protocol::Message &m : std::as_const(interactions[id].messages)) {
            if (m.from != QLatin1String("customer") && m.seq > after)
                out << m;
        }
        return out;
    }
    protocol::Message append(const QString &id, const QString &from, const QString &text)
    {
        QList<protocol::Message> &list = interactions[id].messages;
        protocol::Message m{id, list.size() + 1, from, text, 1700000000000 + list.size()};
        list << m;
        return m;
    }
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json()["error"].toObject()["code"].toString(); }
    QString errorMessage() const { return json()["error"].toObject()["message"].toString(); }
};

} // namespace

class TestChannelApi : public QObject
{
    Q_OBJECT

    FakeBackend *m_backend = nullptr;
    ChannelApi *m_api = nullptr;
    QNetworkAccessManager *m_nam = nullptr;

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json",
               const QByteArray &token = "token-a")
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_api->port()).arg(path)));
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = body.isNull() && method != "POST"
                                   ? m_nam->sendCustomRequest(request, method)
                                   : m_nam->sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }
    Reply post(const QString &path, const QJsonObject &body, const QByteArray &token = "token-a")
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    "application/json", token);
    }
    QString create(const QJsonObject &body)
    {
        const Reply r = post("/api/v1/interactions", body);
        return r.status == 201 ? r.json()["id"].toString() : QString();
    }

private slots:
    void init()
    {
        m_backend = new FakeBackend;
        m_api = new ChannelApi(*m_backend);
        QString error;
        QVERIFY2(m_api->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(m_api->port() != 0);
        m_nam = new QNetworkAccessManager;
    }
    void cleanup()
    {
        delete m_nam;
        delete m_api;
        delete m_backend;
    }

    void healthNeedsNoToken()
    {
        const Reply r = send("GET", "/api/v1/health", {}, {}, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["status"].toString(), QStringLiteral("ok"));
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    }

    void createReturns201WithIdAndKeepsUtf8()
    {
        const QString text = QStringLiteral("Bonjour, ça marche ? 👍");
        const Reply r = post("/api/v1/interactions", {{"channel", "whatsapp"},
                                                      {"from", "+229 97 00 00 01"},
                                                      {"text", text},
                                                      {"subject", "Facture d'été — ½ tarif"},
                                                      {"queue", "support"},
                                                      {"customerRef", "cust-7"}});
        QCOMPARE(r.status, 201);
        const QString id = r.json()["id"].toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(m_backend->interactions.contains(id));
        const NewInteraction &n = m_backend->interactions[id].request;
        QCOMPARE(n.connector, QStringLiteral("conn-a"));
        QVERIFY(n.channel == protocol::Channel::Whatsapp);
        QCOMPARE(n.from, QStringLiteral("+229 97 00 00 01"));
        QCOMPARE(n.text, text);
        QCOMPARE(n.subject, QStringLiteral("Facture d'été — ½ tarif"));
        QCOMPARE(n.queue, QStringLiteral("support"));
        QCOMPARE(n.customerRef, QStringLiteral("cust-7"));

        // Optional fields may be left out.
        const Reply minimal =
            post("/api/v1/interactions", {{"channel", "email"}, {"from", "a@b.bj"}});
        QCOMPARE(minimal.status, 201);
        QCOMPARE(m_backend->interactions[minimal.json()["id"].toString()].request.text, QString());
    }

    void missingOrWrongTokenIs401()
    {
        const QByteArray body = R"({"channel":"chat","from":"x"})";
        for (const QByteArray &token : {QByteArray(), QByteArray("nope"), QByteArray(" ")}) {
            const Reply r = send("POST", "/api/v1/interactions", body, "application/json", token);
            QCOMPARE(r.status, 401);
            QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
            QCOMPARE(r.errorCode(), QStringLiteral("unauthenticated"));
        }
        QNetworkRequest basic(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/interactions/ix-1/messages")
                     .arg(m_api->port())));
        basic.setRawHeader("Authorization", "Basic dG9rZW4tYTo=");
        QNetworkReply *reply = m_nam->get(basic);
        QSignalSpy(reply, &QNetworkReply::finished).wait(5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        delete reply;
        QCOMPARE(m_backend->writes, 0);
    }

    void badBodyIs400NamingTheProblem_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated JSON")
            << QByteArray(R"({"channel": "chat", "from": )") << "not valid JSON";
        QTest::newRow("not an object") << QByteArray(R"(["chat"])") << "JSON object";
        QTest::newRow("empty") << QByteArray("") << "not valid JSON";
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"channel\":\"chat\",\"from\":\"\xff\xfe\"}") << "not valid JSON";
        QTest::newRow("no channel")
            << QByteArray(R"({"from": "+22997000001"})") << "field 'channel'";
        QTest::newRow("channel not a string")
            << QByteArray(R"({"channel": 3, "from": "x"})") << "field 'channel'";
        QTest::newRow("unknown channel")
            << QByteArray(R"({"channel": "pigeon", "from": "x"})") << "'pigeon'";
        QTest::newRow("no from") << QByteArray(R"({"channel": "chat"})") << "field 'from'";
        QTest::newRow("blank from")
            << QByteArray(R"({"channel": "chat", "from": "  "})") << "field 'from'";
        QTest::newRow("text not a string")
            << QByteArray(R"({"channel": "chat", "from": "x", "text": 12})") << "field 'text'";
        QTest::newRow("queue not a string")
            << QByteArray(R"({"channel": "chat", "from": "x", "queue": ["a"]})") << "field 'queue'";
    }
    void badBodyIs400NamingTheProblem()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const Reply r = send("POST", "/api/v1/interactions", body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        QVERIFY2(r.errorMessage().contains(mentions), qPrintable(r.errorMessage()));
        QCOMPARE(m_backend->writes, 0);
    }

    void unknownChannelListsTheKnownOnes()
    {
        const Reply r = post("/api/v1/interactions", {{"channel", "pigeon"}, {"from", "x"}});
        QVERIFY(r.errorMessage().contains("whatsapp"));
    }

    void backendRefusalIsPassedOn()
    {
        const Reply r =
            post("/api/v1/interactions", {{"channel", "chat"}, {"from", "x"}, {"queue", "nope"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorMessage(), QStringLiteral("field 'queue': no queue 'nope'"));
    }

    void contentTypeMustBeJson()
    {
        const QByteArray body = R"({"channel":"chat","from":"x"})";
        QCOMPARE(send("POST", "/api/v1/interactions", body, "text/plain").status, 415);
        QCOMPARE(
            send("POST", "/api/v1/interactions", body, "application/json; charset=latin1").status,
            415);
        QCOMPARE(m_backend->writes, 0);
        QCOMPARE(
            send("POST", "/api/v1/interactions", body, "Application/JSON; charset=UTF-8").status,
            201);
    }

    void bodyLimitIs256KiB()
    {
        const QByteArray head = "{\"channel\":\"chat\",\"from\":\"x\",\"padding\":\"";
        const QByteArray tail = "\"}";
        auto bodyOf = [&](qsizetype size) {
            return head + QByteArray(size - head.size() - tail.size(), 'a') + tail;
        };
        const Reply atLimit = send("POST", "/api/v1/interactions", bodyOf(256 * 1024));
        QCOMPARE(atLimit.status, 201);
        const Reply over = send("POST", "/api/v1/interactions", bodyOf(256 * 1024 + 1));
        QCOMPARE(over.status, 413);
        QCOMPARE(over.errorCode(), QStringLiteral("payload_too_large"));
        const Reply wayOver = send("POST", "/api/v1/interactions", bodyOf(3 * 1024 * 1024));
        QCOMPARE(wayOver.status, 413);
        QCOMPARE(m_backend->writes, 1);
        QCOMPARE(send("GET", "/api/v1/health", {}, {}, {}).status, 200); // still serving
    }

    void customerMessagesAndAgentMessages()
    {
        const QString id = create({{"channel", "chat"}, {"from", "Zoé"}, {"text", "Salut"}});
        QVERIFY(!id.isEmpty());
        const QString text = QStringLiteral("Ma facture — 15 000 FCFA ? ça dépasse 😡");
        const Reply posted = post("/api/v1/interactions/" + id + "/messages", {{"text", text}});
        QCOMPARE(posted.status, 201);
        QCOMPARE(posted.json()["seq"].toInteger(), 2);
        QCOMPARE(m_backend->interactions[id].messages.last().text, text);

        m_backend->append(id, "agent", QStringLiteral("Je regarde ça ✅"));
        m_backend->append(id, "agent", QStringLiteral("C'est corrigé."));
        const Reply all = send("GET", "/api/v1/interactions/" + id + "/messages?after=0");
        QCOMPARE(all.status, 200);
        const QJsonArray messages = all.json()["messages"].toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonObject first = messages[0].toObject();
        QCOMPARE(first["interactionId"].toString(), id);
        QCOMPARE(first["seq"].toInteger(), 3);
        QCOMPARE(first["from"].toString(), QStringLiteral("agent"));
        QCOMPARE(first["text"].toString(), QStringLiteral("Je regarde ça ✅"));
        QVERIFY(first["at"].toInteger() > 0);

        const Reply later = send("GET", "/api/v1/interactions/" + id + "/messages?after=3");
        QCOMPARE(later.json()["messages"].toArray().size(), 1);
        QCOMPARE(send("GET", "/api/v1/interactions/" + id + "/messages")
                     .json()["messages"]
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(send("GET", "/api/v1/interactions/" + id + "/messages?after=abc").status, 400);
        QCOMPARE(send("GET", "/api/v1/interactions/" + id + "/messages?after=-1").status, 400);
    }

    void emptyMessageIs400()
    {
        const QString id = create({{"channel", "chat"}, {"from", "x"}});
        const int writes = m_backend->writes;
        const Reply r = post("/api/v1/interactions/" + id + "/messages", {{"text", " "}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains("field 'text'"));
        QCOMPARE(post("/api/v1/interactions/" + id + "/messages", {}).status, 400);
        QCOMPARE(m_backend->writes, writes);
    }

    void unknownOrForeignInteractionIs404()
    {
        QCOMPARE(post("/api/v1/interactions/nope/messages", {{"text", "x"}}).status, 404);
        QCOMPARE(send("GET", "/api/v1/interactions/nope/messages").status, 404);
        const QString id = create({{"channel", "chat"}, {"from", "x"}});
        const Reply foreign =
            post("/api/v1/interactions/" + id + "/messages", {{"text", "x"}}, "token-b");
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(send("GET", "/api/v1/interactions/" + id + "/messages", {}, {}, "token-b").status,
                 404);
    }

    void messageOnClosedInteractionIs409()
    {
        const QString id = create({{"channel", "chat"}, {"from", "x"}});
        m_backend->interactions[id].closed = true;
        const Reply r = post("/api/v1/interactions/" + id + "/messages", {{"text", "encore ?"}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("conflict"));
    }

    void wrongMethodIs405()
    {
        const Reply del = send("DELETE", "/api/v1/interactions");
        QCOMPARE(del.status, 405);
        QCOMPARE(del.headers.value("allow"), QByteArray("POST"));
        QCOMPARE(send("GET", "/api/v1/interactions").status, 405);
        QCOMPARE(send("PUT", "/api/v1/interactions/ix-1/messages", "{}").status, 405);
        QCOMPARE(send("POST", "/api/v1/health", "{}").status, 405);
    }

    void unknownRouteIs404()
    {
        for (const char *path : {"/", "/api/v2/interactions", "/api/v1/interactions/x/other",
                                 "/api/v1/interactions/", "/api/v1/healthz"})
            QCOMPARE(send("GET", path).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestChannelApi)
#include "tst_channel_api.moc"
