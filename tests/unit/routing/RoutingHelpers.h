#pragma once

// Shared by the routing tests: building configurations and reading events.

#include "routing/RoutingEngine.h"

#include <QHash>
#include <QStringList>
#include <QTest>

namespace routingtest {

using namespace relais::routing;
using relais::protocol::AgentState;
using relais::protocol::Channel;

inline QueueConfig queue(const QString &name, const QStringList &skills = {})
{
    QueueConfig q;
    q.name = name;
    q.requiredSkills = skills;
    return q;
}

inline AgentConfig agent(const QString &id, const QHash<QString, int> &skills = {})
{
    AgentConfig a;
    a.id = id;
    a.name = id.toUpper();
    a.skills = skills;
    return a;
}

inline InteractionSpec spec(const QString &id, const QString &queue,
                            Channel channel = Channel::Chat, int priority = 0,
                            const QString &from = {})
{
    InteractionSpec s;
    s.id = id;
    s.queue = queue;
    s.channel = channel;
    s.priority = priority;
    s.from = from;
    return s;
}

template <typename T> std::vector<T> only(const Events &events)
{
    std::vector<T> out;
    for (const Event &e : events) {
        if (const T *t = std::get_if<T>(&e))
            out.push_back(*t);
    }
    return out;
}

// "interaction → agent" for every offer in the events, in order.
inline QStringList offers(const Events &events)
{
    QStringList out;
    for (const OfferMade &o : only<OfferMade>(events))
        out << o.interactionId + QLatin1String("->") + o.agentId;
    return out;
}

// A compact trace of the events: one word per event, for ordering checks.
inline QStringList trace(const Events &events)
{
    QStringList out;
    for (const Event &e : events) {
        if (const auto *o = std::get_if<OfferMade>(&e))
            out << QStringLiteral("offer:%1>%2").arg(o->interactionId, o->agentId);
        else if (const auto *r = std::get_if<OfferRevoked>(&e))
            out << QStringLiteral("revoke:%1>%2:%3")
                       .arg(r->interactionId, r->agentId)
                       .arg(int(r->reason));
        else if (const auto *s = std::get_if<AgentStateChanged>(&e))
            out << QStringLiteral("agent:%1=%2%3")
                       .arg(s->agentId, toString(s->state),
                            s->reason.isEmpty() ? QString() : QLatin1Char('/') + s->reason);
        else if (const auto *i = std::get_if<InteractionStateChanged>(&e))
            out << QStringLiteral("ix:%1=%2@%3")
                       .arg(i->interactionId)
                       .arg(int(i->state))
                       .arg(i->queue);
        else if (const auto *f = std::get_if<OverflowDue>(&e))
            out << QStringLiteral("overflow:%1@%2").arg(f->interactionId, f->queue);
        else if (const auto *w = std::get_if<WrapupExpired>(&e))
            out << QStringLiteral("wrapup_expired:%1").arg(w->interactionId);
    }
    return out;
}

// Checks every outcome and remembers the last reported state of each agent, to catch a state
// event that reports no change.
class Recorder
{
public:
    explicit Recorder(RoutingEngine &engine) : m_engine(engine) {}

    Events ok(const Outcome &o, const char *what = "call")
    {
        if (!o.ok())
            QTest::qFail(qPrintable(QStringLiteral("%1 failed: %2").arg(what, o.message)), __FILE__,
                         __LINE__);
        check(o.events);
        return o.events;
    }
    Events tick(Ms now)
    {
        Events ev = m_engine.tick(now);
        check(ev);
        return ev;
    }
    Events ready(const QString &id, Ms now)
    {
        Events ev = ok(m_engine.login(id, now), "login");
        Events more = ok(m_engine.setAvailability(id, Availability::Ready, {}, now), "ready");
        ev.insert(ev.end(), more.begin(), more.end());
        return ev;
    }
    int duplicates() const { return m_duplicates; }

private:
    void check(const Events &events)
    {
        for (const AgentStateChanged &s : only<AgentStateChanged>(events)) {
            const auto it = m_last.constFind(s.agentId);
            if (it != m_last.constEnd() && it->first == s.state && it->second == s.reason)
                ++m_duplicates;
            m_last.insert(s.agentId, {s.state, s.reason});
        }
    }
    RoutingEngine &m_engine;
    QHash<QString, std::pair<AgentState, QString>> m_last;
    int m_duplicates = 0;
};

} // namespace routingtest
