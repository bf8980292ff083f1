#include "SdpNegotiation.h"

#include <algorithm>

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
        // Mono both ways (RFC 7587 still says opus/48000/2 in the rtpmap).
        {"opus", "111", 48000, 2, "minptime=10;useinbandfec=1;stereo=0;sprop-stereo=0"},
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
    // RFC 4733 wants events on the audio's clock when they share its SSRC: with Opus, a
    // 48 kHz telephone-event beside the 8 kHz one most peers have.
    const bool opus =
        std::find(codecs_.begin(), codecs_.end(), QLatin1String("opus")) != codecs_.end();
    if (!err && opus)
        err = sdp_format_add(nullptr, audio_, false, "102", telev_rtpfmt, 48000, 1, nullptr,
                             nullptr, nullptr, false, "0-15");
    return err;
}

int SdpNegotiation::encodeOffer(struct mbuf **sdp)
{
    offerer_ = true;
    return sdp_encode(sdp, session_, true);
}

int SdpNegotiation::decodeOffer(struct mbuf *offer, struct mbuf **answer)
{
    offerer_ = false;
    int err = sdp_decode(session_, offer, true);
    if (!err && negotiated().name.isEmpty())
        err = EPROTO;
    return err ? err : sdp_encode(answer, session_, false);
}

int SdpNegotiation::decodeOfferOnly(struct mbuf *offer)
{
    offerer_ = false;
    const int err = sdp_decode(session_, offer, true);
    return !err && negotiated().name.isEmpty() ? EPROTO : err;
}

int SdpNegotiation::encodeAnswer(struct mbuf **answer)
{
    return sdp_encode(answer, session_, false);
}

int SdpNegotiation::decodeAnswer(struct mbuf *answer)
{
    return sdp_decode(session_, answer, false);
}

const struct sdp_format *SdpNegotiation::chosenFormat() const
{
    const struct list *remote = sdp_media_format_lst(audio_, false);
    if (!offerer_) {
        // Answering: the offer's order decides, so both directions use the same codec.
        for (const struct le *le = remote ? remote->head : nullptr; le; le = le->next) {
            const auto *f = static_cast<const struct sdp_format *>(le->data);
            if (!f->sup || !f->name)
                continue;
            const QString name = QString::fromLatin1(f->name);
            for (const QString &ours : codecs_)
                if (ours.compare(name, Qt::CaseInsensitive) == 0)
                    return f;
        }
        return nullptr;
    }
    for (const QString &name : codecs_) {
        const QByteArray latin = name.toLatin1();
        if (const struct sdp_format *f = sdp_media_rformat(audio_, latin.constData()))
            return f;
    }
    return nullptr;
}

NegotiatedCodec SdpNegotiation::negotiated() const
{
    NegotiatedCodec codec;
    if (!audio_ || !hasRemote())
        return codec;
    const struct sdp_format *f = chosenFormat();
    if (!f)
        return codec;
    for (const QString &name : codecs_)
        if (name.compare(QLatin1String(f->name), Qt::CaseInsensitive) == 0)
            codec.name = name;
    codec.payloadType = f->pt;
    codec.clockRate = int(f->srate);
    codec.params = QString::fromLatin1(f->params);
    // Events on the audio's clock when the far end has that rate, else its 8 kHz ones.
    const struct sdp_format *te =
        sdp_media_format(audio_, false, nullptr, -1, telev_rtpfmt, codec.clockRate, -1);
    if (!te || !te->sup)
        te = sdp_media_rformat(audio_, telev_rtpfmt);
    if (te) {
        codec.telephoneEventPt = te->pt;
        codec.telephoneEventClockRate = int(te->srate);
    }
    return codec;
}

bool SdpNegotiation::isTelephoneEvent(int pt) const
{
    const struct sdp_format *f = sdp_media_format(audio_, false, nullptr, pt, nullptr, -1, -1);
    if (!f)
        f = sdp_media_lformat(audio_, pt);
    return f && f->name && str_casecmp(f->name, telev_rtpfmt) == 0;
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

std::vector<QString> SdpNegotiation::remoteAttributes(const char *name) const
{
    std::vector<QString> values;
    sdp_media_rattr_apply(
        audio_, name,
        [](const char *, const char *value, void *arg) {
            static_cast<std::vector<QString> *>(arg)->push_back(QString::fromLatin1(value));
            return false;
        },
        &values);
    return values;
}

} // namespace relais::softphone::media
