#include "SrtpContext.h"

#include <QStringList>

namespace relais::softphone::media {

namespace {
constexpr int kHelperLayer = 20; // below nothing else of ours: only SRTP sits on these sockets
constexpr std::size_t kKeyBytes = 30;

struct SuiteName
{
    enum srtp_suite suite;
    const char *name;
};
// AES-128 counter mode only: the key is 16 bytes of key and 14 of salt.
constexpr SuiteName kSuites[] = {
    {SRTP_AES_CM_128_HMAC_SHA1_80, "AES_CM_128_HMAC_SHA1_80"},
    {SRTP_AES_CM_128_HMAC_SHA1_32, "AES_CM_128_HMAC_SHA1_32"},
};
} // namespace

SrtpContext::~SrtpContext()
{
    mem_deref(rtpHelper_);
    mem_deref(rtcpHelper_);
    mem_deref(tx_);
    mem_deref(rx_);
}

int SrtpContext::init(struct rtp_sock *socket)
{
    rand_bytes(localKey_, sizeof(localKey_));
    auto *rtp = static_cast<struct udp_sock *>(rtp_sock(socket));
    auto *rtcp = static_cast<struct udp_sock *>(rtcp_sock(socket));
    if (!rtp)
        return EINVAL;
    int err = udp_register_helper(&rtpHelper_, rtp, kHelperLayer, &SrtpContext::sendRtp,
                                  &SrtpContext::receiveRtp, this);
    if (!err && rtcp)
        err = udp_register_helper(&rtcpHelper_, rtcp, kHelperLayer, &SrtpContext::sendRtcp,
                                  &SrtpContext::receiveRtcp, this);
    return err;
}

QString SrtpContext::localAttribute(int tag, enum srtp_suite suite) const
{
    const QByteArray key = QByteArray(reinterpret_cast<const char *>(localKey_), kKeyBytes);
    return QStringLiteral("%1 %2 inline:%3")
        .arg(tag)
        .arg(QLatin1String(srtp_suite_name(suite)))
        .arg(QString::fromLatin1(key.toBase64()));
}

bool SrtpContext::parse(const QString &value, Crypto *crypto)
{
    const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // tag suite key-params [session-params]: no session parameter is implemented.
    if (parts.size() != 3)
        return false;
    bool ok = false;
    const int tag = parts[0].toInt(&ok);
    if (!ok || tag < 0 || tag > 999999999)
        return false;
    const SuiteName *suite = nullptr;
    for (const auto &s : kSuites)
        if (parts[1] == QLatin1String(s.name))
            suite = &s;
    if (!suite || !parts[2].startsWith(QLatin1String("inline:")))
        return false;
    // inline:<key||salt>[|lifetime][|MKI:length]; an MKI would change the packet format.
    const QStringList keyParams = parts[2].mid(7).split(QLatin1Char('|'));
    for (qsizetype i = 1; i < keyParams.size(); ++i)
        if (keyParams[i].contains(QLatin1Char(':')))
            return false;
    const QByteArray key =
        QByteArray::fromBase64(keyParams[0].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != qsizetype(kKeyBytes))
        return false;
    crypto->tag = tag;
    crypto->suite = suite->suite;
    crypto->key = key;
    return true;
}

int SrtpContext::setLocal(enum srtp_suite suite)
{
    if (tx_ && suite == localSuite_)
        return 0;
    struct srtp *tx = nullptr;
    const int err = srtp_alloc(&tx, suite, localKey_, kKeyBytes, 0);
    if (err)
        return err;
    mem_deref(tx_);
    tx_ = tx;
    localSuite_ = suite;
    return 0;
}

int SrtpContext::setRemote(const Crypto &crypto)
{
    if (rx_ && crypto.suite == remote_.suite && crypto.key == remote_.key)
        return 0; // a re-INVITE with the same key keeps the replay and rollover state
    struct srtp *rx = nullptr;
    const int err = srtp_alloc(&rx, crypto.suite,
                               reinterpret_cast<const std::uint8_t *>(crypto.key.constData()),
                               std::size_t(crypto.key.size()), 0);
    if (err)
        return err;
    mem_deref(rx_);
    rx_ = rx;
    remote_ = crypto;
    return 0;
}

bool SrtpContext::send(int *err, struct mbuf *mb, bool rtcp)
{
    if (!tx_) {
        *err = ENOTCONN; // never in the clear
        return true;
    }
    *err = rtcp ? srtcp_encrypt(tx_, mb) : srtp_encrypt(tx_, mb);
    return *err != 0; // true stops the packet
}

bool SrtpContext::receive(struct mbuf *mb, bool rtcp)
{
    if (!rx_) {
        ++early_;
        return true; // consumed: dropped
    }
    const int err = rtcp ? srtcp_decrypt(rx_, mb) : srtp_decrypt(rx_, mb);
    if (err) {
        ++failures_;
        return true;
    }
    return false;
}

bool SrtpContext::sendRtp(int *err, struct sa *, struct mbuf *mb, void *arg)
{
    return static_cast<SrtpContext *>(arg)->send(err, mb, false);
}

bool SrtpContext::sendRtcp(int *err, struct sa *, struct mbuf *mb, void *arg)
{
    return static_cast<SrtpContext *>(arg)->send(err, mb, true);
}

bool SrtpContext::receiveRtp(struct sa *, struct mbuf *mb, void *arg)
{
    return static_cast<SrtpContext *>(arg)->receive(mb, false);
}

bool SrtpContext::receiveRtcp(struct sa *, struct mbuf *mb, void *arg)
{
    return static_cast<SrtpContext *>(arg)->receive(mb, true);
}

} // namespace relais::softphone::media
