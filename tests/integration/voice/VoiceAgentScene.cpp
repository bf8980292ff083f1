#include "VoiceAgentScene.h"

#include "TestEnv.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

bool VoiceAgentScene::startServer(const QString &agentName, QString *error)
{
    const QString db = TestEnv::freshDatabase(QStringLiteral("voice_agent"), m_dir, error);
    if (db.isEmpty())
        return false;
    // Offers time out after 6 s; no overflow (the caller's side is not under test here).
    QList<QPair<QString, QString>> edits{
        {QStringLiteral("^offer_timeout = 15$"), QStringLiteral("offer_timeout = 6")},
        {QStringLiteral("^overflow_delay = 10\\noverflow_action = \"callback\"\\n$"), QString()},
        {QStringLiteral("^\\[voice\\]$"),
         QStringLiteral("[voice]\nrecordings_dir = \"%1\"\n%2")
             .arg(recordingsDir(),
                  outboundGateway.isEmpty()
                      ? QString()
                      : QStringLiteral("outbound_gateway = \"%1\"").arg(outboundGateway))}};
    const QString config = TestEnv::demoConfigWith(m_dir, edits + configEdits);
    if (config.isEmpty()) {
        *error = QStringLiteral("cannot write the test configuration");
        return false;
    }
    if (!server.start(db, {QStringLiteral("--config"), config})) {
        *error = QStringLiteral("server did not start:\n") + server.output();
        return false;
    }
    const QString out = server.output();
    const qsizetype at = out.indexOf(QLatin1String("READY "));
    const qsizetype end = out.indexOf(QLatin1Char('\n'), at);
    m_sipPort = quint16(QJsonDocument::fromJson(out.mid(at + 6, end - at - 6).toUtf8())
                            .object()
                            .value("sip")
                            .toInt());
    if (!m_sipPort) {
        *error = QStringLiteral("no SIP port in:\n") + out;
        return false;
    }
    if (!agent.open(server.ctiUrl()) || !supervisor.open(server.ctiUrl())) {
        *error = QStringLiteral("CTI did not open");
        return false;
    }
    m_agentName = agentName;
    const QJsonObject login = agent.login(agentName);
    loginReply = login;
    sip = login.value("sip").toObject();
    if (!login.value("ok").toBool() || sip.value("username").toString().isEmpty()) {
        *error = QStringLiteral("login failed: ") + QJsonDocument(login).toJson();
        return false;
    }
    if (!supervisor.login(QStringLiteral("supervisor1")).value("ok").toBool() ||
        !supervisor.request(QStringLiteral("supervise.subscribe")).value("ok").toBool()) {
        *error = QStringLiteral("supervisor login failed");
        return false;
    }
    return true;
}

bool VoiceAgentScene::startPhone(const PhoneOptions &o, QString *error)
{
    QStringList args{QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--registrar"), sip.value("registrar").toString(),
                     QStringLiteral("--user"),      sip.value("username").toString(),
                     QStringLiteral("--password"),  sip.value("password").toString(),
                     QStringLiteral("--tone"),      QString::number(o.toneHz),
                     QStringLiteral("--record"),    phoneRecording()};
    if (o.autoAnswer)
        args << QStringLiteral("--auto-answer");
    if (!o.codecs.isEmpty())
        args << QStringLiteral("--codecs") << o.codecs;
    if (!phone.start(args) || phone.waitFor(QStringLiteral("registered"), 10000) < 0) {
        *error = QStringLiteral("the phone did not register:\n") + phone.transcript();
        return false;
    }
    // The phone has its 200 OK; the server's core learns of the binding a moment later (from
    // its SIP thread): a call.dial before that is refused, rightly.
    if (!waitForServer(QStringLiteral("phone of \"%1\" registered").arg(m_agentName), 10000)) {
        *error = QStringLiteral("the server never saw the phone register:\n") + log();
        return false;
    }
    return true;
}

bool VoiceAgentScene::setReady(QString *error)
{
    const QJsonObject r =
        agent.request(QStringLiteral("state.set"), {{"state", QStringLiteral("ready")}});
    if (!r.value("ok").toBool()) {
        *error = QStringLiteral("state.set ready: ") + QJsonDocument(r).toJson();
        return false;
    }
    return true;
}

bool VoiceAgentScene::startCaller(const QString &callerNumber, double toneHz, const QString &codecs,
                                  QString *error, bool autoAnswer)
{
    BaresipProcess::Options o;
    o.user = callerNumber;
    o.toneHz = toneHz;
    o.autoAnswer = autoAnswer;
    o.audioCodecs = codecs;
    return caller.start(o, error);
}

bool VoiceAgentScene::dial(const QString &number, QString *error)
{
    if (!caller.command(QStringLiteral("dial"),
                        QStringLiteral("sip:%1@127.0.0.1:%2").arg(number).arg(m_sipPort))) {
        *error = QStringLiteral("baresip refused to dial:\n") + caller.log();
        return false;
    }
    if (caller.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000) < 0) {
        *error = QStringLiteral("the server did not answer:\n") + caller.log() + server.output();
        return false;
    }
    return true;
}

bool VoiceAgentScene::waitForServer(const QString &needle, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (log().contains(needle))
            return true;
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
}

QString VoiceAgentScene::log()
{
    if (m_serverLog.isEmpty())
        m_serverLog = server.output();
    m_serverLog += QString::fromUtf8(server.process().readAll());
    return QStringLiteral("--- server ---\n%1\n--- phone ---\n%2")
        .arg(m_serverLog, phone.transcript());
}
