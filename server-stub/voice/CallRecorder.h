#pragma once
// One bridged call's recording: both directions mixed into one mono 8 kHz WAV. Fed with
// decoded audio (transcoding bridge) or with the G.711 payloads themselves (passthrough bridge,
// decoded here: the relay never decodes). The two directions arrive separately, packet by
// packet; they are mixed as both have audio, and a direction that falls silent (no packets) is
// padded so the other is not held back more than 100 ms. Paused: what arrives is dropped
// (card numbers are never recorded). Libre thread only.
#include "WavWriter.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace relais::voice {

class CallRecorder
{
public:
    enum class Side { Caller, Agent };

    bool open(const QString &path, QString *error);
    void close();
    [[nodiscard]] bool isOpen() const { return writer_.isOpen(); }
    [[nodiscard]] QString path() const { return writer_.path(); }

    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return paused_; }

    // 8 kHz samples, the file's rate (what G.711 decodes to: the legs are G.711 only).
    void addPcm(Side side, const std::int16_t *samples, std::size_t count);
    void addG711(Side side, bool alaw, const std::uint8_t *payload, std::size_t size);

    [[nodiscard]] std::uint64_t framesWritten() const { return writer_.framesWritten(); }

private:
    void mix();

    softphone::WavWriter writer_;
    bool paused_ = false;
    std::vector<std::int16_t> pending_[2];
    std::vector<std::int16_t> out_;
    std::vector<std::int16_t> decoded_;
};

} // namespace relais::voice
