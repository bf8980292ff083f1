#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Creates interactions through the channel API (POST /api/v1/interactions) at a fixed rate for
// a fixed time, keeping at most kMaxInFlight requests open (when the server falls behind, the
// achieved rate drops instead of the requests piling up).
class InteractionPoster : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl baseUrl;
        QString token;
        QString channel;
        QStringList queues;
        int customers = 2000;
        double rate = 10;
        double durationSeconds = 30;
    };
    static constexpr int kMaxInFlight = 256;

    InteractionPoster(Settings settings, const QElapsedTimer &clock, QObject *parent = nullptr);

    void start();
    void stop();
    qint64 posted() const { return m_posted; }
    int inFlight() const { return m_inFlight; }

signals:
    // sentNs/createdNs on the shared clock: when the POST left and when its 201 came back.
    void created(const QString &interactionId, qint64 sentNs, qint64 createdNs);
    void failed(const QString &why);
    void finished();

private:
    void tick();
    void post();

    Settings m_settings;
    const QElapsedTimer &m_clock;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    qint64 m_startNs = 0;
    qint64 m_posted = 0;
    int m_inFlight = 0;
    bool m_running = false;
};
