#include "voice/OutgoingLeg.h"

#include "engine/Libre.h"
#include "engine/LibreThread.h"
#include "engine/SipStack.h"
#include "engine/media/MediaSession.h"

#include <QRegularExpression>

namespace relais::voice {

using softphone::media::MediaConfig;
using softphone::media::MediaSession;

OutgoingLeg::OutgoingLeg(softphone::SipStack &stack, Answered answered, Closed closed)
    : stack_(stack), answeredHandler_(std::move(answered)), closedHandler_(std::move(closed))
{
}

OutgoingLeg::~OutgoingLeg()
{
    stack_.thread().libreAffinity().check("OutgoingLeg::~OutgoingLeg");
    hangup();
}

QString OutgoingLeg::sipUser(const QString &number)
{
    static const QRegularExpression safe(QStringLiteral("^\\+?[0-9A-Za-z._-]{1,64}$"));
    return safe.match(number).hasMatch() ? number : QStringLiteral("anonymous");
}

bool OutgoingLeg::dial(const Dial &d, QString *error)
{
    stack_.thread().libreAffinity().check("OutgoingLeg::dial");
    MediaConfig config;
    sa_set_str(&config.localAddress, stack_.mediaAddress().toUtf8().constData(), 0);
    config.codecs = {QStringLiteral("PCMA"), QStringLiteral("PCMU")}; // trunks are G.711
    if (d.preferredCodec == QLatin1String("PCMU"))
        std::swap(config.codecs[0], config.codecs[1]);
    media_ = MediaSession::create(config, error);
    if (!media_)
        return false;
    struct mbuf *offer = nullptr;
    if (media_->encodeOffer(&offer) != 0) {
        *error = QStringLiteral("cannot make an SDP offer");
        return false;
    }
    const QString user = sipUser(d.callerNumber);
    const QByteArray to = (d.heldAt.isEmpty() ? d.uri : d.heldAt).toUtf8();
    const QString fromUri = QStringLiteral("sip:%1@%2").arg(user, d.domain);
    const QByteArray from = fromUri.toUtf8();
    const QByteArray name = user.toUtf8();
    QString headers = QStringLiteral("Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, INFO\r\n");
    if (!d.interactionId.isEmpty())
        headers += QStringLiteral("X-Relais-Interaction: %1\r\n").arg(d.interactionId);
    if (d.autoAnswer)
        headers += QStringLiteral("Call-Info: <%1>;answer-after=0\r\n").arg(d.uri);
    if (d.assertIdentity)
        headers += QStringLiteral("P-Asserted-Identity: <%1>\r\n").arg(fromUri);
    const QByteArray extra = headers.toUtf8();
    const int err =
        sipsess_connect(&session_, stack_.sessionSocket(), to.constData(), name.constData(),
                        from.constData(), "relais", nullptr, 0, "application/sdp", offer, nullptr,
                        nullptr, false, &OutgoingLeg::onOffer, &OutgoingLeg::onAnswer,
                        &OutgoingLeg::onProgress, &OutgoingLeg::onEstablished, &OutgoingLeg::onInfo,
                        nullptr, &OutgoingLeg::onClose, this, "%s", extra.constData());
    mem_deref(offer);
    if (err) {
        session_ = nullptr;
        *error =
            QStringLiteral("cannot call %1: %2").arg(d.uri, QString::fromLatin1(strerror(err)));
        return false;
    }
    callId_ = QString::fromUtf8(sip_dialog_callid(sipsess_dialog(session_)));
    return true;
}

void OutgoingLeg::hangup()
{
    // Before the answer libre sends CANCEL, after it BYE.
    session_ = static_cast<struct sipsess *>(mem_deref(session_));
    if (media_)
        media_->stop();
}

int OutgoingLeg::onOffer(struct mbuf **descp, const struct sip_msg *msg, void *arg)
{
    return static_cast<OutgoingLeg *>(arg)->media_->decodeOffer(msg->mb, descp);
}

int OutgoingLeg::onAnswer(const struct sip_msg *msg, void *arg)
{
    return static_cast<OutgoingLeg *>(arg)->media_->decodeAnswer(msg->mb);
}

void OutgoingLeg::onProgress(const struct sip_msg *, void *)
{
    // Ringing: nothing to do; the offer timeout runs on the Qt side.
}

void OutgoingLeg::onEstablished(const struct sip_msg *, void *arg)
{
    auto *self = static_cast<OutgoingLeg *>(arg);
    self->answered_ = true;
    self->media_->start();
    if (self->answeredHandler_)
        self->answeredHandler_(*self);
}

void OutgoingLeg::onInfo(struct sip *sip, const struct sip_msg *msg, void *)
{
    (void)sip_reply(sip, msg, 200, "OK");
}

void OutgoingLeg::onClose(int err, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<OutgoingLeg *>(arg);
    self->session_ = static_cast<struct sipsess *>(mem_deref(self->session_));
    if (self->media_)
        self->media_->stop();
    const int status = msg && msg->scode >= 300 ? int(msg->scode) : 0;
    const QString reason =
        msg ? (msg->scode ? QStringLiteral("%1 %2")
                                .arg(msg->scode)
                                .arg(QString::fromUtf8(msg->reason.p, qsizetype(msg->reason.l)))
                          : QStringLiteral("BYE"))
            : (err ? QString::fromLatin1(strerror(err)) : QStringLiteral("BYE"));
    if (self->closedHandler_)
        self->closedHandler_(*self, self->answered_, status, reason);
}

QString outgoingLegEndReason(int sipStatus, bool answered, const QString &reason)
{
    if (sipStatus == 486 || sipStatus == 600)
        return QStringLiteral("busy");
    if (sipStatus == 603)
        return QStringLiteral("declined");
    if (answered)
        return QStringLiteral("hung up");
    return reason.isEmpty() ? QStringLiteral("unreachable") : reason;
}

} // namespace relais::voice
