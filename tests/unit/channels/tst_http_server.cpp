// The HTTP/1.1 layer under the channel API, spoken to over raw TCP: what misbehaving or slow
// clients get, keep-alive, pipelining and the limits.
#include "channels/HttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <stdexcept>

using namespace relais::channels;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Reads whole responses (status line, headers, Content-Length body) from a raw socket.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(3000);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    // The next complete response, or status 0 on timeout or close.
    RawResponse next(int timeoutMs = 3000)
    {
        RawResponse r;
        (void)QTest::qWaitFor(
            [&] { return parse(r) || m_socket.state() != QAbstractSocket::ConnectedState; },
            timeoutMs);
        if (r.status == 0)
            parse(r);
        return r;
    }
    bool waitClosed(int timeoutMs = 3000)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    QByteArray pending() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

private:
    bool parse(RawResponse &r)
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = m_buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return false;
        r.head = head;
        r.status = head.mid(9, 3).toInt();
        r.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return true;
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path +
           " HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
           extra + "\r\n" + body;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

    HttpServer *m_server = nullptr;
    QList<HttpRequest> m_seen;

private slots:
    void init()
    {
        m_seen.clear();
        m_server = new HttpServer([this](const HttpRequest &r) {
            if (r.path == "/throw")
                throw std::runtime_error("boom");
            m_seen << r;
            return HttpResponse::json(200, {{"path", QString::fromUtf8(r.path)},
                                            {"query", QString::fromUtf8(r.query)},
                                            {"body", QString::fromUtf8(r.body)},
                                            {"n", int(m_seen.size())}});
        });
        HttpConnection::Timeouts t;
        t.requestMs = 300;
        t.idleMs = 500;
        t.lingerMs = 500;
        m_server->setTimeouts(t);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }
    void cleanup() { delete m_server; }

    void keepAliveServesSeveralRequests()
    {
        RawClient c(m_server->port());
        c.send("GET /a?x=1 HTTP/1.1\r\nHost: t\r\n\r\n");
        const RawResponse first = c.next();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json()["path"].toString(), QStringLiteral("/a"));
        QCOMPARE(first.json()["query"].toString(), QStringLiteral("x=1"));
        QVERIFY(first.head.contains("Connection: keep-alive"));
        c.send(post("/b", "{\"é\":1}"));
        const RawResponse second = c.next();
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json()["body"].toString(), QStringLiteral("{\"é\":1}"));
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        RawClient c(m_server->port());
        c.send(post("/1", "one") + "GET /2 HTTP/1.1\r\nHost: t\r\n\r\n" + post("/3", "three"));
        for (const char *path : {"/1", "/2", "/3"})
            QCOMPARE(c.next().json()["path"].toString(), QLatin1String(path));
    }

    void bytesArrivingOneByOneStillMakeARequest()
    {
        RawClient c(m_server->port());
        const QByteArray request = post("/slow", "abc");
        for (char ch : request) {
            c.send(QByteArray(1, ch));
            c.socket().flush();
            QTest::qWait(1);
        }
        QCOMPARE(c.next().json()["body"].toString(), QStringLiteral("abc"));
    }

    void connectionCloseIsHonoured()
    {
        RawClient c(m_server->port());
        c.send("GET /x HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        const RawResponse r = c.next();
        QCOMPARE(r.status, 200);
        QVERIFY(r.head.contains("Connection: close"));
        QVERIFY(c.waitClosed());
        RawClient old(m_server->port());
        old.send("GET /x HTTP/1.0\r\n\r\n"); // HTTP/1.0 closes by default
        QCOMPARE(old.next().status, 200);
        QVERIFY(old.waitClosed());
    }

    void garbageIs400AndCloses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("TLS handshake")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("space in header name")
            << QByteArray("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nA: x\r\n  y\r\n\r\n") << 400;
        QTest::newRow("bad length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << 400;
        QTest::newRow("length and chunked")
            << QByteArray(
                   "POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 400;
        QTest::newRow("chunked")
            << QByteArray(
                   "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n")
            << 411;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
    }
    void garbageIs400AndCloses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        RawClient c(m_server->port());
        c.send(bytes);
        const RawResponse r = c.next();
        QCOMPARE(r.status, status);
        QVERIFY(!r.json()["error"].toObject()["message"].toString().isEmpty());
        QVERIFY(c.waitClosed());
        QVERIFY(m_seen.isEmpty());
        RawClient after(m_server->port()); // the server is still fine
        after.send("GET /ok HTTP/1.1\r\n\r\n");
        QCOMPARE(after.next().status, 200);
    }

    void tooLargeBodyIsRefusedBeforeItIsSent()
    {
        RawClient c(m_server->port());
        c.send("POST /big HTTP/1.1\r\nContent-Length: 1000000000\r\nExpect: 100-continue\r\n\r\n");
        const RawResponse r = c.next();
        QCOMPARE(r.status, 413);
        QVERIFY(c.waitClosed());
        QVERIFY(m_seen.isEmpty());
    }

    void tooLargeBodyBeingSentGets413NotAReset()
    {
        RawClient c(m_server->port());
        c.send("POST /big HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n");
        c.send(QByteArray(2000000, 'x'));
        const RawResponse r = c.next();
        QCOMPARE(r.status, 413);
        QVERIFY(m_seen.isEmpty());
    }

    void expectContinueGetsContinue()
    {
        RawClient c(m_server->port());
        c.send("POST /e HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(c.next().status, 100);
        c.send("ok");
        const RawResponse r = c.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()["body"].toString(), QStringLiteral("ok"));
    }

    void hugeHeadersAre431()
    {
        RawClient c(m_server->port());
        c.send("GET / HTTP/1.1\r\nX-Big: " + QByteArray(40 * 1024, 'a') + "\r\n\r\n");
        QCOMPARE(c.next().status, 431);
        RawClient line(m_server->port());
        line.send("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n");
        QCOMPARE(line.next().status, 414);
        RawClient many(m_server->port());
        QByteArray headers;
        for (int i = 0; i < 101; ++i)
            headers += "X-" + QByteArray::number(i) + ": 1\r\n";
        many.send("GET / HTTP/1.1\r\n" + headers + "\r\n");
        QCOMPARE(many.next().status, 431);
    }

    void slowRequestGets408()
    {
        RawClient c(m_server->port());
        c.send("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
        QElapsedTimer t;
        t.start();
        const RawResponse r = c.next();
        QCOMPARE(r.status, 408);
        QVERIFY2(t.elapsed() >= 250, qPrintable(QString::number(t.elapsed())));
        QVERIFY(c.waitClosed());
    }

    void idleConnectionIsClosedQuietly()
    {
        RawClient c(m_server->port());
        c.send("GET /x HTTP/1.1\r\n\r\n");
        QCOMPARE(c.next().status, 200);
        QVERIFY(c.waitClosed(3000));
        QVERIFY(c.pending().isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void handlerExceptionIs500AndTheServerLives()
    {
        RawClient c(m_server->port());
        c.send("GET /throw HTTP/1.1\r\n\r\n");
        QCOMPARE(c.next().status, 500);
        c.send("GET /fine HTTP/1.1\r\n\r\n");
        QCOMPARE(c.next().status, 200);
    }

    void headRequestHasNoBody()
    {
        QTcpSocket c;
        c.connectToHost(QHostAddress::LocalHost, m_server->port());
        c.write("HEAD /h HTTP/1.1\r\n\r\nGET /g HTTP/1.1\r\n\r\n");
        QByteArray raw;
        QVERIFY(QTest::qWaitFor([&] {
            raw += c.readAll();
            return raw.contains("\"path\":\"/g\"");
        }));
        // The HEAD answer keeps its Content-Length but the next bytes are the GET's answer.
        const qsizetype headEnd = raw.indexOf("\r\n\r\n");
        QVERIFY(raw.left(headEnd).contains("Content-Length: "));
        QVERIFY(raw.mid(headEnd + 4).startsWith("HTTP/1.1 200"));
        QVERIFY(!raw.contains("\"path\":\"/h\""));
    }

    void connectionsBeyondTheLimitGet503()
    {
        m_server->setMaxConnections(1);
        RawClient first(m_server->port());
        QTRY_COMPARE(m_server->connectionCount(), 1);
        RawClient second(m_server->port());
        QCOMPARE(second.next().status, 503);
        first.send("GET /x HTTP/1.1\r\n\r\n");
        QCOMPARE(first.next().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_http_server.moc"
