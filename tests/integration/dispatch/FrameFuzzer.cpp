#include "FrameFuzzer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace {

struct Verb
{
    const char *type;
    QStringList fields;
};

// The contract's requests (docs/protocol.md) with the fields each one reads.
const QList<Verb> &verbs()
{
    static const QList<Verb> list{
        {"login", {"user", "password"}},
        {"resume", {"token"}},
        {"ping", {}},
        {"logout", {}},
        {"state.set", {"state", "reason"}},
        {"interaction.accept", {"interactionId"}},
        {"interaction.reject", {"interactionId"}},
        {"interaction.message", {"interactionId", "text"}},
        {"interaction.transfer", {"interactionId", "queue", "agentId", "number"}},
        {"interaction.end", {"interactionId"}},
        {"interaction.consult", {"interactionId", "agentId", "number"}},
        {"interaction.consult_complete", {"interactionId"}},
        {"interaction.consult_cancel", {"interactionId"}},
        {"interaction.recording", {"interactionId", "pause"}},
        {"interaction.wrapup", {"interactionId", "disposition", "notes", "reason", "callback"}},
        {"interaction.messages", {"interactionId"}},
        {"call.dial", {"number", "queue"}},
        {"customer.search", {"query"}},
        {"customer.history", {"customerId"}},
        {"supervise.subscribe", {"queues"}},
        {"supervise.unsubscribe", {}},
        {"agent.force_state", {"agentId", "state", "reason"}},
        {"broadcast", {"text", "severity", "team"}},
        {"agent.list", {}},
        {"agent.directory", {"channel"}},
        {"queue.list", {}},
        {"queue.waiting", {"queue"}},
        {"audit.list", {"limit"}},
        {"callback.list", {"scope", "queue"}},
        {"callback.cancel", {"callbackId"}},
        {"callback.dial", {"callbackId"}},
        {"help.request", {"text"}},
        {"help.list", {}},
        {"help.resolve", {"requestId"}},
        {"recording.get", {"interactionId", "kind", "offset"}},
        {"report.queues", {"from", "to"}},
        {"report.agents", {"from", "to"}},
        {"settings.get", {"key"}},
        {"settings.set", {"key", "value"}},
        {"stats.intervals", {"date", "queues"}},
        {"stats.waiting_history", {"queues"}},
    };
    return list;
}

const QStringList kOddTypes{
    "", "no.such.verb", "interaction.", ".", "LOGIN", "ping ", QString(300, QLatin1Char('x'))};

// Values of the right kind for a field, so that frames get past the first checks.
const QHash<QString, QStringList> kPlausible{
    {"state", {"ready", "not_ready", "logged_out", "busy", "wrap_up", "away"}},
    {"reason", {"break", "lunch", "training", "admin", "no_answer", "forced by fuzz"}},
    {"severity", {"info", "warning", "incident", "urgent"}},
    {"scope", {"mine", "queue", "all"}},
    {"kind", {"call", "request", "video"}},
    {"channel", {"voice", "chat", "email", "sms", "whatsapp", "facebook", "callback", "fax"}},
    {"disposition", {"resolved", "callback", "escalated", "wrapup_timeout", "unknown"}},
    {"from", {"2026-12-01", "2026-12-06", "2026-02-30", "1970-01-01", "9999-12-31"}},
    {"to", {"2026-12-06", "2026-12-31", "2025-01-01", "yesterday"}},
    {"date", {"2026-12-06", "2026-13-01", "06/12/2026"}},
    {"number", {"+22997000001", "0800123456", "1919", "+", "sip:evil@host", "00"}},
    {"query", {"Ko", "+229", "@example", "%", "_", "'; DROP TABLE users; --"}},
    {"key", {"supervisor.indicators", "desk.layout", "", "a.b.c"}},
    {"user", {"agent3", "nobody", "admin"}},
    {"password", {"demo", "wrong", ""}},
    {"team", {"A", "B", "nowhere"}},
};

} // namespace

