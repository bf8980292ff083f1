#include "SipMessage.h"
#include "Libre.h"

namespace relais::softphone {

QString SipMessage::text(const struct pl &pl)
{
    return pl.p ? QString::fromUtf8(pl.p, int(pl.l)) : QString();
}

SipHeaders::List SipMessage::headers(const struct sip_msg *msg)
{
    SipHeaders::List result;
    for (struct le *le = msg->hdrl.head; le; le = le->next) {
        const auto *hdr = static_cast<const struct sip_hdr *>(le->data);
        result.append({text(hdr->name), text(hdr->val)});
    }
    return result;
}

QString SipMessage::header(const struct sip_msg *msg, const char *name)
{
    const struct sip_hdr *hdr = sip_msg_xhdr(msg, name);
    return hdr ? text(hdr->val) : QString();
}

QString SipMessage::contactUri(const struct sip_msg *msg)
{
    const struct sip_hdr *hdr = sip_msg_hdr(msg, SIP_HDR_CONTACT);
    struct sip_addr addr;
    if (!hdr || sip_addr_decode(&addr, &hdr->val) != 0)
        return QString();
    return text(addr.auri);
}

QString SipMessage::contentType(const struct sip_msg *msg)
{
    if (!msg->ctyp.type.p)
        return QString();
    return text(msg->ctyp.type) + QLatin1Char('/') + text(msg->ctyp.subtype);
}

QByteArray SipMessage::body(const struct sip_msg *msg)
{
    if (!msg->mb)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(mbuf_buf(msg->mb)),
                      int(mbuf_get_left(msg->mb)));
}

} // namespace relais::softphone
