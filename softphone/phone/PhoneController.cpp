#include "PhoneController.h"
#include "FileAudioDevice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

namespace relais::phone {

using namespace relais::softphone;

PhoneController::PhoneController(const PhoneOptions &options, QObject *parent)
    : QObject(parent), options_(options)
{
    connect(&phone_, &Softphone::registrationChanged, this, &PhoneController::onRegistration);
    connect(&phone_, &Softphone::incomingCall, this, &PhoneController::onIncoming);
    connect(&phone_, &Softphone::callUpdated, this, &PhoneController::onUpdated);
    connect(&phone_, &Softphone::callClosed, this, &PhoneController::onClosed);
    connect(&phone_, &Softphone::dtmfReceived, this, [this](const QString &callId, QChar digit) {
        print(QStringLiteral("dtmf"),
              {{QStringLiteral("call"), callId}, {QStringLiteral("digit"), QString(digit)}});
    });
    connect(&phone_, &Softphone::transferRequested, this,
            [this](const QString &callId, const QString &target, const QString &newCallId) {
                calls_.insert(newCallId, Tracked{});
                order_.append(newCallId);
                print(QStringLiteral("transferred"), {{QStringLiteral("call"), callId},
                                                      {QStringLiteral("to"), target},
                                                      {QStringLiteral("new_call"), newCallId}});
            });
    connect(&phone_, &Softphone::transferResult, this,
            [this](const QString &callId, bool ok, int status, const QString &text) {
                QJsonObject fields{{QStringLiteral("call"), callId},
                                   {QStringLiteral("status"), status}};
                if (!text.isEmpty())
                    fields.insert(QStringLiteral("text"), text);
                print(ok ? QStringLiteral("transferred") : QStringLiteral("transfer_failed"),
                      fields);
            });
    connect(&phone_, &Softphone::callError, this,
            [this](const QString &callId, const QString &error) {
                print(QStringLiteral("error"),
                      {{QStringLiteral("call"), callId}, {QStringLiteral("message"), error}});
            });
}

PhoneController::~PhoneController()
{
    phone_.stop();
    phone_.setAudioDevice(nullptr);
}

void PhoneController::print(const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

bool PhoneController::start()
{
    audio_ = std::make_unique<FileAudioDevice>();
    if (options_.toneHz > 0.0)
        audio_->setSourceTone(options_.toneHz);
    else if (!options_.playFile.isEmpty())
        audio_->setSourceFile(options_.playFile, false);
    if (!options_.recordFile.isEmpty())
        audio_->setSinkFile(options_.recordFile);

    SoftphoneConfig config;
    config.listenAddress = options_.listenHost;
    config.listenPort = options_.listenPort;
    config.transports = {options_.transport};
    config.audioCodecs = options_.codecs;
    config.userAgent = QStringLiteral("relais-phone");
    // TLS material without widening the command line (the engine can be a TLS client without).
    config.tlsCertificateFile = qEnvironmentVariable("RELAIS_PHONE_TLS_CERT");
    config.tlsCaFile = qEnvironmentVariable("RELAIS_PHONE_TLS_CA");
    config.honourAutoAnswer = true;
    QString error;
    if (!phone_.start(config, &error)) {
        print(QStringLiteral("error"), {{QStringLiteral("message"), error}});
        exitStatus_ = 3;
        return false;
    }
    phone_.setAudioDevice(audio_.get());
    print(QStringLiteral("listening"),
          {{QStringLiteral("address"), phone_.localAddress()},
           {QStringLiteral("port"), int(phone_.localPort(options_.transport))},
           {QStringLiteral("transport"), sipTransportName(options_.transport)}});

    if (!options_.registrar.isEmpty()) {
        AccountConfig account;
        account.id = QStringLiteral("account");
        QString host = options_.registrar;
        host.remove(QRegularExpression(QStringLiteral("^sips?:"),
                                       QRegularExpression::CaseInsensitiveOption));
        host = host.section(QLatin1Char(';'), 0, 0);
        account.aor = QStringLiteral("sip:%1@%2").arg(options_.user, host);
        account.registrar = options_.registrar;
        account.username = options_.user;
        account.password = options_.password;
        account.transport = options_.transport;
        if (!phone_.addAccount(account, &error)) {
            print(QStringLiteral("registration_failed"),
                  {{QStringLiteral("status"), 0}, {QStringLiteral("reason"), error}});
            exitStatus_ = 1;
            return false;
        }
    } else if (!options_.dial.isEmpty()) {
        dialedAtStart_ = true;
        dial(options_.dial, true);
    }
    return true;
}

void PhoneController::dial(const QString &uri, bool fromCommandLine)
{
    QString error;
    const QString id = phone_.dial(uri, {}, &error);
    if (id.isEmpty()) {
        print(QStringLiteral("closed"), {{QStringLiteral("reason"), QStringLiteral("failed")},
                                         {QStringLiteral("text"), error}});
        callFailed_ = true;
        if (fromCommandLine)
            QTimer::singleShot(0, this, [this] { quit(2); });
        return;
    }
    Tracked state;
    state.fromCommandLine = fromCommandLine;
    calls_.insert(id, state);
    order_.append(id);
}

QString PhoneController::ringingCall() const
{
    for (auto it = order_.crbegin(); it != order_.crend(); ++it) {
        const auto call = phone_.call(*it);
        if (call && call->direction == CallDirection::Incoming &&
            call->state != softphone::CallState::Established)
            return *it;
    }
    return QString();
}

QString PhoneController::currentCall() const
{
    // The newest call that is up and not on hold, else the newest call at all.
    for (auto it = order_.crbegin(); it != order_.crend(); ++it) {
        const auto call = phone_.call(*it);
        if (call && call->state == softphone::CallState::Established && !call->heldLocally)
            return *it;
    }
    for (auto it = order_.crbegin(); it != order_.crend(); ++it) {
        if (phone_.call(*it))
            return *it;
    }
    return QString();
}

void PhoneController::handleCommand(const QString &line)
{
    const QString command = line.section(QLatin1Char(' '), 0, 0).toLower();
    const QString argument = line.section(QLatin1Char(' '), 1).trimmed();
    auto noCall = [this, &command] {
        print(QStringLiteral("error"),
              {{QStringLiteral("message"), QStringLiteral("%1: no call").arg(command)}});
    };
    if (command == QLatin1String("quit")) {
        quit();
    } else if (command == QLatin1String("dial")) {
        if (argument.isEmpty())
            print(QStringLiteral("error"),
                  {{QStringLiteral("message"), QStringLiteral("dial: no URI")}});
        else
            dial(argument, false);
    } else if (command == QLatin1String("answer")) {
        const QString id = ringingCall();
        if (id.isEmpty() || !phone_.answer(id))
            noCall();
    } else if (command == QLatin1String("hangup")) {
        const QString id = currentCall();
        if (id.isEmpty() || !phone_.hangup(id))
            noCall();
    } else if (command == QLatin1String("hold")) {
        const QString id = currentCall();
        if (id.isEmpty() || !phone_.hold(id))
            noCall();
    } else if (command == QLatin1String("resume")) {
        QString id;
        for (auto it = order_.crbegin(); it != order_.crend() && id.isEmpty(); ++it) {
            const auto call = phone_.call(*it);
            if (call && call->heldLocally)
                id = *it;
        }
        if (id.isEmpty() || !phone_.resume(id))
            noCall();
    } else if (command == QLatin1String("mute") || command == QLatin1String("unmute")) {
        const QString id = currentCall();
        if (id.isEmpty() || !phone_.setMuted(id, command == QLatin1String("mute")))
            noCall();
    } else if (command == QLatin1String("dtmf")) {
        const QString id = currentCall();
        if (id.isEmpty() || !phone_.sendDtmf(id, argument))
            noCall();
    } else if (command == QLatin1String("transfer")) {
        const QString id = currentCall();
        if (argument.isEmpty())
            print(QStringLiteral("error"),
                  {{QStringLiteral("message"), QStringLiteral("transfer: no URI")}});
        else if (id.isEmpty() || !phone_.transfer(id, argument))
            noCall();
    } else {
        print(QStringLiteral("error"),
              {{QStringLiteral("message"), QStringLiteral("unknown command '%1'").arg(command)}});
    }
}

void PhoneController::onRegistration(const RegistrationStatus &status)
{
    if (status.state == RegistrationState::Registered) {
        const bool first = !everRegistered_;
        everRegistered_ = true;
        if (first) {
            print(QStringLiteral("registered"),
                  {{QStringLiteral("registrar"), status.registrar},
                   {QStringLiteral("expires"), status.expiresSeconds}});
            if (options_.exitAfterRegister) {
                quit(0);
                return;
            }
            if (!options_.dial.isEmpty() && !dialedAtStart_) {
                dialedAtStart_ = true;
                dial(options_.dial, true);
            }
        }
    } else if (status.state == RegistrationState::Failed) {
        QJsonObject fields{{QStringLiteral("status"), status.sipStatus}};
        if (!status.reason.isEmpty())
            fields.insert(QStringLiteral("reason"), status.reason);
        print(QStringLiteral("registration_failed"), fields);
        if (!everRegistered_)
            quit(1);
    }
}

void PhoneController::onIncoming(const CallInfo &call)
{
    if (!calls_.contains(call.id)) {
        calls_.insert(call.id, Tracked{});
        order_.append(call.id);
    }
    QJsonObject fields{{QStringLiteral("call"), call.id}, {QStringLiteral("from"), call.remoteUri}};
    if (!call.remoteDisplayName.isEmpty())
        fields.insert(QStringLiteral("name"), call.remoteDisplayName);
    if (!call.interactionId().isEmpty())
        fields.insert(QStringLiteral("interaction"), call.interactionId());
    if (call.callWaiting)
        fields.insert(QStringLiteral("waiting"), true);
    if (call.autoAnswer)
        fields.insert(QStringLiteral("auto_answer"), true);
    print(QStringLiteral("incoming"), fields);
    if (options_.autoAnswer && !call.autoAnswer)
        phone_.answer(call.id);
}

void PhoneController::onUpdated(const CallInfo &call)
{
    auto it = calls_.find(call.id);
    if (it == calls_.end()) {
        it = calls_.insert(call.id, Tracked{});
        order_.append(call.id);
    }
    Tracked &state = *it;
    const QJsonObject id{{QStringLiteral("call"), call.id}};
    if (!state.ringingReported && call.direction == CallDirection::Outgoing &&
        (call.state == softphone::CallState::Ringing ||
         call.state == softphone::CallState::EarlyMedia)) {
        state.ringingReported = true;
        print(QStringLiteral("ringing"), id);
    }
    if (!state.established && call.state == softphone::CallState::Established) {
        state.established = true;
        QJsonObject fields = id;
        if (!call.codec.isEmpty())
            fields.insert(QStringLiteral("codec"), call.codec);
        print(QStringLiteral("established"), fields);
        if (!options_.dtmf.isEmpty())
            phone_.sendDtmf(call.id, options_.dtmf);
        if (options_.hangupAfterSeconds > 0.0) {
            const QString callId = call.id;
            QTimer::singleShot(int(options_.hangupAfterSeconds * 1000), this,
                               [this, callId] { phone_.hangup(callId); });
        }
    }
    const bool held = call.heldLocally || call.heldByRemote;
    if (held != state.held) {
        state.held = held;
        QJsonObject fields = id;
        if (held)
            fields.insert(QStringLiteral("by"),
                          call.heldLocally ? QStringLiteral("local") : QStringLiteral("remote"));
        print(held ? QStringLiteral("held") : QStringLiteral("resumed"), fields);
    }
}

void PhoneController::onClosed(const CallInfo &call, CallEndReason reason, int status,
                               const QString &text)
{
    const Tracked state = calls_.value(call.id);
    calls_.remove(call.id);
    order_.removeAll(call.id);
    QJsonObject fields{{QStringLiteral("call"), call.id},
                       {QStringLiteral("reason"), callEndReasonName(reason)}};
    if (status)
        fields.insert(QStringLiteral("status"), status);
    if (!text.isEmpty())
        fields.insert(QStringLiteral("text"), text);
    print(QStringLiteral("closed"), fields);
    ++closedCalls_;
    const bool notPlaced = call.direction == CallDirection::Outgoing && !state.established &&
                           (reason == CallEndReason::Rejected || reason == CallEndReason::Failed);
    if (notPlaced) {
        callFailed_ = true;
        if (state.fromCommandLine) {
            quit(2);
            return;
        }
    }
    if (options_.exitAfterCalls > 0 && closedCalls_ >= options_.exitAfterCalls)
        quit();
}

void PhoneController::quit(int status)
{
    if (quitting_)
        return;
    quitting_ = true;
    exitStatus_ = status >= 0 ? status : (callFailed_ ? 2 : 0);
    phone_.stop(); // hangs up and unregisters; what it reports is still printed
    QCoreApplication::exit(exitStatus_);
}

} // namespace relais::phone
