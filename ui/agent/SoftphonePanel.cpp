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
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

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
      m_devicesToggle(toolButton(this, "devicesToggle")), m_microphoneLabel(new QLabel(this)),
      m_microphone(new QComboBox(this)), m_headsetLabel(new QLabel(this)),
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
    m_quality->setObjectName(QStringLiteral("callQuality"));
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
    meters->addWidget(m_quality, 2, 0, 1, 2); // its own line: the panel is narrow at 1024×768
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
    devices->addRow(m_microphoneLabel, m_microphone);
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
    connect(m_hold, &QToolButton::clicked, this, [this](bool held) {
        if (m_phone)
            m_phone->setHeld(held);
    });
    connect(m_mute, &QToolButton::clicked, this, [this](bool muted) {
        if (m_phone)
            m_phone->setMuted(muted);
    });
    m_microphone->setObjectName(QStringLiteral("microphoneDevice"));
    m_headset->setObjectName(QStringLiteral("headsetDevice"));
    m_ringer->setObjectName(QStringLiteral("ringerDevice"));
    for (QComboBox *box : {m_microphone, m_headset, m_ringer})
        connect(box, &QComboBox::activated, this, &SoftphonePanel::applyDevices);
    m_levels.setInterval(100);
    connect(&m_levels, &QTimer::timeout, this, &SoftphonePanel::pollLevels);
    connect(m_devicesToggle, &QToolButton::toggled, m_devicesWidget, &QWidget::setVisible);
    connect(m_offer, &app::OfferController::offerChanged, this, &SoftphonePanel::refresh);
    connect(m_hub, &app::InteractionHub::currentInteractionChanged, this, &SoftphonePanel::refresh);
    connect(m_hub, &app::InteractionHub::voiceAnswered, this,
            [this](const QString &interactionId, const QString &) {
                m_callInteraction = interactionId;
                m_callClock.start();
                m_timer.start();
                refresh();
            });
    connect(m_hub, &app::InteractionHub::voiceEnded, this, [this](const QString &interactionId) {
        if (interactionId != m_callInteraction)
            return;
        m_callInteraction.clear();
        m_transferringTo.clear();
        m_timer.stop();
        m_callClock.invalidate();
        refresh();
    });
    connect(m_hub, &app::InteractionHub::interactionClosed, this,
            [this](const QString &interactionId) {
                if (interactionId == m_callInteraction) {
                    m_callInteraction.clear();
                    m_transferringTo.clear();
                    m_timer.stop();
                    m_callClock.invalidate();
                    refresh();
                }
            });
    // A transfer to a number: the agent stays on the line until it answers.
    connect(m_hub, &app::InteractionHub::numberTransferRinging, this,
            [this](const QString &interactionId, const QString &number) {
                if (interactionId != m_callInteraction)
                    return;
                m_transferringTo = number;
                refresh();
            });
    connect(m_hub, &app::InteractionHub::numberTransferFailed, this, [this] {
        m_transferringTo.clear();
        refresh();
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
        connect(m_phone, &app::PhoneControl::callChanged, this, &SoftphonePanel::onCallChanged);
        connect(m_phone, &app::PhoneControl::qualityChanged, this, &SoftphonePanel::showQuality);
        connect(m_phone, &app::PhoneControl::problem, this, [this](const QString &text) {
            m_problem = text;
            refresh();
        });
    }
    bindDevices();
    refresh();
}

bool SoftphonePanel::has(app::PhoneControl::Feature feature) const
{
    return m_phone && m_phone->features().testFlag(feature);
}

void SoftphonePanel::onCallChanged(const app::PhoneCall &call)
{
    if (call.state != m_call.state)
        m_problem.clear();
    if (call.state == app::PhoneCall::State::Idle)
        m_transferringTo.clear();
    m_call = call;
    if (call.state == app::PhoneCall::State::Established && !m_callClock.isValid()) {
        m_callClock.start();
        m_timer.start();
    }
    if (call.state == app::PhoneCall::State::Idle && m_callInteraction.isEmpty()) {
        m_callClock.invalidate();
        m_timer.stop();
    }
    if (has(app::PhoneControl::Levels) && call.state == app::PhoneCall::State::Established)
        m_levels.start();
    else if (call.state == app::PhoneCall::State::Idle) {
        m_levels.stop();
        m_mic->setValue(0);
        m_speaker->setValue(0);
    }
    refresh();
}

