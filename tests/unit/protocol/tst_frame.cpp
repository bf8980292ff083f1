#include <relais/protocol/FieldReader.h>
#include <relais/protocol/Frame.h>
#include <relais/protocol/Protocol.h>

#include <QJsonDocument>
#include <QTest>

using namespace relais::protocol;

class TestFrame : public QObject
{
    Q_OBJECT
private slots:
    // U+0000 cannot be stored (PostgreSQL refuses it): every string field refuses it, by name.
    void stringFieldsRefuseTheNulCharacter()
    {
        const QJsonObject body =
            QJsonDocument::fromJson(R"({"text":"a\u0000b","tags":["ok","x\u0000"],"fine":"é"})")
                .object();
        FieldReader required(body);
        required.requireString(QStringLiteral("text"));
        QVERIFY(!required.ok());
        QCOMPARE(required.errorField(), QStringLiteral("text"));
        QVERIFY(required.error().contains(QStringLiteral("U+0000")));
        FieldReader optional(body);
        QVERIFY(!optional.optionalString(QStringLiteral("text")));
        QCOMPARE(optional.errorField(), QStringLiteral("text"));
        FieldReader list(body);
        list.optionalStringList(QStringLiteral("tags"));
        QCOMPARE(list.errorField(), QStringLiteral("tags"));
        FieldReader fine(body);
        QCOMPARE(fine.requireString(QStringLiteral("fine")), QStringLiteral("é"));
        QVERIFY(fine.ok());
    }

    void parsesAGoodRequest()
    {
        auto r = parseRequest(R"({"type":"login","id":7,"user":"agent1"})");
        QVERIFY(std::holds_alternative<Request>(r));
        const auto &req = std::get<Request>(r);
        QCOMPARE(req.type, QStringLiteral("login"));
        QCOMPARE(req.id, 7);
        QCOMPARE(req.body.value("user").toString(), QStringLiteral("agent1"));
    }

    void rejectsBrokenFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{nope") << "bad_frame"
                                  << "JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "bad_frame"
                               << "object";
        QTest::newRow("no id") << QByteArray(R"({"type":"ping"})") << "bad_request"
                               << "'id'";
        QTest::newRow("string id") << QByteArray(R"({"type":"ping","id":"1"})") << "bad_request"
                                   << "'id'";
        QTest::newRow("fraction id") << QByteArray(R"({"type":"ping","id":1.5})") << "bad_request"
                                     << "'id'";
        QTest::newRow("no type") << QByteArray(R"({"id":3})") << "bad_request"
                                 << "'type'";
        QTest::newRow("too big") << QByteArray(R"({"id":1,"type":"x","pad":")") +
                                        QByteArray(kMaxFrameBytes, 'a') + "\"}"
                                 << "bad_frame"
                                 << "larger";
    }
    void rejectsBrokenFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto r = parseRequest(frame);
        QVERIFY(std::holds_alternative<FrameError>(r));
        const auto &e = std::get<FrameError>(r);
        QCOMPARE(toString(e.code), code);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    }

    void typeErrorKeepsTheId()
    {
        auto r = parseRequest(R"({"id":42,"type":5})");
        const auto &e = std::get<FrameError>(r);
        QCOMPARE(e.id.value_or(-1), 42);
    }

    void errorReplyCarriesCodeAndMessage()
    {
        const QJsonObject o = makeErrorReply(9, ErrorCode::Forbidden, "supervisors only");
        QCOMPARE(o.value("type").toString(), QStringLiteral("reply"));
        QCOMPARE(o.value("id").toInt(), 9);
        QCOMPARE(o.value("ok").toBool(true), false);
        QCOMPARE(o.value("error").toObject().value("code").toString(), QStringLiteral("forbidden"));
        QVERIFY(makeErrorReply(std::nullopt, ErrorCode::BadFrame, "x").value("id").isNull());
    }

    void eventsCarrySeq()
    {
        const QJsonObject o = makeEvent("agent.state", 12, {{"state", "ready"}});
        QCOMPARE(o.value("seq").toInt(), 12);
        QCOMPARE(o.value("type").toString(), QStringLiteral("agent.state"));
        QCOMPARE(o.value("state").toString(), QStringLiteral("ready"));
    }
};

QTEST_APPLESS_MAIN(TestFrame)
#include "tst_frame.moc"
