#include "SoftphoneEngine.h"
#include "EngineListener.h"
#include "Libre.h"
#include "LibreThread.h"
#include "SipAccount.h"
#include "SipMessage.h"
#include "SipStack.h"
#include "SipUri.h"
#include "media/MediaSession.h"

#include <QUrl>

namespace relais::softphone {

SoftphoneEngine::SoftphoneEngine(LibreThread &thread, EngineListener &listener)
    : thread_(thread), listener_(listener)
{
}

SoftphoneEngine::~SoftphoneEngine()
{
    thread_.libreAffinity().check("SoftphoneEngine::~SoftphoneEngine");
    autoAnswerTimers_.clear();
    for (auto &[id, call] : calls_)
        call->setEndReasonOverride(CallEndReason::Shutdown);
    calls_.clear();
    closedCalls_.clear();
    accounts_.clear();
    stack_.reset();
}

bool SoftphoneEngine::open(const SoftphoneConfig &config, QString *error)
{
    if (!thread_.libreAffinity().check("SoftphoneEngine::open"))
        return false;
    config_ = config;
    config_.maxCalls = std::max(1, config_.maxCalls);
    stack_ = std::make_unique<SipStack>(thread_);
    SipStack::Config stackConfig;
    stackConfig.listenAddress = config.listenAddress;
    stackConfig.listenPort = config.listenPort;
    stackConfig.transports = config.transports;
    stackConfig.tlsCertificateFile = config.tlsCertificateFile;
    stackConfig.tlsCaFile = config.tlsCaFile;
    stackConfig.userAgent = config.userAgent;
    if (!stack_->open(stackConfig, error))
        return false;
    stack_->setInviteHandler([this](const struct sip_msg *msg) { onIncomingInvite(msg); });
    if (config_.qualityIntervalMs > 0)
        qualityTimer_.start(config_.qualityIntervalMs, [this] { reportQuality(); });
    return true;
}

void SoftphoneEngine::beginShutdown(std::function<void()> done)
{
    shuttingDown_ = true;
    autoAnswerTimers_.clear();
    qualityTimer_.cancel();
    // Copy: hangup() reports callClosed, which moves the call out of calls_.
    std::vector<SipCall *> open;
    for (auto &[id, call] : calls_)
        open.push_back(call.get());
    for (SipCall *call : open) {
        call->setEndReasonOverride(CallEndReason::Shutdown);
        call->hangup();
    }
    accounts_.clear(); // each one unregisters on its way out
    stack_->close(config_.shutdownTimeoutMs, std::move(done));
}

// --- accounts ---------------------------------------------------------------------------

void SoftphoneEngine::addAccount(const AccountConfig &input)
{
    AccountConfig config = input;
    QString error;
    auto failed = [this, &config](const QString &reason) {
        RegistrationStatus status;
        status.accountId = config.id.isEmpty() ? config.aor : config.id;
        status.state = RegistrationState::Failed;
        status.registrar = config.registrar;
        status.reason = reason;
        listener_.registrationChanged(status);
    };
    if (!SipAccount::normalise(&config, &error)) {
        failed(error);
        return;
    }
    removeAccount(config.id);
    auto account =
        std::make_unique<SipAccount>(*stack_, config, [this](const RegistrationStatus &status) {
            listener_.registrationChanged(status);
        });
    if (!account->start(&error)) {
        failed(error);
        return;
    }
    accounts_.push_back(std::move(account));
}

void SoftphoneEngine::removeAccount(const QString &accountId)
{
    for (auto it = accounts_.begin(); it != accounts_.end(); ++it) {
        if ((*it)->id() == accountId) {
            (*it)->stop();
            accounts_.erase(it);
            return;
        }
    }
}

SipAccount *SoftphoneEngine::accountFor(const QString &accountId) const
{
    if (accountId.isEmpty())
        return accounts_.empty() ? nullptr : accounts_.front().get();
    for (const auto &account : accounts_) {
        if (account->id() == accountId)
            return account.get();
    }
    return nullptr;
}

// --- calls ------------------------------------------------------------------------------

std::unique_ptr<SipCall> SoftphoneEngine::makeCall(const QString &callId, SipAccount *account,
                                                   bool secure)
{
    SipCall::Setup setup;
    setup.id = callId;
    setup.stack = stack_.get();
    setup.observer = this;
    setup.credentials = account ? account->authArgument() : nullptr;
    setup.accountId = account ? account->id() : QString();
    const SipTransport transport =
        account ? account->config().transport
                : (stack_->hasTransport(SipTransport::Udp) ? SipTransport::Udp
                                                           : config_.transports.value(0));
    setup.contactUser = account ? account->contactUser() : config_.contactUser;
    setup.localUri = account ? SipUri::parse(account->config().aor).withoutHeaders()
                             : stack_->contactUri(config_.contactUser, transport);
    setup.displayName = account && !account->config().displayName.isEmpty()
                            ? account->config().displayName
                            : config_.displayName;
    const QByteArray address = stack_->mediaAddress().toUtf8();
    const int portMin = std::clamp(config_.rtpPortMin, 1024, 65534);
    const int portMax = std::clamp(config_.rtpPortMax, portMin + 1, 65535);
    const QList<QString> codecs = config_.audioCodecs;
    const int jitterMin = config_.jitterMinMs, jitterMax = config_.jitterMaxMs;
    setup.createMedia = [address, portMin, portMax, secure, codecs, jitterMin,
                         jitterMax](QString *error) {
        media::MediaConfig mediaConfig;
        if (!codecs.isEmpty())
            mediaConfig.codecs.assign(codecs.begin(), codecs.end());
        if (jitterMin > 0)
            mediaConfig.jitterMinMs = jitterMin;
        if (jitterMax > 0)
            mediaConfig.jitterMaxMs = jitterMax;
        sa_set_str(&mediaConfig.localAddress, address.constData(), 0);
        mediaConfig.rtpPortMin = std::uint16_t(portMin);
        mediaConfig.rtpPortMax = std::uint16_t(portMax);
        mediaConfig.srtp = secure;
        return media::MediaSession::create(mediaConfig, error);
    };
    return std::make_unique<SipCall>(std::move(setup));
}

int SoftphoneEngine::activeCalls() const
{
    int count = 0;
    for (const auto &[id, call] : calls_)
        count += call->isClosed() ? 0 : 1;
    return count;
}

SipCall *SoftphoneEngine::find(const QString &callId, const char *command)
{
    const auto it = calls_.find(callId);
    if (it == calls_.end() || it->second->isClosed()) {
        listener_.callError(
            callId, QStringLiteral("%1: no call %2").arg(QString::fromLatin1(command), callId));
        return nullptr;
    }
    return it->second.get();
}

void SoftphoneEngine::dial(const QString &callId, const QString &uri, const DialOptions &options)
{
    auto fail = [&](const QString &why) {
        CallInfo info;
        info.id = callId;
        info.direction = CallDirection::Outgoing;
        info.state = CallState::Closed;
        info.remoteUri = uri;
        listener_.callClosed(info, CallEndReason::Failed, 0, why);
    };
    if (shuttingDown_)
        return fail(QStringLiteral("the phone is shutting down"));
    if (calls_.count(callId))
        return fail(QStringLiteral("call id %1 is already in use").arg(callId));
    if (activeCalls() >= config_.maxCalls)
        return fail(QStringLiteral("all %1 lines are busy").arg(config_.maxCalls));
    SipAccount *account = accountFor(options.accountId);
    if (!options.accountId.isEmpty() && !account)
        return fail(QStringLiteral("no account %1").arg(options.accountId));

    QString target = uri.trimmed();
    if (!target.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive) &&
        !target.startsWith(QLatin1String("sips:"), Qt::CaseInsensitive)) {
        if (target.contains(QLatin1Char('@'))) {
            target = QStringLiteral("sip:") + target;
        } else if (account) {
            const SipUri registrar = SipUri::parse(account->config().registrar);
            target = QStringLiteral("sip:%1@%2").arg(target, registrar.host());
            if (registrar.port())
                target += QLatin1Char(':') + QString::number(registrar.port());
        }
    }
    const SipUri parsed = SipUri::parse(target);
    if (!parsed.isValid())
        return fail(QStringLiteral("'%1' is not a SIP address").arg(uri));
    const SipTransport transport = account ? account->config().transport : SipTransport::Udp;
    QString requestUri = parsed.withTransport(sipTransportName(transport));
    const bool secure = transport == SipTransport::Tls ||
                        parsed.param(QStringLiteral("transport")).toLower() == QLatin1String("tls");