void SoftphonePanel::showQuality(const app::PhoneQuality &quality)
{
    m_lastQuality = quality;
    refresh();
}

void SoftphonePanel::pollLevels()
{
    if (!m_phone)
        return;
    // -60 dBFS … 0 dBFS over the bar, as a headset meter reads.
    const auto percent = [](float level) {
        if (level <= 0.001f)
            return 0;
        const double db = 20.0 * std::log10(double(level));
        return int(std::clamp((db + 60.0) / 60.0 * 100.0, 0.0, 100.0));
    };
    m_mic->setValue(percent(m_phone->takeInputLevel()));
    m_speaker->setValue(percent(m_phone->takeOutputLevel()));
}

void SoftphonePanel::bindDevices()
{
    const bool devices = has(app::PhoneControl::Devices);
    const auto bind = [this, devices](QComboBox *box, QAbstractItemModel *model,
                                      const QByteArray &current) {
        if (!devices || !model) {
            box->setModel(new QStandardItemModel(box));
            box->addItem(tr("System default"));
            return;
        }
        box->setModel(model);
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(Qt::UserRole + 1).toByteArray() == current)
                box->setCurrentIndex(row);
    };
    bind(m_microphone, m_phone ? m_phone->microphones() : nullptr,
         m_phone ? m_phone->microphoneId() : QByteArray());
    bind(m_headset, m_phone ? m_phone->outputs() : nullptr,
         m_phone ? m_phone->headsetId() : QByteArray());
    bind(m_ringer, m_phone ? m_phone->outputs() : nullptr,
         m_phone ? m_phone->ringerId() : QByteArray());
}

void SoftphonePanel::applyDevices()
{
    if (!has(app::PhoneControl::Devices))
        return;
    const auto id = [](QComboBox *box) { return box->currentData(Qt::UserRole + 1).toByteArray(); };
    m_phone->setDevices(id(m_microphone), id(m_headset), id(m_ringer));
}

void SoftphonePanel::toggleHold()
{
    if (m_hold->isEnabled())
        m_hold->click();
}

void SoftphonePanel::toggleMute()
{
    if (m_mute->isEnabled())
        m_mute->click();
}

QString SoftphonePanel::statusText() const
{
    return m_status->text();
}

void SoftphonePanel::answer()
{
    if (m_offer->isActive() && m_offer->channel() == QLatin1String("voice"))
        m_offer->accept();
    else if (m_phone && m_call.state == app::PhoneCall::State::Ringing)
        m_phone->answer(m_call.sipCallId); // not an offer: a colleague consulting this agent
}

void SoftphonePanel::hangup()
{
    // A call of a voice interaction ends through the server (it stops the media and puts the
    // interaction in wrap-up); the phone hangs up when the interaction ends.
    if (!m_callInteraction.isEmpty())
        m_hub->endInteraction(m_callInteraction);
    else if (m_phone && m_call.state != app::PhoneCall::State::Idle)
        m_phone->hangup(m_call.sipCallId);
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
    m_problem.clear();
    m_phone->dial(number);
    m_status->setText(tr("Calling %1…").arg(number));
}

