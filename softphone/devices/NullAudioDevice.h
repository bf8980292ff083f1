#pragma once
// The device of a machine without sound: captures silence, discards playback.
// Keeps counts so a headless run (or a test) can see that media did flow.
#include "relais/softphone/AudioDevice.h"

#include <atomic>

namespace relais::softphone {

class NullAudioDevice : public AudioDevice
{
public:
    // `reason`: why there is no real device (shown to the user), empty when chosen on purpose.
    explicit NullAudioDevice(QString reason = {});

    bool open(const AudioFormat &format, QString *error) override;
    void close() override;
    void read(std::int16_t *out, std::size_t count) override;
    void write(const std::int16_t *in, std::size_t count) override;
    [[nodiscard]] QString name() const override;

    [[nodiscard]] QString reason() const { return m_reason; }
    [[nodiscard]] bool isOpen() const { return m_open.load(); }
    [[nodiscard]] std::uint64_t samplesRead() const { return m_read.load(); }
    [[nodiscard]] std::uint64_t samplesWritten() const { return m_written.load(); }

private:
    const QString m_reason;
    std::atomic<bool> m_open{false};
    std::atomic<std::uint64_t> m_read{0};
    std::atomic<std::uint64_t> m_written{0};
};

} // namespace relais::softphone
