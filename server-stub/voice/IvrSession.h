#pragma once
// One caller's walk through an IVR tree ([[ivrs]] in the config): pure logic, no audio and no
// clock. The owner plays what it is told, arms a timer for `timeoutMs`, and feeds back the
// digits and timeouts; the walk ends in a queue or a hang-up.
#include "config/Config.h"

namespace relais::voice {

class IvrSession
{
public:
    struct Action
    {
        enum class Kind {
            PlayAndWait,   // play `prompt`, then wait `timeoutMs` for a digit
            PlayAndHangUp, // self-care leaf: play `prompt`, then hang up
            Queue,         // hand the caller to `queue`
            HangUp,        // nothing chosen after the replay: give up
        } kind = Kind::HangUp;
        QString prompt;
        qint64 timeoutMs = 0;
        QString queue;
        QString node;
    };

    // `language`: the caller's language so far (from their last call, or empty); when the
    // root offers it as a choice, start() takes that choice without asking.
    IvrSession(const config::IvrDef &ivr, QString language = {});

    Action start();
    Action digit(QChar key);
    Action timeout();

    const QString &language() const { return language_; }
    const QString &node() const { return node_; }

private:
    Action enter(const QString &nodeId);
    Action follow(const config::IvrChoice &choice);
    Action noChoice();

    const config::IvrDef &ivr_;
    QString language_;
    QString node_;
    bool replayed_ = false;
};

} // namespace relais::voice