    QString headerLines;
    QString error;
    if (!SipHeaders::format(options.headers, &headerLines, &error))
        return fail(error);
    if (options.requestAutoAnswer)
        headerLines += QStringLiteral("Call-Info: <%1>;answer-after=0\r\n").arg(requestUri);
    // Replaces/Referred-By come from a REFER we carry out (they are not caller-settable).
    if (!parsed.header(QStringLiteral("Replaces")).isEmpty())
        headerLines +=
            QStringLiteral("Replaces: %1\r\n").arg(parsed.header(QStringLiteral("Replaces")));
    if (!parsed.header(QStringLiteral("Referred-By")).isEmpty())
        headerLines +=
            QStringLiteral("Referred-By: %1\r\n").arg(parsed.header(QStringLiteral("Referred-By")));

    QString route;
    if (account && !account->config().outboundProxy.isEmpty())
        route = SipUri::parse(account->config().outboundProxy)
                    .withTransport(sipTransportName(transport)) +
                QStringLiteral(";lr");

    auto call = makeCall(callId, account, secure);
    call->setAudioDevice(nullptr);
    SipCall *raw = call.get();
    calls_[callId] = std::move(call);
    if (!raw->dial(requestUri, route, headerLines, &error)) {
        closedCalls_.push_back(std::move(calls_[callId]));
        calls_.erase(callId);
        return fail(error);
    }
    listener_.callUpdated(raw->info());
    holdOthers(*raw);
    focus(callId);
}

