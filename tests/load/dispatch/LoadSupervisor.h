#pragma once

#include "CtiConnection.h"

#include <QObject>

// One supervisor connection: logs in and subscribes to every queue's statistics; counts what
// arrives.
class LoadSupervisor : public QObject
{
    Q_OBJECT
public:
    LoadSupervisor(const QUrl &url, const QString &user, const QString &password,
                   QObject *parent = nullptr);

    void start();
    void stop();
    qint64 statsEvents() const { return m_stats; }
    qint64 agentStateEvents() const { return m_agentStates; }

signals:
    void subscribed();
    void failed(const QString &why);

private:
    CtiConnection m_cti;
    QString m_user;
    QString m_password;
    qint64 m_stats = 0;
    qint64 m_agentStates = 0;
};
