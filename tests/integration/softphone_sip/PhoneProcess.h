#pragma once
// One relais-phone process for a test: started with arguments, its JSON-line events collected,
// commands written to its standard input. Killed if still running when the test ends.
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <functional>

class PhoneProcess
{
public:
    PhoneProcess();
    ~PhoneProcess();

    bool start(const QStringList &arguments);
    void command(const QString &line);

    // Waits (running the event loop) for an event with this name for which `match` holds,
    // at or after index `from`; returns its index or -1.
    int waitFor(const QString &event, int timeoutMs = 10000,
                const std::function<bool(const QJsonObject &)> &match = {}, int from = 0);
    [[nodiscard]] QList<QJsonObject> events() const;
    [[nodiscard]] QList<QJsonObject> events(const QString &name) const;
    [[nodiscard]] quint16 port(); // from the "listening" event
    bool waitForExit(int timeoutMs);
    [[nodiscard]] int exitCode() const { return process_.exitCode(); }
    [[nodiscard]] qint64 pid() const { return process_.processId(); }
    [[nodiscard]] QString transcript() const; // for failure messages

private:
    void readLines();

    QProcess process_;
    QByteArray buffer_;
    QList<QJsonObject> events_;
    QString stderr_;
};
