// The Qt-side SIP readers: auto-answer requests, headers shown to the desk, INFO DTMF,
// Replaces, extra-header checks, SIP URIs and hold offers.
#include "engine/SdpHold.h"
#include "engine/SipHeaders.h"
#include "engine/SipUri.h"

#include <QTest>

using relais::softphone::SdpHold;
using relais::softphone::SipHeaders;
using relais::softphone::SipUri;

class TestSipHeaders : public QObject
{
    Q_OBJECT

private slots:
    void autoAnswer_data();
    void autoAnswer();
    void interestingHeaders();
    void infoDtmf_data();
    void infoDtmf();
    void replaces();
    void extraHeadersAreChecked();
    void uris();
    void holdOffers_data();
    void holdOffers();
};

void TestSipHeaders::autoAnswer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("delay"); // -1: no auto-answer
    QTest::newRow("call-info 0") << "Call-Info"
                                 << "<sip:pbx.example.com>;answer-after=0" << 0;
    QTest::newRow("call-info 3") << "call-info"
                                 << "<sip:pbx>;Answer-After=3" << 3;
    QTest::newRow("call-info list")
        << "Call-Info"
        << "<http://x/icon.png>;purpose=icon, <sip:pbx>;answer-after=0" << 0;
    QTest::newRow("call-info other") << "Call-Info"
                                     << "<http://x/icon.png>;purpose=icon" << -1;
    QTest::newRow("alert-info") << "Alert-Info"
                                << "<http://www.notused.com>;info=alert-autoanswer" << 0;
    QTest::newRow("alert-info ring") << "Alert-Info"
                                     << "<http://x>;info=alert-internal" << -1;
    QTest::newRow("answer-mode") << "Answer-Mode"
                                 << "Auto" << 0;
    QTest::newRow("answer-mode manual") << "Answer-Mode"
                                        << "Manual" << -1;
    QTest::newRow("unrelated") << "Subject"
                               << "answer-after=0" << -1;
}

void TestSipHeaders::autoAnswer()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, delay);
    const auto result =
        SipHeaders::autoAnswerDelay({{QStringLiteral("From"), "<sip:a@b>"}, {name, value}});
    QCOMPARE(result.has_value(), delay >= 0);
    if (result)
        QCOMPARE(*result, delay);
}

void TestSipHeaders::interestingHeaders()
{
    const SipHeaders::List headers{{"Via", "SIP/2.0/UDP x"}, {"x-relais-interaction", "42"},
                                   {"X-Queue", "sales"},     {"X-Queue", "vip"},
                                   {"subject", "Order 7"},   {"Contact", "<sip:a@b>"}};
    const auto shown = SipHeaders::interesting(headers);
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.value("x-relais-interaction"), QStringLiteral("42"));
    QCOMPARE(shown.value("X-Queue"), QStringLiteral("sales, vip"));
    QCOMPARE(shown.value("Subject"), QStringLiteral("Order 7"));
    QCOMPARE(SipHeaders::value(headers, "X-RELAIS-INTERACTION"), QStringLiteral("42"));
    QVERIFY(SipHeaders::value(headers, "Missing").isNull());
}

void TestSipHeaders::infoDtmf_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("digit"); // empty: refused
    QTest::newRow("relay") << "application/dtmf-relay" << QByteArray("Signal=5\r\nDuration=160\r\n")
                           << "5";
    QTest::newRow("relay star") << "application/dtmf-relay" << QByteArray("Signal= *\r\n") << "*";
    QTest::newRow("relay lower") << "Application/DTMF-Relay" << QByteArray("signal=a") << "A";
    QTest::newRow("dtmf") << "application/dtmf" << QByteArray("#") << "#";
    QTest::newRow("bad digit") << "application/dtmf-relay" << QByteArray("Signal=x") << "";
    QTest::newRow("other type") << "text/plain" << QByteArray("Signal=5") << "";
}

void TestSipHeaders::infoDtmf()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, body);
    QFETCH(QString, digit);
    const auto result = SipHeaders::dtmfFromInfo(type, body);
    QCOMPARE(result.has_value(), !digit.isEmpty());
    if (result)
        QCOMPARE(QString(*result), digit);
}

