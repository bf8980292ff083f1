#include "agent/SoftphonePanel.h"

#include "agent/TransferMenu.h"
#include "common/Icons.h"

#include <relais/app/DisplayNames.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/PhoneControl.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace relais::ui {

namespace {
const char *const kPadKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"};

QToolButton *toolButton(QWidget *parent, const char *name)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setIconSize(QSize(20, 20));
    b->setAutoRaise(false);
    return b;
}
} // namespace

SoftphonePanel::SoftphonePanel(app::InteractionHub *hub, TransferMenu *transfer, QWidget *parent)
    : QFrame(parent), m_hub(hub), m_offer(hub->offer()), m_transferMenu(transfer),
      m_title(new QLabel(this)), m_status(new QLabel(this)), m_number(new QLineEdit(this)),
      m_dial(toolButton(this, "dialButton")), m_answer(toolButton(this, "phoneAnswer")),
      m_hangup(toolButton(this, "phoneHangup")), m_hold(toolButton(this, "phoneHold")),
      m_mute(toolButton(this, "phoneMute")), m_transfer(toolButton(this, "phoneTransfer")),
      m_pad(toolButton(this, "dialPadToggle")), m_callTimer(new QLabel(this)),
      m_quality(new QLabel(this)), m_micLabel(new QLabel(this)), m_mic(new QProgressBar(this)),
      m_speakerLabel(new QLabel(this)), m_speaker(new QProgressBar(this)),
      m_padWidget(new QWidget(this)), m_devicesWidget(new QWidget(this)),
      m_devicesToggle(toolButton(this, "devicesToggle")), m_headsetLabel(new QLabel(this)),
      m_headset(new QComboBox(this)), m_ringerLabel(new QLabel(this)), m_ringer(new QComboBox(this))
{
    setObjectName(QStringLiteral("softphone"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_status->setObjectName(QStringLiteral("phoneStatus"));
    m_status->setWordWrap(true);
    m_number->setObjectName(QStringLiteral("dialNumber"));
    m_number->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9+*#() .-]{0,32}")), m_number));
    m_callTimer->setObjectName(QStringLiteral("callTimer"));
    m_hold->setCheckable(true);
    m_mute->setCheckable(true);
    m_pad->setCheckable(true);
    m_devicesToggle->setCheckable(true);
    m_devicesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_transfer->setMenu(transfer);
    m_transfer->setPopupMode(QToolButton::InstantPopup);
    for (QProgressBar *bar : {m_mic, m_speaker}) {
        bar->setRange(0, 100);
        bar->setValue(0);
        bar->setTextVisible(false);
        bar->setMaximumHeight(8);
    }

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_callTimer);

    auto *dialRow = new QHBoxLayout;
    dialRow->addWidget(m_number, 1);
    dialRow->addWidget(m_dial);

    auto *callRow = new QHBoxLayout;
    callRow->setSpacing(4);
    for (QToolButton *b : {m_answer, m_hangup, m_hold, m_mute, m_transfer, m_pad})
        callRow->addWidget(b);
    callRow->addStretch(1);

    auto *meters = new QGridLayout;
    meters->setHorizontalSpacing(6);
    meters->setVerticalSpacing(2);
    meters->addWidget(m_micLabel, 0, 0);
    meters->addWidget(m_mic, 0, 1);
    meters->addWidget(m_speakerLabel, 1, 0);
    meters->addWidget(m_speaker, 1, 1);
    meters->addWidget(m_quality, 0, 2, 2, 1);
    meters->setColumnStretch(1, 1);

    auto *pad = new QGridLayout(m_padWidget);
    pad->setContentsMargins(0, 0, 0, 0);
    pad->setSpacing(4);
    for (int i = 0; i < 12; ++i) {
        auto *key = new QPushButton(QLatin1String(kPadKeys[i]), m_padWidget);
        key->setObjectName(QStringLiteral("padKey%1").arg(i));
        key->setFocusPolicy(Qt::NoFocus);
        key->setMinimumHeight(28);
        pad->addWidget(key, i / 3, i % 3);
        connect(key, &QPushButton::clicked, this,
                [this, k = QString::fromLatin1(kPadKeys[i])] { pressKey(k); });
    }
    m_padWidget->hide();

    auto *devices = new QFormLayout(m_devicesWidget);
    devices->setContentsMargins(0, 0, 0, 0);
    devices->addRow(m_headsetLabel, m_headset);
    devices->addRow(m_ringerLabel, m_ringer);
    m_devicesWidget->hide();

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(10, 8, 10, 8);
    col->setSpacing(6);
    col->addLayout(head);
    col->addWidget(m_status);
    col->addLayout(dialRow);
    col->addLayout(callRow);
    col->addLayout(meters);
    col->addWidget(m_padWidget);
    col->addWidget(m_devicesToggle, 0, Qt::AlignLeft);
    col->addWidget(m_devicesWidget);

    connect(m_dial, &QToolButton::clicked, this, &SoftphonePanel::dial);
    connect(m_number, &QLineEdit::returnPressed, this, &SoftphonePanel::dial);
    connect(m_number, &QLineEdit::textChanged, this, &SoftphonePanel::refresh);
    connect(m_answer, &QToolButton::clicked, this, &SoftphonePanel::answer);
    connect(m_hangup, &QToolButton::clicked, this, &SoftphonePanel::hangup);
    connect(m_pad, &QToolButton::toggled, m_padWidget, &QWidget::setVisible);
    connect(m_devicesToggle, &QToolButton::toggled, m_devicesWidget, &QWidget::setVisible);
    connect(m_offer, &app::OfferController::offerChanged, this, &SoftphonePanel::refresh);
    connect(m_hub, &app::InteractionHub::currentInteractionChanged, this, &SoftphonePanel::refresh);
    connect(m_hub, &app::InteractionHub::voiceAnswered, this,
            [this](const QString &interactionId, const QString &callId) {
                m_callInteraction = interactionId;
                m_callId = callId;
                m_callClock.start();
                m_timer.start();
                refresh();
            });
    connect(m_hub, &app::InteractionHub::voiceEnded, this, [this](const QString &interactionId) {
        if (interactionId != m_callInteraction)
            return;
        m_callInteraction.clear();
        m_callId.clear();
        m_timer.stop();
        refresh();
    });
    connect(m_hub, &app::InteractionHub::interactionClosed, this,
            [this](const QString &interactionId) {
                if (interactionId == m_callInteraction) {
                    m_callInteraction.clear();
                    m_timer.stop();
                    refresh();
                }
            });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SoftphonePanel::tickTimer);
    retranslate();
}

