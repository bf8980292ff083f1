#pragma once

#include <relais/protocol/Types.h>

#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>

namespace relais::app {

class CtiClient;
class CustomerCard;
class ContactHistoryModel;

// The offer being made to the agent (the toast): what it is, who it is (the screen-pop card
// and history), a countdown to the offer timeout, Answer / Reject. Further offers wait behind
// the current one.
class OfferController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY offerChanged)
    Q_PROPERTY(QString interactionId READ interactionId NOTIFY offerChanged)
    Q_PROPERTY(QString channel READ channel NOTIFY offerChanged)
    Q_PROPERTY(QString channelName READ channelName NOTIFY offerChanged)
    Q_PROPERTY(QString queue READ queue NOTIFY offerChanged)
    Q_PROPERTY(QString from READ from NOTIFY offerChanged)
    Q_PROPERTY(QString customerName READ customerName NOTIFY offerChanged)
    Q_PROPERTY(QString subject READ subject NOTIFY offerChanged)
    Q_PROPERTY(int priority READ priority NOTIFY offerChanged)
    Q_PROPERTY(qint64 timeoutMs READ timeoutMs NOTIFY offerChanged)
    Q_PROPERTY(qint64 waitedMs READ waitedMs NOTIFY countdownChanged)
    Q_PROPERTY(qint64 remainingMs READ remainingMs NOTIFY countdownChanged)
    Q_PROPERTY(double remainingFraction READ remainingFraction NOTIFY countdownChanged)
    Q_PROPERTY(bool answering READ isAnswering NOTIFY answeringChanged)
    Q_PROPERTY(int waitingOffers READ waitingOffers NOTIFY offerChanged)

public:
    struct Offer
    {
        protocol::Interaction interaction;
        protocol::Customer customer;
        QList<protocol::Contact> history;
        qint64 timeoutMs = 0;
        qint64 arrivedMs = 0; // on the controller's monotonic clock
    };

    OfferController(CtiClient *cti, QObject *parent = nullptr);

    CustomerCard *customer() const { return m_customer; }
    ContactHistoryModel *history() const { return m_history; }

    // A new offer (interaction.offered). Returns true when it became the current one (its card
    // and history are filled before this returns).
    bool present(const Offer &offer);
    // The offer is gone: revoked (reason: timeout, abandoned, withdrawn, transferred), or
    // accepted/closed seen through another path.
    void withdraw(const QString &interactionId, const QString &outcome);
    bool hasOffer(const QString &interactionId) const;

    Q_INVOKABLE void accept();
    Q_INVOKABLE void reject();

    bool isActive() const { return !m_offers.isEmpty(); }
    QString interactionId() const { return current().interaction.id; }
    QString channel() const;
    QString channelName() const;
    QString queue() const { return current().interaction.queue; }
    QString from() const { return current().interaction.from; }
    QString customerName() const { return current().customer.name; }
    QString subject() const { return current().interaction.subject; }
    int priority() const { return current().interaction.priority; }
    qint64 timeoutMs() const { return current().timeoutMs; }
    qint64 waitedMs() const;
    qint64 remainingMs() const;
    double remainingFraction() const;
    bool isAnswering() const { return m_answering; }
    int waitingOffers() const { return std::max(0, int(m_offers.size()) - 1); }
    const Offer *currentOffer() const { return m_offers.isEmpty() ? nullptr : &m_offers.first(); }

    // For tests: the monotonic clock (ms) the countdown runs on.
    void setClock(std::function<qint64()> monotonicMs) { m_now = std::move(monotonicMs); }
    qint64 nowMs() const { return m_now(); }
    void refreshCountdown();

signals:
    void offerChanged();
    void countdownChanged();
    void answeringChanged();
    void offerArrived(const QString &interactionId);
    // outcome: accepted | rejected | timeout | abandoned | withdrawn | transferred | gone;
    // message: what to tell the agent (empty for accepted/rejected).
    void offerEnded(const QString &interactionId, const QString &outcome, const QString &message);
    // The countdown reached zero (the server's revoke follows).
    void expired(const QString &interactionId);
    void acceptFailed(const QString &message);

private:
    const Offer &current() const;
    void showCurrent();
    void removeOffer(const QString &interactionId);
    void respond(const QString &verb);

    CtiClient *m_cti;
    CustomerCard *m_customer;
    ContactHistoryModel *m_history;
    QList<Offer> m_offers;
    QTimer m_timer;
    bool m_answering = false;
    bool m_expiredSignalled = false;
    std::function<qint64()> m_now;
};

} // namespace relais::app
