#include "RecordedCallback.h"

#include "CtiClient.h"
#include "SippProcess.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>

bool RecordedCallback::make(QTemporaryDir &dir, const QString &name, QString *error, bool *skip)
{
    *skip = QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty();
    if (*skip) {
        *error = QStringLiteral("sipp is not installed (Debian package sip-tester)");
        return false;
    }
    const QString db = TestEnv::freshDatabase(name, dir, error);
    if (db.isEmpty())
        return false;
    const QString config = TestEnv::demoConfigWith(
        dir, {{R"(overflow_delay = 10$)", QStringLiteral("overflow_delay = 2")},
              {R"(^trunk_gateways = .*$)",
               QStringLiteral("trunk_gateways = [\"192.0.2.10\"]\nrecordings_dir = \"%1\"")
                   .arg(dir.filePath(QStringLiteral("recordings")))}});
    if (!server.start(db, {QStringLiteral("--config"), config})) {
        *error = server.output();
        return false;
    }
    SippProcess caller;
    if (!caller.startClient(QStringLiteral("trunk_callback.xml"), server.sipPort(),
                            SippProcess::freeUdpPort(),
                            {QStringLiteral("-mp"), QString::number(SippProcess::freeUdpPort())})) {
        *error = QStringLiteral("sipp did not start");
        return false;
    }
    if (!caller.waitForFinished(40000) || !caller.succeeded()) {
        *error = caller.report() + server.output();
        return false;
    }
    CtiClient sup;
    if (!sup.open(server.ctiUrl()) ||
        !sup.login(QStringLiteral("supervisor1")).value("ok").toBool()) {
        *error = QStringLiteral("supervisor1 cannot log in\n") + server.output();
        return false;
    }
    const QJsonArray list =
        sup.request(QStringLiteral("callback.list"), {{"scope", "queue"}, {"queue", "general"}})
            .value("callbacks")
            .toArray();
    if (list.size() != 1 || !list.at(0).toObject().value("hasRecording").toBool()) {
        *error = QStringLiteral("no recorded callback: %1\n%2")
                     .arg(QString::fromUtf8(QJsonDocument(list).toJson()), server.output());
        return false;
    }
    callback = list.at(0).toObject();
    recordingPath = QUrl(callback.value("recordingUrl").toString()).toLocalFile();
    return true;
}
