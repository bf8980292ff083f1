#pragma once
// SRTP with SDES keys (RFC 4568, RFC 3711) for one RTP/RTCP socket pair: our master key from
// a CSPRNG, the far end's from its a=crypto line, and libre's srtp contexts hooked into the
// sockets as UDP helpers, so every RTP/RTCP packet is protected on its way out and checked on
// its way in. Packets that fail authentication (or come before the keys) are dropped and
// counted. Libre thread only.
#include "../Libre.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace relais::softphone::media {

class SrtpContext
{
public:
    struct Crypto
    {
        int tag = 0;
        enum srtp_suite suite = SRTP_AES_CM_128_HMAC_SHA1_80;
        QByteArray key; // master key || master salt (30 bytes)
    };

    SrtpContext() = default;
    ~SrtpContext();
    SrtpContext(const SrtpContext &) = delete;
    SrtpContext &operator=(const SrtpContext &) = delete;

    // Makes our master key and hooks into the RTP socket and its RTCP one.
    int init(struct rtp_sock *socket);

    // The value of our a=crypto attribute: "<tag> <suite> inline:<base64 key>".
    [[nodiscard]] QString localAttribute(int tag, enum srtp_suite suite) const;
    // Parses the value of an a=crypto attribute; false for a suite we lack, a key of the
    // wrong length, an MKI or session parameters we do not implement.
    static bool parse(const QString &value, Crypto *crypto);

    // Sets the suite we send with (the one offered or accepted) and the far end's key.
    int setLocal(enum srtp_suite suite);
    int setRemote(const Crypto &crypto);
    [[nodiscard]] bool isReady() const { return tx_ && rx_; }

    [[nodiscard]] std::uint64_t authFailures() const { return failures_; }
    [[nodiscard]] std::uint64_t droppedBeforeKeys() const { return early_; }

private:
    static bool sendRtp(int *err, struct sa *dst, struct mbuf *mb, void *arg);
    static bool sendRtcp(int *err, struct sa *dst, struct mbuf *mb, void *arg);
    static bool receiveRtp(struct sa *src, struct mbuf *mb, void *arg);
    static bool receiveRtcp(struct sa *src, struct mbuf *mb, void *arg);
    bool receive(struct mbuf *mb, bool rtcp);
    bool send(int *err, struct mbuf *mb, bool rtcp);

    std::uint8_t localKey_[30] = {};
    enum srtp_suite localSuite_ = SRTP_AES_CM_128_HMAC_SHA1_80;
    Crypto remote_;
    struct srtp *tx_ = nullptr;
    struct srtp *rx_ = nullptr;
    struct udp_helper *rtpHelper_ = nullptr;
    struct udp_helper *rtcpHelper_ = nullptr;
    std::uint64_t failures_ = 0;
    std::uint64_t early_ = 0;
};

} // namespace relais::softphone::media
