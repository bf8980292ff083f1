#pragma once
// Tells when microphones or outputs come and go. QMediaDevices' own change signals are not
// emitted by Qt 6.4's PulseAudio backend (fixed in later Qt), although its device lists are
// kept current; so this also compares the lists on a timer and reports real changes only once.
#include <QList>
#include <QObject>
#include <QTimer>

class QMediaDevices;

namespace relais::softphone {

class AudioDeviceWatcher : public QObject
{
    Q_OBJECT
public:
    explicit AudioDeviceWatcher(QObject *parent = nullptr, int pollMs = 500);

    // Takes the lists as they are now as the base for the next changes, so that a device
    // that came and went before now is measured against what a caller is about to open.
    void rebase();

signals:
    void inputsChanged();
    void outputsChanged();

private:
    struct Snapshot
    {
        QList<QByteArray> ids;
        QByteArray defaultId;
        QStringList descriptions;
        bool operator==(const Snapshot &) const = default;
    };
    static Snapshot inputs();
    static Snapshot outputs();
    void checkInputs();
    void checkOutputs();

    QMediaDevices *m_media;
    QTimer m_poll; // a child, so it follows the watcher to its thread
    Snapshot m_inputs;
    Snapshot m_outputs;
};

} // namespace relais::softphone
