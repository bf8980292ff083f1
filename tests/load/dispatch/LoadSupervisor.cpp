#include "LoadSupervisor.h"

#include "relais/protocol/Protocol.h"

namespace msg = relais::protocol::msg;

LoadSupervisor::LoadSupervisor(const QUrl &url, const QString &user, const QString &password,
                               QObject *parent)
    : QObject(parent), m_cti(url), m_user(user), m_password(password)
{
    connect(&m_cti, &CtiConnection::lost, this, &LoadSupervisor::failed);
    connect(&m_cti, &CtiConnection::eventReceived, this,
            [this](const QString &type, const QJsonObject &) {
                if (type == QLatin1String(msg::StatsQueues))
                    ++m_stats;
                else if (type == QLatin1String(msg::AgentState))
                    ++m_agentStates;
            });
    connect(&m_cti, &CtiConnection::helloReceived, this, [this] {
        const QJsonObject fields{{"user", m_user}, {"password", m_password}};
        m_cti.send(QString::fromLatin1(msg::Login), fields, [this](bool ok, const QJsonObject &r) {
            if (!ok) {
                emit failed(m_user + QLatin1String(": ") + CtiConnection::errorText(r));
                return;
            }
            m_cti.send(QString::fromLatin1(msg::SuperviseSubscribe), {},
                       [this](bool ok, const QJsonObject &r) {
                           if (ok)
                               emit subscribed();
                           else
                               emit failed(QStringLiteral("supervise.subscribe: ") +
                                           CtiConnection::errorText(r));
                       });
        });
    });
}

void LoadSupervisor::start()
{
    m_cti.open();
}

void LoadSupervisor::stop()
{
    m_cti.close();
}
