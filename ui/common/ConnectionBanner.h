#pragma once

#include <relais/app/CtiClient.h>

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;

namespace relais::ui {

// A full-width bar that cannot be missed when the link to the server is not normal:
// amber while reconnecting (with the time since the loss), red when no server answers,
// blue while the desk works on the other site. Hidden when all is well.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { None, Info, Warning, Error };
    Q_ENUM(Level)

    explicit ConnectionBanner(app::CtiClient *cti, QWidget *parent = nullptr);

    Level level() const { return m_level; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void setLevel(Level level);

    app::CtiClient *m_cti;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detail;
    Level m_level = Level::None;
    QElapsedTimer m_lostSince;
    QTimer m_clock;
};

} // namespace relais::ui