void SoftphonePanel::setPhone(app::PhoneControl *phone)
{
    if (m_phone)
        disconnect(m_phone, nullptr, this, nullptr);
    m_phone = phone;
    m_registered = false;
    m_registrationError.clear();
    if (m_phone) {
        connect(m_phone, &app::PhoneControl::registrationChanged, this,
                [this](bool registered, const QString &error) {
                    m_registered = registered;
                    m_registrationError = error;
                    refresh();
                });
        connect(m_phone, &app::PhoneControl::destroyed, this, [this] { refresh(); });
    }
    m_transferMenu->setNumberTransferUnavailable(
        tr("Transfer to a number is not offered by this phone yet"));
    refresh();
}

QString SoftphonePanel::statusText() const
{
    return m_status->text();
}

void SoftphonePanel::answer()
{
    if (m_offer->isActive() && m_offer->channel() == QLatin1String("voice"))
        m_offer->accept();
}

void SoftphonePanel::hangup()
{
    // A call of a voice interaction ends through the server (it stops the media and puts the
    // interaction in wrap-up); the phone hangs up when the interaction ends.
    if (!m_callInteraction.isEmpty())
        m_hub->endInteraction(m_callInteraction);
    else if (m_phone && !m_callId.isEmpty())
        m_phone->hangup(m_callId);
}

void SoftphonePanel::focusNumber()
{
    m_number->setFocus();
    m_number->selectAll();
}

void SoftphonePanel::toggleDialPad()
{
    m_pad->toggle();
}

void SoftphonePanel::dial()
{
    const QString number = m_number->text().trimmed();
    if (!m_phone || number.isEmpty() || inCall())
        return;
    m_phone->dial(number);
    m_status->setText(tr("Calling %1…").arg(number));
}

