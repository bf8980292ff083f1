#pragma once

#include <QObject>

class QSocketNotifier;

namespace relais::server {

// Turns SIGTERM and SIGINT into a Qt signal delivered on the event loop (self-pipe).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace relais::server
