#include "relais/app/DisplayNames.h"

namespace relais::app {

using protocol::AgentState;
using protocol::Channel;

QString DisplayNames::channel(Channel channel)
{
    switch (channel) {
    case Channel::Voice:
        return tr("Voix");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Email:
        return tr("E-mail");
    case Channel::Sms:
        return tr("SMS");
    case Channel::Whatsapp:
        return tr("WhatsApp");
    case Channel::Facebook:
        return tr("Facebook");
    case Channel::Callback:
        return tr("Rappel");
    }
    return {};
}

QString DisplayNames::channel(const QString &wireName)
{
    const std::optional<Channel> c = protocol::channelFromString(wireName);
    return c ? channel(*c) : wireName;
}

QString DisplayNames::channelIcon(const QString &wireName)
{
    return QStringLiteral("channel-") + (wireName.isEmpty() ? QStringLiteral("unknown") : wireName);
}

QString DisplayNames::agentState(AgentState state)
{
    switch (state) {
    case AgentState::LoggedOut:
        return tr("Déconnecté");
    case AgentState::Ready:
        return tr("Prêt");
    case AgentState::NotReady:
        return tr("En pause");
    case AgentState::Reserved:
        return tr("Offre en cours");
    case AgentState::Busy:
        return tr("En traitement");
    case AgentState::WrapUp:
        return tr("Post-traitement");
    }
    return {};
}

QString DisplayNames::agentState(const QString &wireName)
{
    const std::optional<AgentState> s = protocol::agentStateFromString(wireName);
    return s ? agentState(*s) : wireName;
}

QString DisplayNames::reason(const QString &id)
{
    if (id.isEmpty())
        return {};
    if (id == QLatin1String("break"))
        return tr("Pause café");
    if (id == QLatin1String("lunch"))
        return tr("Déjeuner");
    if (id == QLatin1String("training"))
        return tr("Formation");
    if (id == QLatin1String("meeting"))
        return tr("Réunion");
    if (id == QLatin1String("briefing"))
        return tr("Brief");
    if (id == QLatin1String("coaching"))
        return tr("Coaching");
    if (id == QLatin1String("admin"))
        return tr("Tâches administratives");
    if (id == QLatin1String("login"))
        return tr("Connexion");
    if (id == QLatin1String("no_answer"))
        return tr("Offre sans réponse");
    if (id == QLatin1String("disconnected"))
        return tr("Poste déconnecté");
    if (id == QLatin1String("supervisor"))
        return tr("Imposé par le superviseur");
    return id;
}

QString DisplayNames::wrapupCode(const QString &id)
{
    if (id == QLatin1String("resolved"))
        return tr("Résolu");
    if (id == QLatin1String("info"))
        return tr("Information donnée");
    if (id == QLatin1String("callback"))
        return tr("Rappel prévu");
    if (id == QLatin1String("escalated"))
        return tr("Escaladé au niveau 2");
    if (id == QLatin1String("complaint"))
        return tr("Réclamation enregistrée");
    if (id == QLatin1String("sale"))
        return tr("Vente / souscription");
    if (id == QLatin1String("wrong_number"))
        return tr("Faux numéro");
    if (id == QLatin1String("wrapup_timeout"))
        return tr("Post-traitement non saisi (délai dépassé)");
    return id;
}

QString DisplayNames::interactionState(const QString &wireName)
{
    if (wireName == QLatin1String("queued"))
        return tr("En file");
    if (wireName == QLatin1String("offered"))
        return tr("Proposée");
    if (wireName == QLatin1String("active"))
        return tr("En cours");
    if (wireName == QLatin1String("wrap_up"))
        return tr("Post-traitement");
    if (wireName == QLatin1String("closed"))
        return tr("Clôturée");
    if (wireName == QLatin1String("abandoned"))
        return tr("Abandonnée");
    return wireName;
}

QString DisplayNames::revokeReason(const QString &wireName)
{
    if (wireName == QLatin1String("timeout"))
        return tr("Offre expirée : vous passez en pause");
    if (wireName == QLatin1String("abandoned"))
        return tr("Le client a raccroché ou quitté la conversation");
    if (wireName == QLatin1String("withdrawn"))
        return tr("Offre retirée : connexion perdue");
    if (wireName == QLatin1String("transferred"))
        return tr("Interaction transférée");
    return wireName;
}

QString DisplayNames::severity(const QString &wireName)
{
    if (wireName == QLatin1String("info"))
        return tr("Information");
    if (wireName == QLatin1String("warning"))
        return tr("Avertissement");
    if (wireName == QLatin1String("incident"))
        return tr("Incident");
    return wireName;
}

QString DisplayNames::duration(qint64 ms)
{
    const qint64 total = std::max<qint64>(0, ms) / 1000;
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace relais::app
