#include "voice/PromptLibrary.h"

#include "ToneGenerator.h"
#include "WavReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace relais::voice {

PromptLibrary::PromptLibrary(QString dir) : m_dir(std::move(dir)) {}

QString PromptLibrary::defaultDir(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath("../share/relais/prompts");
    if (QFileInfo::exists(installed + QStringLiteral("/music.wav")))
        return QDir::cleanPath(installed);
#ifdef RELAIS_BUILD_PROMPTS_DIR
    return QStringLiteral(RELAIS_BUILD_PROMPTS_DIR);
#else
    return installed;
#endif
}

QString PromptLibrary::resolve(const QString &path) const
{
    if (QDir::isAbsolutePath(path) || m_dir.isEmpty())
        return path;
    return QDir(m_dir).filePath(path);
}

Clip PromptLibrary::clip(const QString &path, QString *error)
{
    const QString full = resolve(path);
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_clips.constFind(full); it != m_clips.constEnd())
            return *it;
    }
    QString why;
    softphone::WavReader reader;
    if (!reader.open(full, softphone::AudioFormat{kSampleRate, 20}, &why)) {
        if (error)
            *error = QStringLiteral("prompt %1: %2").arg(full, why);
        return nullptr;
    }
    auto samples = std::make_shared<const Pcm>(reader.readAll());
    std::lock_guard lock(m_mutex);
    return *m_clips.insert(full, std::move(samples));
}

QStringList PromptLibrary::preload(const QStringList &paths)
{
    QStringList failed;
    for (const QString &p : paths) {
        QString error;
        if (!clip(p, &error))
            failed.append(error);
    }
    return failed;
}

Clip PromptLibrary::beep()
{
    // scripts/make-prompts.sh makes it; a prompts folder without it gets the same tone made here.
    if (QFileInfo::exists(resolve(QStringLiteral("beep.wav")))) {
        if (Clip file = clip(QStringLiteral("beep.wav")))
            return file;
    }
    const QString key = QStringLiteral("tone:beep");
    std::lock_guard lock(m_mutex);
    if (const auto it = m_clips.constFind(key); it != m_clips.constEnd())
        return *it;
    softphone::ToneGenerator tone(kSampleRate);
    tone.setFrequencies(1000.0);
    tone.setAmplitude(0.3);
    tone.setCadence({{400, true}}, false);
    Pcm pcm(std::size_t(kSampleRate) * 400 / 1000);
    tone.generate(pcm.data(), pcm.size());
    return *m_clips.insert(key, std::make_shared<const Pcm>(std::move(pcm)));
}

Clip PromptLibrary::silence(int ms)
{
    const QString key = QStringLiteral("tone:silence-%1").arg(ms);
    std::lock_guard lock(m_mutex);
    if (const auto it = m_clips.constFind(key); it != m_clips.constEnd())
        return *it;
    auto pcm = std::make_shared<const Pcm>(std::size_t(kSampleRate) * std::max(ms, 0) / 1000, 0);
    return *m_clips.insert(key, std::move(pcm));
}

} // namespace relais::voice
