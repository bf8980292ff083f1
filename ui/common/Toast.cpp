#include "common/Toast.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace relais::ui {

Toast::Toast(QWidget *window) : QFrame(window), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("toast"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(16, 10, 16, 10);
    row->addWidget(m_label);
    m_label->setWordWrap(true);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    window->installEventFilter(this);
    hide();
}

QString Toast::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void Toast::showMessage(const QString &text, Level level, int ms)
{
    setProperty("level", level == Level::Error ? "error" : "info");
    style()->unpolish(this);
    style()->polish(this);
    style()->unpolish(m_label);
    style()->polish(m_label);
    m_label->setText(text);
    place();
    show();
    raise();
    m_hide.start(ms > 0 ? ms : (level == Level::Error ? 8000 : 4000));
}

void Toast::place()
{
    QWidget *w = parentWidget();
    const int maxWidth = qMin(560, w->width() - 40);
    m_label->setMaximumWidth(maxWidth - 32);
    adjustSize();
    const QSize s = sizeHint().boundedTo(QSize(maxWidth, 200));
    resize(s);
    move((w->width() - s.width()) / 2, w->height() - s.height() - 24);
}

bool Toast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void Toast::mousePressEvent(QMouseEvent *)
{
    hide();
}

} // namespace relais::ui
