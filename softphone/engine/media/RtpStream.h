#pragma once
// One RTP/RTCP socket pair (libre rtp_listen, RTCP on port+1) with the counters the call's
// figures need. Libre thread only.
#include "../Libre.h"

#include <cstdint>
#include <functional>

namespace relais::softphone::media {

class RtpStream
{
public:
    struct Received
    {
        const struct rtp_header *header = nullptr;
        struct mbuf *payload = nullptr; // positioned at the payload
    };
    using ReceiveHandler = std::function<void(const Received &)>;

    RtpStream() = default;
    ~RtpStream();
    RtpStream(const RtpStream &) = delete;
    RtpStream &operator=(const RtpStream &) = delete;

    int listen(const struct sa &localIp, std::uint16_t portMin, std::uint16_t portMax);
    void setReceiveHandler(ReceiveHandler handler) { receive_ = std::move(handler); }
    // Where to send RTP (and RTCP on rtcpPeer); starts RTCP reports.
    void setRemote(const struct sa &rtp, const struct sa &rtcp, std::uint32_t clockRate);
    [[nodiscard]] bool hasRemote() const { return sa_isset(&remote_, SA_ALL); }
    [[nodiscard]] const struct sa &remote() const { return remote_; }

    int send(bool marker, std::uint8_t pt, std::uint32_t ts, const std::uint8_t *payload,
             std::size_t size);

    [[nodiscard]] struct rtp_sock *socket() const { return sock_; }
    [[nodiscard]] std::uint16_t localPort() const;
    [[nodiscard]] std::uint32_t ssrc() const;
    [[nodiscard]] std::uint32_t remoteSsrc() const { return remoteSsrc_; }
    [[nodiscard]] std::uint64_t packetsSent() const { return sent_; }
    [[nodiscard]] std::uint64_t packetsReceived() const { return received_; }
    // Never received (sequence gaps); a packet that comes late is not lost.
    [[nodiscard]] std::uint64_t packetsLost() const { return lost_; }
    // Interarrival jitter (RFC 3550 A.8) of what we receive, in clock-rate units.
    [[nodiscard]] double jitter() const { return jitter_; }
    // From the far end's RTCP (false until a report arrived).
    bool rtcpStats(struct rtcp_stats *stats) const;

private:
    static void onRtp(const struct sa *src, const struct rtp_header *hdr, struct mbuf *mb,
                      void *arg);
    static void onRtcp(const struct sa *src, struct rtcp_msg *msg, void *arg);
    void account(const struct rtp_header &hdr);

    struct rtp_sock *sock_ = nullptr;
    struct sa remote_ = {};
    ReceiveHandler receive_;
    std::uint32_t clockRate_ = 8000;
    std::uint32_t remoteSsrc_ = 0;
    std::uint64_t sent_ = 0;
    std::uint64_t received_ = 0;
    std::uint64_t lost_ = 0;
    bool haveSeq_ = false;
    std::int64_t baseSeq_ = 0; // sequence numbers extended past 16 bits
    std::int64_t maxSeq_ = 0;
    std::int64_t receivedInRun_ = 0;
    std::uint64_t lostBefore_ = 0; // by earlier sources or sequence runs
    bool haveTransit_ = false;
    std::int64_t lastTransit_ = 0;
    double jitter_ = 0.0;
    bool rtcpStarted_ = false;
    bool rtcpSeen_ = false;
};

} // namespace relais::softphone::media
