#include "channels/WebhookPusher.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace relais::channels {

struct WebhookPusher::Pending
{
    protocol::Message message;
    qint64 queuedAtMs = 0; // on m_clock
};

struct WebhookPusher::Target
{
    QUrl url;
    QQueue<Pending> queue;
    QNetworkReply *inFlight = nullptr;
    QTimer retryTimer;
    int attempts = 0; // for the message at the head of the queue
};

WebhookPusher::WebhookPusher(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

WebhookPusher::~WebhookPusher()
{
    for (const auto &target : std::as_const(m_targets)) {
        if (target->inFlight) {
            target->inFlight->disconnect(this);
            target->inFlight->abort();
            target->inFlight->deleteLater();
        }
    }
}

void WebhookPusher::setWebhook(const QString &connector, const QUrl &url)
{
    const bool usable =
        url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    if (!url.isEmpty() && !usable)
        qWarning("relais webhook: connector %s: unusable URL '%s', no webhook",
                 qUtf8Printable(connector), qUtf8Printable(url.toString()));
    std::shared_ptr<Target> target = m_targets.value(connector);
    if (!usable) {
        if (!target)
            return;
        m_targets.remove(connector);
        if (target->inFlight) {
            target->inFlight->disconnect(this);
            target->inFlight->abort();
            target->inFlight->deleteLater();
        }
        for (const Pending &p : std::as_const(target->queue))
            emit failed(connector, p.message.interactionId, p.message.seq,
                        QStringLiteral("webhook removed"));
        return;
    }
    if (!target) {
        target = std::make_shared<Target>();
        target->retryTimer.setSingleShot(true);
        connect(&target->retryTimer, &QTimer::timeout, this,
                [this, connector] { sendHead(connector); });
        m_targets.insert(connector, target);
    }
    target->url = url; // the message in flight, if any, finishes at the old URL
}

QUrl WebhookPusher::webhook(const QString &connector) const
{
    const std::shared_ptr<Target> target = m_targets.value(connector);
    return target ? target->url : QUrl();
}

int WebhookPusher::pendingCount(const QString &connector) const
{
    const std::shared_ptr<Target> target = m_targets.value(connector);
    return target ? int(target->queue.size()) : 0;
}

void WebhookPusher::push(const QString &connector, const protocol::Message &message)
{
    const std::shared_ptr<Target> target = m_targets.value(connector);
    if (!target)
        return;
    if (target->queue.size() >= m_maxQueued) {
        emit failed(connector, message.interactionId, message.seq,
                    QStringLiteral("too many messages waiting for the webhook"));
        return;
    }
    target->queue.enqueue(Pending{message, m_clock.elapsed()});
    if (target->queue.size() == 1) {
        target->attempts = 0;
        sendHead(connector);
    }
}

void WebhookPusher::sendHead(const QString &connector)
{
    const std::shared_ptr<Target> target = m_targets.value(connector);
    if (!target || target->inFlight || target->queue.isEmpty())
        return;
    const protocol::Message &m = target->queue.head().message;
    QNetworkRequest request(target->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("relais-dispatch"));
    request.setRawHeader("Idempotency-Key",
                         m.interactionId.toUtf8() + ':' + QByteArray::number(m.seq));
    request.setTransferTimeout(m_requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    ++target->attempts;
    QNetworkReply *reply =
        m_nam.post(request, QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
    target->inFlight = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, connector, reply] { onFinished(connector, reply); });
}

void WebhookPusher::onFinished(const QString &connector, QNetworkReply *reply)
{
    reply->deleteLater();
    const std::shared_ptr<Target> target = m_targets.value(connector);
    if (!target || target->inFlight != reply)
        return;
    target->inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const Pending head = target->queue.head();
    if (status >= 200 && status < 300) {
        target->queue.dequeue();
        emit delivered(connector, head.message.interactionId, head.message.seq);
        next(connector);
        return;
    }
    const bool retry = status == 0 || status == 408 || status == 429 || status >= 500;
    const QString error =
        status == 0 ? reply->errorString() : QStringLiteral("HTTP %1").arg(status);
    if (!retry) {
        dropHead(*target, connector, error);
        return;
    }
    const int shift = std::min(target->attempts - 1, 20);
    const qint64 delay = std::min<qint64>(qint64(m_baseBackoffMs) << shift, m_maxBackoffMs);
    // Every message gets at least one try, and retries until it is older than the give-up time.
    if (m_clock.elapsed() + delay - head.queuedAtMs > m_giveUpAfterMs) {
        dropHead(*target, connector,
                 QStringLiteral("gave up after %1 attempts: %2").arg(target->attempts).arg(error));
        return;
    }
    target->retryTimer.start(int(delay));
}

void WebhookPusher::dropHead(Target &target, const QString &connector, const QString &error)
{
    const protocol::Message head = target.queue.dequeue().message;
    qWarning("relais webhook: connector %s: message %s:%lld dropped: %s", qUtf8Printable(connector),
             qUtf8Printable(head.interactionId), static_cast<long long>(head.seq),
             qUtf8Printable(error));
    emit failed(connector, head.interactionId, head.seq, error);
    next(connector);
}

void WebhookPusher::next(const QString &connector)
{
    const std::shared_ptr<Target> target = m_targets.value(connector);
    if (!target || target->queue.isEmpty())
        return;
    target->attempts = 0;
    sendHead(connector);
}

} // namespace relais::channels
