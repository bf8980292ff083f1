#include "voice/TrunkCall.h"

#include "engine/Libre.h"
#include "engine/LibreThread.h"
#include "engine/SipHeaders.h"
#include "engine/SipMessage.h"
#include "engine/SipStack.h"
#include "engine/media/MediaSession.h"

namespace relais::voice {

using softphone::media::MediaConfig;
using softphone::media::MediaSession;

namespace {
QString plString(const struct pl &p)
{
    return QString::fromUtf8(p.p, qsizetype(p.l));
}
} // namespace

TrunkCall::TrunkCall(softphone::SipStack &stack, QString key, Closed closed)
    : stack_(stack), key_(std::move(key)), closed_(std::move(closed))
{
}

TrunkCall::~TrunkCall()
{
    stack_.thread().libreAffinity().check("TrunkCall::~TrunkCall");
    session_ = static_cast<struct sipsess *>(mem_deref(session_)); // sends BYE when established
    if (media_)
        media_->stop();
}

bool TrunkCall::answer(const struct sip_msg *invite, QString *error)
{
    stack_.thread().libreAffinity().check("TrunkCall::answer");
    caller_ = plString(invite->from.uri.user);
    callId_ = plString(invite->callid);
    MediaConfig config;
    sa_set_str(&config.localAddress, stack_.mediaAddress().toUtf8().constData(), 0);
    config.codecs = {QStringLiteral("PCMA"), QStringLiteral("PCMU")};
    media_ = MediaSession::create(config, error);
    if (!media_)
        return false;
    media_->setAudioDevice(&audio_);
    media_->setDtmfHandler([this](char digit) {
        if (digit_)
            digit_(*this, QChar::fromLatin1(digit));
    });
    struct mbuf *answerSdp = nullptr;
    if (invite->mb && mbuf_get_left(invite->mb) > 0) {
        if (media_->decodeOffer(invite->mb, &answerSdp) != 0) {
            *error = QStringLiteral("no common codec in the caller's offer");
            (void)sip_treply(nullptr, stack_.sip(), invite, 488, "Not Acceptable Here");
            return false;
        }
    } else if (media_->encodeOffer(&answerSdp) != 0) {
        *error = QStringLiteral("cannot make an SDP offer");
        return false;
    }
    const int err = sipsess_accept(
        &session_, stack_.sessionSocket(), invite, 200, "OK", "relais", "application/sdp",
        answerSdp, nullptr, nullptr, false, &TrunkCall::onOffer, &TrunkCall::onAnswer,
        &TrunkCall::onEstablished, &TrunkCall::onInfo, nullptr, &TrunkCall::onClose, this, "%s",
        "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO\r\n");
    mem_deref(answerSdp);
    if (err) {
        session_ = nullptr;
        *error = QStringLiteral("cannot answer: %1").arg(err);
        return false;
    }
    return true;
}

void TrunkCall::hangup()
{
    session_ = static_cast<struct sipsess *>(mem_deref(session_));
    if (media_)
        media_->stop();
}

void TrunkCall::onEstablished(const struct sip_msg *, void *arg)
{
    auto *self = static_cast<TrunkCall *>(arg);
    if (self->media_)
        self->media_->start();
}

int TrunkCall::onOffer(struct mbuf **descp, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<TrunkCall *>(arg);
    return self->media_->decodeOffer(msg->mb, descp);
}

int TrunkCall::onAnswer(const struct sip_msg *msg, void *arg)
{
    return static_cast<TrunkCall *>(arg)->media_->decodeAnswer(msg->mb);
}

void TrunkCall::onInfo(struct sip *sip, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<TrunkCall *>(arg);
    const std::optional<QChar> digit = softphone::SipHeaders::dtmfFromInfo(
        softphone::SipMessage::contentType(msg), softphone::SipMessage::body(msg));
    if (!digit) {
        (void)sip_reply(sip, msg, 415, "Unsupported Media Type");
        return;
    }
    (void)sip_reply(sip, msg, 200, "OK");
    if (self->digit_)
        self->digit_(*self, *digit);
}

void TrunkCall::onClose(int err, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<TrunkCall *>(arg);
    self->session_ = static_cast<struct sipsess *>(mem_deref(self->session_));
    if (self->media_)
        self->media_->stop();
    QString reason = msg ? QStringLiteral("%1 %2").arg(msg->scode).arg(plString(msg->reason))
                         : (err ? QString::fromLatin1(strerror(err)) : QStringLiteral("BYE"));
    if (self->closed_)
        self->closed_(*self, reason); // may delete self
}

} // namespace relais::voice
