#include "VoiceDesk.h"

#include <relais/app/Session.h>

#include <QSignalSpy>
#include <QTest>

using namespace relais;

namespace {
constexpr int kLong = 20000;
}

VoiceDesk::VoiceDesk(app::PhoneControl *phone) : m_phone(phone)
{
    core.setPhone(phone);
}

bool VoiceDesk::start(const QString &ctiUrl, const QString &user, QString *error, bool ready)
{
    QSignalSpy registration(m_phone, &app::PhoneControl::registrationChanged);
    core.setServers(ctiUrl);
    core.session()->login(user, QStringLiteral("demo"));
    if (!QTest::qWaitFor([this] { return core.session()->isLoggedIn(); }, kLong)) {
        *error = QStringLiteral("%1 could not log in").arg(user);
        return false;
    }
    window = std::make_unique<ui::AgentWindow>(context);
    window->resize(1024, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        *error = QStringLiteral("the agent window was not shown");
        return false;
    }
    if (!QTest::qWaitFor(
            [&] { return !registration.isEmpty() && registration.last().at(0).toBool(); }, kLong)) {
        *error = QStringLiteral("the desk's phone did not register");
        return false;
    }
    if (!ready)
        return true;
    core.session()->setReady();
    if (!QTest::qWaitFor(
            [this] { return core.session()->stateWireName() == QLatin1String("ready"); }, kLong)) {
        *error = QStringLiteral("the agent is not ready");
        return false;
    }
    return true;
}

TrunkCaller::TrunkCaller(double toneHz, const QString &hearsPath)
{
    device.setSourceTone(toneHz);
    if (!hearsPath.isEmpty())
        device.setSinkFile(hearsPath);
}

TrunkCaller::~TrunkCaller()
{
    stop();
}

QString TrunkCaller::dial(const QString &number, quint16 sipPort, QString *error)
{
    softphone::SoftphoneConfig config;
    config.listenAddress = QStringLiteral("127.0.0.1");
    config.contactUser = QStringLiteral("+22997000001"); // the caller's number in From
    if (!phone.isRunning()) {
        if (!phone.start(config, error))
            return {};
        phone.setAudioDevice(&device);
    }
    return phone.dial(QStringLiteral("sip:%1@127.0.0.1:%2").arg(number).arg(sipPort), {}, error);
}

void TrunkCaller::stop()
{
    phone.stop();
    device.close();
}
