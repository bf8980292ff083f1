// The façade: wires SDP, RTP, codec, jitter buffer, telephone-events, media clock, device
// and recording for one call leg. Libre thread only.
#include "MediaSession.h"

#include "G711Codec.h"
#include "JitterBuffer.h"
#include "MediaClock.h"
#include "OpusCodec.h"
#include "RtpStream.h"
#include "SdpNegotiation.h"
#include "SrtpContext.h"

#include "RecordingFile.h"
#include "Resampler.h"
#include "relais/softphone/AudioDevice.h"

#include <algorithm>
#include <cstring>

namespace relais::softphone::media {

struct MediaSession::Impl
{
    MediaConfig config;
    SdpNegotiation sdp;
    RtpStream rtp;
    std::unique_ptr<SrtpContext> srtp; // set when the call is secure (RTP/SAVP)
    MediaClock clock;
    JitterBuffer jitter;
    NegotiatedCodec codec;
    std::unique_ptr<AudioCodec> coder; // encoder and decoder of the negotiated codec
    struct telev *telev = nullptr;

    AudioDevice *device = nullptr;
    bool deviceOpen = false;
    int deviceRate = 8000;
    Resampler toCodec;
    Resampler toDevice;

    int localCryptoTag = 1;
    bool started = false;
    bool muted = false;
    std::uint32_t timestamp = 0;
    std::uint32_t televTimestamp = 0;
    bool firstPacket = true;

    std::function<void(char)> dtmfHandler;
    RtpRelay relay;
    RecordingFile recorder; // at the device's rate, whenever that is known

    std::vector<std::int16_t> lastFrame; // for repeat-and-fade concealment
    int concealedInRow = 0;
    std::uint64_t framesConcealed = 0;

    // Scratch buffers reused every tick.
    std::vector<std::int16_t> capture, captureCodec, decoded, playback;
    std::vector<std::uint8_t> encoded, payload;

    ~Impl()
    {
        clock.stop();
        closeDevice();
        mem_deref(telev);
    }

    // RTP timestamp units per frame (48000 Hz for Opus whatever its PCM rate).
    int rtpFrameSamples() const { return codec.clockRate * config.ptimeMs / 1000; }
    int pcmRate() const { return coder ? coder->pcmRate() : codec.clockRate; }
    int pcmFrameSamples() const { return pcmRate() * config.ptimeMs / 1000; }
    int wantedDeviceRate() const
    {
        return config.deviceSampleRate > 0 ? config.deviceSampleRate : codec.clockRate;
    }

    bool makeCoder(QString *error)
    {
        coder.reset();
        if (codec.name == QLatin1String("opus")) {
            OpusCodec::Settings settings;
            settings.pcmRate = OpusCodec::supportedRate(wantedDeviceRate());
            settings.bitrate = config.opusBitrate;
            const QByteArray params = codec.params.toLatin1();
            struct pl fmtp;
            pl_set_str(&fmtp, params.constData());
            struct pl value;
            // FEC only helps a receiver that said it uses it (RFC 7587 useinbandfec).
            settings.fec = config.opusFec && fmt_param_get(&fmtp, "useinbandfec", &value) &&
                           pl_u32(&value) == 1;
            if (fmt_param_get(&fmtp, "maxaveragebitrate", &value) && pl_u32(&value) > 0)
                settings.bitrate = std::min(settings.bitrate, int(pl_u32(&value)));
            coder = OpusCodec::create(settings, error);
            return coder != nullptr;
        }
        coder = std::make_unique<G711Codec>(codec.name == QLatin1String("PCMA"));
        return true;
    }

    void openDevice()
    {
        if (deviceOpen || !started)
            return;
        // The rate audio is captured and played at, with a device or without (a recording
        // still hears the far end).
        deviceRate = wantedDeviceRate();
        toCodec.reset(deviceRate, pcmRate());
        toDevice.reset(pcmRate(), deviceRate);
        if (!device)
            return;
        QString error;
        deviceOpen = device->open(AudioFormat{deviceRate, config.ptimeMs}, &error);
    }

    void closeDevice()
    {
        if (device && deviceOpen)
            device->close();
        deviceOpen = false;
    }

    // SDES on an offer: the first a=crypto line we implement; our answer uses its tag and suite.
    int acceptOfferedKeys()
    {
        for (const QString &line : sdp.remoteAttributes("crypto")) {
            SrtpContext::Crypto crypto;
            if (!SrtpContext::parse(line, &crypto))
                continue;
            int err = srtp->setRemote(crypto);
            if (!err)
                err = srtp->setLocal(crypto.suite);
            if (!err)
                err =
                    sdp.setLocalAttribute("crypto", srtp->localAttribute(crypto.tag, crypto.suite));
            if (!err)
                localCryptoTag = crypto.tag;
            return err;
        }
        return EPROTO;
    }