void SoftphonePanel::pressKey(const QString &key)
{
    // During a call the keys are DTMF (not offered by the phone yet); otherwise they dial.
    if (!inCall())
        m_number->insert(key);
}

void SoftphonePanel::tickTimer()
{
    m_callTimer->setText(inCall() ? app::DisplayNames::duration(m_callClock.elapsed()) : QString());
}

void SoftphonePanel::refresh()
{
    const bool phone = m_phone != nullptr;
    const bool offerVoice = m_offer->isActive() && m_offer->channel() == QLatin1String("voice");
    QString status;
    if (!phone)
        status = tr("No phone on this desk: calls cannot be answered here. Chats, e-mails and "
                    "messages work as usual.");
    else if (inCall())
        status = tr("In a call");
    else if (m_registered)
        status = tr("Phone ready");
    else if (!m_registrationError.isEmpty())
        status = tr("Phone not registered: %1").arg(m_registrationError);
    else
        status = tr("Registering the phone…");
    m_status->setText(status);

    const QString noEngine = tr("Not offered by this phone yet");
    m_number->setEnabled(phone);
    m_dial->setEnabled(phone && m_registered && !inCall() && !m_number->text().trimmed().isEmpty());
    m_answer->setEnabled(phone && offerVoice);
    m_hangup->setEnabled(inCall());
    m_transfer->setEnabled(inCall());
    m_pad->setEnabled(phone);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_hold, m_mute, m_mic, m_speaker, m_headset, m_ringer}) {
        w->setEnabled(false);
    }
    m_hold->setToolTip(tr("Hold (F7)") + QStringLiteral(" — ") + noEngine);
    m_mute->setToolTip(tr("Mute the microphone (F8)") + QStringLiteral(" — ") + noEngine);
    m_mic->setToolTip(tr("Microphone level") + QStringLiteral(" — ") + noEngine);
    m_speaker->setToolTip(tr("Headset level") + QStringLiteral(" — ") + noEngine);
    m_headset->setToolTip(noEngine);
    m_ringer->setToolTip(noEngine);
    m_quality->setText(tr("Quality: —"));
    m_quality->setToolTip(tr("Call quality from RTCP (loss, jitter, round trip)") +
                          QStringLiteral(" — ") + noEngine);
    m_devicesToggle->setEnabled(phone);
    tickTimer();
}

void SoftphonePanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
}

void SoftphonePanel::retranslate()
{
    m_title->setText(tr("Phone"));
    m_number->setPlaceholderText(tr("Number to dial"));
    m_number->setToolTip(tr("Number to dial (Ctrl+D), Enter to call"));
    m_dial->setIcon(Icons::icon(QStringLiteral("phone")));
    m_dial->setToolTip(tr("Call this number (Enter)"));
    m_answer->setIcon(Icons::icon(QStringLiteral("answer")));
    m_answer->setToolTip(tr("Answer the call offered (F2)"));
    m_hangup->setIcon(Icons::icon(QStringLiteral("hangup")));
    m_hangup->setToolTip(tr("Hang up (F4)"));
    m_hold->setIcon(Icons::icon(QStringLiteral("hold")));
    m_mute->setIcon(Icons::icon(QStringLiteral("mic-off")));
    m_transfer->setIcon(Icons::icon(QStringLiteral("transfer")));
    m_transfer->setToolTip(tr("Transfer the call to a queue, an agent or a number (Ctrl+T)"));
    m_pad->setIcon(Icons::icon(QStringLiteral("dialpad")));
    m_pad->setToolTip(tr("Dial pad (Ctrl+Shift+D)"));
    m_micLabel->setPixmap(
        Icons::pixmap(QStringLiteral("mic"), 16, palette().color(QPalette::WindowText)));
    m_speakerLabel->setPixmap(
        Icons::pixmap(QStringLiteral("headset"), 16, palette().color(QPalette::WindowText)));
    m_devicesToggle->setText(tr("Audio devices"));
    m_devicesToggle->setIcon(Icons::icon(QStringLiteral("settings")));
    m_headsetLabel->setText(tr("Headset:"));
    m_ringerLabel->setText(tr("Ringer:"));
    m_headset->clear();
    m_headset->addItem(tr("System default"));
    m_ringer->clear();
    m_ringer->addItem(tr("System default"));
    refresh();
}

} // namespace relais::ui
