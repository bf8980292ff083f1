#pragma once
// The microphones or the outputs the agent can choose from, for the desk's settings: a first
// row "System default" (empty id), then one row per device, kept up to date as devices are
// plugged and unplugged (rows are inserted and removed, not reset, so a view keeps its choice).
#include <QAbstractListModel>
#include <QByteArray>
#include <QList>

namespace relais::softphone {

class AudioDeviceWatcher;

class AudioDeviceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { Inputs, Outputs };
    enum Role { IdRole = Qt::UserRole + 1, IsDefaultRole, IsPresentRole };

    struct Entry
    {
        QByteArray id;
        QString description;
        bool isDefault = false;
        bool operator==(const Entry &) const = default;
    };

    explicit AudioDeviceModel(Kind kind, QObject *parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Row of a device id (0, the default row, for an empty or unknown id).
    [[nodiscard]] int rowForId(const QByteArray &id) const;
    [[nodiscard]] QByteArray idAt(int row) const;

    // Reads the devices again from Qt Multimedia (done on every change notice).
    void refresh();
    // Replaces the device rows with `entries`, announcing the differences row by row.
    void setEntries(const QList<Entry> &entries);

private:
    Kind m_kind;
    AudioDeviceWatcher *m_watcher;
    QList<Entry> m_entries; // devices only; row 0 is the default row
};

} // namespace relais::softphone
