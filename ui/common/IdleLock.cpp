#include "common/IdleLock.h"

#include "common/Icons.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

IdleLock::IdleLock(QWidget *window, PasswordCheck check)
    : QFrame(window), m_check(std::move(check)), m_panel(new QFrame(this)),
      m_title(new QLabel(m_panel)), m_who(new QLabel(m_panel)), m_hint(new QLabel(m_panel)),
      m_notice(new QLabel(m_panel)), m_password(new QLineEdit(m_panel)),
      m_error(new QLabel(m_panel)), m_unlock(new QPushButton(m_panel))
{
    setObjectName(QStringLiteral("idleLock"));
    m_panel->setObjectName(QStringLiteral("lockPanel"));
    m_panel->setAutoFillBackground(true); // readable without a theme too
    m_panel->setFixedWidth(380);
    auto *icon = new QLabel(m_panel);
    icon->setPixmap(Icons::pixmap(QStringLiteral("lock"), 40, palette().color(QPalette::Text)));
    icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_who->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("placeholder"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("lockNotice"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setAlignment(Qt::AlignCenter);
    m_unlock->setObjectName(QStringLiteral("primary"));
    m_unlock->setDefault(true);

    auto *col = new QVBoxLayout(m_panel);
    col->setContentsMargins(24, 20, 24, 20);
    col->setSpacing(10);
    col->addWidget(icon);
    col->addWidget(m_title);
    col->addWidget(m_who);
    col->addWidget(m_hint);
    col->addWidget(m_notice);
    col->addWidget(m_password);
    col->addWidget(m_error);
    col->addWidget(m_unlock);

    connect(m_unlock, &QPushButton::clicked, this, [this] { tryUnlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { tryUnlock(m_password->text()); });

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_lastInput.start();
    qApp->installEventFilter(this);
    window->installEventFilter(this);
    retranslate();
    hide();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    m_timer.setInterval(qBound(50, ms / 10, 1000));
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    m_lastInput.restart();
    if (armed)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleLock::setUserName(const QString &name)
{
    m_userName = name;
    retranslate();
}

void IdleLock::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    if (m_locked)
        place();
}

QString IdleLock::notice() const
{
    return m_notice->isVisibleTo(const_cast<IdleLock *>(this)) ? m_notice->text() : QString();
}

QString IdleLock::errorText() const
{
    return m_error->text();
}

void IdleLock::check()
{
    if (m_armed && !m_locked && m_lastInput.elapsed() >= m_timeoutMs)
        lock();
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_error->clear();
    m_password->clear();
    place();
    show();
    raise();
    m_password->setFocus();
    emit lockedChanged(true);
}

bool IdleLock::tryUnlock(const QString &password)
{
    if (!m_locked)
        return true;
    if (!m_check || !m_check(password)) {
        m_error->setText(tr("Wrong password."));
        m_password->selectAll();
        return false;
    }
    m_locked = false;
    m_password->clear();
    hide();
    m_lastInput.restart();
    emit lockedChanged(false);
    return true;
}

void IdleLock::place()
{
    setGeometry(parentWidget()->rect());
    m_panel->adjustSize();
    m_panel->move((width() - m_panel->width()) / 2, (height() - m_panel->height()) / 3);
}

bool IdleLock::insideLock(QObject *object) const
{
    for (QObject *o = object; o; o = o->parent()) {
        if (o == this)
            return true;
    }
    return false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked)
            m_lastInput.restart();
        else if (event->type() != QEvent::MouseMove && !insideLock(watched) &&
                 watched->isWidgetType() &&
                 static_cast<QWidget *>(watched)->window() == parentWidget()->window())
            return true;
        break;
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
        if (m_locked && !insideLock(watched))
            return true;
        break;
    case QEvent::Resize:
        if (watched == parentWidget() && m_locked)
            place();
        break;
    case QEvent::ZOrderChange:
        // Nothing of the window comes above the lock: an offer's toast raised while locked
        // would show the customer (it shows again, on top, once unlocked).
        if (m_locked && watched != this && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->parentWidget() == parentWidget())
            raise();
        break;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

void IdleLock::paintEvent(QPaintEvent *event)
{
    // Opaque whatever the theme: nothing of the desk (a customer's card, a conversation) may
    // show through; the theme's own background is drawn over this.
    QPainter(this).fillRect(rect(), QColor(0x14, 0x1a, 0x21));
    QFrame::paintEvent(event);
}

void IdleLock::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void IdleLock::retranslate()
{
    m_title->setText(tr("Screen locked"));
    m_who->setText(m_userName);
    m_hint->setText(tr("Your session, calls and chats keep running. Type your password to "
                       "unlock."));
    m_password->setPlaceholderText(tr("Password"));
    m_unlock->setText(tr("Unlock"));
    m_unlock->setToolTip(tr("Unlock (Enter)"));
}

} // namespace relais::ui