    // SDES on an answer: the line for the tag we offered.
    int acceptAnsweredKeys()
    {
        for (const QString &line : sdp.remoteAttributes("crypto")) {
            SrtpContext::Crypto crypto;
            if (SrtpContext::parse(line, &crypto) && crypto.tag == localCryptoTag)
                return srtp->setRemote(crypto);
        }
        return EPROTO;
    }

    void onReceive(const RtpStream::Received &in)
    {
        const struct rtp_header *hdr = in.header;
        const std::uint8_t *data = mbuf_buf(in.payload);
        const std::size_t size = mbuf_get_left(in.payload);
        if (relay) {
            relay(RtpPacket{hdr->pt, hdr->m, hdr->seq, hdr->ts, hdr->ssrc, data, size});
            return;
        }
        if (int(hdr->pt) == codec.telephoneEventPt || sdp.isTelephoneEvent(hdr->pt)) {
            int event = 0;
            bool end = false;
            if (telev && !telev_recv(telev, in.payload, &event, &end) && !end) {
                const int digit = telev_code2digit(event);
                if (digit > 0 && dtmfHandler)
                    dtmfHandler(char(digit));
            }
            return;
        }
        if (int(hdr->pt) != codec.payloadType || !sdp.receiving())
            return;
        jitter.put(hdr->seq, data, size);
    }

    void conceal(std::size_t samples)
    {
        ++framesConcealed;
        ++concealedInRow;
        decoded.assign(samples, 0);
        if (lastFrame.size() != samples || concealedInRow > 5)
            return;
        // Repeat the last good frame, fading it out over the following frames.
        const double gain = 1.0 - concealedInRow * 0.2;
        for (std::size_t i = 0; i < samples; ++i)
            decoded[i] = std::int16_t(lastFrame[i] * gain);
    }

    void tick()
    {
        const std::size_t codecSamples = std::size_t(pcmFrameSamples());
        const std::size_t deviceSamples = std::size_t(deviceRate) * config.ptimeMs / 1000;

        // Capture.
        capture.assign(deviceSamples, 0);
        if (deviceOpen)
            device->read(capture.data(), capture.size());
        if (muted)
            std::fill(capture.begin(), capture.end(), 0);
        captureCodec.clear();
        if (toCodec.isPassthrough())
            captureCodec = capture;
        else
            toCodec.process(capture.data(), capture.size(), captureCodec);
        captureCodec.resize(codecSamples, 0);

        // Send: telephone-events take the place of audio while a digit plays.
        if (!relay && sdp.sending() && rtp.hasRemote())
            sendFrame(captureCodec);
        timestamp += std::uint32_t(rtpFrameSamples());

        // Playback.
        if (jitter.get(payload) && coder &&
            coder->decode(payload.data(), payload.size(), codecSamples, decoded)) {
            decoded.resize(codecSamples, 0);
            lastFrame = decoded;
            concealedInRow = 0;
        } else if (sdp.receiving() && rtp.packetsReceived() > 0) {
            const std::vector<std::uint8_t> *next = jitter.peek();
            if (coder && coder->conceal(next ? next->data() : nullptr, next ? next->size() : 0,
                                        codecSamples, decoded))
                ++framesConcealed;
            else
                conceal(codecSamples);
        } else {
            decoded.assign(codecSamples, 0);
        }
        playback.clear();
        if (toDevice.isPassthrough())
            playback = decoded;
        else
            toDevice.process(decoded.data(), decoded.size(), playback);
        playback.resize(deviceSamples, 0);
        if (deviceOpen)
            device->write(playback.data(), playback.size());

        if (recorder.isOpen()) {
            for (std::size_t i = 0; i < deviceSamples; ++i)
                playback[i] =
                    std::int16_t(std::clamp(int(playback[i]) + int(capture[i]), -32768, 32767));
            recorder.write(playback.data(), deviceSamples, deviceRate);
        }
    }

