// Call signalling against sipp on loopback: an incoming call refused 486 and one cancelled
// while ringing, an outgoing call refused busy, hold and resume by re-INVITE both ways, DTMF by
// SIP INFO, auto-answer on Call-Info / Alert-Info, and X-Relais-Interaction read.
#include "SippProcess.h"
#include "relais/softphone/Softphone.h"

#include <QSignalSpy>
#include <QTest>

using namespace relais::softphone;

namespace {

CallInfo callAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<CallInfo>();
}

} // namespace

class TestSoftphoneCalls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void incomingCallRejectedBusy();
    void incomingCallCancelledWhileRinging();
    void outgoingCallRefusedBusy();
    void holdAndResumeByReinvite();
    void answeredCallHeldByTheFarEnd_data();
    void answeredCallHeldByTheFarEnd();

private:
    bool startPhone(Softphone &phone);
};

void TestSoftphoneCalls::initTestCase()
{
    qRegisterMetaType<CallInfo>();
    qRegisterMetaType<CallEndReason>();
}

bool TestSoftphoneCalls::startPhone(Softphone &phone)
{
    SoftphoneConfig config;
    config.listenAddress = QStringLiteral("127.0.0.1");
    config.shutdownTimeoutMs = 3000;
    QString error;
    if (!phone.start(config, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestSoftphoneCalls::incomingCallRejectedBusy()
{
    Softphone phone;
    QVERIFY(startPhone(phone));
    QSignalSpy incoming(&phone, &Softphone::incomingCall);
    QSignalSpy closed(&phone, &Softphone::callClosed);
    SippProcess sipp;
    QVERIFY(sipp.startClient(QStringLiteral("uac_invite_reject.xml"),
                             phone.localPort(SipTransport::Udp), SippProcess::freeUdpPort()));
    QTRY_COMPARE_WITH_TIMEOUT(incoming.count(), 1, 10000);
    const CallInfo call = callAt(incoming, 0);
    QCOMPARE(call.direction, CallDirection::Incoming);
    QCOMPARE(call.state, CallState::Ringing);
    QVERIFY2(call.remoteUri.startsWith(QLatin1String("sip:sipp@127.0.0.1")),
             qPrintable(call.remoteUri));
    QVERIFY(!call.autoAnswer);
    QVERIFY(!call.callWaiting);
    QVERIFY(phone.reject(call.id, 486));
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(callAt(closed, 0).id, call.id);
    QCOMPARE(closed.at(0).at(1).value<CallEndReason>(), CallEndReason::Declined);
    QCOMPARE(closed.at(0).at(2).toInt(), 486);
    QVERIFY2(sipp.waitForFinished(10000) && sipp.succeeded(), qPrintable(sipp.report()));
    QVERIFY(phone.calls().isEmpty());
}

void TestSoftphoneCalls::incomingCallCancelledWhileRinging()
{
    Softphone phone;
    QVERIFY(startPhone(phone));
    QSignalSpy incoming(&phone, &Softphone::incomingCall);
    QSignalSpy closed(&phone, &Softphone::callClosed);
    SippProcess sipp;
    QVERIFY(sipp.startClient(QStringLiteral("uac_invite_cancel.xml"),
                             phone.localPort(SipTransport::Udp), SippProcess::freeUdpPort()));
    QTRY_COMPARE_WITH_TIMEOUT(incoming.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
    QCOMPARE(callAt(closed, 0).id, callAt(incoming, 0).id);
    QCOMPARE(closed.at(0).at(1).value<CallEndReason>(), CallEndReason::Cancelled);
    QVERIFY2(sipp.waitForFinished(10000) && sipp.succeeded(), qPrintable(sipp.report()));
    QVERIFY(!phone.answer(callAt(incoming, 0).id)); // gone
}

void TestSoftphoneCalls::outgoingCallRefusedBusy()
{
    const quint16 port = SippProcess::freeUdpPort();
    SippProcess sipp;
    QVERIFY(sipp.startServer(QStringLiteral("uas_busy.xml"), port));
    QTest::qWait(300);
    Softphone phone;
    QVERIFY(startPhone(phone));
    QSignalSpy closed(&phone, &Softphone::callClosed);
    QString error;
    const QString id = phone.dial(QStringLiteral("sip:sipp@127.0.0.1:%1").arg(port), {}, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(phone.call(id)->state, CallState::Dialing);
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
    QCOMPARE(callAt(closed, 0).id, id);
    QCOMPARE(closed.at(0).at(1).value<CallEndReason>(), CallEndReason::Rejected);
    QCOMPARE(closed.at(0).at(2).toInt(), 486);
    QCOMPARE(closed.at(0).at(3).toString(), QStringLiteral("Busy Here"));
    QVERIFY2(sipp.waitForFinished(10000) && sipp.succeeded(), qPrintable(sipp.report()));
}

void TestSoftphoneCalls::holdAndResumeByReinvite()
{
    const quint16 port = SippProcess::freeUdpPort();
    SippProcess sipp;
    QVERIFY(sipp.startServer(QStringLiteral("uas_answer_hold.xml"), port));
    QTest::qWait(300);
    Softphone phone;
    QVERIFY(startPhone(phone));
    QSignalSpy updated(&phone, &Softphone::callUpdated);
    QSignalSpy closed(&phone, &Softphone::callClosed);
    const QString id = phone.dial(QStringLiteral("sip:sipp@127.0.0.1:%1").arg(port));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(phone.call(id) && phone.call(id)->state == CallState::Established,
                             10000);
    bool sawRinging = false;
    for (int i = 0; i < updated.count(); ++i)
        sawRinging |= callAt(updated, i).state == CallState::Ringing;
    QVERIFY(sawRinging);

    updated.clear();
    QVERIFY(phone.hold(id));
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && callAt(updated, updated.count() - 1).heldLocally,
                             5000);
    QVERIFY(phone.call(id)->heldLocally);
    QVERIFY(!phone.call(id)->heldByRemote); // recvonly from the far end is not a hold of us

    updated.clear();
    QVERIFY(phone.resume(id));
    QTRY_VERIFY_WITH_TIMEOUT(
        !updated.isEmpty() && !callAt(updated, updated.count() - 1).heldLocally, 5000);
    QVERIFY(phone.hangup(id));
    QTRY_COMPARE(closed.count(), 1);
    QCOMPARE(closed.at(0).at(1).value<CallEndReason>(), CallEndReason::LocalHangup);
    QVERIFY2(sipp.waitForFinished(10000) && sipp.succeeded(), qPrintable(sipp.report()));
}

void TestSoftphoneCalls::answeredCallHeldByTheFarEnd_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("autoAnswer");
    QTest::newRow("answered by hand") << QStringLiteral("Subject: a call") << false;
    QTest::newRow("Call-Info answer-after=0")
        << QStringLiteral("Call-Info: <sip:127.0.0.1>;answer-after=0") << true;
    QTest::newRow("Alert-Info alert-autoanswer")
        << QStringLiteral("Alert-Info: <http://www.notused.com>;info=alert-autoanswer") << true;
}

void TestSoftphoneCalls::answeredCallHeldByTheFarEnd()
{
    QFETCH(QString, header);
    QFETCH(bool, autoAnswer);
    Softphone phone;
    QVERIFY(startPhone(phone));
    QSignalSpy incoming(&phone, &Softphone::incomingCall);
    QSignalSpy updated(&phone, &Softphone::callUpdated);
    QSignalSpy dtmf(&phone, &Softphone::dtmfReceived);
    QSignalSpy closed(&phone, &Softphone::callClosed);
    SippProcess sipp;
    QVERIFY(sipp.startClient(QStringLiteral("uac_answered_remote_hold.xml"),
                             phone.localPort(SipTransport::Udp), SippProcess::freeUdpPort(),
                             {QStringLiteral("-key"), QStringLiteral("extra_header"), header}));
    QTRY_COMPARE_WITH_TIMEOUT(incoming.count(), 1, 10000);
    const CallInfo call = callAt(incoming, 0);
    QCOMPARE(call.autoAnswer, autoAnswer);
    QCOMPARE(call.interactionId(), QStringLiteral("4242"));
    QCOMPARE(call.headers.value(QStringLiteral("X-Relais-Interaction")), QStringLiteral("4242"));
    if (!autoAnswer)
        QVERIFY(phone.answer(call.id));
    QTRY_VERIFY_WITH_TIMEOUT(
        phone.call(call.id) && phone.call(call.id)->state == CallState::Established, 10000);
    // sipp holds us, sends DTMF 5 by INFO, resumes, hangs up.
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10000);
    QCOMPARE(closed.at(0).at(1).value<CallEndReason>(), CallEndReason::RemoteHangup);
    QCOMPARE(dtmf.count(), 1);
    QCOMPARE(dtmf.at(0).at(0).toString(), call.id);
    QCOMPARE(dtmf.at(0).at(1).value<QChar>(), QLatin1Char('5'));
    QList<bool> remoteHold;
    for (int i = 0; i < updated.count(); ++i) {
        const bool held = callAt(updated, i).heldByRemote;
        if (remoteHold.isEmpty() || remoteHold.last() != held)
            remoteHold << held;
    }
    QCOMPARE(remoteHold, (QList<bool>{false, true, false}));
    QVERIFY2(sipp.waitForFinished(10000) && sipp.succeeded(), qPrintable(sipp.report()));
}

QTEST_GUILESS_MAIN(TestSoftphoneCalls)
#include "tst_softphone_calls.moc"