void TestSipHeaders::replaces()
{
    const auto parsed = SipHeaders::parseReplaces("abc@host;to-tag=t1;from-tag=f2;early-only");
    QVERIFY(parsed);
    QCOMPARE(parsed->callId, QStringLiteral("abc@host"));
    QCOMPARE(parsed->toTag, QStringLiteral("t1"));
    QCOMPARE(parsed->fromTag, QStringLiteral("f2"));
    QVERIFY(parsed->earlyOnly);
    QCOMPARE(SipHeaders::formatReplaces(*parsed),
             QStringLiteral("abc@host;to-tag=t1;from-tag=f2;early-only"));
    QVERIFY(!SipHeaders::parseReplaces("abc;to-tag=t1"));
    QVERIFY(!SipHeaders::parseReplaces(""));
}

void TestSipHeaders::extraHeadersAreChecked()
{
    QString lines;
    QString error;
    QVERIFY(
        SipHeaders::format({{"X-Relais-Interaction", "42"}, {"Subject", "hi"}}, &lines, &error));
    QCOMPARE(lines, QStringLiteral("Subject: hi\r\nX-Relais-Interaction: 42\r\n"));
    QVERIFY(!SipHeaders::format({{"X-Evil", "1\r\nBYE sip:x SIP/2.0"}}, &lines, &error));
    QVERIFY(error.contains("X-Evil"));
    QVERIFY(!SipHeaders::format({{"Bad Name", "1"}}, &lines, &error));
    QVERIFY(!SipHeaders::format({{"Call-ID", "1"}}, &lines, &error));
}

void TestSipHeaders::uris()
{
    const SipUri full =
        SipUri::parse("\"Bob\" <sip:bob:pw@10.0.0.2:5070;transport=tcp?Replaces=a%3Bto-tag%3D1>");
    QVERIFY(full.isValid());
    QCOMPARE(full.user(), QStringLiteral("bob"));
    QCOMPARE(full.host(), QStringLiteral("10.0.0.2"));
    QCOMPARE(full.port(), 5070);
    QCOMPARE(full.param("transport"), QStringLiteral("tcp"));
    QCOMPARE(full.header("Replaces"), QStringLiteral("a;to-tag=1"));
    QCOMPARE(full.withoutHeaders(), QStringLiteral("sip:bob@10.0.0.2:5070;transport=tcp"));
    QCOMPARE(full.withTransport("tls"), QStringLiteral("sip:bob@10.0.0.2:5070;transport=tcp"));

    const SipUri plain = SipUri::parse("sip:pbx.example.com");
    QVERIFY(plain.isValid());
    QVERIFY(plain.user().isEmpty());
    QCOMPARE(plain.port(), 0);
    QCOMPARE(plain.withTransport("udp"), QStringLiteral("sip:pbx.example.com"));
    QCOMPARE(plain.withTransport("tcp"), QStringLiteral("sip:pbx.example.com;transport=tcp"));

    QVERIFY(SipUri::parse("sip:[::1]:5060").isValid());
    QVERIFY(!SipUri::parse("alice").isValid());
    QVERIFY(!SipUri::parse("http://x").isValid());
    QVERIFY(!SipUri::parse("sip:a@b:99999").isValid());
}

void TestSipHeaders::holdOffers_data()
{
    QTest::addColumn<QByteArray>("sdp");
    QTest::addColumn<bool>("hold");
    const QByteArray head =
        "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\n";
    const QByteArray audio = "m=audio 4000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
    QTest::newRow("plain") << head + audio << false;
    QTest::newRow("sendrecv") << head + audio + "a=sendrecv\r\n" << false;
    QTest::newRow("sendonly") << head + audio + "a=sendonly\r\n" << true;
    QTest::newRow("inactive") << head + audio + "a=inactive\r\n" << true;
    QTest::newRow("recvonly") << head + audio + "a=recvonly\r\n" << false;
    QTest::newRow("session sendonly") << head + "a=sendonly\r\n" + audio << true;
    QTest::newRow("stream overrides session") << head + "a=sendonly\r\n" + audio + "a=sendrecv\r\n"
                                              << false;
    QTest::newRow("video does not count")
        << head + audio + "m=video 5000 RTP/AVP 96\r\na=inactive\r\n"
        << false;
    QTest::newRow("rfc2543 hold")
        << QByteArray("v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\n") +
               audio
        << true;
}

void TestSipHeaders::holdOffers()
{
    QFETCH(QByteArray, sdp);
    QFETCH(bool, hold);
    QCOMPARE(SdpHold::isHoldOffer(sdp), hold);
}

QTEST_GUILESS_MAIN(TestSipHeaders)
#include "tst_sipheaders.moc"
