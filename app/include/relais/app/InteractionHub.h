#pragma once

#include "relais/app/CtiTypes.h"

#include <relais/protocol/Types.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace relais::app {

class AgentDirectoryModel;
class CallbackListModel;
class ContactHistoryModel;
class ConversationModel;
class CtiClient;
class CustomerCard;
class InteractionListModel;
class OfferController;
class RecordingPauseController;
class ConsultController;
class ConsultedNotice;
class Session;
class WrapupController;

// The agent face's brain: turns the CTI interaction events into the models (inbox,
// conversation, card and history of the selected interaction, offer, wrap-up, callbacks) and
// the agent's intents into requests (reply, end, transfer). Chat replies are never lost: one
// written while the link is down waits and goes out after the resume; one whose reply was lost
// is checked against the server's copy of the conversation and sent again only if missing.
class InteractionHub : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        QString currentInteractionId READ currentInteractionId NOTIFY currentInteractionChanged)
    Q_PROPERTY(QString currentChannel READ currentChannel NOTIFY currentInteractionChanged)
    Q_PROPERTY(QString currentState READ currentState NOTIFY currentStateChanged)
    Q_PROPERTY(bool canWrite READ canWrite NOTIFY currentStateChanged)
    // Microseconds from the interaction.offered frame received to the offer's customer card and
    // history filled (the screen-pop), for the last offer; -1 before the first.
    Q_PROPERTY(qint64 lastScreenPopUs READ lastScreenPopUs NOTIFY screenPopMeasured)

public:
    InteractionHub(CtiClient *cti, Session *session, QObject *parent = nullptr);

    InteractionListModel *interactions() const { return m_list; }
    ConversationModel *conversation() const { return m_conversation; }
    CustomerCard *customer() const { return m_customer; }      // the selected interaction's
    ContactHistoryModel *history() const { return m_history; } // the selected interaction's
    OfferController *offer() const { return m_offer; }         // has its own card and history
    WrapupController *wrapup() const { return m_wrapup; }
    CallbackListModel *callbacks() const { return m_callbacks; }
    // Pause/resume of the selected call's recording.
    RecordingPauseController *recordingPause() const { return m_recordingPause; }
    // Consulting a number before transferring the selected call to it (attended transfer).
    ConsultController *consult() const { return m_consult; }
    // A colleague consulting this agent about their caller (the other side of consult()).
    ConsultedNotice *consulted() const { return m_consulted; }
    // The colleagues to transfer to (agent.directory), refreshed by the transfer picker.
    AgentDirectoryModel *directory() const { return m_directory; }

    Q_INVOKABLE void selectInteraction(const QString &interactionId);
    // Replies on the selected interaction (or the one named).
    Q_INVOKABLE void sendMessage(const QString &text);
    void sendMessage(const QString &interactionId, const QString &text);
    // Sends a failed message of the selected conversation again (its ConversationModel key).
    Q_INVOKABLE void retryMessage(const QString &key);
    Q_INVOKABLE void endInteraction(const QString &interactionId = {});
    // The desk's phone lost the call `sipCallId`: its interaction ends if it is still going (the
    // agent hung up on the phone). The server may have hung up first (a transfer, an end): then
    // its refusal is no news.
    void phoneCallEnded(const QString &sipCallId);
    Q_INVOKABLE void transferToQueue(const QString &interactionId, const QString &queue);
    Q_INVOKABLE void transferToAgent(const QString &interactionId, const QString &agentId);
    // A call to an outside number, through the server (interaction.transfer {number}): the agent
    // keeps the caller until the number answers, then the call goes to wrap-up.
    Q_INVOKABLE void transferToNumber(const QString &interactionId, const QString &number);

    QString currentInteractionId() const { return m_current; }
    QString currentChannel() const;
    QString currentState() const;
    bool canWrite() const;
    qint64 lastScreenPopUs() const { return m_lastScreenPopUs; }
    // The SIP Call-ID of a voice interaction (for the phone), empty otherwise.
    QString sipCallId(const QString &interactionId) const;
    // The interaction a SIP call belongs to (the phone reports hang-ups by Call-ID).
    QString interactionForCall(const QString &sipCallId) const;

    // Entry points (public for tests: synthetic frames go in here).
    void handleEvent(const CtiEvent &event);
    void applySessionPayload(const QJsonObject &payload, bool resumed);
    // An interaction the agent took themselves (callback.dial's reply: its offer payload,
    // active): into the inbox and selected, as an accepted offer.
    void adoptTaken(const QJsonObject &payload);
    void reset();

signals:
    void currentInteractionChanged();
    void currentStateChanged();
    void screenPopMeasured(qint64 microseconds);
    // A customer wrote (for a notification when the window is in the background).
    void messageReceived(const QString &interactionId, const QString &text);
    void voiceAnswered(const QString &interactionId, const QString &sipCallId);
    void voiceEnded(const QString &interactionId, const QString &sipCallId);
    void interactionClosed(const QString &interactionId);
    // Handed on: to a queue or an agent (gone from the inbox), or to a number (`to`: the
    // number; the interaction is then in wrap-up).
    void interactionTransferred(const QString &interactionId, const QString &to);
    // The server is calling `number` to hand the call over; the agent stays with the caller.
    void numberTransferRinging(const QString &interactionId, const QString &number);
    // ... and it did not answer (refused, busy, no answer): the agent still has the caller.
    void numberTransferFailed(const QString &interactionId, const QString &number);
    void errorOccurred(const QString &message);

private:
    struct Context
    {
        protocol::Interaction interaction;
        protocol::Customer customer;
        QList<protocol::Contact> history;
        QString state; // offered | active | wrap_up
    };
    struct ParsedOffer
    {
        Context context;
        QList<protocol::Message> messages;
        qint64 timeoutMs = 0;
        QJsonObject callback; // a callback interaction's promise
    };

    static std::optional<ParsedOffer> parseOffer(const QJsonObject &payload);
    void track(const ParsedOffer &offer);
    void onOffered(const CtiEvent &e);
    void onAccepted(const QJsonObject &body);
    void onMessage(const QJsonObject &body);
    void onEnded(const QJsonObject &body);
    void drop(const QString &interactionId, const QString &offerOutcome);
    void setState(const QString &interactionId, const QString &state);
    void showSelected();
    void deliver(const QString &interactionId, const QString &key, const QString &text);
    void resync(const QString &interactionId);
    void requestSimple(const QString &verb, const QJsonObject &fields, const QString &failure);
    void loadQueueLimits();
    void applyWrapupLimits();

    CtiClient *m_cti;
    Session *m_session;
    InteractionListModel *m_list;
    ConversationModel *m_conversation;
    CustomerCard *m_customer;
    ContactHistoryModel *m_history;
    OfferController *m_offer;
    WrapupController *m_wrapup;
    CallbackListModel *m_callbacks;
    RecordingPauseController *m_recordingPause;
    ConsultController *m_consult;
    ConsultedNotice *m_consulted;
    AgentDirectoryModel *m_directory;
    QHash<QString, Context> m_contexts;
    QString m_current;
    qint64 m_lastScreenPopUs = -1;
    QHash<QString, qint64> m_wrapupLimitMs; // queue → limit (queue.list)
    QHash<QString, qint64> m_workSince;     // interaction → when it went to wrap-up (server ms)
    bool m_limitsRequested = false;
};

} // namespace relais::app
