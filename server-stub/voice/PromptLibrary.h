#pragma once
// The prompts and music callers hear, decoded once and shared by every call: a WAV file is
// read on first use (or at start with preload()) into memory as 8 kHz mono samples, and every
// CallerAudio plays the same immutable buffer. Thread-safe.
#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace relais::voice {

using Pcm = std::vector<std::int16_t>;
using Clip = std::shared_ptr<const Pcm>;

class PromptLibrary
{
public:
    static constexpr int kSampleRate = 8000;

    // `dir`: where relative prompt paths are found (see defaultDir()).
    explicit PromptLibrary(QString dir);

    // The configured [voice] prompts_dir, else the installed prompts (share/relais/prompts
    // next to the executable's bin/), else the build tree's (scripts/make-prompts.sh output).
    static QString defaultDir(const QString &configured);

    [[nodiscard]] const QString &dir() const { return m_dir; }
    [[nodiscard]] QString resolve(const QString &path) const;

    // The whole file as 8 kHz mono; null with a reason when it cannot be read. Loaded once.
    Clip clip(const QString &path, QString *error = nullptr);
    // Loads every file now so calls never wait on the disk; returns the ones that failed.
    QStringList preload(const QStringList &paths);

    // The tone before a recording: beep.wav from the prompts folder, else 1 kHz for 400 ms.
    Clip beep();
    // `ms` of silence (a pause between prompts).
    Clip silence(int ms);

private:
    const QString m_dir;
    std::mutex m_mutex;
    QHash<QString, Clip> m_clips; // resolved path (or "tone:…") → samples
};

} // namespace relais::voice