void SoftphoneEngine::onIncomingInvite(const struct sip_msg *msg)
{
    if (shuttingDown_) {
        (void)sip_treply(nullptr, stack_->sip(), msg, 503, "Service Unavailable");
        return;
    }
    const QString replaces = SipMessage::header(msg, "Replaces");
    if (!replaces.isEmpty()) {
        if (!acceptReplacing(msg, replaces))
            (void)sip_treply(nullptr, stack_->sip(), msg, 481, "Call/Transaction Does Not Exist");
        return;
    }
    if (activeCalls() >= config_.maxCalls) {
        (void)sip_treply(nullptr, stack_->sip(), msg, 486, "Busy Here");
        return;
    }
    const QString callId = QStringLiteral("in-%1").arg(nextIncoming_++);
    // The account the INVITE is meant for: the one whose user is in the request URI.
    SipAccount *account = nullptr;
    const QString user = SipMessage::text(msg->uri.user);
    for (const auto &candidate : accounts_) {
        if (candidate->contactUser() == user)
            account = candidate.get();
    }
    if (!account)
        account = accountFor(QString());
    const bool secure = msg->tp == SIP_TRANSP_TLS;
    auto call = makeCall(callId, account, secure);
    const bool waiting = activeCalls() > 0;
    QString error;
    int refuse = 500;
    SipCall *raw = call.get();
    calls_[callId] = std::move(call);
    if (!raw->accept(msg, waiting, &error, &refuse)) {
        qWarning("relais.softphone: refusing a call: %s", qPrintable(error));
        closedCalls_.push_back(std::move(calls_[callId]));
        calls_.erase(callId);
        (void)sip_treply(nullptr, stack_->sip(), msg, uint16_t(refuse),
                         refuse == 488 ? "Not Acceptable Here" : "Server Internal Error");
        reaper_.start(0, [this] { reap(); });
        return;
    }
    listener_.incomingCall(raw->info());

    // Intercom and click-to-answer: only when nothing else is up (never barge into a call).
    const auto delay = raw->autoAnswerDelay();
    if (config_.honourAutoAnswer && delay && !waiting) {
        auto timer = std::make_unique<LibreTimer>();
        timer->start(*delay * 1000, [this, callId] {
            autoAnswerTimers_.erase(callId); // destroys this timer: nothing after it
            answer(callId);
        });
        autoAnswerTimers_[callId] = std::move(timer);
    }
}

