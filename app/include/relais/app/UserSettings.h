#pragma once

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <functional>

namespace relais::app {

class CtiClient;

// The logged-in user's settings kept on the server (settings.get / settings.set), so that they
// follow the user from one workstation to another: the supervisor's indicators, the desk's
// layout… Values are any JSON; a cache answers repeated reads.
class UserSettings : public QObject
{
    Q_OBJECT

public:
    explicit UserSettings(CtiClient *cti, QObject *parent = nullptr);

    // Calls `done` with the value (undefined when never set, or when the server cannot tell).
    void get(const QString &key, QObject *context, std::function<void(const QJsonValue &)> done);
    // Stores the value (null removes it). Failures come as saveFailed.
    void set(const QString &key, const QJsonValue &value);
    // What was last read or written in this session.
    QJsonValue cached(const QString &key) const
    {
        return m_cache.value(key, QJsonValue::Undefined);
    }
    void clear() { m_cache.clear(); }

signals:
    void saveFailed(const QString &key, const QString &message);

private:
    CtiClient *m_cti;
    QHash<QString, QJsonValue> m_cache;
};

} // namespace relais::app