QString FrameFuzzer::oddString()
{
    switch (m_random.bounded(9)) {
    case 0:
        return {};
    case 1:
        return QString(int(m_random.bounded(1, 70000)), QLatin1Char('a'));
    case 2:
        return QStringLiteral("Ça coûte 10 € — 日本語 🙂 \u200b\u202e");
    case 3:
        return QStringLiteral("line\nbreak\ttab\r\n\"quote\" \\ back");
    case 4:
        return QString(QChar(0xFFFD)) + QString(QChar(0));
    case 5:
        return QStringLiteral("%s%n%x {0} ${HOME} $(id)");
    case 6:
        return QStringLiteral("../../etc/passwd");
    case 7:
        return QStringLiteral("   ");
    default:
        return QString::number(m_random.generate64());
    }
}

QJsonValue FrameFuzzer::anyValue(int depth)
{
    switch (m_random.bounded(depth > 2 ? 6 : 8)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return chance(50);
    case 2: {
        static const QList<double> numbers{
            0, -1, 1, 0.5, 1e308, -1e308, 9007199254740993.0, 2147483648.0, -0.0, 86400000};
        return numbers.at(m_random.bounded(numbers.size()));
    }
    case 3:
        return double(m_random.bounded(-1000, 1000000));
    case 4:
    case 5:
        return oddString();
    case 6: {
        QJsonArray a;
        for (int i = int(m_random.bounded(4)); i > 0; --i)
            a.append(anyValue(depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        for (int i = int(m_random.bounded(4)); i > 0; --i)
            o.insert(pick({"at", "number", "note", "id", "x"}), anyValue(depth + 1));
        return o;
    }
    }
}

QJsonValue FrameFuzzer::value(const QString &field, int depth)
{
    const int roll = int(m_random.bounded(100));
    const auto known = m_known.constFind(field);
    if (roll < 35 && known != m_known.constEnd() && !known->isEmpty())
        return pick(*known);
    const auto plausible = kPlausible.constFind(field);
    if (roll < 60 && plausible != kPlausible.constEnd())
        return pick(*plausible);
    if (field == QLatin1String("callback") && roll < 75) {
        QJsonObject c{{"at", pick({"2026-12-07T09:00:00Z", "tomorrow", "", "2020-01-01T00:00"})}};
        if (chance(50))
            c.insert(QStringLiteral("number"), value(QStringLiteral("number"), depth + 1));
        return c;
    }
    if (field == QLatin1String("queues") && roll < 75) {
        QJsonArray a;
        for (int i = int(m_random.bounded(3)); i > 0; --i)
            a.append(value(QStringLiteral("queue"), depth + 1));
        return a;
    }
    return anyValue(depth);
}

FrameFuzzer::Frame FrameFuzzer::next(qint64 id)
{
    Frame f;
    const int roll = int(m_random.bounded(1000));
    if (roll < 8) { // not a JSON object at all
        static const QList<QByteArray> garbage{
            "",         "{",           "[]",       "null",
            "\"ping\"", "{\"type\":}", "\xff\xfe", "{\"type\":\"ping\",\"id\":1,}"};
        f.text = garbage.at(m_random.bounded(garbage.size()));
        f.oddId = true;
        return f;
    }
    QJsonObject o;
    if (roll < 40) {
        f.type = pick(kOddTypes);
    } else {
        const Verb &verb = verbs().at(m_random.bounded(verbs().size()));
        f.type = QString::fromLatin1(verb.type);
        for (const QString &field : verb.fields) {
            if (chance(80))
                o.insert(field, value(field, 0));
        }
    }
    if (chance(20)) { // a field of some other request, or one nobody reads
        const Verb &other = verbs().at(m_random.bounded(verbs().size()));
        const QString field = other.fields.isEmpty() ? QStringLiteral("extra") : pick(other.fields);
        o.insert(field, value(field, 0));
    }
    o.insert(QStringLiteral("type"), chance(2) ? anyValue(2) : QJsonValue(f.type));
    if (chance(3)) {
        static const QList<QJsonValue> oddIds{QJsonValue("7"),  QJsonValue(-1),
                                              QJsonValue(1.5),  QJsonValue(QJsonObject{}),
                                              QJsonValue::Null, 1e300};
        o.insert(QStringLiteral("id"), oddIds.at(m_random.bounded(oddIds.size())));
        f.oddId = true;
    } else if (chance(1)) {
        f.oddId = true; // no id at all
    } else {
        o.insert(QStringLiteral("id"), id);
    }
    if (!o.value(QStringLiteral("type")).isString()) {
        f.type.clear();
        f.oddId = true;
    }
    f.text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return f;
}
