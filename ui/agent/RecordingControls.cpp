#include "agent/RecordingControls.h"

#include "common/Icons.h"

#include <relais/app/RecordingPlayer.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

using Player = app::RecordingPlayer;

RecordingControls::RecordingControls(app::RecordingPlayer *player, QWidget *parent)
    : QWidget(parent), m_player(player), m_caption(new QLabel(this)), m_play(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("recordingControls"));
    m_play->setObjectName(QStringLiteral("playRecording"));
    m_progress->setObjectName(QStringLiteral("recordingProgress"));
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("recordingStatus"));
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_caption);
    row->addWidget(m_play);
    row->addWidget(m_progress, 1);
    row->addStretch(); // Play keeps its size while the progress is hidden
    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(4);
    col->addLayout(row);
    col->addWidget(m_status);

    connect(m_play, &QPushButton::clicked, this, &RecordingControls::toggle);
    if (m_player) {
        connect(m_player, &Player::stateChanged, this, &RecordingControls::refresh);
        connect(m_player, &Player::positionChanged, this, &RecordingControls::refresh);
        connect(m_player, &Player::loadProgress, this, &RecordingControls::refresh);
    }
    refresh();
}

void RecordingControls::setRecording(const QString &interactionId, const QString &kind)
{
    if (interactionId == m_id && kind == m_kind)
        return;
    m_id = interactionId;
    m_kind = kind;
    refresh();
}

bool RecordingControls::isMine() const
{
    return m_player && !m_id.isEmpty() && m_player->interactionId() == m_id;
}

void RecordingControls::toggle()
{
    if (!m_player || m_id.isEmpty())
        return;
    if (isMine()) {
        switch (m_player->state()) {
        case Player::State::Loading:
            m_player->clear();
            return;
        case Player::State::Playing:
        case Player::State::Paused:
            m_player->stop();
            return;
        case Player::State::Ready:
            m_player->play();
            return;
        case Player::State::Error:
            if (!m_player->audio().pcm.isEmpty()) {
                m_player->play();
                return;
            }
            break;
        case Player::State::Idle:
            break;
        }
    }
    m_player->load(m_id, m_kind, true);
}

void RecordingControls::refresh()
{
    setVisible(m_player && !m_id.isEmpty());
    const bool mine = isMine();
    const Player::State state = mine ? m_player->state() : Player::State::Idle;
    const bool busy = state == Player::State::Loading || state == Player::State::Playing ||
                      state == Player::State::Paused;
    const bool call = m_kind == QLatin1String("call");
    m_caption->setText(call ? tr("Call recording") : tr("Recorded request"));
    m_play->setText(busy ? tr("Stop") : tr("Play"));
    m_play->setIcon(Icons::icon(busy ? QStringLiteral("stop") : QStringLiteral("play")));
    m_play->setToolTip(busy   ? tr("Stop listening")
                       : call ? tr("Listen to the recording of this call")
                              : tr("Listen to the customer's recorded request"));
    m_progress->setVisible(busy);
    if (state == Player::State::Loading) {
        const qint64 total = m_player->totalBytes();
        m_progress->setRange(0, total > 0 ? 1000 : 0); // 0..0: busy until the size is known
        m_progress->setValue(total > 0 ? int(m_player->loadedBytes() * 1000 / total) : 0);
        m_progress->setFormat(tr("Loading…"));
    } else if (busy) {
        m_progress->setRange(0, int(std::max<qint64>(1, m_player->durationMs())));
        m_progress->setValue(int(m_player->positionMs()));
        m_progress->setFormat(m_player->positionText());
    }
    const bool failed = state == Player::State::Error;
    m_status->setVisible(failed);
    m_status->setText(failed ? m_player->errorText() : QString());
}

void RecordingControls::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
}

} // namespace relais::ui
