#include "wallboard/KioskStatusWindow.h"

#include "common/Icons.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relais::ui {

KioskStatusWindow::KioskStatusWindow(QWidget *parent)
    : QMainWindow(parent), m_headline(new QLabel(this)), m_detail(new QLabel(this)),
      m_next(new QLabel(this))
{
    setObjectName(QStringLiteral("kioskStatus"));
    setWindowTitle(tr("Relais – Wallboard"));
    setWindowIcon(Icons::icon(QStringLiteral("relais")));
    setWindowFlag(Qt::FramelessWindowHint);
    auto *central = new QWidget(this);
    // The wallboard's own colours: dark background, light text.
    central->setObjectName(QStringLiteral("wallboardCentral"));
    auto *col = new QVBoxLayout(central);
    col->setContentsMargins(80, 40, 80, 40);
    m_headline->setObjectName(QStringLiteral("wallTitle"));
    m_headline->setAlignment(Qt::AlignCenter);
    m_detail->setObjectName(QStringLiteral("kioskDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("wallHead"));
    m_next->setAlignment(Qt::AlignCenter);
    col->addStretch(1);
    col->addWidget(m_headline);
    col->addSpacing(24);
    col->addWidget(m_detail);
    col->addSpacing(24);
    col->addWidget(m_next);
    col->addStretch(1);
    setCentralWidget(central);
}

void KioskStatusWindow::showStatus(bool refused, const QString &detail, int nextAttemptSeconds)
{
    m_headline->setText(refused ? tr("The wallboard's account was refused")
                                : tr("Connecting to the server…"));
    m_detail->setText(refused ? tr("%1\nAsk the administrator to check the wallboard's user "
                                   "and RELAIS_PASSWORD.")
                                    .arg(detail)
                              : detail);
    m_next->setText(nextAttemptSeconds > 0
                        ? tr("Next attempt in %n second(s)", nullptr, nextAttemptSeconds)
                        : tr("Signing in…"));
}

QString KioskStatusWindow::headline() const
{
    return m_headline->text();
}

QString KioskStatusWindow::detail() const
{
    return m_detail->text();
}

QString KioskStatusWindow::nextAttempt() const
{
    return m_next->text();
}

} // namespace relais::ui
