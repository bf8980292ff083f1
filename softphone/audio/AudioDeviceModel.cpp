#include "AudioDeviceModel.h"

#include "AudioDeviceWatcher.h"

#include <QAudioDevice>
#include <QMediaDevices>

namespace relais::softphone {

AudioDeviceModel::AudioDeviceModel(Kind kind, QObject *parent)
    : QAbstractListModel(parent), m_kind(kind), m_watcher(new AudioDeviceWatcher(this))
{
    if (kind == Kind::Inputs)
        connect(m_watcher, &AudioDeviceWatcher::inputsChanged, this, &AudioDeviceModel::refresh);
    else
        connect(m_watcher, &AudioDeviceWatcher::outputsChanged, this, &AudioDeviceModel::refresh);
    refresh();
}

int AudioDeviceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size()) + 1;
}

QVariant AudioDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("System default");
        case IdRole:
            return QByteArray();
        case IsDefaultRole:
            return true;
        case IsPresentRole:
            return !m_entries.isEmpty();
        default:
            return {};
        }
    }
    const Entry &e = m_entries.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return e.description;
    case Qt::ToolTipRole:
        return QString::fromUtf8(e.id);
    case IdRole:
        return e.id;
    case IsDefaultRole:
        return e.isDefault;
    case IsPresentRole:
        return true;
    default:
        return {};
    }
}

QHash<int, QByteArray> AudioDeviceModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "deviceId");
    names.insert(IsDefaultRole, "isDefault");
    names.insert(IsPresentRole, "isPresent");
    return names;
}

int AudioDeviceModel::rowForId(const QByteArray &id) const
{
    if (id.isEmpty())
        return 0;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return i + 1;
    return 0;
}

QByteArray AudioDeviceModel::idAt(int row) const
{
    return row >= 1 && row <= m_entries.size() ? m_entries.at(row - 1).id : QByteArray();
}

void AudioDeviceModel::refresh()
{
    const QList<QAudioDevice> devices =
        m_kind == Kind::Inputs ? QMediaDevices::audioInputs() : QMediaDevices::audioOutputs();
    QList<Entry> entries;
    for (const auto &d : devices)
        entries.append({d.id(), d.description(), d.isDefault()});
    setEntries(entries);
}

void AudioDeviceModel::setEntries(const QList<Entry> &entries)
{
    auto idIn = [](const QList<Entry> &list, const QByteArray &id) {
        return std::any_of(list.begin(), list.end(), [&](const Entry &e) { return e.id == id; });
    };
    // Rows that left, from the bottom up.
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        if (!idIn(entries, m_entries.at(i).id)) {
            beginRemoveRows({}, i + 1, i + 1);
            m_entries.removeAt(i);
            endRemoveRows();
        }
    }
    // Rows that stayed: new description or default flag.
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const Entry &e : entries) {
            if (e.id == m_entries.at(i).id && !(e == m_entries.at(i))) {
                m_entries[i] = e;
                const QModelIndex idx = index(i + 1);
                emit dataChanged(idx, idx);
            }
        }
    }
    // Newcomers, at the end in the order given.
    for (const Entry &e : entries) {
        if (!idIn(m_entries, e.id)) {
            const int row = int(m_entries.size()) + 1;
            beginInsertRows({}, row, row);
            m_entries.append(e);
            endInsertRows();
        }
    }
    // The default row's "present" flag follows whether any device is there.
    emit dataChanged(index(0), index(0), {IsPresentRole});
}

} // namespace relais::softphone
