#include "EnginePhone.h"

#include "AudioDeviceFactory.h"
#include "AudioDeviceModel.h"
#include "QtAudioDevice.h"
#include "Ringer.h"
#include "relais/app/CallQualityRating.h"
#include "relais/softphone/Softphone.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace relais::app {

using softphone::CallDirection;
using softphone::CallInfo;
using softphone::CallState;

namespace {
const QString kAccount = QStringLiteral("desk");

QString displayRemote(const CallInfo &call)
{
    if (!call.remoteDisplayName.isEmpty())
        return call.remoteDisplayName;
    static const QRegularExpression user(QStringLiteral("^sips?:([^@;>]+)@"));
    const QRegularExpressionMatch m = user.match(call.remoteUri);
    return m.hasMatch() ? m.captured(1) : call.remoteUri;
}

// "sip:host:port;transport=tcp" → the transport (UDP when not said).
softphone::SipTransport transportOf(const QString &registrar)
{
    static const QRegularExpression param(QStringLiteral(";transport=([a-z]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = param.match(registrar);
    if (m.hasMatch())
        if (auto t = softphone::sipTransportFromName(m.captured(1).toLower()))
            return *t;
    return registrar.startsWith(QLatin1String("sips:")) ? softphone::SipTransport::Tls
                                                        : softphone::SipTransport::Udp;
}
} // namespace

EnginePhone::EnginePhone(const Options &options, QObject *parent)
    : PhoneControl(parent), m_options(options)
{
    qRegisterMetaType<PhoneCall>();
    qRegisterMetaType<PhoneQuality>();
    QSettings settings;
    settings.beginGroup(m_options.settingsGroup);
    softphone::AudioPreferences prefs;
    prefs.inputId = settings.value(QStringLiteral("microphone")).toByteArray();
    prefs.outputId = settings.value(QStringLiteral("headset")).toByteArray();
    prefs.ringerId = settings.value(QStringLiteral("ringer")).toByteArray();
    prefs.disabled = !m_options.useSoundDevices;
    m_ringerId = prefs.ringerId;
    if (!m_options.device) {
        softphone::AudioDeviceChoice choice = softphone::createAudioDevice(prefs);
        m_ownDevice = std::move(choice.device);
        m_fallbackReason = choice.fallbackReason;
        if (!choice.isNull())
            m_headset = static_cast<softphone::QtAudioDevice *>(m_ownDevice.get());
    }
    if (m_headset) {
        m_ringer = std::make_unique<softphone::Ringer>();
        m_ringer->setDeviceId(m_ringerId);
        connect(m_ringer.get(), &softphone::Ringer::problem, this, &PhoneControl::problem);
        connect(m_headset, &softphone::QtAudioDevice::deviceProblem, this, &PhoneControl::problem);
        m_microphones =
            new softphone::AudioDeviceModel(softphone::AudioDeviceModel::Kind::Inputs, this);
        m_outputs =
            new softphone::AudioDeviceModel(softphone::AudioDeviceModel::Kind::Outputs, this);
    }
}

EnginePhone::~EnginePhone()
{
    if (m_engine) {
        m_engine->stop();
        m_engine->setAudioDevice(nullptr);
    }
}

PhoneControl::Features EnginePhone::features() const
{
    Features f = Hold | Mute | Dtmf | TransferToNumber | Quality;
    if (m_headset)
        f |= Levels | Devices;
    return f;
}

bool EnginePhone::ensureStarted()
{
    if (m_engine && m_engine->isRunning())
        return true;
    m_engine = std::make_unique<softphone::Softphone>();
    softphone::SoftphoneConfig config;
    config.listenAddress = m_options.listenAddress;
    config.transports = {softphone::SipTransport::Udp, softphone::SipTransport::Tcp};
    config.displayName = m_credentials.username;
    QString error;
    if (!m_engine->start(config, &error)) {
        m_engine.reset();
        emit registrationChanged(false, tr("The phone cannot start: %1").arg(error));
        return false;
    }
    m_engine->setAudioDevice(m_options.device ? m_options.device : m_ownDevice.get());
    using S = softphone::Softphone;
    connect(m_engine.get(), &S::registrationChanged, this, &EnginePhone::onRegistration);
    connect(m_engine.get(), &S::incomingCall, this, &EnginePhone::onIncoming);
    connect(m_engine.get(), &S::callUpdated, this, &EnginePhone::onUpdated);
    connect(m_engine.get(), &S::callClosed, this, &EnginePhone::onClosed);
    connect(m_engine.get(), &S::callQuality, this, &EnginePhone::onQuality);
    connect(m_engine.get(), &S::callError, this,
            [this](const QString &, const QString &text) { emit problem(text); });
    connect(m_engine.get(), &S::transferResult, this,
            [this](const QString &, bool ok, int status, const QString &text) {
                if (!ok)
                    emit problem(tr("Transfer failed: %1 %2").arg(status).arg(text));
            });
    return true;
}

void EnginePhone::registerAccount(const SipCredentials &credentials)
{
    if (m_accountAdded && m_engine)
        m_engine->removeAccount(kAccount);
    m_accountAdded = false;
    m_credentials = credentials;
    if (credentials.registrar.isEmpty()) {
        emit registrationChanged(false, tr("the server has no voice service"));
        return;
    }
    if (!ensureStarted())
        return;
    softphone::AccountConfig account;
    account.id = kAccount;
    account.aor = credentials.uri;
    account.registrar = credentials.registrar;
    account.username = credentials.username;
    account.password = credentials.password;
    account.transport = transportOf(credentials.registrar);
    QString error;
    if (!m_engine->addAccount(account, &error)) {
        emit registrationChanged(false, error);
        return;
    }
    m_accountAdded = true;
}

void EnginePhone::unregisterAccount()
{
    if (m_accountAdded && m_engine)
        m_engine->removeAccount(kAccount);
    m_accountAdded = false;
    m_credentials = {};
    emit registrationChanged(false, QString());
}

void EnginePhone::onRegistration(const softphone::RegistrationStatus &status)
{
    if (status.accountId != kAccount || !m_accountAdded)
        return;
    using softphone::RegistrationState;
    switch (status.state) {
    case RegistrationState::Registered:
        emit registrationChanged(true, QString());
        break;
    case RegistrationState::Failed:
        emit registrationChanged(
            false, status.sipStatus
                       ? QStringLiteral("%1 %2").arg(status.sipStatus).arg(status.reason)
                       : status.reason);
        break;
    case RegistrationState::Registering:
    case RegistrationState::Unregistered:
        break;
    }
}

QString EnginePhone::engineIdFor(const QString &sipCallId) const
{
    if (sipCallId.isEmpty())
        return m_currentEngineId;
    return m_sipToEngine.value(sipCallId);
}

void EnginePhone::onIncoming(const CallInfo &call)
{
    m_sipToEngine.insert(call.sipCallId, call.id);
    const bool answerNow =
        !m_pendingAnswer.isEmpty() && (m_pendingAnswer == call.sipCallId || m_pendingAnswer == "*");
    if (m_current.state == PhoneCall::State::Idle) {
        setCurrent(call);
    } else {
        // A second call while on one: the agent hears the call-waiting beep.
        m_waitingTone = true;
    }
    if (answerNow) {
        m_pendingAnswer.clear();
        m_engine->answer(call.id);
    }
    updateRinger();
}

void EnginePhone::onUpdated(const CallInfo &call)
{
    if (!call.sipCallId.isEmpty() && call.state != CallState::Closed)
        m_sipToEngine.insert(call.sipCallId, call.id);
    if (call.id == m_currentEngineId)
        setCurrent(call);
    updateRinger();
}

void EnginePhone::onClosed(const CallInfo &call, softphone::CallEndReason, int sipStatus,
                           const QString &text)
{
    m_sipToEngine.remove(call.sipCallId);
    if (call.direction == CallDirection::Outgoing && call.establishedAt.isNull() &&
        sipStatus >= 400)
        emit problem(
            tr("Call to %1 failed: %2 %3").arg(displayRemote(call)).arg(sipStatus).arg(text));
    if (call.id == m_currentEngineId) {
        clearCurrent();
        emit callEnded(call.sipCallId);
        // A call that was waiting becomes the current one.
        if (m_engine)
            for (const CallInfo &other : m_engine->calls())
                if (other.state != CallState::Closed && other.id != call.id) {
                    setCurrent(other);
                    break;
                }
    }
    m_waitingTone = false;
    updateRinger();
}

void EnginePhone::onQuality(const QString &callId, const softphone::CallQuality &q)
{
    if (callId != m_currentEngineId)
        return;
    CallFigures f;
    f.codec = q.codec;
    f.packetsReceived = q.packetsReceived;
    f.lossFraction = q.lossFraction;
    f.remoteLossFraction = q.remoteLossFraction;
    f.jitterMs = q.jitterMs;
    f.remoteJitterMs = q.remoteJitterMs;
    f.roundTripMs = q.roundTripMs;
    emit qualityChanged(CallQualityRating::rate(f));
}

void EnginePhone::setCurrent(const CallInfo &call)
{
    PhoneCall c;
    c.sipCallId = call.sipCallId;
    c.remote = displayRemote(call);
    c.autoAnswer = call.autoAnswer;
    c.held = call.heldLocally;
    c.heldByRemote = call.heldByRemote;
    c.muted = call.muted;
    switch (call.state) {
    case CallState::Dialing:
    case CallState::EarlyMedia:
        c.state = PhoneCall::State::Dialing;
        break;
    case CallState::Ringing:
        c.state = call.direction == CallDirection::Incoming ? PhoneCall::State::Ringing
                                                            : PhoneCall::State::Dialing;
        break;
    case CallState::Established:
        c.state = PhoneCall::State::Established;
        break;
    case CallState::Closed:
        c.state = PhoneCall::State::Idle;
        break;
    }
    m_currentEngineId = call.id;
    if (c == m_current)
        return;
    m_current = c;
    emit callChanged(m_current);
}

void EnginePhone::clearCurrent()
{
    m_currentEngineId.clear();
    m_current = {};
    emit callChanged(m_current);
    emit qualityChanged(PhoneQuality{});
}

void EnginePhone::updateRinger()
{
    if (!m_ringer)
        return;
    const bool ringing = m_current.state == PhoneCall::State::Ringing && !m_current.autoAnswer;
    if (ringing)
        m_ringer->start(softphone::CallTones::Tone::Ring);
    else if (m_waitingTone && m_current.state == PhoneCall::State::Established)
        m_ringer->start(softphone::CallTones::Tone::CallWaiting);
    else
        m_ringer->stop();
}

bool EnginePhone::isRinging() const
{
    return m_current.state == PhoneCall::State::Ringing && !m_current.autoAnswer;
}

void EnginePhone::answer(const QString &sipCallId)
{
    const QString id = engineIdFor(sipCallId);
    if (id.isEmpty() || !m_engine) {
        // The desk accepted before the server's INVITE reached us: answer it when it comes.
        m_pendingAnswer = sipCallId.isEmpty() ? QStringLiteral("*") : sipCallId;
        return;
    }
    m_engine->answer(id);
}

void EnginePhone::hangup(const QString &sipCallId)
{
    if (m_pendingAnswer == sipCallId)
        m_pendingAnswer.clear();
    const QString id = engineIdFor(sipCallId);
    if (!id.isEmpty() && m_engine)
        m_engine->hangup(id);
}

QString EnginePhone::dialUri(const QString &number, const QString &registrar)
{
    const QString n = number.trimmed();
    if (n.startsWith(QLatin1String("sip:")) || n.startsWith(QLatin1String("sips:")))
        return n;
    if (n.contains(QLatin1Char('@')))
        return QStringLiteral("sip:") + n;
    QString digits = n;
    digits.remove(QRegularExpression(QStringLiteral("[ .()-]")));
    QString host = registrar;
    host.remove(QRegularExpression(QStringLiteral("^sips?:")));
    return QStringLiteral("sip:%1@%2").arg(digits, host);
}

void EnginePhone::dial(const QString &number)
{
    if (!m_engine || !m_accountAdded) {
        emit problem(tr("The phone is not registered: %1 cannot be called").arg(number));
        return;
    }
    if (m_current.state != PhoneCall::State::Idle) {
        emit problem(tr("Hang up the current call before dialling"));
        return;
    }
    softphone::DialOptions options;
    options.accountId = kAccount;
    QString error;
    const QString id = m_engine->dial(dialUri(number, m_credentials.registrar), options, &error);
    if (id.isEmpty()) {
        emit problem(tr("Cannot call %1: %2").arg(number, error));
        return;
    }
    m_currentEngineId = id;
    m_current = {};
    m_current.state = PhoneCall::State::Dialing;
    m_current.remote = number;
    emit callChanged(m_current);
}

void EnginePhone::setHeld(bool held)
{
    if (!m_engine || m_current.state != PhoneCall::State::Established)
        return;
    if (held)
        m_engine->hold(m_currentEngineId);
    else
        m_engine->resume(m_currentEngineId);
}

void EnginePhone::setMuted(bool muted)
{
    if (m_engine && !m_currentEngineId.isEmpty())
        m_engine->setMuted(m_currentEngineId, muted);
}

void EnginePhone::sendDtmf(const QString &digits)
{
    if (m_engine && m_current.state == PhoneCall::State::Established)
        m_engine->sendDtmf(m_currentEngineId, digits);
}

void EnginePhone::transferToNumber(const QString &number)
{
    if (m_engine && m_current.state == PhoneCall::State::Established)
        m_engine->transfer(m_currentEngineId, dialUri(number, m_credentials.registrar));
}

float EnginePhone::takeInputLevel()
{
    return m_headset ? m_headset->inputLevel().takePeakHold() : 0.0f;
}

float EnginePhone::takeOutputLevel()
{
    return m_headset ? m_headset->outputLevel().takePeakHold() : 0.0f;
}

QAbstractItemModel *EnginePhone::microphones()
{
    return m_microphones;
}

QAbstractItemModel *EnginePhone::outputs()
{
    return m_outputs;
}

QByteArray EnginePhone::microphoneId() const
{
    return m_headset ? m_headset->preferences().inputId : QByteArray();
}

QByteArray EnginePhone::headsetId() const
{
    return m_headset ? m_headset->preferences().outputId : QByteArray();
}

QByteArray EnginePhone::ringerId() const
{
    return m_ringerId;
}

void EnginePhone::setDevices(const QByteArray &microphone, const QByteArray &headset,
                             const QByteArray &ringer)
{
    if (!m_headset)
        return;
    softphone::AudioPreferences prefs = m_headset->preferences();
    prefs.inputId = microphone;
    prefs.outputId = headset;
    prefs.ringerId = ringer;
    m_headset->setPreferences(prefs);
    m_ringerId = ringer;
    m_ringer->setDeviceId(ringer);
    QSettings settings;
    settings.beginGroup(m_options.settingsGroup);
    settings.setValue(QStringLiteral("microphone"), microphone);
    settings.setValue(QStringLiteral("headset"), headset);
    settings.setValue(QStringLiteral("ringer"), ringer);
}

QString EnginePhone::contactAddress() const
{
    if (!m_engine || !m_engine->isRunning())
        return {};
    return QStringLiteral("%1:%2")
        .arg(m_engine->localAddress())
        .arg(m_engine->localPort(softphone::SipTransport::Udp));
}

} // namespace relais::app
