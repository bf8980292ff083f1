#include "common/ConnectionBanner.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <relais/app/DisplayNames.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace relais::ui {

using State = app::CtiClient::ConnectionState;

ConnectionBanner::ConnectionBanner(app::CtiClient *cti, QWidget *parent)
    : QFrame(parent), m_cti(cti), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(QStringLiteral("connectionBanner"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 12, 6);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_detail);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &ConnectionBanner::update);
    connect(cti, &app::CtiClient::stateChanged, this, &ConnectionBanner::update);
    connect(cti, &app::CtiClient::queuedCountChanged, this, &ConnectionBanner::update);
    hide();
    update();
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        update();
}

void ConnectionBanner::setLevel(Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    static const char *names[] = {"none", "info", "warning", "error"};
    setProperty("level", QString::fromLatin1(names[int(level)]));
    style()->unpolish(this);
    style()->polish(this);
    for (QLabel *l : {m_icon, m_text, m_detail}) {
        l->style()->unpolish(l);
        l->style()->polish(l);
    }
    setVisible(level != Level::None);
}

void ConnectionBanner::update()
{
    const State state = m_cti->state();
    const QString host = m_cti->currentServer().host() +
                         (m_cti->currentServer().port() > 0
                              ? QStringLiteral(":%1").arg(m_cti->currentServer().port())
                              : QString());
    const bool troubled = state == State::Reconnecting || state == State::Offline;
    if (troubled && !m_lostSince.isValid())
        m_lostSince.start();
    if (!troubled)
        m_lostSince.invalidate();
    if (troubled && !m_clock.isActive())
        m_clock.start();
    if (!troubled)
        m_clock.stop();

    QString detail;
    if (troubled) {
        detail = tr("Lost %1 ago").arg(app::DisplayNames::duration(m_lostSince.elapsed()));
        if (m_cti->queuedCount() > 0)
            detail = tr("%n message(s) waiting to be sent", nullptr, m_cti->queuedCount()) +
                     QStringLiteral(" · ") + detail;
    }
    m_detail->setText(detail);

    switch (state) {
    case State::Reconnecting:
        m_text->setText(tr("Connection to the server lost: reconnecting to %1… Your open chats "
                           "are kept; calls in progress continue.")
                            .arg(host));
        m_icon->setPixmap(Icons::pixmap(QStringLiteral("reconnect"), 20, Theme::color("warnFg")));
        setLevel(Level::Warning);
        break;
    case State::Offline:
        m_text->setText(tr("OFFLINE: no server answers. The desk keeps trying; your replies will "
                           "be sent when the link is back."));
        m_icon->setPixmap(Icons::pixmap(QStringLiteral("offline"), 20, Theme::color("errFg")));
        setLevel(Level::Error);
        break;
    case State::Connected:
        if (m_cti->onBackupServer()) {
            m_text->setText(
                tr("Switched to the backup site (%1). You can keep working.").arg(host));
            m_icon->setPixmap(
                Icons::pixmap(QStringLiteral("switch-site"), 20, Theme::color("infoFg")));
            setLevel(Level::Info);
        } else {
            m_text->clear();
            setLevel(Level::None);
        }
        break;
    case State::Connecting:
    case State::Disconnected:
        m_text->clear();
        setLevel(Level::None);
        break;
    }
}

} // namespace relais::ui