void SoftphonePanel::pressKey(const QString &key)
{
    // During a call the keys are DTMF; otherwise they compose the number to dial.
    if (!inCall())
        m_number->insert(key);
    else if (has(app::PhoneControl::Dtmf) && m_call.state == app::PhoneCall::State::Established)
        m_phone->sendDtmf(key);
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
    else if (m_call.state == app::PhoneCall::State::Ringing)
        status = tr("Incoming call from %1").arg(m_call.remote);
    else if (m_call.state == app::PhoneCall::State::Dialing)
        status = tr("Calling %1…").arg(m_call.remote);
    else if (m_call.held)
        status = tr("On hold: %1").arg(m_call.remote);
    else if (m_call.heldByRemote)
        status = tr("The caller put you on hold");
    else if (inCall() && !m_transferringTo.isEmpty())
        status =
            tr("Transferring to %1: stay with the caller until it answers").arg(m_transferringTo);
    else if (inCall())
        status =
            m_call.remote.isEmpty() ? tr("In a call") : tr("In a call with %1").arg(m_call.remote);
    else if (!m_problem.isEmpty())
        status = m_problem;
    else if (m_registered)
        status = tr("Phone ready");
    else if (!m_registrationError.isEmpty())
        status = tr("Phone not registered: %1").arg(m_registrationError);
    else
        status = tr("Registering the phone…");
    m_status->setText(status);

    const QString noEngine = tr("Not offered by this phone yet");
    const bool established = m_call.state == app::PhoneCall::State::Established;
    m_number->setEnabled(phone);
    m_dial->setEnabled(phone && m_registered && !inCall() && !m_number->text().trimmed().isEmpty());
    m_answer->setEnabled(phone && (offerVoice || m_call.state == app::PhoneCall::State::Ringing));
    m_hangup->setEnabled(inCall());
    m_transfer->setEnabled(inCall());
    m_pad->setEnabled(phone);
    const auto control = [&](QWidget *w, app::PhoneControl::Feature f, bool when,
                             const QString &tip) {
        w->setEnabled(has(f) && when);
        w->setToolTip(has(f) ? tip : tip + QStringLiteral(" — ") + noEngine);
    };
    control(m_hold, app::PhoneControl::Hold, established, tr("Hold (F7)"));
    control(m_mute, app::PhoneControl::Mute, established, tr("Mute the microphone (F8)"));
    control(m_mic, app::PhoneControl::Levels, established, tr("Microphone level"));
    control(m_speaker, app::PhoneControl::Levels, established, tr("Headset level"));
    for (QComboBox *box : {m_microphone, m_headset, m_ringer})
        control(box, app::PhoneControl::Devices, true, QString());
    m_hold->setChecked(m_call.held);
    m_mute->setChecked(m_call.muted);

    using Level = app::PhoneQuality::Level;
    const app::PhoneQuality &q = m_lastQuality;
    QString quality = tr("Quality: —");
    QString level;
    switch (established ? q.level : Level::Unknown) {
    case Level::Good:
        quality = tr("Quality: good");
        level = QStringLiteral("good");
        break;
    case Level::Fair:
        quality = tr("Quality: fair");
        level = QStringLiteral("fair");
        break;
    case Level::Poor:
        quality = tr("Quality: poor");
        level = QStringLiteral("poor");
        break;
    case Level::Unknown:
        break;
    }
    m_quality->setText(quality);
    m_quality->setProperty("level", level);
    m_quality->style()->unpolish(m_quality);
    m_quality->style()->polish(m_quality);
    QString qualityTip = tr("Call quality from RTCP (loss, jitter, round trip)");
    if (!has(app::PhoneControl::Quality))
        qualityTip += QStringLiteral(" — ") + noEngine;
    else if (established && q.level != Level::Unknown)
        qualityTip +=
            QStringLiteral("\n") +
            tr("MOS %1 · loss %2 % · jitter %3 ms · round trip %4 · %5")
                .arg(q.mos, 0, 'f', 1)
                .arg(q.lossPercent, 0, 'f', 1)
                .arg(q.jitterMs, 0, 'f', 0)
                .arg(q.roundTripMs >= 0 ? tr("%1 ms").arg(q.roundTripMs, 0, 'f', 0) : tr("unknown"))
                .arg(q.codec);
    m_quality->setToolTip(qualityTip);
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
    m_microphoneLabel->setText(tr("Microphone:"));
    m_headsetLabel->setText(tr("Headset:"));
    m_ringerLabel->setText(tr("Ringer:"));
    bindDevices();
    refresh();
}

} // namespace relais::ui
