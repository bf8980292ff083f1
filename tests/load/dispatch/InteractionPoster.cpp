#include "InteractionPoster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cmath>

InteractionPoster::InteractionPoster(Settings settings, const QElapsedTimer &clock, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_clock(clock)
{
    m_timer.setInterval(5);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InteractionPoster::tick);
}

void InteractionPoster::start()
{
    m_running = true;
    m_startNs = m_clock.nsecsElapsed();
    m_timer.start();
    tick();
}

void InteractionPoster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    emit finished();
}

void InteractionPoster::tick()
{
    const double elapsed = double(m_clock.nsecsElapsed() - m_startNs) / 1e9;
    if (elapsed >= m_settings.durationSeconds) {
        stop();
        return;
    }
    const auto due = qint64(std::floor(elapsed * m_settings.rate)) + 1;
    while (m_posted < due && m_inFlight < kMaxInFlight)
        post();
}

void InteractionPoster::post()
{
    const qint64 n = m_posted++;
    QJsonObject body{
        {"channel", m_settings.channel},
        // Callers come back: the customer match and the history lookup are exercised too.
        {"from", QStringLiteral("+2299%1").arg(7100000 + n % m_settings.customers)},
        {"text", QStringLiteral("load test message %1").arg(n)},
    };
    if (!m_settings.queues.isEmpty())
        body.insert(QLatin1String("queue"), m_settings.queues.at(n % m_settings.queues.size()));

    QUrl url = m_settings.baseUrl;
    url.setPath(QStringLiteral("/api/v1/interactions"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    const qint64 sentNs = m_clock.nsecsElapsed();
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentNs] {
        --m_inFlight;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        if (status != 201) {
            emit failed(
                QStringLiteral("POST /api/v1/interactions: HTTP %1 %2")
                    .arg(status)
                    .arg(status ? QString::fromUtf8(data.left(200)) : reply->errorString()));
            return;
        }
        const QString id =
            QJsonDocument::fromJson(data).object().value(QLatin1String("id")).toString();
        emit created(id, sentNs, m_clock.nsecsElapsed());
    });
}
