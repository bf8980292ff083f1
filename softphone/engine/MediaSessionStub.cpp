// TEMPORARY: signalling-only stand-in for media::MediaSession until softphone/engine/media/
// has its implementation (softphone/CMakeLists.txt drops this file as soon as it does).
// Real SDP offer/answer with libre's sdp module (PCMU + telephone-event), no RTP.
#include "media/MediaSession.h"

namespace relais::softphone::media {

struct MediaSession::Impl
{
    struct sdp_session *session = nullptr;
    struct sdp_media *audio = nullptr;
    bool started = false;
    bool muted = false;
    bool recording = false;
    std::function<void(char)> dtmf;
    ~Impl()
    {
        mem_deref(audio);
        mem_deref(session);
    }
};

MediaSession::MediaSession(std::unique_ptr<Impl> impl) : d_(std::move(impl)) {}
MediaSession::~MediaSession() = default;

std::unique_ptr<MediaSession> MediaSession::create(const MediaConfig &config, QString *error)
{
    auto impl = std::make_unique<Impl>();
    static std::uint16_t nextPort = 0;
    if (!nextPort)
        nextPort = config.rtpPortMin;
    const std::uint16_t port = nextPort;
    nextPort = std::uint16_t(nextPort + 2 > config.rtpPortMax ? config.rtpPortMin : nextPort + 2);
    int err = sdp_session_alloc(&impl->session, &config.localAddress);
    if (!err)
        err = sdp_media_add(&impl->audio, impl->session, "audio", port, "RTP/AVP");
    if (!err)
        err = sdp_format_add(nullptr, impl->audio, false, "0", "PCMU", 8000, 1, nullptr, nullptr,
                             nullptr, false, nullptr);
    if (!err)
        err = sdp_format_add(nullptr, impl->audio, false, "101", "telephone-event", 8000, 1,
                             nullptr, nullptr, nullptr, false, "0-15");
    if (err) {
        *error = QStringLiteral("SDP: %1").arg(err);
        return nullptr;
    }
    return std::unique_ptr<MediaSession>(new MediaSession(std::move(impl)));
}

int MediaSession::encodeOffer(struct mbuf **sdp)
{
    return sdp_encode(sdp, d_->session, true);
}

int MediaSession::decodeOffer(struct mbuf *offer, struct mbuf **answer)
{
    int err = sdp_decode(d_->session, offer, true);
    if (!err && !sdp_media_rformat(d_->audio, nullptr))
        err = EPROTO;
    return err ? err : sdp_encode(answer, d_->session, false);
}

int MediaSession::decodeAnswer(struct mbuf *answer)
{
    return sdp_decode(d_->session, answer, false);
}

void MediaSession::setLocalDirection(enum sdp_dir dir)
{
    sdp_media_set_ldir(d_->audio, dir);
}
enum sdp_dir MediaSession::localDirection() const
{
    return sdp_media_ldir(d_->audio);
}
enum sdp_dir MediaSession::remoteDirection() const
{
    return sdp_media_rdir(d_->audio);
}
bool MediaSession::start()
{
    return d_->started = true;
}
void MediaSession::stop()
{
    d_->started = false;
}
bool MediaSession::isStarted() const
{
    return d_->started;
}
void MediaSession::setAudioDevice(AudioDevice *) {}
void MediaSession::setMuted(bool muted)
{
    d_->muted = muted;
}
bool MediaSession::isMuted() const
{
    return d_->muted;
}
void MediaSession::sendDtmf(char) {}
void MediaSession::setDtmfHandler(std::function<void(char)> handler)
{
    d_->dtmf = handler;
}
bool MediaSession::startRecording(const QString &, QString *)
{
    return d_->recording = true;
}
void MediaSession::stopRecording()
{
    d_->recording = false;
}
bool MediaSession::isRecording() const
{
    return d_->recording;
}
RtcpFigures MediaSession::figures() const
{
    return {};
}
QString MediaSession::codecName() const
{
    return QStringLiteral("PCMU");
}
int MediaSession::codecSampleRate() const
{
    return 8000;
}
int MediaSession::payloadType() const
{
    return 0;
}
int MediaSession::telephoneEventPayloadType() const
{
    return 101;
}
std::uint16_t MediaSession::localRtpPort() const
{
    return 0;
}
QString MediaSession::remoteRtpAddress() const
{
    return QString();
}
void MediaSession::setRtpRelay(RtpRelay) {}
int MediaSession::sendRtp(std::uint8_t, bool, std::uint32_t, const std::uint8_t *, std::size_t)
{
    return ENOSYS;
}

} // namespace relais::softphone::media