    void sendFrame(const std::vector<std::int16_t> &pcm)
    {
        if (telev && codec.telephoneEventPt >= 0) {
            struct mbuf *mb = mbuf_alloc(16);
            bool marker = false;
            if (mb && !telev_poll(telev, &marker, mb)) {
                if (marker)
                    televTimestamp = timestamp;
                rtp.send(marker, std::uint8_t(codec.telephoneEventPt), televTimestamp, mb->buf,
                         mb->end);
                mem_deref(mb);
                return;
            }
            mem_deref(mb);
        }
        if (!coder || !coder->encode(pcm.data(), pcm.size(), encoded))
            return;
        rtp.send(firstPacket, std::uint8_t(codec.payloadType), timestamp, encoded.data(),
                 encoded.size());
        firstPacket = false;
    }
};

MediaSession::MediaSession(std::unique_ptr<Impl> impl) : d_(std::move(impl)) {}
MediaSession::~MediaSession() = default;

std::unique_ptr<MediaSession> MediaSession::create(const MediaConfig &config, QString *error)
{
    auto impl = std::make_unique<Impl>();
    impl->config = config;
    if (impl->config.ptimeMs <= 0)
        impl->config.ptimeMs = 20;
    Impl *d = impl.get();
    int err = d->rtp.listen(config.localAddress, config.rtpPortMin, config.rtpPortMax);
    if (err) {
        if (error)
            *error = QStringLiteral("RTP: no free port in %1-%2 (%3)")
                         .arg(config.rtpPortMin)
                         .arg(config.rtpPortMax)
                         .arg(QString::fromLocal8Bit(std::strerror(err)));
        return nullptr;
    }
    d->rtp.setReceiveHandler([d](const RtpStream::Received &in) { d->onReceive(in); });
    err = d->sdp.init(config.localAddress, d->rtp.localPort(), config.srtp, config.codecs);
    if (!err && config.srtp) {
        d->srtp = std::make_unique<SrtpContext>();
        err = d->srtp->init(d->rtp.socket());
        if (!err)
            err = d->srtp->setLocal(SRTP_AES_CM_128_HMAC_SHA1_80);
        if (!err)
            err = d->sdp.setLocalAttribute(
                "crypto", d->srtp->localAttribute(d->localCryptoTag, SRTP_AES_CM_128_HMAC_SHA1_80));
    }
    if (!err)
        err = telev_alloc(&d->telev, std::uint32_t(d->config.ptimeMs));
    if (err) {
        if (error)
            *error = QStringLiteral("SDP: %1").arg(QString::fromLocal8Bit(std::strerror(err)));
        return nullptr;
    }
    const int frames = std::max(1, config.jitterMinMs / d->config.ptimeMs);
    d->jitter.configure(frames, std::max(frames + 1, config.jitterMaxMs / d->config.ptimeMs));
    return std::unique_ptr<MediaSession>(new MediaSession(std::move(impl)));
}

int MediaSession::encodeOffer(struct mbuf **sdp)
{
    return d_->sdp.encodeOffer(sdp);
}

int MediaSession::decodeOffer(struct mbuf *offer, struct mbuf **answer)
{
    int err = d_->sdp.decodeOfferOnly(offer);
    if (!err && d_->srtp)
        err = d_->acceptOfferedKeys(); // no usable key: refused, never in the clear
    return err ? err : d_->sdp.encodeAnswer(answer);
}

int MediaSession::decodeAnswer(struct mbuf *answer)
{
    int err = d_->sdp.decodeAnswer(answer);
    if (!err && d_->srtp)
        err = d_->acceptAnsweredKeys();
    return err;
}

void MediaSession::setLocalDirection(enum sdp_dir dir)
{
    d_->sdp.setLocalDirection(dir);
}

enum sdp_dir MediaSession::localDirection() const
{
    return d_->sdp.localDirection();
}

enum sdp_dir MediaSession::remoteDirection() const
{
    return d_->sdp.remoteDirection();
}

bool MediaSession::start()
{
    Impl &d = *d_;
    const NegotiatedCodec codec = d.sdp.negotiated();
    if (codec.name.isEmpty() || (d.srtp && !d.srtp->isReady()))
        return false;
    const bool codecChanged = codec.name != d.codec.name || codec.clockRate != d.codec.clockRate;
    d.codec = codec;
    if (codecChanged || !d.coder) {
        QString error;
        if (!d.makeCoder(&error))
            return false;
        d.jitter.reset();
        d.lastFrame.clear();
        if (d.started)
            d.closeDevice();
    }
    telev_set_srate(d.telev, std::uint32_t(codec.clockRate));
    struct sa rtp, rtcp;
    d.sdp.remoteRtp(&rtp, &rtcp);
    d.rtp.setRemote(rtp, rtcp, std::uint32_t(codec.clockRate));
    d.started = true;
    d.openDevice();
    if (!d.clock.isRunning())
        d.clock.start(d.config.ptimeMs, [&d] { d.tick(); });
    return true;
}

void MediaSession::stop()
{
    d_->clock.stop();
    d_->closeDevice();
    d_->started = false;
}

bool MediaSession::isStarted() const
{
    return d_->started;
}

void MediaSession::setAudioDevice(AudioDevice *device)
{
    if (device == d_->device)
        return;
    d_->closeDevice();
    d_->device = device;
    d_->openDevice();
}

void MediaSession::setMuted(bool muted)
{
    d_->muted = muted;
}

bool MediaSession::isMuted() const
{
    return d_->muted;
}

void MediaSession::sendDtmf(char digit)
{
    const int code = telev_digit2code(digit);
    if (code < 0 || !d_->telev)
        return;
    // telev keeps a digit at least 9 packets (180 ms at 20 ms), then ends it.
    telev_send(d_->telev, code, false);
    telev_send(d_->telev, code, true);
}

void MediaSession::setDtmfHandler(std::function<void(char)> handler)
{
    d_->dtmfHandler = std::move(handler);
}

bool MediaSession::startRecording(const QString &wavPath, QString *error)
{
    // The file's rate is that of the first audio written: before the answer it is not known.
    return d_->recorder.open(wavPath, error);
}

void MediaSession::stopRecording()
{
    d_->recorder.close();
}

bool MediaSession::isRecording() const
{
    return d_->recorder.isOpen();
}

RtcpFigures MediaSession::figures() const
{
    const Impl &d = *d_;
    RtcpFigures f;
    f.codec = d.codec.name;
    f.packetsSent = d.rtp.packetsSent();
    f.packetsReceived = d.rtp.packetsReceived();
    f.packetsLost = d.rtp.packetsLost();
    const double expected = double(f.packetsReceived + f.packetsLost);
    f.lossPercent = expected > 0 ? 100.0 * double(f.packetsLost) / expected : 0.0;
    f.jitterMs = d.codec.clockRate > 0 ? d.rtp.jitter() * 1000.0 / d.codec.clockRate : 0.0;
    f.framesConcealed = d.framesConcealed;
    f.framesLate = d.jitter.late();
    f.jitterBufferMs = d.jitter.depthFrames() * d.config.ptimeMs;
    f.srtpAuthFailures = d.srtp ? d.srtp->authFailures() : 0;
    struct rtcp_stats stats = {};
    if (d.rtp.rtcpStats(&stats)) {
        const double sent = double(f.packetsSent);
        f.remoteLossPercent = sent > 0 ? 100.0 * std::max(0, stats.tx.lost) / sent : 0.0;
        f.remoteJitterMs = stats.tx.jit / 1000.0;
        f.roundTripMs = stats.rtt / 1000.0;
    }
    return f;
}

bool MediaSession::isSecure() const
{
    return d_->srtp && d_->srtp->isReady();
}

QString MediaSession::codecName() const
{
    return d_->codec.name.isEmpty() ? d_->sdp.negotiated().name : d_->codec.name;
}

int MediaSession::codecSampleRate() const
{
    return d_->codec.name.isEmpty() ? d_->sdp.negotiated().clockRate : d_->codec.clockRate;
}

int MediaSession::payloadType() const
{
    return d_->codec.name.isEmpty() ? d_->sdp.negotiated().payloadType : d_->codec.payloadType;
}

int MediaSession::telephoneEventPayloadType() const
{
    return d_->sdp.negotiated().telephoneEventPt;
}

std::uint16_t MediaSession::localRtpPort() const
{
    return d_->rtp.localPort();
}

QString MediaSession::remoteRtpAddress() const
{
    if (!d_->sdp.hasRemote())
        return QString();
    struct sa rtp, rtcp;
    d_->sdp.remoteRtp(&rtp, &rtcp);
    char text[64] = {};
    re_snprintf(text, sizeof(text), "%J", &rtp);
    return QString::fromLatin1(text);
}

void MediaSession::setRtpRelay(RtpRelay relay)
{
    d_->relay = std::move(relay);
}

int MediaSession::sendRtp(std::uint8_t payloadType, bool marker, std::uint32_t timestamp,
                          const std::uint8_t *payload, std::size_t size)
{
    if (!d_->sdp.sending())
        return 0;
    return d_->rtp.send(marker, payloadType, timestamp, payload, size);
}

} // namespace relais::softphone::media
