#pragma once
// The media of one call leg: SDP offer/answer, RTP/RTCP (optionally SRTP with SDES), the
// codecs (Opus, G.711 A/µ), a small adaptive jitter buffer with loss concealment, RFC 4733
// telephone-events, a 20 ms media clock, recording and per-call figures.
// Libre thread only: every method must be called on the thread that runs re_main(), and every
// callback (DTMF handler, RTP relay) runs there too. Internal to the engine (libre types used).
#include "../Libre.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace relais::softphone {
class AudioDevice;
}

namespace relais::softphone::media {

struct MediaConfig
{
    // Local IP address put into SDP and bound for RTP (the port is ignored).
    struct sa localAddress
    {
    };
    // RTP ports are taken from this range (even ports, RTCP on the next one).
    std::uint16_t rtpPortMin = 16384;
    std::uint16_t rtpPortMax = 32766;
    // Codec preference, best first: "opus", "PCMA", "PCMU". telephone-event is always offered.
    std::vector<QString> codecs{QStringLiteral("opus"), QStringLiteral("PCMA"),
                                QStringLiteral("PCMU")};
    // SRTP with SDES (AES_CM_128_HMAC_SHA1_80, RTP/SAVP); used when signalling is TLS.
    bool srtp = false;
    int ptimeMs = 20;
    // Jitter buffer depth bounds, in milliseconds (the buffer adapts between them).
    int jitterMinMs = 20;
    int jitterMaxMs = 60;
    // Opus encoder: target bitrate and in-band FEC (used when the far end reports loss).
    int opusBitrate = 32000;
    bool opusFec = true;
    // The sample rate the AudioDevice is opened with; 0 = the negotiated codec's own rate.
    int deviceSampleRate = 0;
    // Telephone-event duration when sending a digit, in milliseconds.
    int dtmfDurationMs = 100;
};

struct RtcpFigures
{
    double lossPercent = 0.0;       // of the packets the far end sent us
    double remoteLossPercent = 0.0; // of ours, as the far end reports in RTCP
    double jitterMs = 0.0;          // interarrival jitter of what we receive
    double remoteJitterMs = 0.0;    // as the far end reports
    double roundTripMs = 0.0;       // from RTCP SR/RR (0 until measured)
    std::uint64_t packetsSent = 0;
    std::uint64_t packetsReceived = 0;
    std::uint64_t packetsLost = 0;      // expected but never received (late ones are not lost)
    std::uint64_t framesConcealed = 0;  // played by PLC instead of received audio
    std::uint64_t framesLate = 0;       // came after their slot was concealed (not played)
    int jitterBufferMs = 0;             // current depth of the jitter buffer
    std::uint64_t srtpAuthFailures = 0; // SRTP/SRTCP packets that failed authentication (dropped)
    QString codec;
};

class MediaSession
{
public:
    // Raw RTP as received (after SRTP), for a B2BUA bridging two legs without transcoding.
    struct RtpPacket
    {
        std::uint8_t payloadType = 0;
        bool marker = false;
        std::uint16_t sequence = 0;
        std::uint32_t timestamp = 0;
        std::uint32_t ssrc = 0;
        const std::uint8_t *payload = nullptr;
        std::size_t size = 0;
    };
    using RtpRelay = std::function<void(const RtpPacket &packet)>;

    static std::unique_ptr<MediaSession> create(const MediaConfig &config, QString *error);
    ~MediaSession();
    MediaSession(const MediaSession &) = delete;
    MediaSession &operator=(const MediaSession &) = delete;

    // SDP offer/answer (libre errno values, 0 = success). The mbufs returned are owned by the
    // caller (mem_deref). Each may be called again for a re-INVITE.
    int encodeOffer(struct mbuf **sdp);
    int decodeOffer(struct mbuf *offer, struct mbuf **answer);
    int decodeAnswer(struct mbuf *answer);

    // Hold: sendonly / inactive / sendrecv. Takes effect in the next offer or answer, and for
    // sending at once.
    void setLocalDirection(enum sdp_dir dir);
    [[nodiscard]] enum sdp_dir localDirection() const;
    [[nodiscard]] enum sdp_dir remoteDirection() const;

    // Starts the media clock and RTP once an answer is known (false with no usable codec).
    // Calling it again after a re-negotiation applies the new remote address/codec.
    bool start();
    void stop();
    [[nodiscard]] bool isStarted() const;

    // Not owned; null = send silence and drop what is received. The device is opened at
    // start() (or at once if already started) and closed at stop() or when replaced.
    void setAudioDevice(AudioDevice *device);
    void setMuted(bool muted);
    [[nodiscard]] bool isMuted() const;

    // RFC 4733 telephone-event (0-9, *, #, A-D). Digits are queued and sent one after another.
    void sendDtmf(char digit);
    void setDtmfHandler(std::function<void(char)> handler);

    // Both directions mixed into one mono WAV at the device's rate (the codec's when no rate is
    // configured; the first one if a re-negotiation changes it). May start before the answer.
    bool startRecording(const QString &wavPath, QString *error);
    void stopRecording();
    [[nodiscard]] bool isRecording() const;

    [[nodiscard]] RtcpFigures figures() const;
    // SRTP keys are agreed both ways (RTP/SAVP with SDES); false for plain RTP.
    [[nodiscard]] bool isSecure() const;
    [[nodiscard]] QString codecName() const; // "opus", "PCMA", "PCMU", empty before negotiation
    [[nodiscard]] int codecSampleRate() const;
    [[nodiscard]] int payloadType() const;               // negotiated audio payload type, -1 before
    [[nodiscard]] int telephoneEventPayloadType() const; // -1 when the far end has none
    [[nodiscard]] std::uint16_t localRtpPort() const;
    [[nodiscard]] QString remoteRtpAddress() const; // "ip:port", empty before negotiation

    // B2BUA passthrough. While a relay is set, received RTP (audio and telephone-event) goes to
    // it instead of the decoder, and the media clock stops sending encoded audio; the bridge
    // forwards packets with sendRtp(), which keeps this leg's SSRC/sequence and applies SRTP.
    void setRtpRelay(RtpRelay relay);
    int sendRtp(std::uint8_t payloadType, bool marker, std::uint32_t timestamp,
                const std::uint8_t *payload, std::size_t size);

private:
    struct Impl;
    explicit MediaSession(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d_;
};

} // namespace relais::softphone::media
