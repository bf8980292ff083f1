#include "PhoneProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

PhoneProcess::PhoneProcess()
{
    QObject::connect(&process_, &QProcess::readyReadStandardOutput, [this] { readLines(); });
    QObject::connect(&process_, &QProcess::readyReadStandardError,
                     [this] { stderr_ += QString::fromUtf8(process_.readAllStandardError()); });
}

PhoneProcess::~PhoneProcess()
{
    if (process_.state() != QProcess::NotRunning) {
        process_.kill();
        process_.waitForFinished(5000);
    }
}

bool PhoneProcess::start(const QStringList &arguments)
{
    process_.start(QStringLiteral(RELAIS_PHONE_EXECUTABLE), arguments);
    return process_.waitForStarted(5000);
}

void PhoneProcess::command(const QString &line)
{
    process_.write((line + QLatin1Char('\n')).toUtf8());
    process_.waitForBytesWritten(1000);
}

void PhoneProcess::readLines()
{
    buffer_ += process_.readAllStandardOutput();
    int newline;
    while ((newline = buffer_.indexOf('\n')) >= 0) {
        const QByteArray line = buffer_.left(newline);
        buffer_.remove(0, newline + 1);
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            events_.append(document.object());
        else
            stderr_ += QStringLiteral("(not JSON on stdout) ") + QString::fromUtf8(line) +
                       QLatin1Char('\n');
    }
}

int PhoneProcess::waitFor(const QString &event, int timeoutMs,
                          const std::function<bool(const QJsonObject &)> &match, int from)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (int i = from; i < events_.size(); ++i) {
            const QJsonObject &e = events_.at(i);
            if (e.value(QStringLiteral("event")).toString() == event && (!match || match(e)))
                return i;
        }
        if (deadline.hasExpired() || process_.state() == QProcess::NotRunning)
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        process_.waitForReadyRead(50);
    }
    readLines();
    for (int i = from; i < events_.size(); ++i) {
        const QJsonObject &e = events_.at(i);
        if (e.value(QStringLiteral("event")).toString() == event && (!match || match(e)))
            return i;
    }
    return -1;
}

QList<QJsonObject> PhoneProcess::events() const
{
    return events_;
}

QList<QJsonObject> PhoneProcess::events(const QString &name) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &e : events_) {
        if (e.value(QStringLiteral("event")).toString() == name)
            result.append(e);
    }
    return result;
}

quint16 PhoneProcess::port()
{
    const int index = waitFor(QStringLiteral("listening"), 5000);
    return index < 0 ? 0 : quint16(events_.at(index).value(QStringLiteral("port")).toInt());
}

bool PhoneProcess::waitForExit(int timeoutMs)
{
    const bool done =
        process_.state() == QProcess::NotRunning || process_.waitForFinished(timeoutMs);
    readLines();
    stderr_ += QString::fromUtf8(process_.readAllStandardError());
    return done;
}

QString PhoneProcess::transcript() const
{
    QString text;
    for (const QJsonObject &e : events_)
        text +=
            QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    return text + QStringLiteral("--- stderr\n") + stderr_;
}
