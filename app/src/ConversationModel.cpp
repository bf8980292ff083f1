#include "relais/app/ConversationModel.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>

namespace relais::app {

namespace {
const QList<ConversationModel::Entry> &emptyList()
{
    static const QList<ConversationModel::Entry> empty;
    return empty;
}

QString seqKey(qint64 seq)
{
    return QStringLiteral("s%1").arg(seq);
}
} // namespace

ConversationModel::ConversationModel(QObject *parent) : QAbstractListModel(parent) {}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const auto it = m_conversations.constFind(m_current);
    return it == m_conversations.constEnd() ? 0 : int(it->size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    const QList<Entry> &list = entries(m_current);
    if (!index.isValid() || index.row() >= list.size())
        return {};
    const Entry &e = list.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return e.text;
    case KeyRole:
        return e.key;
    case SeqRole:
        return e.seq;
    case FromRole:
        return e.from;
    case AtRole:
        return e.at;
    case TimeTextRole:
        return e.at ? QDateTime::fromMSecsSinceEpoch(e.at).toString(QStringLiteral("HH:mm"))
                    : QString();
    case OutgoingRole:
        return e.from == QLatin1String("agent");
    case SendStateRole:
        return int(e.state);
    case SendStateNameRole:
        switch (e.state) {
        case SendState::Received:
            return QString();
        case SendState::Pending:
            return e.resend ? tr("En attente de la reconnexion…") : tr("Envoi…");
        case SendState::Sent:
            return tr("Envoyé");
        case SendState::Failed:
            return tr("Non envoyé");
        }
        return {};
    case ErrorRole:
        return e.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {KeyRole, "key"},
            {SeqRole, "seq"},
            {FromRole, "from"},
            {TextRole, "text"},
            {AtRole, "at"},
            {TimeTextRole, "timeText"},
            {OutgoingRole, "outgoing"},
            {SendStateRole, "sendState"},
            {SendStateNameRole, "sendStateName"},
            {ErrorRole, "error"}};
}

void ConversationModel::setCurrentInteraction(const QString &interactionId)
{
    if (interactionId == m_current)
        return;
    beginResetModel();
    m_current = interactionId;
    endResetModel();
    emit currentInteractionChanged();
    emit countChanged();
}

const QList<ConversationModel::Entry> &
ConversationModel::entries(const QString &interactionId) const
{
    const auto it = m_conversations.constFind(interactionId);
    return it == m_conversations.constEnd() ? emptyList() : *it;
}

const ConversationModel::Entry *ConversationModel::entry(const QString &interactionId,
                                                         const QString &key) const
{
    const int row = indexOf(interactionId, key);
    return row < 0 ? nullptr : &m_conversations[interactionId][row];
}

qint64 ConversationModel::lastSeq(const QString &interactionId) const
{
    qint64 seq = 0;
    for (const Entry &e : entries(interactionId))
        seq = std::max(seq, e.seq);
    return seq;
}

int ConversationModel::indexOf(const QString &interactionId, const QString &key) const
{
    const QList<Entry> &list = entries(interactionId);
    for (int i = int(list.size()) - 1; i >= 0; --i) {
        if (list[i].key == key)
            return i;
    }
    return -1;
}

int ConversationModel::firstPending(const QList<Entry> &list)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].seq == 0)
            return i;
    }
    return int(list.size());
}

void ConversationModel::insertEntry(const QString &interactionId, int row, Entry e)
{
    const bool visible = interactionId == m_current;
    if (visible)
        beginInsertRows({}, row, row);
    m_conversations[interactionId].insert(row, std::move(e));
    if (visible) {
        endInsertRows();
        emit countChanged();
    }
}

void ConversationModel::entryChanged(const QString &interactionId, int row, const QList<int> &roles)
{
    if (interactionId != m_current)
        return;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, roles);
}

int ConversationModel::mergeServerMessages(const QString &interactionId,
                                           const QList<protocol::Message> &messages)
{
    QList<protocol::Message> sorted = messages;
    std::sort(sorted.begin(), sorted.end(),
              [](const protocol::Message &a, const protocol::Message &b) { return a.seq < b.seq; });
    QSet<qint64> known;
    for (const Entry &e : entries(interactionId))
        known.insert(e.seq);
    int added = 0;
    m_conversations[interactionId]; // the conversation exists even when empty
    for (const protocol::Message &m : sorted) {
        if (known.contains(m.seq))
            continue;
        // Our own messages still in doubt are settled by reconcile(), not duplicated here.
        if (m.from == QLatin1String("agent")) {
            bool inDoubt = false;
            for (const Entry &e : entries(interactionId))
                inDoubt = inDoubt || (e.resend && e.text == m.text);
            if (inDoubt)
                continue;
        }
        Entry e;
        e.key = seqKey(m.seq);
        e.seq = m.seq;
        e.from = m.from;
        e.text = m.text;
        e.at = m.at;
        e.state = m.from == QLatin1String("agent") ? SendState::Sent : SendState::Received;
        insertEntry(interactionId, firstPending(entries(interactionId)), std::move(e));
        known.insert(m.seq);
        ++added;
    }
    return added;
}

