// SipCall's transfers: REFER out (blind, or with Replaces for an attended transfer) with the
// implicit subscription's NOTIFYs read back, and REFER in, answered 202 and followed by
// sipfrag NOTIFYs while the owner places the new call.
#include "Libre.h"
#include "SipAccount.h"
#include "SipCall.h"
#include "SipMessage.h"
#include "SipStack.h"
#include "SipUri.h"

#include <QRegularExpression>
#include <QUrl>

namespace relais::softphone {

namespace {

QString errorText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

} // namespace

void SipCall::transfer(const QString &target)
{
    if (!checkThread("SipCall::transfer") || closed_)
        return;
    const SipUri uri = SipUri::parse(target);
    if (!uri.isValid()) {
        setup_.observer->callError(*this, QStringLiteral("'%1' is not a SIP URI").arg(target));
        return;
    }
    sendRefer(QLatin1Char('<') + uri.withoutHeaders() + QLatin1Char('>'));
}

void SipCall::transferReplacing(const SipCall &target)
{
    if (!checkThread("SipCall::transferReplacing") || closed_)
        return;
    if (!target.isEstablished() || target.callId_.isEmpty() || target.localTag_.isEmpty()) {
        setup_.observer->callError(
            *this,
            QStringLiteral("call %1 is not established; it cannot be joined").arg(target.id()));
        return;
    }
    // Seen from the target's side: its own tag is the to-tag, ours the from-tag.
    SipHeaders::Replaces replaces;
    replaces.callId = target.callId_;
    replaces.toTag = target.remoteTag_;
    replaces.fromTag = target.localTag_;
    const QString where = SipUri::parse(target.remoteContact_.isEmpty() ? target.info_.remoteUri
                                                                        : target.remoteContact_)
                              .withoutHeaders();
    const QByteArray escaped = QUrl::toPercentEncoding(SipHeaders::formatReplaces(replaces));
    sendRefer(QStringLiteral("<%1?Replaces=%2>").arg(where, QString::fromLatin1(escaped)));
}

void SipCall::sendRefer(const QString &referTo)
{
    if (!session_ || !isEstablished()) {
        setup_.observer->callError(*this,
                                   QStringLiteral("only an established call can be transferred"));
        return;
    }
    referSubscription_ = static_cast<struct sipsub *>(mem_deref(referSubscription_));
    transferDone_ = false;
    const QByteArray cuser = setup_.contactUser.toUtf8();
    const QByteArray referToText = referTo.toUtf8();
    const QByteArray referredBy = setup_.localUri.toUtf8();
    const int err = sipevent_drefer(
        &referSubscription_, setup_.stack->eventSocket(), sipsess_dialog(session_),
        cuser.constData(), setup_.credentials ? &SipAccount::authHandler : nullptr, authArgument(),
        true, &SipCall::onNotify, &SipCall::onSubscriptionClosed, this,
        "Refer-To: %s\r\nReferred-By: <%s>\r\n", referToText.constData(), referredBy.constData());
    if (err) {
        referSubscription_ = nullptr;
        setup_.observer->callError(*this,
                                   QStringLiteral("cannot send REFER: %1").arg(errorText(err)));
    }
}

void SipCall::onNotify(struct sip *sip, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onNotify"))
        return;
    static const QRegularExpression statusLine(
        QStringLiteral("^SIP/2\\.0\\s+(\\d{3})\\s*([^\\r\\n]*)"));
    const auto match = statusLine.match(QString::fromUtf8(SipMessage::body(msg)));
    if (!match.hasMatch()) {
        (void)sip_reply(sip, msg, 400, "Bad sipfrag");
        return;
    }
    (void)sip_reply(sip, msg, 200, "OK");
    const int status = match.captured(1).toInt();
    if (status < 200 || self->transferDone_ || self->closed_)
        return;
    self->transferDone_ = true;
    const bool ok = status < 300;
    self->setup_.observer->callTransferResult(*self, ok, status, match.captured(2).trimmed());
    if (ok) {
        // Handed over: our leg ends (not from inside the subscription's own handler).
        self->deferred_.start(0, [self] {
            self->releaseSession();
            self->close(CallEndReason::Transferred, 0, QString());
        });
    }
}

void SipCall::onSubscriptionClosed(int err, const struct sip_msg *msg,
                                   const struct sipevent_substate *substate, void *arg)
{
    (void)substate;
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onSubscriptionClosed"))
        return;
    self->referSubscription_ = static_cast<struct sipsub *>(mem_deref(self->referSubscription_));
    if (self->transferDone_ || self->closed_)
        return;
    if (msg && msg->scode >= 300) {
        self->transferDone_ = true;
        self->setup_.observer->callTransferResult(*self, false, msg->scode,
                                                  SipMessage::text(msg->reason));
    } else if (err) {
        self->transferDone_ = true;
        self->setup_.observer->callTransferResult(*self, false, 0, errorText(err));
    }
}

void SipCall::onRefer(struct sip *sip, const struct sip_msg *msg, void *arg)
{
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onRefer"))
        return;
    const struct sip_hdr *referTo = sip_msg_hdr(msg, SIP_HDR_REFER_TO);
    if (!referTo) {
        (void)sip_reply(sip, msg, 400, "Missing Refer-To header");
        return;
    }
    const SipUri target = SipUri::parse(SipMessage::text(referTo->val));
    if (!target.isValid() || !self->isEstablished() || self->closed_) {
        (void)sip_reply(sip, msg, target.isValid() ? 481 : 400,
                        target.isValid() ? "Call Does Not Exist" : "Bad Refer-To");
        return;
    }
    self->referNotifier_ = static_cast<struct sipnot *>(mem_deref(self->referNotifier_));
    const QByteArray cuser = self->setup_.contactUser.toUtf8();
    const int err = sipevent_accept(
        &self->referNotifier_, self->setup_.stack->eventSocket(), msg,
        sipsess_dialog(self->session_), nullptr, 202, "Accepted", 60, 60, 60, cuser.constData(),
        "message/sipfrag", self->setup_.credentials ? &SipAccount::authHandler : nullptr,
        self->authArgument(), true, &SipCall::onNotifierClosed, self, nullptr);
    if (err) {
        self->referNotifier_ = nullptr;
        (void)sip_reply(sip, msg, 500, "Cannot Accept REFER");
        return;
    }
    self->reportTransferProgress(100, QStringLiteral("Trying"));
    self->setup_.observer->callReferred(*self, target.withoutHeaders(),
                                        target.header(QStringLiteral("Replaces")));
}

void SipCall::reportTransferProgress(int sipStatus, const QString &reason)
{
    if (!checkThread("SipCall::reportTransferProgress") || !referNotifier_)
        return;
    const bool final = sipStatus >= 200;
    const QByteArray text = reason.toUtf8();
    (void)sipevent_notifyf(referNotifier_, nullptr, final ? SIPEVENT_TERMINATED : SIPEVENT_ACTIVE,
                           SIPEVENT_NORESOURCE, 0, "SIP/2.0 %u %s\r\n", unsigned(sipStatus),
                           text.constData());
    if (final) {
        referNotifier_ = static_cast<struct sipnot *>(mem_deref(referNotifier_));
        if (sipStatus < 300)
            endOverride_ = CallEndReason::Transferred; // the transferor's BYE follows
    }
}

void SipCall::onNotifierClosed(int err, const struct sip_msg *msg, void *arg)
{
    (void)err;
    (void)msg;
    auto *self = static_cast<SipCall *>(arg);
    if (!self->checkThread("SipCall::onNotifierClosed"))
        return;
    self->referNotifier_ = static_cast<struct sipnot *>(mem_deref(self->referNotifier_));
}

} // namespace relais::softphone
