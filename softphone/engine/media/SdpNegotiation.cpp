#include "SdpNegotiation.h"

namespace relais::softphone::media {

namespace {
struct StaticFormat
{
    const char *name;
    const char *id;
    std::uint32_t rate;
    std::uint8_t channels;
    const char *params;
};

// The codecs this engine implements, by the names MediaConfig::codecs uses.
const StaticFormat *findFormat(const QString &name)
{
    static const StaticFormat formats[] = {
        {"PCMA", "8", 8000, 1, nullptr},
        {"PCMU", "0", 8000, 1, nullptr},
    };
    for (const auto &f : formats)
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}
} // namespace

SdpNegotiation::~SdpNegotiation()
{
    mem_deref(audio_);
    mem_deref(session_);
}

int SdpNegotiation::init(const struct sa &localAddress, std::uint16_t rtpPort, bool secure,
                         const std::vector<QString> &codecs)
{
    int err = sdp_session_alloc(&session_, &localAddress);
    if (!err)
        err = sdp_media_add(&audio_, session_, "audio", rtpPort, secure ? "RTP/SAVP" : "RTP/AVP");
    for (const QString &name : codecs) {
        const StaticFormat *f = findFormat(name);
        if (err || !f)
            continue;
        err = sdp_format_add(nullptr, audio_, false, f->id, f->name, f->rate, f->channels, nullptr,
                             nullptr, nullptr, false, f->params);
        if (!err)
            codecs_.push_back(QString::fromLatin1(f->name));
    }
    if (!err && codecs_.empty())
        err = EINVAL;
    if (!err)
        err = sdp_format_add(nullptr, audio_, false, "101", telev_rtpfmt, 8000, 1, nullptr, nullptr,
                             nullptr, false, "0-15");
    return err;
}

int SdpNegotiation::encodeOffer(struct mbuf **sdp)
{
    return sdp_encode(sdp, session_, true);
}

int SdpNegotiation::decodeOffer(struct mbuf *offer, struct mbuf **answer)
{
    int err = sdp_decode(session_, offer, true);
    if (!err && negotiated().name.isEmpty())
        err = EPROTO;
    return err ? err : sdp_encode(answer, session_, false);
}

int SdpNegotiation::decodeAnswer(struct mbuf *answer)
{
    return sdp_decode(session_, answer, false);
}

NegotiatedCodec SdpNegotiation::negotiated() const
{
    NegotiatedCodec codec;
    if (!audio_ || !hasRemote())
        return codec;
    for (const QString &name : codecs_) {
        const QByteArray latin = name.toLatin1();
        const struct sdp_format *f = sdp_media_rformat(audio_, latin.constData());
        if (f) {
            codec.name = name;
            codec.payloadType = f->pt;
            codec.clockRate = int(f->srate);
            break;
        }
    }
    if (const struct sdp_format *te = sdp_media_rformat(audio_, telev_rtpfmt))
        codec.telephoneEventPt = te->pt;
    return codec;
}

bool SdpNegotiation::hasRemote() const
{
    return audio_ && sdp_media_rport(audio_) != 0;
}

void SdpNegotiation::remoteRtp(struct sa *rtp, struct sa *rtcp) const
{
    *rtp = *sdp_media_raddr(audio_);
    sdp_media_raddr_rtcp(audio_, rtcp);
}

void SdpNegotiation::setLocalDirection(enum sdp_dir dir)
{
    sdp_media_set_ldir(audio_, dir);
}

enum sdp_dir SdpNegotiation::localDirection() const
{
    return sdp_media_ldir(audio_);
}

enum sdp_dir SdpNegotiation::remoteDirection() const
{
    return sdp_media_rdir(audio_);
}

bool SdpNegotiation::sending() const
{
    return (sdp_media_dir(audio_) & SDP_SENDONLY) != 0;
}

bool SdpNegotiation::receiving() const
{
    return (sdp_media_dir(audio_) & SDP_RECVONLY) != 0;
}

int SdpNegotiation::setLocalAttribute(const char *name, const QString &value)
{
    if (value.isEmpty()) {
        sdp_media_del_lattr(audio_, name);
        return 0;
    }
    return sdp_media_set_lattr(audio_, true, name, "%s", value.toLatin1().constData());
}

QString SdpNegotiation::remoteAttribute(const char *name) const
{
    return QString::fromLatin1(sdp_media_rattr(audio_, name));
}

} // namespace relais::softphone::media
