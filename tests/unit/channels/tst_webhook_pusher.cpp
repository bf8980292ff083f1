// WebhookPusher against a tiny webhook receiver written on QTcpServer in this test.
#include "channels/WebhookPusher.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace relais;
using namespace relais::channels;

namespace {

// Answers each request with the next scripted status (200 once the script is used up).
class Receiver : public QObject
{
public:
    struct Received
    {
        QByteArray head;
        QByteArray body;
        qint64 atMs = 0;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    QList<int> script;
    QList<Received> received;

    Receiver()
    {
        m_clock.start();
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()));
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            received << Received{buffer.left(end), buffer.mid(end + 4, length), m_clock.elapsed()};
            buffer.remove(0, end + 4 + length);
            const int status = script.isEmpty() ? 200 : script.takeFirst();
            s->write("HTTP/1.1 " + QByteArray::number(status) +
                     " X\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok");
        }
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

protocol::Message message(qint64 seq, const QString &text)
{
    return protocol::Message{QStringLiteral("ix-1"), seq, QStringLiteral("agent"), text,
                             1700000000000 + seq};
}

} // namespace

class TestWebhookPusher : public QObject
{
    Q_OBJECT

private slots:
    void messagesArriveInOrderAsJson()
    {
        Receiver receiver;
        WebhookPusher pusher;
        pusher.setWebhook("conn-a", receiver.url());
        QSignalSpy delivered(&pusher, &WebhookPusher::delivered);
        QSignalSpy failed(&pusher, &WebhookPusher::failed);
        const QStringList texts{QStringLiteral("Bonjour 👋"), QStringLiteral("Ça marche ?"),
                                QStringLiteral("Oui — merci"), QStringLiteral("4"),
                                QStringLiteral("5")};
        for (int i = 0; i < texts.size(); ++i)
            pusher.push("conn-a", message(i + 1, texts[i]));
        QTRY_COMPARE(delivered.size(), texts.size());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(receiver.received.size(), texts.size());
        for (int i = 0; i < texts.size(); ++i) {
            const Receiver::Received &r = receiver.received[i];
            QVERIFY(r.head.startsWith("POST /hook HTTP/1.1"));
            QVERIFY(r.head.toLower().contains("content-type: application/json"));
            QVERIFY(r.head.contains("Idempotency-Key: ix-1:" + QByteArray::number(i + 1)));
            QCOMPARE(r.json(), message(i + 1, texts[i]).toJson());
            QCOMPARE(delivered[i][0].toString(), QStringLiteral("conn-a"));
            QCOMPARE(delivered[i][1].toString(), QStringLiteral("ix-1"));
            QCOMPARE(delivered[i][2].toLongLong(), i + 1);
        }
    }

    void serverErrorIsRetriedWithBackoffAndOrderKept()
    {
        Receiver receiver;
        receiver.script = {503, 500, 200};
        WebhookPusher pusher;
        pusher.setBaseBackoffMs(100);
        pusher.setWebhook("conn-a", receiver.url());
        QSignalSpy delivered(&pusher, &WebhookPusher::delivered);
        pusher.push("conn-a", message(1, "first"));
        pusher.push("conn-a", message(2, "second"));
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(receiver.received.size(), 4);
        QStringList order;
        for (const auto &r : receiver.received)
            order << r.json()["text"].toString();
        QCOMPARE(order, QStringList({"first", "first", "first", "second"}));
        // 100 ms, then 200 ms.
        QVERIFY(receiver.received[1].atMs - receiver.received[0].atMs >= 90);
        QVERIFY(receiver.received[2].atMs - receiver.received[1].atMs >= 190);
        QCOMPARE(delivered[0][2].toLongLong(), 1);
    }

    void clientErrorIsDroppedAndTheNextOneGoes()
    {
        Receiver receiver;
        receiver.script = {400};
        WebhookPusher pusher;
        pusher.setBaseBackoffMs(10);
        pusher.setWebhook("conn-a", receiver.url());
        QSignalSpy delivered(&pusher, &WebhookPusher::delivered);
        QSignalSpy failed(&pusher, &WebhookPusher::failed);
        pusher.push("conn-a", message(1, "refused"));
        pusher.push("conn-a", message(2, "accepted"));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][2].toLongLong(), 1);
        QVERIFY(failed[0][3].toString().contains("400"));
        QCOMPARE(delivered[0][2].toLongLong(), 2);
        QCOMPARE(receiver.received.size(), 2);
    }

    void givesUpOnAReceiverThatStaysDown()
    {
        Receiver receiver;
        receiver.script = QList<int>(100, 503);
        WebhookPusher pusher;
        pusher.setBaseBackoffMs(20);
        pusher.setGiveUpAfterMs(300);
        pusher.setWebhook("conn-a", receiver.url());
        QSignalSpy failed(&pusher, &WebhookPusher::failed);
        pusher.push("conn-a", message(1, "lost"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed[0][3].toString().contains("gave up"));
        QVERIFY(receiver.received.size() >= 3);
        QVERIFY(receiver.received.size() < 10); // backoff grew
    }

    void unreachableReceiverIsRetriedThenDelivered()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nobody listens there now: connection refused
        WebhookPusher pusher;
        pusher.setBaseBackoffMs(50);
        pusher.setWebhook("conn-a", QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)));
        QSignalSpy delivered(&pusher, &WebhookPusher::delivered);
        pusher.push("conn-a", message(1, "patience"));
        QTest::qWait(120);
        QCOMPARE(delivered.size(), 0);
        QTcpServer *late = new QTcpServer(this);
        QVERIFY(late->listen(QHostAddress::LocalHost, port));
        connect(late, &QTcpServer::newConnection, late, [late] {
            QTcpSocket *s = late->nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                if (s->readAll().contains("patience"))
                    s->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
            });
        });
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 5000);
        delete late;
    }

    void connectorsWithoutWebhookAreIgnored()
    {
        WebhookPusher pusher;
        QSignalSpy failed(&pusher, &WebhookPusher::failed);
        pusher.push("nobody", message(1, "x"));
        pusher.setWebhook("bad", QUrl("ftp://example.org/"));
        pusher.push("bad", message(1, "x"));
        QCOMPARE(pusher.pendingCount("nobody"), 0);
        QCOMPARE(pusher.pendingCount("bad"), 0);
        QCOMPARE(failed.size(), 0);
    }

    void removingTheWebhookFailsWhatWaits()
    {
        Receiver receiver;
        receiver.script = {503};
        WebhookPusher pusher;
        pusher.setBaseBackoffMs(5000);
        pusher.setWebhook("conn-a", receiver.url());
        QSignalSpy failed(&pusher, &WebhookPusher::failed);
        pusher.push("conn-a", message(1, "a"));
        pusher.push("conn-a", message(2, "b"));
        QTRY_COMPARE(receiver.received.size(), 1);
        pusher.setWebhook("conn-a", QUrl());
        QCOMPARE(failed.size(), 2);
        QCOMPARE(pusher.pendingCount("conn-a"), 0);
    }
};

QTEST_GUILESS_MAIN(TestWebhookPusher)
#include "tst_webhook_pusher.moc"
