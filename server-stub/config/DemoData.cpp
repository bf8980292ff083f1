#include "config/DemoData.h"

#include "store/PasswordHasher.h"

#include <QJsonObject>

namespace relais::config {

namespace {

const QString kSeededKey = QStringLiteral("demo.seeded");
constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kHour = 3600LL * 1000;

const QStringList kFirstNames{
    "Adjoa",    "Koffi",     "Aminata",    "Sèna",     "Fatou",     "Kouassi",   "Mariam",
    "Rodrigue", "Nadège",    "Akissi",     "Ibrahim",  "Gisèle",    "Yao",       "Hortense",
    "Moussa",   "Françoise", "Codjo",      "Adèle",    "Aboubakar", "Ghislaine", "Romuald",
    "Élodie",   "Mamadou",   "Bernadette", "Sylvain",  "Awa",       "Didier",    "Pélagie",
    "Kader",    "Noëlle",    "Théophile",  "Rachida",  "Hervé",     "Clémence",  "Ismaël",
    "Solange",  "Lucien",    "Aya",        "Bienvenu", "Véronique",
};
const QStringList kLastNames{
    "Agbodjan",  "Houénou",   "Koné",     "Zannou",       "Kouamé",   "Dossou-Yovo", "Soglo",
    "Bamba",     "Hounsou",   "Traoré",   "Gnahoui",      "Ouattara", "Akplogan",    "Lefèvre",
    "Adjaho",    "N'Guessan", "Tchibozo", "Diallo",       "Kpadonou", "Yapi",        "Aholou",
    "Coulibaly", "Sossa",     "Moreau",   "Ahouandjinou", "Kacou",    "Fagbohoun",   "Touré",
    "Gbénou",    "Assogba",   "Koudou",   "Dupont",       "Vodounou", "Konan",       "Tossa",
};
const QStringList kCities{"Cotonou",      "Porto-Novo", "Abomey-Calavi", "Parakou",
                          "Ouidah",       "Bohicon",    "Abidjan",       "Bouaké",
                          "Yamoussoukro", "Lomé",       "Natitingou",    "Lyon"};
const QStringList kContracts{"Mobile Liberté 5 Go", "Mobile Illimité", "Fibre 50 Mb",
                             "Fibre 200 Mb",        "Box 4G",          "Pack Pro 10 lignes",
                             "Prépayé Découverte"};

QString asciiLower(const QString &s)
{
    const QString d = s.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : d) {
        if (c.isLetter() && c.unicode() < 128)
            out.append(c);
        else if (c == QLatin1Char('-'))
            out.append(c);
    }
    return out;
}

QString money(qint64 xof)
{
    QString digits = QString::number(qAbs(xof));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x202F)); // narrow no-break space, as in French
    return (xof < 0 ? QStringLiteral("-") : QString()) + digits + QStringLiteral(" FCFA");
}

protocol::Customer makeCustomer(int i)
{
    protocol::Customer c;
    c.id = QStringLiteral("CUST-%1").arg(i, 4, 10, QLatin1Char('0'));
    const QString first = kFirstNames[(i * 7) % kFirstNames.size()];
    const QString last = kLastNames[(i * 11 + i / 5) % kLastNames.size()];
    c.name = first + QLatin1Char(' ') + last;
    c.phone = QStringLiteral("+229%1").arg(97000000 + i);
    if (i % 4 != 3)
        c.email = QStringLiteral("%1.%2%3@example.bj")
                      .arg(asciiLower(first), asciiLower(last), i % 2 ? QString::number(i) : "");
    c.language = (i % 7 == 5) ? QStringLiteral("en") : QStringLiteral("fr");
    static const QStringList segments{"standard", "standard", "gold", "standard",
                                      "pro",      "standard", "gold", "vip"};
    c.segment = segments[i % segments.size()];
    const qint64 balance = ((i * 7919) % 90000) - 20000;
    c.fields = QJsonObject{
        {"account", QStringLiteral("BJ-%1").arg(10400000 + i * 37)},
        {"city", kCities[(i * 5) % kCities.size()]},
        {"contract", kContracts[(i * 3) % kContracts.size()]},
        {"balance", money(balance / 100 * 100)},
        {"customerSince", QString::number(2012 + i % 12)},
    };
    return c;
}

struct PastContact
{
    int customer;
    qint64 ago;
    protocol::Channel channel;
    const char *queue;
    const char *reason;
    const char *disposition;
    const char *agent; // username
    const char *notes;
};

