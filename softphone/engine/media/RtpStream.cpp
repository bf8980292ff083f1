#include "RtpStream.h"

#include <algorithm>
#include <cstdlib>

namespace relais::softphone::media {

RtpStream::~RtpStream()
{
    mem_deref(sock_);
}

int RtpStream::listen(const struct sa &localIp, std::uint16_t portMin, std::uint16_t portMax)
{
    mem_deref(sock_);
    sock_ = nullptr;
    return rtp_listen(&sock_, IPPROTO_UDP, &localIp, portMin, portMax, true, &RtpStream::onRtp,
                      &RtpStream::onRtcp, this);
}

void RtpStream::setRemote(const struct sa &rtp, const struct sa &rtcp, std::uint32_t clockRate)
{
    const bool changed = !sa_cmp(&remote_, &rtp, SA_ALL);
    remote_ = rtp;
    clockRate_ = clockRate;
    rtcp_set_srate(sock_, clockRate, clockRate);
    if (!rtcpStarted_ || changed) {
        rtcp_start(sock_, "relais", &rtcp);
        rtcpStarted_ = true;
    }
}

int RtpStream::send(bool marker, std::uint8_t pt, std::uint32_t ts, const std::uint8_t *payload,
                    std::size_t size)
{
    if (!sock_ || !hasRemote())
        return EINVAL;
    struct mbuf *mb = mbuf_alloc(RTP_HEADER_SIZE + size);
    if (!mb)
        return ENOMEM;
    mb->pos = RTP_HEADER_SIZE;
    mb->end = RTP_HEADER_SIZE;
    int err = mbuf_write_mem(mb, payload, size);
    if (!err) {
        mb->pos = RTP_HEADER_SIZE;
        err = rtp_send(sock_, &remote_, false, marker, pt, ts, mb);
    }
    mem_deref(mb);
    if (!err)
        ++sent_;
    return err;
}

std::uint16_t RtpStream::localPort() const
{
    return sock_ ? sa_port(rtp_local(sock_)) : 0;
}

std::uint32_t RtpStream::ssrc() const
{
    return sock_ ? rtp_sess_ssrc(sock_) : 0;
}

bool RtpStream::rtcpStats(struct rtcp_stats *stats) const
{
    if (!sock_ || !rtcpSeen_)
        return false;
    return rtcp_stats(sock_, remoteSsrc_, stats) == 0;
}

void RtpStream::account(const struct rtp_header &hdr)
{
    ++received_;
    if (hdr.ssrc != remoteSsrc_) {
        remoteSsrc_ = hdr.ssrc;
        haveSeq_ = false;
        haveTransit_ = false;
    }
    // Lost = expected - received (RFC 3550 A.3), so a packet that comes late (reordered) is
    // not lost. A jump of thousands (the sender started again) begins a new count.
    const std::int64_t seq =
        haveSeq_ ? maxSeq_ + std::int16_t(std::uint16_t(hdr.seq - maxSeq_)) : std::int64_t(hdr.seq);
    if (!haveSeq_ || seq > maxSeq_ + 3000 || seq < maxSeq_ - 3000) {
        lostBefore_ = lost_;
        baseSeq_ = seq;
        maxSeq_ = seq;
        receivedInRun_ = 0;
        haveSeq_ = true;
    }
    maxSeq_ = std::max(maxSeq_, seq);
    ++receivedInRun_;
    const std::int64_t expected = maxSeq_ - baseSeq_ + 1;
    lost_ = lostBefore_ + std::uint64_t(std::max<std::int64_t>(0, expected - receivedInRun_));
    const std::int64_t arrival = std::int64_t(tmr_jiffies() * clockRate_ / 1000);
    const std::int64_t transit = arrival - std::int64_t(hdr.ts);
    if (haveTransit_) {
        const double d = double(std::llabs(transit - lastTransit_));
        jitter_ += (d - jitter_) / 16.0;
    }
    lastTransit_ = transit;
    haveTransit_ = true;
}

void RtpStream::onRtp(const struct sa *, const struct rtp_header *hdr, struct mbuf *mb, void *arg)
{
    auto *self = static_cast<RtpStream *>(arg);
    self->account(*hdr);
    if (self->receive_)
        self->receive_(Received{hdr, mb});
}

void RtpStream::onRtcp(const struct sa *, struct rtcp_msg *, void *arg)
{
    static_cast<RtpStream *>(arg)->rtcpSeen_ = true;
}

} // namespace relais::softphone::media
