#include "LoadAgent.h"

#include "relais/protocol/Protocol.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

namespace msg = relais::protocol::msg;

namespace {
const QLatin1String kInteractionId("interactionId");
}

LoadAgent::LoadAgent(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_cti(m_settings.url)
{
    connect(&m_cti, &CtiConnection::helloReceived, this, &LoadAgent::login);
    connect(&m_cti, &CtiConnection::eventReceived, this, &LoadAgent::onEvent);
    connect(&m_cti, &CtiConnection::strayReply, this,
            [this](const QString &e) { emit failure(QStringLiteral("stray reply ") + e); });
    connect(&m_cti, &CtiConnection::lost, this, [this](const QString &why) {
        if (m_loggingIn) {
            m_loggingIn = false;
            emit loginFailed(why);
        } else if (m_ready) {
            m_ready = false;
            emit failure(QStringLiteral("connection lost: ") + why);
        }
    });
}

void LoadAgent::start()
{
    m_loggingIn = true;
    m_cti.open();
}

void LoadAgent::stop()
{
    m_loggingIn = false;
    m_ready = false;
    m_cti.close();
}

void LoadAgent::login()
{
    const QJsonObject fields{{"user", m_settings.user}, {"password", m_settings.password}};
    m_cti.send(QString::fromLatin1(msg::Login), fields, [this](bool ok, const QJsonObject &r) {
        if (!ok) {
            m_loggingIn = false;
            emit loginFailed(m_settings.user + QLatin1String(": ") + CtiConnection::errorText(r));
            return;
        }
        const QJsonArray codes = r.value(QLatin1String("config"))
                                     .toObject()
                                     .value(QLatin1String("wrapupCodes"))
                                     .toArray();
        if (!codes.isEmpty())
            m_disposition = codes.first().toString();
        goReady();
    });
}

void LoadAgent::goReady()
{
    m_cti.send(QString::fromLatin1(msg::StateSet), QJsonObject{{"state", "ready"}},
               [this](bool ok, const QJsonObject &r) {
                   if (m_loggingIn) {
                       m_loggingIn = false;
                       if (!ok) {
                           emit loginFailed(QStringLiteral("state.set: ") +
                                            CtiConnection::errorText(r));
                           return;
                       }
                       m_ready = true;
                       emit ready();
                   } else if (!ok) {
                       emit failure(QStringLiteral("state.set: ") + CtiConnection::errorText(r));
                   }
               });
}

void LoadAgent::onEvent(const QString &type, const QJsonObject &event)
{
    if (type == QLatin1String(msg::InteractionOffered)) {
        const QString id = event.value(QLatin1String("interaction"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        ++m_work;
        emit offered(id);
        accept(id);
    } else if (type == QLatin1String(msg::InteractionClosed)) {
        emit closed(event.value(kInteractionId).toString());
    } else if (type == QLatin1String(msg::InteractionRevoked)) {
        const QString reason = event.value(QLatin1String("reason")).toString();
        m_work = qMax(0, m_work - 1);
        emit failure(QStringLiteral("revoked (%1)").arg(reason));
        if (reason == QLatin1String("timeout"))
            goReady();
    } else if (type == QLatin1String(msg::SessionClosed)) {
        emit failure(QStringLiteral("session.closed: ") +
                     event.value(QLatin1String("reason")).toString());
    }
}

void LoadAgent::accept(const QString &interactionId)
{
    m_cti.send(
        QString::fromLatin1(msg::InteractionAccept), QJsonObject{{kInteractionId, interactionId}},
        [this, interactionId](bool ok, const QJsonObject &r) {
            if (!ok) {
                emit failure(QStringLiteral("accept: ") + CtiConnection::errorText(r));
                return;
            }
            emit accepted(interactionId);
            const int handleMs = QRandomGenerator::global()->bounded(m_settings.handleMinMs,
                                                                     m_settings.handleMaxMs + 1);
            QTimer::singleShot(handleMs, this, [this, interactionId] { finish(interactionId); });
        });
}

void LoadAgent::finish(const QString &interactionId)
{
    if (!m_ready)
        return;
    m_cti.send(QString::fromLatin1(msg::InteractionEnd),
               QJsonObject{{kInteractionId, interactionId}},
               [this, interactionId](bool ok, const QJsonObject &r) {
                   if (!ok) {
                       emit failure(QStringLiteral("end: ") + CtiConnection::errorText(r));
                       return;
                   }
                   const QJsonObject wrapup{{kInteractionId, interactionId},
                                            {"disposition", m_disposition}};
                   m_cti.send(QString::fromLatin1(msg::InteractionWrapup), wrapup,
                              [this](bool ok, const QJsonObject &r) {
                                  m_work = qMax(0, m_work - 1);
                                  if (!ok)
                                      emit failure(QStringLiteral("wrapup: ") +
                                                   CtiConnection::errorText(r));
                              });
               });
}

bool LoadAgent::takeBreak(int ms)
{
    if (!m_ready || m_onBreak || m_work > 0)
        return false;
    m_onBreak = true;
    m_cti.send(QString::fromLatin1(msg::StateSet),
               QJsonObject{{"state", "not_ready"}, {"reason", "break"}},
               [this, ms](bool ok, const QJsonObject &) {
                   // Refused when an offer came first (reserved): the agent simply works.
                   if (!ok) {
                       m_onBreak = false;
                       return;
                   }
                   QTimer::singleShot(ms, this, [this] {
                       m_onBreak = false;
                       if (m_ready)
                           goReady();
                   });
               });
    return true;
}
