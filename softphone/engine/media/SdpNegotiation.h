#pragma once
// The SDP side of one audio leg (libre sdp_session/sdp_media): the formats we offer, in the
// configured preference, plus telephone-event; which codec the negotiation settled on; where
// the far end wants RTP; the directions.
#include "../Libre.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace relais::softphone::media {

struct NegotiatedCodec
{
    QString name;         // "opus", "PCMA", "PCMU"; empty when nothing in common
    int payloadType = -1; // as the far end numbers it
    int clockRate = 8000;
    int telephoneEventPt = -1;
    int telephoneEventClockRate = 8000; // as announced for telephoneEventPt
    QString params;                     // the far end's fmtp for the codec
};

class SdpNegotiation
{
public:
    SdpNegotiation() = default;
    ~SdpNegotiation();
    SdpNegotiation(const SdpNegotiation &) = delete;
    SdpNegotiation &operator=(const SdpNegotiation &) = delete;

    int init(const struct sa &localAddress, std::uint16_t rtpPort, bool secure,
             const std::vector<QString> &codecs);

    int encodeOffer(struct mbuf **sdp);
    int decodeOffer(struct mbuf *offer, struct mbuf **answer);
    int decodeAnswer(struct mbuf *answer);
    // decodeOffer() in two steps, for an answer that depends on the offer (SDES keys).
    int decodeOfferOnly(struct mbuf *offer);
    int encodeAnswer(struct mbuf **answer);

    // The codec both sides use: the first in the offer's order that both have (our order
    // when we offered, the far end's when it did), so both directions agree.
    [[nodiscard]] NegotiatedCodec negotiated() const;
    // A telephone-event payload type of the far end's or ours.
    [[nodiscard]] bool isTelephoneEvent(int pt) const;
    [[nodiscard]] bool hasRemote() const;
    void remoteRtp(struct sa *rtp, struct sa *rtcp) const;

    void setLocalDirection(enum sdp_dir dir);
    [[nodiscard]] enum sdp_dir localDirection() const;
    [[nodiscard]] enum sdp_dir remoteDirection() const;
    // Local and remote direction together: do we send, do we receive.
    [[nodiscard]] bool sending() const;
    [[nodiscard]] bool receiving() const;

    // Extra media attributes (a=crypto) and what the far end sent.
    int setLocalAttribute(const char *name, const QString &value);
    [[nodiscard]] QString remoteAttribute(const char *name) const;
    [[nodiscard]] std::vector<QString> remoteAttributes(const char *name) const;

private:
    [[nodiscard]] const struct sdp_format *chosenFormat() const;

    bool offerer_ = true; // the last exchange was our offer
    struct sdp_session *session_ = nullptr;
    struct sdp_media *audio_ = nullptr;
    std::vector<QString> codecs_;
};

} // namespace relais::softphone::media