bool ConversationModel::addIncoming(const QString &interactionId, const protocol::Message &m)
{
    for (const Entry &e : entries(interactionId)) {
        if (m.seq > 0 && e.seq == m.seq)
            return false;
    }
    Entry e;
    e.key = m.seq > 0 ? seqKey(m.seq) : QStringLiteral("l%1").arg(m_nextLocal++);
    e.seq = m.seq;
    e.from = m.from;
    e.text = m.text;
    e.at = m.at;
    insertEntry(interactionId, int(entries(interactionId).size()), std::move(e));
    return true;
}

QString ConversationModel::addOutgoing(const QString &interactionId, const QString &text, qint64 at)
{
    Entry e;
    e.key = QStringLiteral("l%1").arg(m_nextLocal++);
    e.from = QStringLiteral("agent");
    e.text = text;
    e.at = at;
    e.state = SendState::Pending;
    const QString key = e.key;
    insertEntry(interactionId, int(entries(interactionId).size()), std::move(e));
    return key;
}

void ConversationModel::markSent(const QString &interactionId, const QString &key, qint64 seq,
                                 qint64 at)
{
    const int row = indexOf(interactionId, key);
    if (row < 0)
        return;
    Entry &e = m_conversations[interactionId][row];
    e.seq = seq;
    if (at)
        e.at = at;
    e.state = SendState::Sent;
    e.resend = false;
    e.error.clear();
    entryChanged(interactionId, row,
                 {SeqRole, AtRole, TimeTextRole, SendStateRole, SendStateNameRole, ErrorRole});
}

void ConversationModel::markFailed(const QString &interactionId, const QString &key,
                                   const QString &error)
{
    const int row = indexOf(interactionId, key);
    if (row < 0)
        return;
    Entry &e = m_conversations[interactionId][row];
    e.state = SendState::Failed;
    e.resend = false;
    e.error = error;
    entryChanged(interactionId, row, {SendStateRole, SendStateNameRole, ErrorRole});
}

void ConversationModel::markInDoubt(const QString &interactionId, const QString &key)
{
    const int row = indexOf(interactionId, key);
    if (row < 0)
        return;
    Entry &e = m_conversations[interactionId][row];
    e.state = SendState::Pending;
    e.resend = true;
    entryChanged(interactionId, row, {SendStateRole, SendStateNameRole});
}

void ConversationModel::markPending(const QString &interactionId, const QString &key)
{
    const int row = indexOf(interactionId, key);
    if (row < 0)
        return;
    Entry &e = m_conversations[interactionId][row];
    e.state = SendState::Pending;
    e.resend = false;
    e.error.clear();
    entryChanged(interactionId, row, {SendStateRole, SendStateNameRole, ErrorRole});
}

QStringList ConversationModel::reconcile(const QString &interactionId,
                                         const QList<protocol::Message> &server)
{
    QSet<qint64> known;
    for (const Entry &e : entries(interactionId))
        known.insert(e.seq);
    QList<protocol::Message> candidates;
    for (const protocol::Message &m : server) {
        if (m.from == QLatin1String("agent") && !known.contains(m.seq))
            candidates << m;
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const protocol::Message &a, const protocol::Message &b) { return a.seq < b.seq; });
    QStringList toResend;
    const QList<Entry> snapshot = entries(interactionId);
    for (const Entry &e : snapshot) {
        if (!e.resend)
            continue;
        const auto match =
            std::find_if(candidates.begin(), candidates.end(),
                         [&](const protocol::Message &m) { return m.text == e.text; });
        if (match != candidates.end()) {
            markSent(interactionId, e.key, match->seq, match->at);
            candidates.erase(match);
        } else {
            toResend << e.key;
        }
    }
    return toResend;
}

void ConversationModel::removeInteraction(const QString &interactionId)
{
    if (interactionId == m_current) {
        beginResetModel();
        m_conversations.remove(interactionId);
        m_current.clear();
        endResetModel();
        emit currentInteractionChanged();
        emit countChanged();
        return;
    }
    m_conversations.remove(interactionId);
}

void ConversationModel::clear()
{
    beginResetModel();
    m_conversations.clear();
    m_current.clear();
    endResetModel();
    emit currentInteractionChanged();
    emit countChanged();
}

} // namespace relais::app
