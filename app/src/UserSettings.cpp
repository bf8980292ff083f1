#include "relais/app/UserSettings.h"

#include "relais/app/CtiClient.h"

#include <QPointer>
#include <QTimer>

namespace relais::app {

UserSettings::UserSettings(CtiClient *cti, QObject *parent) : QObject(parent), m_cti(cti) {}

void UserSettings::get(const QString &key, QObject *context,
                       std::function<void(const QJsonValue &)> done)
{
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd()) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done, value = *it] {
            if (guard)
                done(value);
        });
        return;
    }
    m_cti->request(QStringLiteral("settings.get"), {{"key", key}}, context,
                   [this, key, done](const CtiResult &r) {
                       if (!r.ok) {
                           done(QJsonValue(QJsonValue::Undefined));
                           return;
                       }
                       const QJsonValue value = r.body.value(QStringLiteral("value"));
                       const QJsonValue stored =
                           value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
                       m_cache.insert(key, stored);
                       done(stored);
                   });
}

void UserSettings::set(const QString &key, const QJsonValue &value)
{
    m_cache.insert(key, value.isNull() ? QJsonValue(QJsonValue::Undefined) : value);
    RequestOptions options;
    options.queueWhileOffline = true; // a choice made during an outage is not lost
    m_cti->request(
        QStringLiteral("settings.set"), {{"key", key}, {"value", value}}, this,
        [this, key](const CtiResult &r) {
            if (!r.ok)
                emit saveFailed(
                    key, tr("Réglage non enregistré sur le serveur : %1").arg(r.error.message));
        },
        options);
}

} // namespace relais::app
