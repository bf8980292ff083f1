// relais-phone: the softphone engine without a screen or a sound card.
//
//   relais-phone [--listen HOST:PORT] [--registrar sip:HOST:PORT --user U --password P]
//                [--transport udp|tcp|tls] [--dial URI] [--auto-answer]
//                [--tone HZ | --play FILE.wav] [--record FILE.wav] [--dtmf DIGITS]
//                [--hangup-after SEC] [--exit-after-calls N] [--exit-after-register]
//
// Standard output: one JSON object per line and event: listening (address, port, transport),
// registered, registration_failed (status, reason), incoming (call, from), ringing,
// established, dtmf (digit), held (by), resumed, transferred, transfer_failed, closed (reason,
// status, text), error (message); call events carry the call id in "call".
// Standard input: dial URI, answer, hangup, hold, resume, mute, unmute, dtmf DIGITS,
// transfer URI, quit. End of input does not quit; SIGINT/SIGTERM do, cleanly.
// Exit status: 0; 1 registration failed; 2 a call could not be placed; 3 could not start;
// 64 bad command line.
#include "PhoneController.h"
#include "PhoneOptions.h"
#include "StdinReader.h"

#include <QCoreApplication>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace {
std::atomic<int> stopSignal{0};
void onSignal(int signal)
{
    stopSignal = signal;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-phone"));

    relais::phone::PhoneOptions options;
    QString error;
    bool helpShown = false;
    if (!relais::phone::PhoneOptions::parse(app.arguments(), &options, &error, &helpShown)) {
        std::fprintf(stderr, "relais-phone: %s\n", qPrintable(error));
        return 64;
    }
    if (helpShown) {
        std::fprintf(stdout, "%s", qPrintable(error));
        return 0;
    }

    relais::phone::PhoneController controller(options);
    if (!controller.start())
        return controller.exitStatus();

    relais::phone::StdinReader input;
    QObject::connect(&input, &relais::phone::StdinReader::lineRead, &controller,
                     &relais::phone::PhoneController::handleCommand);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer signalWatch;
    QObject::connect(&signalWatch, &QTimer::timeout, &controller, [&controller] {
        if (stopSignal.load())
            controller.quit();
    });
    signalWatch.start(100);

    const int status = app.exec();
    return status;
}
