#include "SipCall.h"
#include "Libre.h"
#include "LibreThread.h"
#include "SdpHold.h"
#include "SipAccount.h"
#include "SipMessage.h"
#include "SipStack.h"
#include "media/MediaSession.h"

namespace relais::softphone {

namespace {

constexpr const char *sdpType = "application/sdp";
constexpr const char *allowHeader =
    "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, REFER, NOTIFY\r\n"
    "Supported: replaces\r\n";

QString errorText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

bool hasSdp(const struct sip_msg *msg)
{
    return msg && mbuf_get_left(msg->mb) > 0 && msg_ctype_cmp(&msg->ctyp, "application", "sdp");
}

} // namespace

SipCall::SipCall(Setup setup) : setup_(std::move(setup))
{
    setup_.credentials = mem_ref(setup_.credentials);
    info_.id = setup_.id;
    info_.accountId = setup_.accountId;
    info_.localUri = setup_.localUri;
    info_.startedAt = QDateTime::currentDateTimeUtc();
}

SipCall::~SipCall()
{
    checkThread("SipCall::~SipCall");
    if (media_)
        media_->stop();
    releaseSession();
    mem_deref(pendingAnswer_);
    mem_deref(setup_.credentials);
}

bool SipCall::checkThread(const char *where) const
{
    return setup_.stack->thread().libreAffinity().check(where);
}

void SipCall::changed()
{
    if (!closed_)
        setup_.observer->callUpdated(*this);
}

void SipCall::releaseSession()
{
    // Libre answers/ends what is left: CANCEL an unanswered INVITE, 486 an unanswered
    // incoming one, BYE an established dialog; the subscription and notifier say goodbye.
    referSubscription_ = static_cast<struct sipsub *>(mem_deref(referSubscription_));
    referNotifier_ = static_cast<struct sipnot *>(mem_deref(referNotifier_));
    session_ = static_cast<struct sipsess *>(mem_deref(session_));
}

void SipCall::close(CallEndReason reason, int sipStatus, const QString &text)
{
    if (closed_)
        return;
    if (endOverride_)
        reason = *endOverride_;
    if (media_) {
        media_->stop();
        if (!info_.codec.isEmpty() || mediaStarted_)
            info_.codec = media_->codecName();
    }
    mediaStarted_ = false;
    info_.state = CallState::Closed;
    closed_ = true;
    setup_.observer->callClosed(*this, reason, sipStatus, text);
}

bool SipCall::ensureMedia(QString *error)
{
    if (media_)
        return true;
    media_ = setup_.createMedia(error);
    if (!media_)
        return false;
    media_->setAudioDevice(audio_);
    media_->setDtmfHandler([this](char digit) {
        if (!closed_)
            setup_.observer->callDtmf(*this, QChar::fromLatin1(digit));
    });
    return true;
}

bool SipCall::startMedia()
{
    if (!media_)
        return false;
    if (!mediaStarted_) {
        mediaStarted_ = media_->start();
        if (!mediaStarted_)
            setup_.observer->callError(*this, QStringLiteral("the call's media could not start"));
    }
    info_.codec = media_->codecName();
    info_.secureMedia = mediaStarted_ && media_->isSecure();
    return mediaStarted_;
}

void SipCall::setAudioDevice(AudioDevice *device)
{
    if (device == audio_)
        return; // the media would close and reopen it
    audio_ = device;
    if (media_)
        media_->setAudioDevice(device);
}

bool SipCall::dial(const QString &uri, const QString &route, const QString &headerLines,
                   QString *error)
{
    if (!checkThread("SipCall::dial"))
        return false;
    info_.direction = CallDirection::Outgoing;
    info_.state = CallState::Dialing;
    info_.remoteUri = uri;
    if (!ensureMedia(error))
        return false;
    struct mbuf *offer = nullptr;
    int err = media_->encodeOffer(&offer);
    if (err) {
        *error = QStringLiteral("cannot describe the call's media: %1").arg(errorText(err));
        return false;
    }
    const QByteArray to = uri.toUtf8();
    const QByteArray from = setup_.localUri.toUtf8();
    const QByteArray name = setup_.displayName.toUtf8();
    const QByteArray cuser = setup_.contactUser.toUtf8();
    const QByteArray routeText = route.toUtf8();
    const char *routes[1] = {routeText.constData()};
    const QByteArray headers = headerLines.toUtf8();
    err = sipsess_connect(&session_, setup_.stack->sessionSocket(), to.constData(),
                          name.isEmpty() ? nullptr : name.constData(), from.constData(),
                          cuser.constData(), route.isEmpty() ? nullptr : routes,
                          route.isEmpty() ? 0 : 1, sdpType, offer,
                          setup_.credentials ? &SipAccount::authHandler : nullptr, authArgument(),
                          true, &SipCall::onOffer, &SipCall::onAnswer, &SipCall::onProgress,
                          &SipCall::onEstablished, &SipCall::onInfo, &SipCall::onRefer,
                          &SipCall::onClose, this, "%s%s", allowHeader, headers.constData());
    mem_deref(offer);
    if (err) {
        session_ = nullptr;
        *error = QStringLiteral("cannot call %1: %2").arg(uri, errorText(err));
        return false;
    }
    callId_ = QString::fromUtf8(sip_dialog_callid(sipsess_dialog(session_)));
    info_.sipCallId = callId_;
    return true;
}

bool SipCall::accept(const struct sip_msg *invite, bool callWaiting, QString *error,
                     int *refuseStatus)
{
    if (!checkThread("SipCall::accept"))
        return false;
    info_.direction = CallDirection::Incoming;
    info_.state = CallState::Ringing;
    info_.callWaiting = callWaiting;
    info_.remoteUri = SipMessage::text(invite->from.auri);
    info_.remoteDisplayName = SipMessage::text(invite->from.dname);
    const SipHeaders::List headers = SipMessage::headers(invite);
    info_.headers = SipHeaders::interesting(headers);
    autoAnswerDelay_ = SipHeaders::autoAnswerDelay(headers);
    info_.autoAnswer = autoAnswerDelay_.has_value();
    remoteContact_ = SipMessage::contactUri(invite);

    *refuseStatus = 500;
    if (!ensureMedia(error))
        return false;
    if (hasSdp(invite)) {
        const int err = media_->decodeOffer(invite->mb, &pendingAnswer_);
        if (err) {
            *refuseStatus = 488;
            *error = QStringLiteral("no common media with the caller: %1").arg(errorText(err));
            return false;
        }
        updateRemoteHold(invite);
    } else {
        lateOffer_ = true;
    }
    const QByteArray cuser = setup_.contactUser.toUtf8();
    const int err = sipsess_accept(
        &session_, setup_.stack->sessionSocket(), invite, 180, "Ringing", cuser.constData(),
        sdpType, nullptr, setup_.credentials ? &SipAccount::authHandler : nullptr, authArgument(),
        true, &SipCall::onOffer, &SipCall::onAnswer, &SipCall::onEstablished, &SipCall::onInfo,
        &SipCall::onRefer, &SipCall::onClose, this, "%s", allowHeader);
    if (err) {
        session_ = nullptr;
        *error = QStringLiteral("cannot answer the INVITE: %1").arg(errorText(err));
        return false;
    }
    callId_ = SipMessage::text(invite->callid);
    info_.sipCallId = callId_;
    remoteTag_ = SipMessage::text(invite->from.tag);
    return true;
}

void SipCall::answer()
{
    if (!checkThread("SipCall::answer") || closed_ || !session_)
        return;
    if (info_.direction != CallDirection::Incoming || answering_ ||
        info_.state == CallState::Established) {
        setup_.observer->callError(*this, QStringLiteral("this call cannot be answered now"));
        return;
    }
    struct mbuf *sdp = nullptr;
    if (lateOffer_) {
        const int err = media_->encodeOffer(&sdp);
        if (err) {
            setup_.observer->callError(
                *this, QStringLiteral("cannot describe the media: %1").arg(errorText(err)));
            return;
        }
    } else {
        sdp = static_cast<struct mbuf *>(mem_ref(pendingAnswer_));
    }
    const int err = sipsess_answer(session_, 200, "OK", sdp, "%s", allowHeader);
    mem_deref(sdp);
    if (err) {
        setup_.observer->callError(*this, QStringLiteral("cannot answer: %1").arg(errorText(err)));
        return;
    }
    answering_ = true;
    if (!lateOffer_)
        startMedia(); // the caller may send RTP before its ACK arrives
}

void SipCall::reject(int sipStatus)
{
    if (!checkThread("SipCall::reject") || closed_ || !session_)
        return;
    if (info_.direction != CallDirection::Incoming || answering_) {
        hangup();
        return;
    }
    const int status = sipStatus >= 400 && sipStatus < 700 ? sipStatus : 486;
    const char *reason = status == 603   ? "Decline"
                         : status == 486 ? "Busy Here"
                         : status == 480 ? "Temporarily Unavailable"
                                         : "Rejected";
    (void)sipsess_reject(session_, uint16_t(status), reason, nullptr);
    session_ = static_cast<struct sipsess *>(mem_deref(session_));
    close(CallEndReason::Declined, status, QString::fromLatin1(reason));
}

void SipCall::hangup()
{
    if (!checkThread("SipCall::hangup") || closed_)
        return;
    const bool ringingIn = info_.direction == CallDirection::Incoming && !answering_;
    if (ringingIn) {
        // Hanging up a call we never answered is a rejection with 486.
        reject(486);
        return;
    }
    releaseSession();
    close(CallEndReason::LocalHangup, 0, QString());
}

void SipCall::hold()
{
    if (!checkThread("SipCall::hold") || closed_ || !isEstablished() || info_.heldLocally)
        return;
    info_.heldLocally = true;
    sendReinvite();
}

void SipCall::resume()
{
    if (!checkThread("SipCall::resume") || closed_ || !isEstablished() || !info_.heldLocally)
        return;
    info_.heldLocally = false;
    sendReinvite();
}

void SipCall::sendReinvite()
{
    media_->setLocalDirection(info_.heldLocally ? SDP_SENDONLY : SDP_SENDRECV);
    struct mbuf *offer = nullptr;
    int err = media_->encodeOffer(&offer);
    if (!err)
        err = sipsess_modify(session_, offer);
    mem_deref(offer);
    if (err) {
        info_.heldLocally = !info_.heldLocally;
        setup_.observer->callError(
            *this, QStringLiteral("cannot change the hold state: %1").arg(errorText(err)));
        return;
    }
    // The desk hears about it when the far end has answered the re-INVITE (onAnswer).
}

void SipCall::setMuted(bool muted)
{
    if (!checkThread("SipCall::setMuted") || closed_)
        return;
    info_.muted = muted;
    if (media_)
        media_->setMuted(muted);
    changed();
}

void SipCall::sendDtmf(const QString &digits)
{
    if (!checkThread("SipCall::sendDtmf") || closed_)
        return;
    for (QChar digit : digits) {
        const QChar upper = digit.toUpper();
        if (SipHeaders::isValidDtmf(upper))
            dtmfQueue_ += upper;
    }
    sendNextDigit(); // digits given before the media runs wait for it
}

void SipCall::sendNextDigit()
{
    if (closed_ || !media_ || !mediaStarted_)
        return;
    // The media session queues telephone-events and sends them one after another.
    for (QChar digit : std::as_const(dtmfQueue_))
        media_->sendDtmf(digit.toLatin1());
    dtmfQueue_.clear();
}

void SipCall::startRecording(const QString &path)
{
    if (!checkThread("SipCall::startRecording") || closed_ || !media_)
        return;
    QString error;
    const bool ok = media_->startRecording(path, &error);
    setup_.observer->callRecording(*this, ok, ok ? QString() : error);
}

void SipCall::stopRecording()
{
    if (!checkThread("SipCall::stopRecording") || closed_ || !media_)
        return;
    media_->stopRecording();
    setup_.observer->callRecording(*this, false, QString());
}

std::optional<CallQuality> SipCall::quality() const
{
    if (!media_ || !mediaStarted_)
        return std::nullopt;
    const media::RtcpFigures figures = media_->figures();
    CallQuality quality;
    quality.codec = figures.codec.isEmpty() ? media_->codecName() : figures.codec;
    quality.packetsSent = quint32(figures.packetsSent);
    quality.packetsReceived = quint32(figures.packetsReceived);
    quality.packetsLost = quint32(figures.packetsLost);
    quality.lossFraction = figures.lossPercent / 100.0;
    quality.remoteLossFraction = figures.remoteLossPercent / 100.0;
    quality.jitterMs = figures.jitterMs;
    quality.remoteJitterMs = figures.remoteJitterMs;
    quality.srtpAuthFailures = quint32(figures.srtpAuthFailures);
    quality.roundTripMs = figures.roundTripMs > 0.0 ? figures.roundTripMs : -1.0;
    return quality;
}

bool SipCall::matches(const SipHeaders::Replaces &replaces) const
{
    if (replaces.callId != callId_ || localTag_.isEmpty() || remoteTag_.isEmpty())
        return false;
    return (replaces.toTag == localTag_ && replaces.fromTag == remoteTag_) ||
           (replaces.toTag == remoteTag_ && replaces.fromTag == localTag_);
}

void SipCall::rememberDialog(const struct sip_msg *msg, bool outgoing)
{
    // libre 1.1.0 keeps the dialog's tags to itself; the messages carry them.
    if (outgoing) {
        localTag_ = SipMessage::text(msg->from.tag);
        remoteTag_ = SipMessage::text(msg->to.tag);
    } else {
        remoteTag_ = SipMessage::text(msg->from.tag);
        localTag_ = SipMessage::text(msg->to.tag);
    }
}

void SipCall::updateRemoteHold(const struct sip_msg *offer)
{
    info_.heldByRemote = SdpHold::isHoldOffer(SipMessage::body(offer));
}

// --- libre handlers ---------------------------------------------------------------------

int SipCall::onOffer(struct mbuf **descp, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onOffer") || !self->media_)
        return EINVAL;
    int err = 0;
    if (hasSdp(msg)) {
        err = self->media_->decodeOffer(msg->mb, descp);
        if (!err) {
            const bool wasHeld = self->info_.heldByRemote;
            self->updateRemoteHold(msg);
            self->startMedia();
            if (wasHeld != self->info_.heldByRemote)
                self->changed();
        }
    } else {
        err = self->media_->encodeOffer(descp); // a re-INVITE without SDP asks us to offer
    }
    return err;
}

int SipCall::onAnswer(const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onAnswer") || !self->media_)
        return EINVAL;
    if (!hasSdp(msg))
        return 0;
    const int err = self->media_->decodeAnswer(msg->mb);
    if (err)
        return err;
    self->startMedia();
    if (self->isEstablished())
        self->changed(); // a re-INVITE of ours was answered: hold or resume took effect
    return 0;
}

void SipCall::onProgress(const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onProgress") || self->closed_)
        return;
    CallState state = self->info_.state;
    if (hasSdp(msg) && self->media_->decodeAnswer(msg->mb) == 0 && self->startMedia())
        state = CallState::EarlyMedia;
    else if (msg->scode == 180 && state == CallState::Dialing)
        state = CallState::Ringing;
    if (state != self->info_.state) {
        self->info_.state = state;
        self->changed();
    }
}

void SipCall::onEstablished(const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onEstablished") || self->closed_)
        return;
    const bool outgoing = self->info_.direction == CallDirection::Outgoing;
    self->rememberDialog(msg, outgoing);
    if (outgoing)
        self->remoteContact_ = SipMessage::contactUri(msg);
    self->info_.state = CallState::Established;
    self->info_.establishedAt = QDateTime::currentDateTimeUtc();
    self->startMedia();
    self->changed();
    if (!self->dtmfQueue_.isEmpty())
        self->sendNextDigit();
}

void SipCall::onInfo(struct sip *sip, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onInfo"))
        return;
    const auto digit =
        SipHeaders::dtmfFromInfo(SipMessage::contentType(msg), SipMessage::body(msg));
    if (!digit) {
        (void)sip_reply(sip, msg, 415, "Unsupported Media Type");
        return;
    }
    (void)sip_reply(sip, msg, 200, "OK");
    if (!self->closed_)
        self->setup_.observer->callDtmf(*self, *digit);
}

void SipCall::onClose(int err, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onClose"))
        return;
    // The session is over on libre's side; release our reference without a BYE of our own.
    self->referSubscription_ = static_cast<struct sipsub *>(mem_deref(self->referSubscription_));
    if (self->referNotifier_)
        self->reportTransferProgress(500, QStringLiteral("Call Ended"));
    struct sipsess *session = self->session_;
    self->session_ = nullptr;
    const CallState state = self->info_.state;
    if (msg && msg->scode >= 300) {
        self->close(CallEndReason::Rejected, msg->scode, SipMessage::text(msg->reason));
    } else if (err == ECONNRESET) {
        // A BYE, or a CANCEL before we answered.
        const bool missed =
            self->info_.direction == CallDirection::Incoming && state != CallState::Established;
        self->close(missed ? CallEndReason::Cancelled : CallEndReason::RemoteHangup, 0, QString());
    } else if (err) {
        self->close(CallEndReason::Failed, 0, errorText(err));
    } else {
        self->close(CallEndReason::RemoteHangup, 0, QString());
    }
    mem_deref(session);
}

} // namespace relais::softphone
