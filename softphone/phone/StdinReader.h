#pragma once
// Reads standard input line by line without blocking the event loop (pipe, terminal, file
// or /dev/null alike). End of input only stops the reading; it does not quit the phone.
#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace relais::phone {

class StdinReader : public QObject
{
    Q_OBJECT

public:
    explicit StdinReader(QObject *parent = nullptr);

signals:
    void lineRead(const QString &line);

private:
    void readAvailable();

    QSocketNotifier *notifier_ = nullptr;
    QByteArray buffer_;
};

} // namespace relais::phone
