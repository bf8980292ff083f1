#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace relais::app {

class CtiClient;

// Callbacks: the agent's (callback interactions in their hands, callbacks they scheduled in a
// wrap-up) and the queue's (from the server's callback.list when it has one). Click to dial
// goes out through dialRequested (DeskCore hands it to the phone).
class CallbackListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool serverListAvailable READ serverListAvailable NOTIFY serverListAvailableChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        CustomerRole,
        QueueRole,
        RequestedAtRole, // epoch ms
        DueAtRole,       // epoch ms, 0 = as soon as possible
        DueTextRole,
        StateRole, // scheduled | waiting | in_progress (server), offered | active (in hand)
        StateNameRole,
        OwnerRole,     // mine | queue
        AgentNameRole, // who promised it
        RecordingUrlRole,
        NotesRole,
        HasRecordingRole, // the server can hand out the recorded request (recording.get)
    };
    Q_ENUM(Role)

    struct Callback
    {
        QString id;
        QString number;
        QString customerName;
        QString queue;
        qint64 requestedAt = 0;
        qint64 dueAt = 0;
        QString state;
        QString owner = QStringLiteral("mine");
        QString recordingUrl;
        bool hasRecording = false;
        QString notes;
        QString agentName;
        // The server's callback object (docs/protocol.md, Callbacks).
        static Callback fromJson(const QJsonObject &o, const QString &owner);
    };

    explicit CallbackListModel(CtiClient *cti, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void upsert(const Callback &callback);
    void remove(const QString &id);
    void clear();
    const Callback *callback(const QString &id) const;

    // Asks the server for the agent's and the queues' callbacks (callback.list, scopes mine and
    // queue). Servers without it leave serverListAvailable false and the local list as it is.
    Q_INVOKABLE void refresh();
    bool serverListAvailable() const { return m_serverList; }
    Q_INVOKABLE void dial(int row);
    // The same for the callback with this id (a callback interaction in hand); false if unknown.
    Q_INVOKABLE bool dialById(const QString &id);
    // callback.cancel; the row goes when the server agrees.
    Q_INVOKABLE void cancel(int row);

signals:
    void countChanged();
    void serverListAvailableChanged();
    void dialRequested(const QString &number, const QString &callbackId);
    void cancelFailed(const QString &message);

private:
    void applyList(const QJsonArray &callbacks, const QString &owner);

    QList<Callback> m_items;
    CtiClient *m_cti;
    bool m_serverList = false;
};

} // namespace relais::app
