#pragma once
// Drives a Softphone for relais-phone: applies the command-line options, turns engine signals
// into JSON lines on standard output and standard-input lines into commands, and decides the
// exit status (0; 1 registration failed; 2 a call could not be placed; 3 the phone could not
// start).
#include "PhoneOptions.h"
#include "relais/softphone/Softphone.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <memory>

namespace relais::softphone {
class FileAudioDevice;
}

namespace relais::phone {

class PhoneController : public QObject
{
    Q_OBJECT

public:
    explicit PhoneController(const PhoneOptions &options, QObject *parent = nullptr);
    ~PhoneController() override;

    // False (with the exit status set) when the phone could not start.
    bool start();
    void handleCommand(const QString &line);
    // Hangs up, unregisters and leaves the event loop with the exit status.
    void quit(int status = -1);
    [[nodiscard]] int exitStatus() const { return exitStatus_; }

private:
    void print(const QString &event, QJsonObject fields = {});
    void dial(const QString &uri, bool fromCommandLine);
    [[nodiscard]] QString currentCall() const;
    [[nodiscard]] QString ringingCall() const;

    void onRegistration(const softphone::RegistrationStatus &status);
    void onIncoming(const softphone::CallInfo &call);
    void onUpdated(const softphone::CallInfo &call);
    void onClosed(const softphone::CallInfo &call, softphone::CallEndReason reason, int status,
                  const QString &text);

    struct Tracked
    {
        bool ringingReported = false;
        bool established = false;
        bool held = false;
        bool fromCommandLine = false;
    };

    PhoneOptions options_;
    softphone::Softphone phone_;
    std::unique_ptr<softphone::FileAudioDevice> audio_;
    QHash<QString, Tracked> calls_;
    QStringList order_; // call ids, oldest first
    int closedCalls_ = 0;
    bool everRegistered_ = false;
    bool callFailed_ = false;
    bool dialedAtStart_ = false;
    bool quitting_ = false;
    int exitStatus_ = 0;
};

} // namespace relais::phone
