#pragma once

#include <relais/app/PhoneControl.h>

#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace relais::app {
class InteractionHub;
class OfferController;
} // namespace relais::app

namespace relais::ui {

class TransferMenu;

// The phone: registration, a number to dial and the dial pad, answer and hang up, hold, mute,
// transfer, DTMF, the call timer, level meters, devices and the call quality. Talks to the
// softphone only through appcore's PhoneControl; without one (no engine on this desk) it is
// disabled and says why. Controls the current PhoneControl cannot drive stay disabled with the
// reason in their tooltip.
class SoftphonePanel : public QFrame
{
    Q_OBJECT

public:
    SoftphonePanel(app::InteractionHub *hub, TransferMenu *transfer, QWidget *parent = nullptr);

    void setPhone(app::PhoneControl *phone);
    bool phoneAvailable() const { return m_phone != nullptr; }
    QString statusText() const;
    bool inCall() const
    {
        return !m_callInteraction.isEmpty() || m_call.state != app::PhoneCall::State::Idle;
    }

    // Keyboard entry points (the window's shortcuts).
    void answer();
    void hangup();
    void focusNumber();
    void toggleDialPad();
    void dial();
    void toggleHold();
    void toggleMute();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void tickTimer();
    void pressKey(const QString &key);
    void onCallChanged(const app::PhoneCall &call);
    void showQuality(const app::PhoneQuality &quality);
    void pollLevels();
    void bindDevices();
    void applyDevices();
    bool has(app::PhoneControl::Feature feature) const;

    app::InteractionHub *m_hub;
    app::OfferController *m_offer;
    QPointer<app::PhoneControl> m_phone;
    TransferMenu *m_transferMenu;
    bool m_registered = false;
    QString m_registrationError;
    QString m_callInteraction; // the voice interaction whose call is up
    QElapsedTimer m_callClock;
    QTimer m_timer;
    QTimer m_levels;
    app::PhoneCall m_call; // the phone's own view of its line
    app::PhoneQuality m_lastQuality;
    QString m_problem;        // the phone's last complaint, shown until the line changes
    QString m_transferringTo; // the outside number the server is calling to take the caller

    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_number;
    QToolButton *m_dial;
    QToolButton *m_answer;
    QToolButton *m_hangup;
    QToolButton *m_hold;
    QToolButton *m_mute;
    QToolButton *m_transfer;
    QToolButton *m_pad;
    QLabel *m_callTimer;
    QLabel *m_quality;
    QLabel *m_micLabel;
    QProgressBar *m_mic;
    QLabel *m_speakerLabel;
    QProgressBar *m_speaker;
    QWidget *m_padWidget;
    QWidget *m_devicesWidget;
    QToolButton *m_devicesToggle;
    QLabel *m_microphoneLabel;
    QComboBox *m_microphone;
    QLabel *m_headsetLabel;
    QComboBox *m_headset;
    QLabel *m_ringerLabel;
    QComboBox *m_ringer;
};

} // namespace relais::ui