// The screen-pop story of +22997000001, newest first, and a few contacts of other customers.
const PastContact kContacts[] = {
    {1, 2 * kDay + 3 * kHour, protocol::Channel::Voice, "technique", "Coupure internet",
     "escalated", "agent1", "Box redémarrée sans effet, ticket N2 ouvert (#48213)."},
    {1, 9 * kDay + 5 * kHour, protocol::Channel::Chat, "technique", "Débit lent le soir",
     "resolved", "agent4", "Canal Wi-Fi changé, débit revenu à 48 Mb."},
    {1, 23 * kDay + 1 * kHour, protocol::Channel::Email, "general", "Question sur la facture",
     "info", "agent2", "Prorata du changement d'offre expliqué."},
    {1, 41 * kDay + 7 * kHour, protocol::Channel::Voice, "general", "Changement d'offre", "sale",
     "agent11", "Passage de Fibre 50 Mb à Fibre 200 Mb."},
    {1, 70 * kDay + 2 * kHour, protocol::Channel::Sms, "general", "Rappel de paiement", "callback",
     "agent5", "Rappel convenu le lendemain à 10 h."},
    {1, 128 * kDay + 4 * kHour, protocol::Channel::Whatsapp, "general", "Double prélèvement",
     "complaint", "agent7", "Réclamation enregistrée, remboursement sous 10 jours."},
    {2, 1 * kDay + 2 * kHour, protocol::Channel::Voice, "general", "Perte de la carte SIM",
     "resolved", "agent3", "Ligne suspendue, nouvelle SIM en agence."},
    {2, 30 * kDay, protocol::Channel::Chat, "general", "Activation roaming", "info", "agent8", ""},
    {3, 5 * kDay + 6 * kHour, protocol::Channel::Email, "english", "Invoice copy request",
     "resolved", "agent14", "Invoice sent by e-mail."},
    {7, 3 * kDay, protocol::Channel::Voice, "technique", "Box 4G ne s'allume plus", "escalated",
     "agent20", "Échange standard programmé."},
    {99, 6 * kHour, protocol::Channel::Voice, "vip", "Suivi de dossier prioritaire", "resolved",
     "agent13", "Client VIP rassuré, dossier clos."},
    {99, 15 * kDay, protocol::Channel::Email, "vip", "Contrat entreprise", "sale", "agent19",
     "Extension à 25 lignes."},
};

} // namespace

bool seedDemoData(store::Database &db, const Config &config, qint64 now, QString *error)
{
    db.setDefaultCountryCode(config.defaultCountryCode);
    if (db.setting(kSeededKey))
        return true;
    const bool ok = db.transaction([&] {
        for (int i = 1; i <= 200; ++i) {
            if (!db.insertCustomer(makeCustomer(i)))
                return false;
        }
        for (const PastContact &p : kContacts) {
            const QString username = QString::fromUtf8(p.agent);
            const UserDef *u = config.userDef(username);
            protocol::Contact c;
            c.at = now - p.ago;
            c.channel = p.channel;
            c.queue = QString::fromUtf8(p.queue);
            c.reason = QString::fromUtf8(p.reason);
            c.disposition = QString::fromUtf8(p.disposition);
            c.agent = u ? u->name : username;
            c.notes = QString::fromUtf8(p.notes);
            const QString customerId =
                QStringLiteral("CUST-%1").arg(p.customer, 4, 10, QLatin1Char('0'));
            if (!db.addContact(customerId, c))
                return false;
        }
        return db.setSetting(kSeededKey, QString::number(now));
    });
    if (!ok && error)
        *error = QStringLiteral("seeding the demo data failed: %1").arg(db.lastError());
    return ok;
}

bool syncUsers(store::Database &db, const Config &config, QString *error)
{
    for (const UserDef &def : config.users) {
        const std::optional<store::UserRecord> existing = db.user(def.username);
        store::UserRecord rec;
        rec.username = def.username;
        rec.name = def.name;
        rec.roles = def.roles;
        rec.skills = def.skills;
        rec.capacity = def.capacity;
        rec.sipUser = def.sipUser;
        rec.sipPassword = def.sipPassword;
        rec.autoAnswer = def.autoAnswer;
        rec.team = def.team;
        if (!existing) {
            rec.passwordHash = def.passwordHash;
            if (rec.passwordHash.isEmpty() && !def.password.isEmpty()) {
                rec.passwordHash = store::hashPassword(def.password);
                if (rec.passwordHash.isEmpty()) {
                    if (error)
                        *error = QStringLiteral("hashing the password of \"%1\" failed")
                                     .arg(def.username);
                    return false;
                }
            }
        }
        bool ok = db.upsertUser(rec);
        if (ok && existing && !def.passwordHash.isEmpty() &&
            def.passwordHash != existing->passwordHash)
            ok = db.setPasswordHash(def.username, def.passwordHash);
        if (!ok) {
            if (error)
                *error = QStringLiteral("storing user \"%1\" failed: %2")
                             .arg(def.username, db.lastError());
            return false;
        }
    }
    return true;
}

} // namespace relais::config
