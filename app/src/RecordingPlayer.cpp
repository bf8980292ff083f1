#include "relais/app/RecordingPlayer.h"

#include "relais/app/AudioPlayback.h"
#include "relais/app/CtiClient.h"

#include <QJsonObject>

namespace relais::app {

using protocol::ErrorCode;

namespace {
// Between two chunks: keeps a long call's download under the server's request rate limit
// (50 a second) with room for the desk's other requests.
constexpr int kChunkGapMs = 25;
constexpr int kPollMs = 50;

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RecordingPlayer::RecordingPlayer(CtiClient *cti, QObject *parent) : QObject(parent), m_cti(cti)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &RecordingPlayer::pollPosition);
    m_pace.setSingleShot(true);
    m_pace.setInterval(kChunkGapMs);
    connect(&m_pace, &QTimer::timeout, this, &RecordingPlayer::requestChunk);
}

RecordingPlayer::~RecordingPlayer()
{
    if (m_playback && (m_state == State::Playing || m_state == State::Paused))
        m_playback->stop();
}

void RecordingPlayer::setPlayback(AudioPlayback *playback)
{
    if (m_playback == playback)
        return;
    if (m_playback) {
        if (m_state == State::Playing || m_state == State::Paused)
            stop();
        disconnect(m_playback, nullptr, this, nullptr);
    }
    m_playback = playback;
    if (!m_playback)
        return;
    connect(m_playback, &AudioPlayback::finished, this, &RecordingPlayer::onPlaybackFinished);
    connect(m_playback, &AudioPlayback::failed, this, &RecordingPlayer::onPlaybackFailed);
}

void RecordingPlayer::load(const QString &interactionId, const QString &kind, bool autoPlay)
{
    clear();
    if (interactionId.isEmpty())
        return;
    m_interactionId = interactionId;
    m_kind = kind;
    m_autoPlay = autoPlay;
    setState(State::Loading);
    requestChunk();
}

void RecordingPlayer::requestChunk()
{
    QJsonObject fields{{"interactionId", m_interactionId}, {"offset", m_file.size()}};
    if (!m_kind.isEmpty())
        fields.insert(QStringLiteral("kind"), m_kind);
    const quint64 generation = m_generation;
    m_cti->request(QStringLiteral("recording.get"), fields, this,
                   [this, generation](const CtiResult &r) { onChunk(generation, r); });
}

void RecordingPlayer::onChunk(quint64 generation, const CtiResult &r)
{
    if (generation != m_generation || m_state != State::Loading)
        return; // an older load, or cleared meanwhile
    if (!r.ok) {
        if (r.error.isServer(ErrorCode::NotFound))
            return fail(tr("Cet enregistrement n'est plus disponible sur le serveur."));
        if (r.error.isServer(ErrorCode::Forbidden))
            return fail(tr("Vous n'avez pas accès à cet enregistrement."));
        if (r.error.isServer(ErrorCode::Conflict))
            return fail(tr("L'appel est encore en cours d'enregistrement."));
        if (r.error.isServer(ErrorCode::UnknownType))
            return fail(tr("Ce serveur ne fournit pas les enregistrements."));
        if (r.error.kind == CtiError::Kind::Offline ||
            r.error.kind == CtiError::Kind::ConnectionLost)
            return fail(tr("Connexion au serveur perdue : l'enregistrement n'a pas pu être "
                           "chargé."));
        return fail(tr("Chargement de l'enregistrement impossible : %1").arg(r.error.message));
    }
    const qint64 offset = qint64(r.body.value(QStringLiteral("offset")).toDouble(-1));
    const qint64 size = qint64(r.body.value(QStringLiteral("size")).toDouble(-1));
    const QByteArray data =
        QByteArray::fromBase64(r.body.value(QStringLiteral("data")).toString().toLatin1());
    if (offset != m_file.size() || size < 0 || offset + data.size() > size)
        return fail(tr("Le serveur a envoyé un morceau d'enregistrement incohérent."));
    if (size > kMaxBytes)
        return fail(tr("Enregistrement trop long pour être écouté ici (%1 Mio).")
                        .arg(size / (1024 * 1024)));
    if (m_kind.isEmpty())
        m_kind = r.body.value(QStringLiteral("kind")).toString();
    m_totalBytes = size;
    m_file += data;
    emit loadProgress(m_file.size(), m_totalBytes);
    const bool last = r.body.value(QStringLiteral("last")).toBool();
    if (!last) {
        if (data.isEmpty())
            return fail(tr("Le serveur a envoyé un morceau d'enregistrement incohérent."));
        m_pace.start();
        return;
    }
    QString error;
    std::optional<WavAudio> audio = WavAudio::decode(m_file, &error);
    if (!audio)
        return fail(error);
    m_audio = std::move(*audio);
    m_file.clear();
    m_file.squeeze();
    setState(State::Ready);
    if (m_autoPlay)
        play();
}

void RecordingPlayer::play()
{
    if (m_audio.pcm.isEmpty() || m_state == State::Loading || m_state == State::Playing)
        return;
    if (m_state == State::Paused && m_playback) {
        m_playback->resume();
        m_poll.start();
        setState(State::Playing);
        return;
    }
    if (!m_playback)
        return fail(tr("Ce poste n'a pas de sortie son : l'enregistrement ne peut pas être "
                       "écouté ici."));
    QString error;
    if (!m_playback->start(m_audio.pcm, m_audio.sampleRate, &error))
        return fail(error.isEmpty() ? tr("La sortie son refuse la lecture.") : error);
    m_error.clear();
    setPosition(0);
    m_poll.start();
    setState(State::Playing);
}

void RecordingPlayer::pause()
{
    if (m_state != State::Playing)
        return;
    if (m_playback)
        m_playback->pause();
    m_poll.stop();
    pollPosition();
    setState(State::Paused);
}

void RecordingPlayer::stop()
{
    if (m_state != State::Playing && m_state != State::Paused)
        return;
    if (m_playback)
        m_playback->stop();
    m_poll.stop();
    setPosition(0);
    setState(State::Ready);
}

void RecordingPlayer::clear()
{
    stop();
    ++m_generation;
    m_pace.stop();
    m_interactionId.clear();
    m_kind.clear();
    m_autoPlay = false;
    m_file.clear();
    m_totalBytes = 0;
    m_audio = {};
    m_error.clear();
    setPosition(0);
    setState(State::Idle);
}

QString RecordingPlayer::positionText() const
{
    return tr("%1 / %2").arg(clock(m_positionMs), clock(durationMs()));
}

void RecordingPlayer::fail(const QString &text)
{
    m_pace.stop();
    m_poll.stop();
    m_file.clear();
    m_error = text;
    setState(State::Error);
}

void RecordingPlayer::setState(State state)
{
    if (m_state == state && state != State::Error)
        return;
    m_state = state;
    emit stateChanged(state);
}

void RecordingPlayer::setPosition(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, durationMs());
    if (ms == m_positionMs)
        return;
    m_positionMs = ms;
    emit positionChanged(ms);
}

void RecordingPlayer::pollPosition()
{
    if (m_playback && (m_state == State::Playing || m_state == State::Paused))
        setPosition(m_playback->positionMs());
}

void RecordingPlayer::onPlaybackFinished()
{
    if (m_state != State::Playing)
        return;
    m_poll.stop();
    setPosition(0);
    setState(State::Ready);
    emit playedToEnd();
}

void RecordingPlayer::onPlaybackFailed(const QString &reason)
{
    if (m_state != State::Playing && m_state != State::Paused)
        return;
    fail(reason);
}

} // namespace relais::app
