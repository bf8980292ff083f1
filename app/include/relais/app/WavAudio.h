#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace relais::app {

// A WAV file held in memory (a recording fetched from the server), decoded to 16-bit mono PCM
// at the file's own rate: PCM 8/16-bit, A-law and µ-law, mono or stereo (channels averaged).
// Forgiving about a data size the writer never filled in (0, or past the end): the data then
// runs to the end of the file.
struct WavAudio
{
    Q_DECLARE_TR_FUNCTIONS(WavAudio)

public:
    int sampleRate = 0;
    QByteArray pcm; // little-endian int16, mono

    [[nodiscard]] qint64 frames() const { return pcm.size() / 2; }
    [[nodiscard]] qint64 durationMs() const
    {
        return sampleRate > 0 ? frames() * 1000 / sampleRate : 0;
    }

    // Empty with a reason (French, for the agent) when `file` is not a WAV it can play.
    static std::optional<WavAudio> decode(const QByteArray &file, QString *error);
};

} // namespace relais::app
