// DispatchCore as the channel API's backend: connectors create interactions and post messages.
#include "server/DispatchCore.h"

#include "server/Clock.h"
#include "config/DemoData.h"
#include <relais/protocol/Protocol.h>
#include "store/PhoneNumber.h"

#include <QUuid>

namespace relais::server {

using namespace relais::protocol;

namespace {
channels::ChannelError channelError(int status, const char *code, const QString &message)
{
    return channels::ChannelError{status, QString::fromLatin1(code), message};
}
} // namespace

std::optional<QString> DispatchCore::connectorForToken(const QString &token) const
{
    const auto it = m_connectorByToken.constFind(token);
    if (it == m_connectorByToken.constEnd())
        return std::nullopt;
    return *it;
}

QString DispatchCore::customerIdFor(const QString &from, const QString &customerRef)
{
    if (!customerRef.isEmpty()) {
        if (m_db->customer(customerRef))
            return customerRef;
    }
    const QString phone = store::normalisePhone(from, m_config.defaultCountryCode);
    if (!phone.isEmpty()) {
        if (std::optional<Customer> c = m_db->customerByPhone(phone))
            return c->id;
    }
    const bool isEmail = from.contains(QLatin1Char('@'));
    if (isEmail) {
        if (std::optional<Customer> c = m_db->customerByEmail(from.trimmed().toLower()))
            return c->id;
    }
    // Unknown: create the customer so the next contact finds them and their history.
    Customer c;
    c.name = from.trimmed();
    c.phone = phone;
    c.email = isEmail ? from.trimmed().toLower() : QString();
    const std::optional<Customer> stored = m_db->insertCustomer(c);
    return stored ? stored->id : QString();
}

std::variant<QString, channels::ChannelError>
DispatchCore::createInteraction(const channels::NewInteraction &n)
{
    const QString queue = n.queue.isEmpty() ? m_config.defaultQueue.value(n.channel) : n.queue;
    if (!m_routing.hasQueue(queue))
        return channelError(400, "bad_request",
                            QStringLiteral("field 'queue': no queue '%1'").arg(queue));
    const qint64 now = nowMs();
    routing::InteractionSpec spec;
    spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    spec.channel = n.channel;
    spec.queue = queue;
    spec.from = n.from;
    spec.arrivedAt = now;
    spec.seq = m_nextSeq;

    routing::Outcome outcome;
    const bool ok = persist([&] {
        store::InteractionRecord rec;
        rec.id = spec.id;
        rec.channel = n.channel;
        rec.queue = queue;
        rec.from = n.from;
        rec.subject = n.subject;
        rec.seq = spec.seq;
        rec.customerId = customerIdFor(n.from, n.customerRef);
        rec.state = QStringLiteral("queued");
        rec.createdAt = now;
        rec.connector = n.connector;
        if (rec.customerId.isEmpty() || !m_db->insertInteraction(rec))
            return false;
        if (!n.text.isEmpty() &&
            !m_db->addMessage(rec.id, QStringLiteral("customer"), n.text, now))
            return false;
        outcome = m_routing.enqueue(spec, now);
        return outcome.ok() && applyEvents(outcome.events);
    });
    if (!ok) {
        if (!outcome.ok())
            return channelError(400, "bad_request", outcome.message);
        return channelError(500, "internal", QStringLiteral("storage failed"));
    }
    ++m_nextSeq;
    scheduleTick();
    return spec.id;
}

std::variant<Message, channels::ChannelError>
DispatchCore::addCustomerMessage(const QString &connector, const QString &interactionId,
                                 const QString &text)
{
    std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId);
    if (!rec || rec->connector != connector)
        return channelError(404, "not_found",
                            QStringLiteral("no interaction '%1'").arg(interactionId));
    if (rec->state == QLatin1String("closed") || rec->state == QLatin1String("abandoned"))
        return channelError(409, "conflict",
                            QStringLiteral("interaction '%1' is %2").arg(interactionId, rec->state));
    std::optional<Message> m = m_db->addMessage(interactionId, QStringLiteral("customer"), text, nowMs());
    if (!m)
        return channelError(500, "internal", QStringLiteral("storage failed"));
    if (!rec->agentId.isEmpty())
        emit toUser(rec->agentId, QLatin1String(msg::InteractionMessage), m->toJson());
    return *m;
}

std::variant<QList<Message>, channels::ChannelError>
DispatchCore::agentMessagesAfter(const QString &connector, const QString &interactionId,
                                 qint64 afterSeq)
{
    std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId);
    if (!rec || rec->connector != connector)
        return channelError(404, "not_found",
                            QStringLiteral("no interaction '%1'").arg(interactionId));
    QList<Message> out;
    for (const Message &m : m_db->messages(interactionId, afterSeq)) {
        if (m.from != QLatin1String("customer"))
            out << m;
    }
    return out;
}

} // namespace relais::server
