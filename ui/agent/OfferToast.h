#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace relais::app {
class OfferController;
}

namespace relais::ui {

// The offer being made: channel and queue, who is calling or writing, how long they waited, a
// countdown to the offer's timeout, Answer and Reject. It floats (a child of the agent window)
// over the bottom of its anchor, the inbox, where the offer is listed too, while an offer is
// pending: the screen-pop card and the conversation stay readable beside it.
class OfferToast : public QFrame
{
    Q_OBJECT

public:
    OfferToast(app::OfferController *offer, QWidget *window);

    QPushButton *answerButton() const { return m_answer; }
    QPushButton *rejectButton() const { return m_reject; }
    QString customerText() const;
    // The area it floats over, at the bottom and as wide (the window's top right without one).
    void setAnchor(QWidget *area);

signals:
    // A new offer arrived (for a system notification when the window is in the background).
    void offerShown(const QString &title, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshCountdown();
    void place();

    app::OfferController *m_offer;
    QLabel *m_channelIcon;
    QLabel *m_title;
    QLabel *m_customer;
    QLabel *m_meta;
    QLabel *m_subject;
    QProgressBar *m_countdown;
    QLabel *m_remaining;
    QLabel *m_more;
    QPushButton *m_answer;
    QPushButton *m_reject;
    QString m_shownId;
    QWidget *m_anchor = nullptr;
};

} // namespace relais::ui
