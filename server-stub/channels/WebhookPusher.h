#pragma once

#include "relais/protocol/Types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace relais::channels {

// Pushes agent messages to connectors' webhook URLs: POST {interactionId, seq, from, text, at}
// as JSON, one at a time and in order per connector. A network error, a timeout, 408, 429 or 5xx
// is retried with backoff (base, 2×base, 4×base… capped) until the message has waited longer
// than the give-up time (it always gets one try); any other answer that is not 2xx drops the
// message. Each request carries `Idempotency-Key: <interactionId>:<seq>` so that a receiver can
// ignore a repeated delivery.
class WebhookPusher : public QObject
{
    Q_OBJECT
public:
    explicit WebhookPusher(QObject *parent = nullptr);
    ~WebhookPusher() override;

    // An empty (or non-http(s)) URL removes the webhook; its pending messages are dropped.
    void setWebhook(const QString &connector, const QUrl &url);
    QUrl webhook(const QString &connector) const;
    // Ignored (nothing to do) for a connector without a webhook.
    void push(const QString &connector, const protocol::Message &message);

    void setBaseBackoffMs(int ms) { m_baseBackoffMs = ms; }
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }
    void setGiveUpAfterMs(qint64 ms) { m_giveUpAfterMs = ms; }
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    // Per connector; a push beyond it fails at once.
    void setMaxQueued(int max) { m_maxQueued = max; }
    int pendingCount(const QString &connector) const;

signals:
    void delivered(QString connector, QString interactionId, qint64 seq);
    void failed(QString connector, QString interactionId, qint64 seq, QString error);

private:
    struct Pending;
    struct Target;
    void sendHead(const QString &connector);
    void onFinished(const QString &connector, class QNetworkReply *reply);
    void dropHead(Target &target, const QString &connector, const QString &error);
    void next(const QString &connector);

    QNetworkAccessManager m_nam;
    QElapsedTimer m_clock;
    QHash<QString, std::shared_ptr<Target>> m_targets;
    int m_baseBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    qint64 m_giveUpAfterMs = 10 * 60 * 1000;
    int m_requestTimeoutMs = 15000;
    int m_maxQueued = 10000;
};

} // namespace relais::channels