bool SoftphoneEngine::acceptReplacing(const struct sip_msg *msg, const QString &replacesValue)
{
    const auto replaces = SipHeaders::parseReplaces(replacesValue);
    if (!replaces)
        return false;
    SipCall *replaced = nullptr;
    for (auto &[id, call] : calls_) {
        if (!call->isClosed() && call->matches(*replaces))
            replaced = call.get();
    }
    if (!replaced || (replaces->earlyOnly && replaced->isEstablished()))
        return false;
    const QString callId = QStringLiteral("in-%1").arg(nextIncoming_++);
    auto call = makeCall(callId, accountFor(replaced->info().accountId), msg->tp == SIP_TRANSP_TLS);
    QString error;
    int refuse = 500;
    SipCall *raw = call.get();
    calls_[callId] = std::move(call);
    if (!raw->accept(msg, false, &error, &refuse)) {
        closedCalls_.push_back(std::move(calls_[callId]));
        calls_.erase(callId);
        (void)sip_treply(nullptr, stack_->sip(), msg, uint16_t(refuse), "Not Acceptable Here");
        reaper_.start(0, [this] { reap(); });
        return true;
    }
    listener_.incomingCall(raw->info());
    // RFC 3891: the new dialog takes over the old one's place without ringing.
    replaced->setEndReasonOverride(CallEndReason::Replaced);
    replaced->hangup();
    raw->answer();
    focus(callId);
    return true;
}

void SoftphoneEngine::answer(const QString &callId)
{
    if (SipCall *call = find(callId, "answer")) {
        autoAnswerTimers_.erase(callId);
        holdOthers(*call);
        call->answer();
        focus(callId);
    }
}

void SoftphoneEngine::reject(const QString &callId, int sipStatus)
{
    if (SipCall *call = find(callId, "reject"))
        call->reject(sipStatus);
}

void SoftphoneEngine::hangup(const QString &callId)
{
    if (SipCall *call = find(callId, "hangup"))
        call->hangup();
}

void SoftphoneEngine::hold(const QString &callId)
{
    if (SipCall *call = find(callId, "hold"))
        call->hold();
    routeAudio();
}

void SoftphoneEngine::resume(const QString &callId)
{
    if (SipCall *call = find(callId, "resume")) {
        holdOthers(*call);
        call->resume();
        focus(callId);
    }
}

void SoftphoneEngine::setMuted(const QString &callId, bool muted)
{
    if (SipCall *call = find(callId, "mute"))
        call->setMuted(muted);
}

void SoftphoneEngine::sendDtmf(const QString &callId, const QString &digits)
{
    if (SipCall *call = find(callId, "dtmf"))
        call->sendDtmf(digits);
}

void SoftphoneEngine::transfer(const QString &callId, const QString &target)
{
    if (SipCall *call = find(callId, "transfer"))
        call->transfer(target);
}

void SoftphoneEngine::attendedTransfer(const QString &callId, const QString &targetCallId)
{
    SipCall *call = find(callId, "transfer");
    SipCall *target = call ? find(targetCallId, "transfer") : nullptr;
    if (call && target)
        call->transferReplacing(*target);
}

void SoftphoneEngine::startRecording(const QString &callId, const QString &path)
{
    if (SipCall *call = find(callId, "record"))
        call->startRecording(path);
}

void SoftphoneEngine::stopRecording(const QString &callId)
{
    if (SipCall *call = find(callId, "record"))
        call->stopRecording();
}

void SoftphoneEngine::setAudioDevice(AudioDevice *device)
{
    audio_ = device;
    routeAudio();
}

void SoftphoneEngine::holdOthers(const SipCall &except)
{
    for (auto &[id, call] : calls_) {
        if (call.get() != &except && !call->isClosed() && call->isEstablished() &&
            !call->info().heldLocally)
            call->hold();
    }
}

