#include "voice/IvrSession.h"

namespace relais::voice {

using Kind = IvrSession::Action::Kind;

IvrSession::IvrSession(const config::IvrDef &ivr, QString language)
    : ivr_(ivr), language_(std::move(language))
{
}

// A caller whose language is known skips the root's language choice: the root's choice that
// sets that language is taken at once.
IvrSession::Action IvrSession::start()
{
    const config::IvrNode *root = ivr_.node(ivr_.root);
    if (root && !language_.isEmpty()) {
        for (auto it = root->choices.constBegin(); it != root->choices.constEnd(); ++it) {
            if (it->language == language_) {
                node_ = ivr_.root;
                return follow(*it);
            }
        }
    }
    return enter(ivr_.root);
}

IvrSession::Action IvrSession::enter(const QString &nodeId)
{
    const config::IvrNode *n = ivr_.node(nodeId);
    if (!n)
        return Action{}; // the config loader checks references; hang up if it ever happens
    node_ = nodeId;
    replayed_ = false;
    Action a;
    a.kind = n->hangup ? Kind::PlayAndHangUp : Kind::PlayAndWait;
    a.prompt = n->prompt;
    a.timeoutMs = n->hangup ? 0 : n->timeoutMs;
    a.node = nodeId;
    return a;
}

IvrSession::Action IvrSession::follow(const config::IvrChoice &choice)
{
    if (!choice.language.isEmpty())
        language_ = choice.language;
    if (!choice.queue.isEmpty()) {
        Action a;
        a.kind = Kind::Queue;
        a.queue = choice.queue;
        a.node = node_;
        return a;
    }
    return enter(choice.node);
}

IvrSession::Action IvrSession::digit(QChar key)
{
    const config::IvrNode *n = ivr_.node(node_);
    if (!n || n->hangup)
        return Action{};
    const auto it = n->choices.constFind(QString(key));
    if (it != n->choices.constEnd())
        return follow(*it);
    return noChoice();
}

IvrSession::Action IvrSession::timeout()
{
    return noChoice();
}

// Nothing (or a key that leads nowhere): the default branch, else one replay, else hang up.
IvrSession::Action IvrSession::noChoice()
{
    const config::IvrNode *n = ivr_.node(node_);
    if (!n)
        return Action{};
    if (!n->defaultChoice.isEmpty())
        return follow(n->choices.value(n->defaultChoice));
    if (replayed_)
        return Action{};
    Action a = enter(node_);
    replayed_ = true;
    return a;
}

} // namespace relais::voice
