#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;

namespace relais::ui {

// A short notice at the bottom of a window ("Message envoyé", "Transfert impossible…") that
// goes away by itself. Errors stay longer. Mouse clicks go through to nothing: it hides on click.
class Toast : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Error };

    // Lives over `window` (a child of it, kept at its bottom centre).
    explicit Toast(QWidget *window);

    void showMessage(const QString &text, Level level = Level::Info, int ms = 0);
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void place();

    QLabel *m_label;
    QTimer m_hide;
};

} // namespace relais::ui