void SoftphoneEngine::focus(const QString &callId)
{
    focusedCall_ = callId;
    routeAudio();
}

void SoftphoneEngine::routeAudio()
{
    // One device, one call: the one in focus, unless it is on hold. Detach first, so the
    // device is closed by the old call before the new one opens it.
    SipCall *focused = nullptr;
    const auto it = calls_.find(focusedCall_);
    if (it != calls_.end() && !it->second->isClosed() && !it->second->info().heldLocally)
        focused = it->second.get();
    for (auto &[id, call] : calls_) {
        if (call.get() != focused)
            call->setAudioDevice(nullptr);
    }
    if (focused)
        focused->setAudioDevice(audio_);
}

// --- SipCall::Observer ------------------------------------------------------------------

void SoftphoneEngine::callUpdated(SipCall &call)
{
    listener_.callUpdated(call.info());
    const auto origin = transferOrigin_.find(call.id());
    if (origin != transferOrigin_.end()) {
        const auto referred = calls_.find(origin->second);
        if (referred != calls_.end()) {
            if (call.isEstablished())
                referred->second->reportTransferProgress(200, QStringLiteral("OK"));
            else if (call.info().state == CallState::Ringing)
                referred->second->reportTransferProgress(180, QStringLiteral("Ringing"));
        }
        if (call.isEstablished())
            transferOrigin_.erase(origin);
    }
    routeAudio();
}

void SoftphoneEngine::callClosed(SipCall &call, CallEndReason reason, int sipStatus,
                                 const QString &text)
{
    const QString id = call.id();
    autoAnswerTimers_.erase(id);
    const auto origin = transferOrigin_.find(id);
    if (origin != transferOrigin_.end()) {
        const auto referred = calls_.find(origin->second);
        if (referred != calls_.end())
            referred->second->reportTransferProgress(sipStatus >= 300 ? sipStatus : 503,
                                                     text.isEmpty() ? QStringLiteral("Failed")
                                                                    : text);
        transferOrigin_.erase(origin);
    }
    listener_.callClosed(call.info(), reason, sipStatus, text);
    const auto it = calls_.find(id);
    if (it != calls_.end() && it->second.get() == &call) {
        closedCalls_.push_back(std::move(it->second));
        calls_.erase(it);
    }
    if (focusedCall_ == id) {
        focusedCall_.clear();
        routeAudio();
    }
    reaper_.start(0, [this] { reap(); });
}

void SoftphoneEngine::reap()
{
    closedCalls_.clear();
}

void SoftphoneEngine::callDtmf(SipCall &call, QChar digit)
{
    listener_.dtmfReceived(call.id(), digit);
}

void SoftphoneEngine::callReferred(SipCall &call, const QString &target, const QString &replaces)
{
    const QString newId = QStringLiteral("xfer-%1").arg(nextIncoming_++);
    QString uri = target;
    if (!replaces.isEmpty())
        uri +=
            QStringLiteral("?Replaces=") + QString::fromLatin1(QUrl::toPercentEncoding(replaces));
    transferOrigin_[newId] = call.id();
    listener_.transferRequested(call.id(), target, newId);
    DialOptions options;
    options.accountId = call.info().accountId;
    dial(newId, uri, options);
}

void SoftphoneEngine::callTransferResult(SipCall &call, bool ok, int sipStatus, const QString &text)
{
    listener_.transferResult(call.id(), ok, sipStatus, text);
}

void SoftphoneEngine::callRecording(SipCall &call, bool recording, const QString &error)
{
    listener_.recordingChanged(call.id(), recording, error);
}

void SoftphoneEngine::callError(SipCall &call, const QString &error)
{
    listener_.callError(call.id(), error);
}

void SoftphoneEngine::reportQuality()
{
    for (const auto &[id, call] : calls_) {
        if (!call->isEstablished())
            continue;
        if (const auto quality = call->quality())
            listener_.callQuality(id, *quality);
    }
    qualityTimer_.start(config_.qualityIntervalMs, [this] { reportQuality(); });
}

} // namespace relais::softphone
