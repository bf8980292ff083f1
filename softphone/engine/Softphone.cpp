#include "relais/softphone/Softphone.h"
#include "EngineListener.h"
#include "LibreThread.h"
#include "SipAccount.h"
#include "SipHeaders.h"
#include "SipStack.h"
#include "SoftphoneEngine.h"
#include "ThreadAffinity.h"

#include <QCoreApplication>
#include <map>

namespace relais::softphone {

// Hands the libre side's reports to the Qt thread as queued calls on the Softphone.
class Softphone::Bridge : public EngineListener
{
public:
    explicit Bridge(Softphone *owner) : owner_(owner) {}

    void registrationChanged(const RegistrationStatus &status) override
    {
        later([o = owner_, status] { o->onRegistrationChanged(status); });
    }
    void incomingCall(const CallInfo &call) override
    {
        later([o = owner_, call] { o->onCallInfo(call, true); });
    }
    void callUpdated(const CallInfo &call) override
    {
        later([o = owner_, call] { o->onCallInfo(call, false); });
    }
    void callClosed(const CallInfo &call, CallEndReason reason, int sipStatus,
                    const QString &text) override
    {
        later([o = owner_, call, reason, sipStatus, text] {
            o->onCallClosed(call, reason, sipStatus, text);
        });
    }
    void dtmfReceived(const QString &callId, QChar digit) override
    {
        later([o = owner_, callId, digit] { emit o->dtmfReceived(callId, digit); });
    }
    void transferRequested(const QString &callId, const QString &target,
                           const QString &newCallId) override
    {
        later([o = owner_, callId, target, newCallId] {
            emit o->transferRequested(callId, target, newCallId);
        });
    }
    void transferResult(const QString &callId, bool ok, int sipStatus, const QString &text) override
    {
        later([o = owner_, callId, ok, sipStatus, text] {
            emit o->transferResult(callId, ok, sipStatus, text);
        });
    }
    void callQuality(const QString &callId, const CallQuality &quality) override
    {
        later([o = owner_, callId, quality] { emit o->callQuality(callId, quality); });
    }
    void recordingChanged(const QString &callId, bool recording, const QString &error) override
    {
        later([o = owner_, callId, recording, error] {
            emit o->recordingChanged(callId, recording, error);
        });
    }
    void callError(const QString &callId, const QString &error) override
    {
        later([o = owner_, callId, error] { emit o->callError(callId, error); });
    }

private:
    template <typename F> void later(F &&f)
    {
        // Dropped with the Softphone if it is gone before the event is delivered.
        QMetaObject::invokeMethod(owner_, std::forward<F>(f), Qt::QueuedConnection);
    }
    Softphone *owner_;
};

struct Softphone::Private
{
    explicit Private(Softphone *owner) : bridge(owner) {}
    LibreThread thread;
    Bridge bridge;
    ThreadAffinity affinity;
    std::unique_ptr<SoftphoneEngine> engine; // created, used and destroyed on the libre thread
    SoftphoneConfig config;
    // Written by the libre thread before start() returns, read-only afterwards.
    QString localAddress;
    std::map<SipTransport, quint16> ports;
    QHash<QString, CallInfo> calls;
    QHash<QString, RegistrationStatus> registrations;
    int nextOutgoing = 1;
};

Softphone::Softphone(QObject *parent) : QObject(parent), d_(std::make_unique<Private>(this))
{
    d_->affinity.bindToCurrentThread();
    qRegisterMetaType<relais::softphone::CallInfo>();
    qRegisterMetaType<relais::softphone::RegistrationStatus>();
    qRegisterMetaType<relais::softphone::CallQuality>();
    qRegisterMetaType<relais::softphone::CallEndReason>();
}

Softphone::~Softphone()
{
    stop();
}

bool Softphone::checkThread(const char *where) const
{
    return d_->affinity.check(where);
}

void Softphone::setThreadViolationHandler(std::function<void(const char *)> handler)
{
    d_->affinity.setViolationHandler(handler);
    d_->thread.libreAffinity().setViolationHandler(handler);
    d_->thread.ownerAffinity().setViolationHandler(std::move(handler));
}

bool Softphone::start(const SoftphoneConfig &config, QString *error)
{
    if (!checkThread("Softphone::start"))
        return false;
    if (d_->thread.isRunning()) {
        if (error)
            *error = tr("the softphone is already running");
        return false;
    }
    d_->config = config;
    LibreThread::Options options;
    options.name = QStringLiteral("relais-sip");
    options.maxFds = config.maxFds;
    LibreThread::Hooks hooks;
    hooks.setup = [this, config](QString *why) {
        d_->engine = std::make_unique<SoftphoneEngine>(d_->thread, d_->bridge);
        if (!d_->engine->open(config, why))
            return false;
        d_->localAddress = d_->engine->stack().listenAddress();
        for (SipTransport transport : {SipTransport::Udp, SipTransport::Tcp, SipTransport::Tls})
            d_->ports[transport] = d_->engine->stack().localPort(transport);
        return true;
    };
    hooks.shutdown = [this] { d_->engine->beginShutdown([this] { d_->thread.quitLoop(); }); };
    hooks.teardown = [this] { d_->engine.reset(); };
    QString failure;
    if (!d_->thread.start(options, std::move(hooks), &failure)) {
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void Softphone::stop()
{
    if (!checkThread("Softphone::stop") || !d_->thread.isRunning())
        return;
    d_->thread.stop();
    // Deliver what the libre side said on its way out (calls closed with reason Shutdown).
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    for (auto it = d_->registrations.begin(); it != d_->registrations.end(); ++it) {
        if (it->state == RegistrationState::Unregistered)
            continue;
        it->state = RegistrationState::Unregistered;
        it->sipStatus = 0;
        it->reason.clear();
        emit registrationChanged(*it);
    }
    const auto leftovers = d_->calls;
    for (const CallInfo &call : leftovers)
        onCallClosed(call, CallEndReason::Shutdown, 0, QString());
}

bool Softphone::isRunning() const
{
    return d_->thread.isRunning();
}

QString Softphone::localAddress() const
{
    return d_->localAddress;
}

quint16 Softphone::localPort(SipTransport transport) const
{
    const auto it = d_->ports.find(transport);
    return it == d_->ports.end() ? 0 : it->second;
}

template <typename Command>
bool Softphone::post(const QString &callId, const char *where, Command command)
{
    if (!checkThread(where))
        return false;
    if (!callId.isEmpty() && !d_->calls.contains(callId))
        return false;
    return d_->thread.post([this, command = std::move(command)] {
        if (d_->engine)
            command(*d_->engine);
    });
}

void Softphone::setAudioDevice(AudioDevice *device)
{
    post({}, "Softphone::setAudioDevice",
         [device](SoftphoneEngine &engine) { engine.setAudioDevice(device); });
}

bool Softphone::addAccount(const AccountConfig &account, QString *error)
{
    if (!checkThread("Softphone::addAccount"))
        return false;
    if (!isRunning()) {
        if (error)
            *error = tr("the softphone is not running");
        return false;
    }
    AccountConfig checked = account;
    QString why;
    if (!SipAccount::normalise(&checked, &why)) {
        if (error)
            *error = why;
        return false;
    }
    RegistrationStatus status;
    status.accountId = checked.id;
    status.state = RegistrationState::Registering;
    status.registrar = checked.registrar;
    d_->registrations.insert(checked.id, status);
    return post({}, "Softphone::addAccount",
                [checked](SoftphoneEngine &engine) { engine.addAccount(checked); });
}

void Softphone::removeAccount(const QString &accountId)
{
    if (post({}, "Softphone::removeAccount",
             [accountId](SoftphoneEngine &engine) { engine.removeAccount(accountId); }))
        d_->registrations.remove(accountId);
}

std::optional<RegistrationStatus> Softphone::registration(const QString &accountId) const
{
    const auto it = d_->registrations.constFind(accountId);
    if (it == d_->registrations.constEnd())
        return std::nullopt;
    return *it;
}

QString Softphone::dial(const QString &uri, const DialOptions &options, QString *error)
{
    if (!checkThread("Softphone::dial"))
        return QString();
    if (!isRunning()) {
        if (error)
            *error = tr("the softphone is not running");
        return QString();
    }
    QString lines;
    QString why;
    if (!SipHeaders::format(options.headers, &lines, &why)) {
        if (error)
            *error = why;
        return QString();
    }
    if (uri.trimmed().isEmpty()) {
        if (error)
            *error = tr("no address to call");
        return QString();
    }
    const QString callId = QStringLiteral("out-%1").arg(d_->nextOutgoing++);
    CallInfo info;
    info.id = callId;
    info.accountId = options.accountId;
    info.direction = CallDirection::Outgoing;
    info.state = CallState::Dialing;
    info.remoteUri = uri;
    info.startedAt = QDateTime::currentDateTimeUtc();
    d_->calls.insert(callId, info);
    const bool posted = d_->thread.post([this, callId, uri, options] {
        if (d_->engine)
            d_->engine->dial(callId, uri, options);
    });
    if (!posted) {
        d_->calls.remove(callId);
        if (error)
            *error = tr("the softphone is shutting down");
        return QString();
    }
    return callId;
}

bool Softphone::answer(const QString &callId)
{
    return post(callId, "Softphone::answer",
                [callId](SoftphoneEngine &engine) { engine.answer(callId); });
}

bool Softphone::reject(const QString &callId, int sipStatus)
{
    return post(callId, "Softphone::reject",
                [callId, sipStatus](SoftphoneEngine &engine) { engine.reject(callId, sipStatus); });
}

bool Softphone::hangup(const QString &callId)
{
    return post(callId, "Softphone::hangup",
                [callId](SoftphoneEngine &engine) { engine.hangup(callId); });
}

bool Softphone::hold(const QString &callId)
{
    return post(callId, "Softphone::hold",
                [callId](SoftphoneEngine &engine) { engine.hold(callId); });
}

bool Softphone::resume(const QString &callId)
{
    return post(callId, "Softphone::resume",
                [callId](SoftphoneEngine &engine) { engine.resume(callId); });
}

bool Softphone::setMuted(const QString &callId, bool muted)
{
    return post(callId, "Softphone::setMuted",
                [callId, muted](SoftphoneEngine &engine) { engine.setMuted(callId, muted); });
}

bool Softphone::sendDtmf(const QString &callId, const QString &digits)
{
    return post(callId, "Softphone::sendDtmf",
                [callId, digits](SoftphoneEngine &engine) { engine.sendDtmf(callId, digits); });
}

bool Softphone::transfer(const QString &callId, const QString &targetUri)
{
    return post(callId, "Softphone::transfer", [callId, targetUri](SoftphoneEngine &engine) {
        engine.transfer(callId, targetUri);
    });
}

bool Softphone::attendedTransfer(const QString &callId, const QString &targetCallId)
{
    if (!d_->calls.contains(targetCallId))
        return false;
    return post(callId, "Softphone::attendedTransfer",
                [callId, targetCallId](SoftphoneEngine &engine) {
                    engine.attendedTransfer(callId, targetCallId);
                });
}

bool Softphone::startRecording(const QString &callId, const QString &wavPath)
{
    return post(callId, "Softphone::startRecording", [callId, wavPath](SoftphoneEngine &engine) {
        engine.startRecording(callId, wavPath);
    });
}

bool Softphone::stopRecording(const QString &callId)
{
    return post(callId, "Softphone::stopRecording",
                [callId](SoftphoneEngine &engine) { engine.stopRecording(callId); });
}

QList<CallInfo> Softphone::calls() const
{
    return d_->calls.values();
}

std::optional<CallInfo> Softphone::call(const QString &callId) const
{
    const auto it = d_->calls.constFind(callId);
    if (it == d_->calls.constEnd())
        return std::nullopt;
    return *it;
}

void Softphone::onRegistrationChanged(const RegistrationStatus &status)
{
    if (!d_->registrations.contains(status.accountId) &&
        status.state == RegistrationState::Unregistered)
        return; // removed meanwhile
    d_->registrations.insert(status.accountId, status);
    emit registrationChanged(status);
}

void Softphone::onCallInfo(const CallInfo &info, bool incoming)
{
    d_->calls.insert(info.id, info);
    if (incoming)
        emit incomingCall(info);
    else
        emit callUpdated(info);
}

void Softphone::onCallClosed(const CallInfo &info, CallEndReason reason, int sipStatus,
                             const QString &text)
{
    if (!d_->calls.contains(info.id))
        return; // already reported
    CallInfo closed = d_->calls.value(info.id);
    closed.state = CallState::Closed;
    if (!info.codec.isEmpty())
        closed.codec = info.codec;
    d_->calls.remove(info.id);
    emit callClosed(closed, reason, sipStatus, text);
}

} // namespace relais::softphone
