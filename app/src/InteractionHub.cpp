#include "relais/app/InteractionHub.h"

#include "relais/app/AgentDirectoryModel.h"
#include "relais/app/CallbackListModel.h"
#include "relais/app/ConsultController.h"
#include "relais/app/ConsultedNotice.h"
#include "relais/app/ContactHistoryModel.h"
#include "relais/app/ConversationModel.h"
#include "relais/app/CtiClient.h"
#include "relais/app/CustomerCard.h"
#include "relais/app/InteractionListModel.h"
#include "relais/app/OfferController.h"
#include "relais/app/RecordingPauseController.h"
#include "relais/app/Session.h"
#include "relais/app/WrapupController.h"

#include <relais/protocol/Protocol.h>

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcHub, "relais.app.interactions")

namespace relais::app {

using namespace relais::protocol;

namespace {
constexpr int kMessageTimeoutMs = 15000;
constexpr qsizetype kMaxTextLength = 16384;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

InteractionHub::InteractionHub(CtiClient *cti, Session *session, QObject *parent)
    : QObject(parent), m_cti(cti), m_session(session), m_list(new InteractionListModel(this)),
      m_conversation(new ConversationModel(this)), m_customer(new CustomerCard(this)),
      m_history(new ContactHistoryModel(this)), m_offer(new OfferController(cti, this)),
      m_wrapup(new WrapupController(cti, this)), m_callbacks(new CallbackListModel(cti, this)),
      m_recordingPause(new RecordingPauseController(cti, this)),
      m_consult(new ConsultController(cti, this)), m_consulted(new ConsultedNotice(cti, this)),
      m_directory(new AgentDirectoryModel(cti, this))
{
    for (const char *type :
         {msg::InteractionOffered, msg::InteractionAccepted, msg::InteractionRevoked,
          "interaction.message", msg::InteractionEnded, msg::InteractionClosed,
          msg::InteractionTransferred, msg::InteractionTransferFailed}) {
        m_cti->subscribe(QLatin1String(type), this, [this](const CtiEvent &e) { handleEvent(e); });
    }
    if (m_session) {
        connect(m_session, &Session::sessionPayload, this, &InteractionHub::applySessionPayload);
        connect(m_session, &Session::loggedOut, this, &InteractionHub::reset);
        connect(m_session, &Session::configChanged, this, [this] {
            QStringList codes;
            for (const ConfigItem &c : m_session->wrapupCodes())
                codes << c.id;
            m_wrapup->setAllowedDispositions(codes);
            auto label = [s = m_session](const QString &id) { return s->wrapupLabel(id); };
            m_history->setDispositionLabels(label);
            m_offer->history()->setDispositionLabels(label);
        });
    }
    // The selected interaction's recording can be paused while it is an answered call.
    const auto followCall = [this] {
        const bool answeredCall =
            currentChannel() == QLatin1String("voice") && currentState() == QLatin1String("active");
        m_recordingPause->setCurrent(m_current, answeredCall);
        m_consult->setCurrent(m_current, answeredCall);
    };
    connect(this, &InteractionHub::currentInteractionChanged, this, followCall);
    connect(this, &InteractionHub::currentStateChanged, this, followCall);
    connect(m_recordingPause, &RecordingPauseController::failed, this,
            &InteractionHub::errorOccurred);
    connect(m_consult, &ConsultController::failed, this, &InteractionHub::errorOccurred);
    connect(m_consult, &ConsultController::ended, this,
            [this](const QString &, const QString &number, const QString &reason) {
                if (reason == QLatin1String("call ended"))
                    emit errorOccurred(
                        tr("L'appel est terminé : la consultation de %1 aussi").arg(number));
                else
                    emit errorOccurred(
                        tr("Consultation de %1 terminée (%2) : l'appelant est de nouveau avec vous")
                            .arg(number, reason));
            });
    connect(m_wrapup, &WrapupController::callbackScheduled, this,
            [this](const QString &id, const QJsonObject &callback) {
                CallbackListModel::Callback c =
                    CallbackListModel::Callback::fromJson(callback, QStringLiteral("mine"));
                const auto ctx = m_contexts.constFind(id);
                if (ctx != m_contexts.constEnd()) {
                    if (c.customerName.isEmpty())
                        c.customerName = ctx->customer.name;
                    if (c.queue.isEmpty())
                        c.queue = ctx->interaction.queue;
                }
                if (!c.requestedAt)
                    c.requestedAt = nowMs();
                m_callbacks->upsert(c);
            });
}

QString InteractionHub::currentChannel() const
{
    const auto it = m_contexts.constFind(m_current);
    return it == m_contexts.constEnd() ? QString() : toString(it->interaction.channel);
}

QString InteractionHub::currentState() const
{
    return m_contexts.value(m_current).state;
}

bool InteractionHub::canWrite() const
{
    const auto it = m_contexts.constFind(m_current);
    return it != m_contexts.constEnd() && it->state == QLatin1String("active") &&
           isTextChannel(it->interaction.channel);
}

QString InteractionHub::sipCallId(const QString &interactionId) const
{
    return m_contexts.value(interactionId).interaction.sipCallId;
}

QString InteractionHub::interactionForCall(const QString &sipCallId) const
{
    if (sipCallId.isEmpty())
        return {};
    for (auto it = m_contexts.constBegin(); it != m_contexts.constEnd(); ++it) {
        if (it->interaction.sipCallId == sipCallId)
            return it.key();
    }
    return {};
}

std::optional<InteractionHub::ParsedOffer> InteractionHub::parseOffer(const QJsonObject &payload)
{
    QString error;
    const QJsonObject ix = payload.value(QStringLiteral("interaction")).toObject();
    std::optional<Interaction> interaction = Interaction::fromJson(ix, &error);
    if (!interaction) {
        qCWarning(lcHub) << "offer ignored:" << error;
        return std::nullopt;
    }
    ParsedOffer p;
    p.context.interaction = *interaction;
    p.context.state = ix.value(QStringLiteral("state")).toString(QStringLiteral("offered"));
    if (std::optional<Customer> c =
            Customer::fromJson(payload.value(QStringLiteral("customer")).toObject()))
        p.context.customer = *c;
    for (const QJsonValue &v : payload.value(QStringLiteral("history")).toArray()) {
        if (std::optional<Contact> c = Contact::fromJson(v.toObject()))
            p.context.history << *c;
    }
    for (const QJsonValue &v : payload.value(QStringLiteral("messages")).toArray()) {
        if (std::optional<Message> m = Message::fromJson(v.toObject()))
            p.messages << *m;
    }
    p.timeoutMs = qint64(payload.value(QStringLiteral("timeoutMs")).toDouble());
    p.callback = payload.value(QStringLiteral("callback")).toObject();
    return p;
}

// Puts an interaction (new or known) into the inbox with its conversation.
void InteractionHub::track(const ParsedOffer &p)
{
    const Interaction &ix = p.context.interaction;
    const bool known = m_contexts.contains(ix.id);
    m_contexts.insert(ix.id, p.context);

    InteractionListModel::Item item;
    if (const InteractionListModel::Item *existing = m_list->item(ix.id))
        item = *existing;
    else
        item.arrivedAt = nowMs() - ix.waitedMs;
    item.id = ix.id;
    item.channel = toString(ix.channel);
    item.queue = ix.queue;
    item.from = ix.from;
    item.subject = ix.subject;
    item.priority = ix.priority;
    item.customerId = p.context.customer.id;
    item.customerName = p.context.customer.name;
    item.state = p.context.state;
    item.sipCallId = ix.sipCallId;
    m_list->upsert(item);

    if (!p.messages.isEmpty()) {
        const int before = int(m_conversation->entries(ix.id).size());
        m_conversation->mergeServerMessages(ix.id, p.messages);
        const QList<ConversationModel::Entry> &entries = m_conversation->entries(ix.id);
        for (int i = before; i < entries.size(); ++i) {
            const ConversationModel::Entry &e = entries[i];
            // Unread counts what arrived since the agent last looked, not the whole past.
            m_list->addMessage(ix.id, e.from, e.text, e.at, known && ix.id != m_current);
        }
    }

    if (ix.channel == Channel::Callback) {
        CallbackListModel::Callback c =
            CallbackListModel::Callback::fromJson(p.callback, QStringLiteral("mine"));
        c.id = ix.id; // a due callback's interaction has the callback's id
        if (c.number.isEmpty())
            c.number = ix.from;
        if (c.customerName.isEmpty())
            c.customerName = p.context.customer.name;
        c.queue = ix.queue;
        if (!c.requestedAt)
            c.requestedAt = nowMs() - ix.waitedMs;
        c.state = p.context.state;
        if (c.notes.isEmpty())
            c.notes = ix.subject;
        m_callbacks->upsert(c);
    }
    if (ix.id == m_current)
        showSelected();
}

void InteractionHub::handleEvent(const CtiEvent &e)
{
    const QString id = e.body.value(QStringLiteral("interactionId")).toString();
    if (e.type == QLatin1String(msg::InteractionOffered)) {
        onOffered(e);
    } else if (e.type == QLatin1String(msg::InteractionAccepted)) {
        onAccepted(e.body);
    } else if (e.type == QLatin1String(msg::InteractionRevoked)) {
        drop(id, e.body.value(QStringLiteral("reason")).toString(QStringLiteral("withdrawn")));
    } else if (e.type == QLatin1String("interaction.message")) {
        onMessage(e.body);
    } else if (e.type == QLatin1String(msg::InteractionEnded)) {
        onEnded(e.body);
    } else if (e.type == QLatin1String(msg::InteractionClosed)) {
        drop(id, QStringLiteral("gone"));
        emit interactionClosed(id);
    } else if (e.type == QLatin1String(msg::InteractionTransferred)) {
        // A call handed on: the server has taken it off this desk's phone; the phone panel and
        // the desk's own phone let go of it too.
        const auto it = m_contexts.constFind(id);
        if (it != m_contexts.constEnd() && it->interaction.channel == Channel::Voice)
            emit voiceEnded(id, it->interaction.sipCallId);
        drop(id, QStringLiteral("transferred"));
        // "queue X" / "agent Y" on the wire; said in the desk's language.
        QString to = e.body.value(QStringLiteral("to")).toString();
        if (to.startsWith(QLatin1String("queue ")))
            to = tr("the %1 queue").arg(to.mid(6));
        else if (to.startsWith(QLatin1String("agent ")))
            to = to.mid(6);
        emit interactionTransferred(id, to);
    } else if (e.type == QLatin1String(msg::InteractionTransferFailed)) {
        const QString number = e.body.value(QStringLiteral("number")).toString();
        const QString reason = e.body.value(QStringLiteral("reason")).toString();
        emit numberTransferFailed(id, number);
        emit errorOccurred(
            tr("Transfer to %1 failed (%2): the caller is still with you").arg(number, reason));
    }
}

void InteractionHub::onOffered(const CtiEvent &e)
{
    std::optional<ParsedOffer> p = parseOffer(e.body);
    if (!p)
        return;
    p->context.state = QStringLiteral("offered");
    OfferController::Offer offer;
    offer.interaction = p->context.interaction;
    offer.customer = p->context.customer;
    offer.history = p->context.history;
    offer.timeoutMs = p->timeoutMs;
    offer.arrivedMs = m_offer->nowMs();
    // The screen-pop first: the card and history are what the agent needs in front of them.
    const bool shown = m_offer->present(offer);
    if (shown && e.receivedNs > 0) {
        m_lastScreenPopUs = (CtiClient::monotonicNs() - e.receivedNs) / 1000;
        emit screenPopMeasured(m_lastScreenPopUs);
    }
    track(*p);
}

void InteractionHub::adoptTaken(const QJsonObject &payload)
{
    std::optional<ParsedOffer> p = parseOffer(payload);
    if (!p)
        return;
    const QString id = p->context.interaction.id;
    // interaction.accepted may have come first (and found nothing to update): active either way.
    p->context.state = QStringLiteral("active");
    m_offer->withdraw(id, QStringLiteral("accepted"));
    track(*p);
    selectInteraction(id);
}

void InteractionHub::setState(const QString &interactionId, const QString &state)
{
    auto it = m_contexts.find(interactionId);
    if (it == m_contexts.end())
        return;
    it->state = state;
    m_list->setState(interactionId, state);
    if (CallbackListModel::Callback const *c = m_callbacks->callback(interactionId)) {
        CallbackListModel::Callback copy = *c;
        copy.state = state;
        m_callbacks->upsert(copy);
    }
    if (interactionId == m_current)
        emit currentStateChanged();
}

void InteractionHub::onAccepted(const QJsonObject &body)
{
    const QString id = body.value(QStringLiteral("interactionId")).toString();
    m_offer->withdraw(id, QStringLiteral("accepted"));
    setState(id, QStringLiteral("active"));
    const auto it = m_contexts.constFind(id);
    if (it == m_contexts.constEnd())
        return;
    // The agent just answered it: it is what they want to look at.
    selectInteraction(id);
    if (it->interaction.channel == Channel::Voice)
        emit voiceAnswered(id, it->interaction.sipCallId);
}

void InteractionHub::onMessage(const QJsonObject &body)
{
    std::optional<Message> m = Message::fromJson(body);
    if (!m || !m_contexts.contains(m->interactionId))
        return;
    if (!m_conversation->addIncoming(m->interactionId, *m))
        return;
    const bool unread = m->interactionId != m_current;
    m_list->addMessage(m->interactionId, m->from, m->text, m->at, unread);
    if (m->from == QLatin1String("customer"))
        emit messageReceived(m->interactionId, m->text);
}

void InteractionHub::onEnded(const QJsonObject &body)
{
    const QString id = body.value(QStringLiteral("interactionId")).toString();
    const auto it = m_contexts.constFind(id);
    if (it == m_contexts.constEnd())
        return;
    setState(id, QStringLiteral("wrap_up"));
    m_wrapup->begin(id, qint64(body.value(QStringLiteral("wrapupLimitMs")).toDouble()),
                    toString(it->interaction.channel), it->customer.name, it->interaction.from);
    if (id == m_current)
        m_wrapup->setCurrent(id);
    m_recordingPause->forget(id);
    m_consult->forget(id);
    if (it->interaction.channel == Channel::Voice)
        emit voiceEnded(id, it->interaction.sipCallId);
    const QString transferredTo = body.value(QStringLiteral("transferredTo")).toString();
    if (!transferredTo.isEmpty())
        emit interactionTransferred(id, transferredTo);
}

void InteractionHub::drop(const QString &interactionId, const QString &offerOutcome)
{
    m_offer->withdraw(interactionId, offerOutcome);
    m_wrapup->finish(interactionId);
    m_recordingPause->forget(interactionId);
    m_consult->forget(interactionId);
    const Context ctx = m_contexts.take(interactionId);
    m_list->remove(interactionId);
    m_conversation->removeInteraction(interactionId);
    if (ctx.interaction.channel == Channel::Callback)
        m_callbacks->remove(interactionId);
    if (interactionId == m_current) {
        m_current.clear();
        // Next in the inbox, so that the agent is not left in front of nothing.
        selectInteraction(m_list->idAt(0));
        if (m_current.isEmpty()) {
            showSelected();
            emit currentInteractionChanged();
            emit currentStateChanged();
        }
    }
}

void InteractionHub::selectInteraction(const QString &interactionId)
{
    if (interactionId == m_current)
        return;
    if (!interactionId.isEmpty() && !m_contexts.contains(interactionId))
        return;
    m_current = interactionId;
    m_conversation->setCurrentInteraction(interactionId);
    showSelected();
    m_list->markRead(interactionId);
    m_wrapup->setCurrent(interactionId);
    emit currentInteractionChanged();
    emit currentStateChanged();
}

void InteractionHub::showSelected()
{
    const auto it = m_contexts.constFind(m_current);
    if (it == m_contexts.constEnd()) {
        m_customer->clear();
        m_history->clear();
        return;
    }
    m_customer->setCustomer(it->customer, m_current);
    if (m_history->customerId() != it->customer.id || m_history->count() != it->history.size())
        m_history->setHistory(it->customer.id, it->history);
}

void InteractionHub::sendMessage(const QString &text)
{
    sendMessage(m_current, text);
}

void InteractionHub::sendMessage(const QString &interactionId, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || !m_contexts.contains(interactionId))
        return;
    if (t.size() > kMaxTextLength) {
        emit errorOccurred(tr("Message trop long (%1 caractères au plus)").arg(kMaxTextLength));
        return;
    }
    const qint64 at = nowMs();
    const QString key = m_conversation->addOutgoing(interactionId, t, at);
    m_list->addMessage(interactionId, QStringLiteral("agent"), t, at, false);
    deliver(interactionId, key, t);
}

void InteractionHub::deliver(const QString &interactionId, const QString &key, const QString &text)
{
    RequestOptions options;
    options.queueWhileOffline = true;
    options.timeoutMs = kMessageTimeoutMs;
    m_cti->request(
        QStringLiteral("interaction.message"), {{"interactionId", interactionId}, {"text", text}},
        this,
        [this, interactionId, key](const CtiResult &r) {
            if (r.ok) {
                m_conversation->markSent(interactionId, key,
                                         qint64(r.body.value(QStringLiteral("seq")).toDouble()),
                                         qint64(r.body.value(QStringLiteral("at")).toDouble()));
                return;
            }
            switch (r.error.kind) {
            case CtiError::Kind::ConnectionLost:
                // Checked against the server's copy after the resume (applySessionPayload).
                m_conversation->markInDoubt(interactionId, key);
                break;
            case CtiError::Kind::Timeout:
                m_conversation->markInDoubt(interactionId, key);
                resync(interactionId);
                break;
            default:
                m_conversation->markFailed(interactionId, key, r.error.message);
                break;
            }
        },
        options);
}

// Asks the server for the conversation and settles the messages in doubt.
void InteractionHub::resync(const QString &interactionId)
{
    m_cti->request(
        QStringLiteral("interaction.messages"), {{"interactionId", interactionId}}, this,
        [this, interactionId](const CtiResult &r) {
            if (!m_contexts.contains(interactionId))
                return;
            if (!r.ok) {
                // A resume will settle them if the link is the problem.
                if (r.error.kind == CtiError::Kind::Server) {
                    for (const ConversationModel::Entry &e :
                         m_conversation->entries(interactionId)) {
                        if (e.resend)
                            m_conversation->markFailed(interactionId, e.key, r.error.message);
                    }
                }
                return;
            }
            QList<Message> messages;
            for (const QJsonValue &v : r.body.value(QStringLiteral("messages")).toArray()) {
                if (std::optional<Message> m = Message::fromJson(v.toObject()))
                    messages << *m;
            }
            for (const QString &key : m_conversation->reconcile(interactionId, messages)) {
                const ConversationModel::Entry *e = m_conversation->entry(interactionId, key);
                m_conversation->markPending(interactionId, key);
                deliver(interactionId, key, e->text);
            }
            m_conversation->mergeServerMessages(interactionId, messages);
        });
}

void InteractionHub::retryMessage(const QString &key)
{
    const ConversationModel::Entry *e = m_conversation->entry(m_current, key);
    if (!e || e->state != ConversationModel::SendState::Failed)
        return;
    const QString text = e->text;
    m_conversation->markPending(m_current, key);
    deliver(m_current, key, text);
}

void InteractionHub::requestSimple(const QString &verb, const QJsonObject &fields,
                                   const QString &failure)
{
    m_cti->request(verb, fields, this, [this, failure](const CtiResult &r) {
        if (!r.ok)
            emit errorOccurred(failure.arg(r.error.message));
    });
}

void InteractionHub::endInteraction(const QString &interactionId)
{
    const QString id = interactionId.isEmpty() ? m_current : interactionId;
    if (id.isEmpty())
        return;
    requestSimple(QLatin1String(msg::InteractionEnd), {{"interactionId", id}},
                  tr("Impossible de terminer l'interaction : %1"));
}

void InteractionHub::phoneCallEnded(const QString &sipCallId)
{
    const QString id = interactionForCall(sipCallId);
    if (id.isEmpty() || m_contexts.value(id).state != QLatin1String("active"))
        return;
    m_cti->request(
        QLatin1String(msg::InteractionEnd), {{"interactionId", id}}, this,
        [this, id](const CtiResult &r) {
            // Refused because it already moved on (transferred, ended): nothing to say.
            const auto it = m_contexts.constFind(id);
            if (!r.ok && it != m_contexts.constEnd() && it->state == QLatin1String("active"))
                emit errorOccurred(
                    tr("Impossible de terminer l'interaction : %1").arg(r.error.message));
        });
}

void InteractionHub::transferToQueue(const QString &interactionId, const QString &queue)
{
    const QString id = interactionId.isEmpty() ? m_current : interactionId;
    requestSimple(QLatin1String(msg::InteractionTransfer),
                  {{"interactionId", id}, {"queue", queue}}, tr("Transfert impossible : %1"));
}

void InteractionHub::transferToAgent(const QString &interactionId, const QString &agentId)
{
    const QString id = interactionId.isEmpty() ? m_current : interactionId;
    requestSimple(QLatin1String(msg::InteractionTransfer),
                  {{"interactionId", id}, {"agentId", agentId}}, tr("Transfert impossible : %1"));
}

void InteractionHub::transferToNumber(const QString &interactionId, const QString &number)
{
    const QString id = interactionId.isEmpty() ? m_current : interactionId;
    if (id.isEmpty() || number.trimmed().isEmpty())
        return;
    static const QRegularExpression kDialable(QStringLiteral("^\\+?[0-9 ().-]{2,31}$"));
    if (!kDialable.match(number.trimmed()).hasMatch()) {
        emit errorOccurred(tr("“%1” is not a phone number").arg(number.trimmed()));
        return;
    }
    m_cti->request(QLatin1String(msg::InteractionTransfer),
                   {{"interactionId", id}, {"number", number.trimmed()}}, this,
                   [this, id](const CtiResult &r) {
                       if (!r.ok) {
                           emit errorOccurred(tr("Transfert impossible : %1").arg(r.error.message));
                           return;
                       }
                       emit numberTransferRinging(
                           id, r.body.value(QStringLiteral("number")).toString());
                   });
}

void InteractionHub::applySessionPayload(const QJsonObject &payload, bool resumed)
{
    // The agent's work in hand says since when each one is in wrap-up (docs: agent.state).
    for (const QJsonValue &w : payload.value(QStringLiteral("state"))
                                   .toObject()
                                   .value(QStringLiteral("interactions"))
                                   .toArray()) {
        const QJsonObject o = w.toObject();
        if (o.value(QStringLiteral("state")).toString() == QLatin1String("wrap_up") &&
            o.contains(QStringLiteral("since")))
            m_workSince.insert(o.value(QStringLiteral("id")).toString(),
                               qint64(o.value(QStringLiteral("since")).toDouble()));
    }
    QSet<QString> present;
    QList<ParsedOffer> parsed;
    for (const QJsonValue &v : payload.value(QStringLiteral("interactions")).toArray()) {
        if (std::optional<ParsedOffer> p = parseOffer(v.toObject())) {
            present.insert(p->context.interaction.id);
            parsed << *p;
        }
    }
    // Closed, revoked or expired while the link was down.
    for (const QString &id : m_contexts.keys()) {
        if (!present.contains(id))
            drop(id, QStringLiteral("withdrawn"));
    }
    for (const ParsedOffer &p : parsed) {
        const QString id = p.context.interaction.id;
        QStringList resend;
        if (resumed)
            resend = m_conversation->reconcile(id, p.messages);
        track(p);
        for (const QString &key : resend) {
            const ConversationModel::Entry *e = m_conversation->entry(id, key);
            m_conversation->markPending(id, key);
            deliver(id, key, e->text);
        }
        if (p.context.state == QLatin1String("offered")) {
            OfferController::Offer offer;
            offer.interaction = p.context.interaction;
            offer.customer = p.context.customer;
            offer.history = p.context.history;
            offer.timeoutMs = p.timeoutMs;
            offer.arrivedMs = m_offer->nowMs();
            m_offer->present(offer);
        } else {
            m_offer->withdraw(id, QStringLiteral("accepted"));
        }
        if (p.context.state == QLatin1String("wrap_up") && !m_wrapup->isPending(id))
            m_wrapup->begin(id, 0, toString(p.context.interaction.channel), p.context.customer.name,
                            p.context.interaction.from);
        if (id == m_current)
            emit currentStateChanged();
    }
    if (!m_limitsRequested)
        loadQueueLimits();
    else
        applyWrapupLimits();
    if (m_current.isEmpty()) {
        for (const ParsedOffer &p : parsed) {
            if (p.context.state != QLatin1String("offered")) {
                selectInteraction(p.context.interaction.id);
                break;
            }
        }
    }
}

void InteractionHub::loadQueueLimits()
{
    m_limitsRequested = true;
    m_cti->request(QLatin1String(msg::QueueList), {}, this, [this](const CtiResult &r) {
        if (!r.ok) {
            m_limitsRequested = false; // the next login or resume asks again
            return;
        }
        for (const QJsonValue &v : r.body.value(QStringLiteral("queues")).toArray()) {
            const QJsonObject q = v.toObject();
            m_wrapupLimitMs.insert(q.value(QStringLiteral("name")).toString(),
                                   qint64(q.value(QStringLiteral("wrapupLimitMs")).toDouble()));
        }
        applyWrapupLimits();
    });
}

// Wrap-ups found in a login or resume reply get their countdown back: the queue's limit minus
// the time already spent in wrap-up.
void InteractionHub::applyWrapupLimits()
{
    for (auto it = m_workSince.begin(); it != m_workSince.end();) {
        const auto ctx = m_contexts.constFind(it.key());
        if (ctx == m_contexts.constEnd() || ctx->state != QLatin1String("wrap_up")) {
            it = m_workSince.erase(it);
            continue;
        }
        const qint64 limit = m_wrapupLimitMs.value(ctx->interaction.queue);
        if (limit > 0) {
            m_wrapup->setLimit(it.key(), limit, limit - (m_cti->serverNowMs() - it.value()));
            it = m_workSince.erase(it);
        } else {
            ++it;
        }
    }
}

void InteractionHub::reset()
{
    m_workSince.clear();
    m_wrapupLimitMs.clear();
    m_limitsRequested = false;
    m_current.clear();
    m_contexts.clear();
    for (const QString &id : m_list->ids())
        m_offer->withdraw(id, QStringLiteral("withdrawn"));
    m_list->clear();
    m_conversation->clear();
    m_wrapup->clear();
    m_callbacks->clear();
    m_customer->clear();
    m_history->clear();
    m_recordingPause->clear();
    m_consult->clear();
    m_consulted->clear();
    emit currentInteractionChanged();
    emit currentStateChanged();
}

} // namespace relais::app
