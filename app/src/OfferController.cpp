#include "relais/app/OfferController.h"

#include "relais/app/ContactHistoryModel.h"
#include "relais/app/CtiClient.h"
#include "relais/app/CustomerCard.h"
#include "relais/app/DisplayNames.h"

#include <relais/protocol/Protocol.h>

namespace relais::app {

using namespace relais::protocol;

namespace {
constexpr int kCountdownTickMs = 200;
}

OfferController::OfferController(CtiClient *cti, QObject *parent)
    : QObject(parent), m_cti(cti), m_customer(new CustomerCard(this)),
      m_history(new ContactHistoryModel(this))
{
    m_now = [] { return CtiClient::monotonicNs() / 1000000; };
    m_timer.setInterval(kCountdownTickMs);
    connect(&m_timer, &QTimer::timeout, this, &OfferController::refreshCountdown);
}

const OfferController::Offer &OfferController::current() const
{
    static const Offer none;
    return m_offers.isEmpty() ? none : m_offers.first();
}

QString OfferController::channel() const
{
    return m_offers.isEmpty() ? QString() : toString(current().interaction.channel);
}

QString OfferController::channelName() const
{
    return m_offers.isEmpty() ? QString() : DisplayNames::channel(current().interaction.channel);
}

qint64 OfferController::waitedMs() const
{
    if (m_offers.isEmpty())
        return 0;
    return current().interaction.waitedMs + std::max<qint64>(0, m_now() - current().arrivedMs);
}

qint64 OfferController::remainingMs() const
{
    if (m_offers.isEmpty())
        return 0;
    const Offer &o = current();
    return std::max<qint64>(0, o.arrivedMs + o.timeoutMs - m_now());
}

double OfferController::remainingFraction() const
{
    if (m_offers.isEmpty() || current().timeoutMs <= 0)
        return 0.0;
    return double(remainingMs()) / double(current().timeoutMs);
}

bool OfferController::hasOffer(const QString &interactionId) const
{
    for (const Offer &o : m_offers) {
        if (o.interaction.id == interactionId)
            return true;
    }
    return false;
}

bool OfferController::present(const Offer &offer)
{
    for (Offer &o : m_offers) {
        if (o.interaction.id == offer.interaction.id) {
            o = offer; // offered again (after a resume): the new countdown holds
            if (&o == &m_offers.first())
                showCurrent();
            return &o == &m_offers.first();
        }
    }
    m_offers.append(offer);
    if (m_offers.size() > 1) {
        emit offerChanged(); // waitingOffers
        emit offerArrived(offer.interaction.id);
        return false;
    }
    showCurrent();
    emit offerArrived(offer.interaction.id);
    return true;
}

void OfferController::showCurrent()
{
    m_expiredSignalled = false;
    if (m_offers.isEmpty()) {
        m_timer.stop();
        m_customer->clear();
        m_history->clear();
    } else {
        const Offer &o = m_offers.first();
        m_customer->setCustomer(o.customer, o.interaction.id);
        m_history->setHistory(o.customer.id, o.history);
        if (!m_timer.isActive())
            m_timer.start();
    }
    emit offerChanged();
    emit countdownChanged();
}

void OfferController::refreshCountdown()
{
    if (m_offers.isEmpty()) {
        m_timer.stop();
        return;
    }
    emit countdownChanged();
    if (!m_expiredSignalled && remainingMs() == 0 && current().timeoutMs > 0) {
        m_expiredSignalled = true;
        emit expired(current().interaction.id);
    }
}

void OfferController::removeOffer(const QString &interactionId)
{
    for (int i = 0; i < m_offers.size(); ++i) {
        if (m_offers[i].interaction.id != interactionId)
            continue;
        m_offers.removeAt(i);
        if (i == 0) {
            if (m_answering) {
                m_answering = false;
                emit answeringChanged();
            }
            showCurrent();
        } else {
            emit offerChanged();
        }
        return;
    }
}

void OfferController::withdraw(const QString &interactionId, const QString &outcome)
{
    if (!hasOffer(interactionId))
        return;
    removeOffer(interactionId);
    QString message;
    if (outcome != QLatin1String("accepted") && outcome != QLatin1String("rejected"))
        message = DisplayNames::revokeReason(outcome);
    emit offerEnded(interactionId, outcome, message);
}

void OfferController::accept()
{
    respond(QLatin1String(msg::InteractionAccept));
}

void OfferController::reject()
{
    respond(QLatin1String(msg::InteractionReject));
}

void OfferController::respond(const QString &verb)
{
    if (m_offers.isEmpty() || m_answering)
        return;
    const QString id = current().interaction.id;
    const bool accepting = verb == QLatin1String(msg::InteractionAccept);
    m_answering = true;
    emit answeringChanged();
    m_cti->request(verb, {{"interactionId", id}}, this, [this, id, accepting](const CtiResult &r) {
        if (hasOffer(id) && current().interaction.id == id && m_answering) {
            m_answering = false;
            emit answeringChanged();
        }
        if (r.ok) {
            withdraw(id, accepting ? QStringLiteral("accepted") : QStringLiteral("rejected"));
            return;
        }
        const QString message =
            r.error.isServer(ErrorCode::NotFound) || r.error.isServer(ErrorCode::Conflict)
                ? tr("Cette offre n'est plus disponible")
                : (accepting ? tr("Impossible de répondre : %1") : tr("Impossible de refuser : %1"))
                      .arg(r.error.message);
        if (r.error.kind == CtiError::Kind::Server)
            withdraw(id, QStringLiteral("gone"));
        emit acceptFailed(message);
    });
}

} // namespace relais::app
