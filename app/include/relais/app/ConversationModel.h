#pragma once

#include <relais/protocol/Types.h>

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace relais::app {

// The messages of the selected interaction (it keeps every open interaction's conversation and
// shows one). Outgoing messages carry a sending state: pending (queued or awaiting the server),
// sent (the server stored it: it has a seq), failed.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString interactionId READ currentInteraction NOTIFY currentInteractionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum class SendState { Received, Pending, Sent, Failed };
    Q_ENUM(SendState)

    enum Role {
        KeyRole = Qt::UserRole + 1, // stable id of the row ("s12" for seq 12, "l3" local)
        SeqRole,
        FromRole, // customer | agent | system
        TextRole,
        AtRole,       // epoch ms
        TimeTextRole, // "14:05"
        OutgoingRole, // written by the agent
        SendStateRole,
        SendStateNameRole,
        ErrorRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString key;
        qint64 seq = 0; // 0 until the server stored it
        QString from;
        QString text;
        qint64 at = 0;
        SendState state = SendState::Received;
        QString error;
        bool resend = false; // lost in flight: check after resume, then send again
    };

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Which interaction the rows show (a reset: the conversation changes as a whole).
    void setCurrentInteraction(const QString &interactionId);
    QString currentInteraction() const { return m_current; }

    // Merges the server's messages (offer, resume, interaction.messages): new seqs are added in
    // seq order before the messages still pending. Returns how many were new.
    int mergeServerMessages(const QString &interactionId, const QList<protocol::Message> &messages);
    // One message from the server (interaction.message event). False when already known.
    bool addIncoming(const QString &interactionId, const protocol::Message &message);
    // The agent wrote: a pending row; returns its key.
    QString addOutgoing(const QString &interactionId, const QString &text, qint64 at);
    void markSent(const QString &interactionId, const QString &key, qint64 seq, qint64 at);
    void markFailed(const QString &interactionId, const QString &key, const QString &error);
    // The link dropped before the reply: maybe stored, maybe not (see reconcile()).
    void markInDoubt(const QString &interactionId, const QString &key);
    void markPending(const QString &interactionId, const QString &key);
    // After a resume: in-doubt messages the server has (same text, a seq not seen yet) become
    // sent; the others are returned, to be sent again.
    QStringList reconcile(const QString &interactionId, const QList<protocol::Message> &server);

    void removeInteraction(const QString &interactionId);
    void clear();
    const QList<Entry> &entries(const QString &interactionId) const;
    const Entry *entry(const QString &interactionId, const QString &key) const;
    qint64 lastSeq(const QString &interactionId) const;

signals:
    void currentInteractionChanged();
    void countChanged();

private:
    int indexOf(const QString &interactionId, const QString &key) const;
    void entryChanged(const QString &interactionId, int row, const QList<int> &roles);
    void insertEntry(const QString &interactionId, int row, Entry e);
    static int firstPending(const QList<Entry> &list);

    QHash<QString, QList<Entry>> m_conversations;
    QString m_current;
    qint64 m_nextLocal = 1;
};

} // namespace relais::app
