#pragma once

#include "CtiConnection.h"

#include <QObject>

// One simulated agent: logs in, goes ready, accepts every offer, ends it after a random handle
// time and wraps it up with the first wrap-up code the server offers. After an offer timed out
// (the server put it not_ready "no_answer") it goes ready again.
class LoadAgent : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl url;
        QString user;
        QString password;
        int handleMinMs = 300;
        int handleMaxMs = 3000;
    };

    explicit LoadAgent(Settings settings, QObject *parent = nullptr);

    void start();
    void stop();
    bool isReady() const { return m_ready; }
    // A short pause (not_ready "break") when the agent is ready with nothing in hand; false
    // otherwise. Ready again after `ms`.
    bool takeBreak(int ms);

signals:
    void ready();
    void loginFailed(const QString &why);
    void offered(const QString &interactionId);
    void accepted(const QString &interactionId);
    void closed(const QString &interactionId);
    void failure(const QString &what);

private:
    void login();
    void goReady();
    void onEvent(const QString &type, const QJsonObject &event);
    void accept(const QString &interactionId);
    void finish(const QString &interactionId);

    Settings m_settings;
    CtiConnection m_cti;
    QString m_disposition = QStringLiteral("resolved");
    bool m_loggingIn = false;
    bool m_ready = false;
    bool m_onBreak = false;
    int m_work = 0; // offered and not yet wrapped up (or revoked)
};
