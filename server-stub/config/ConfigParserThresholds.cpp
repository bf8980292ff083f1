// ConfigParser: a queue's amber and red thresholds (the supervisors' colours).
#include "config/ConfigParser.h"

#include <cmath>

namespace relais::config {

namespace {
// [amber, red] as two numbers, or an error naming the key.
struct Pair
{
    double amber = 0;
    double red = 0;
};
} // namespace

bool ConfigParser::parseQueueThresholds(const toml::table &t, const routing::QueueConfig &q)
{
    QueueThresholds th;
    const toml::table *table = t.contains("thresholds") ? r.readTable(t, "thresholds") : nullptr;
    if (r.failed())
        return false;
    if (table) {
        r.checkKeys(*table, {"waiting", "longest_wait", "service_level", "abandoned", "aht"},
                    QStringLiteral("a queue's thresholds"));
        if (r.failed())
            return false;
        // Reads t[key] = [amber, red] within [min, max]; `lowerIsWorse`: amber must be >= red.
        auto pair = [&](std::string_view key, double min, double max, bool lowerIsWorse,
                        const QString &unit, Pair *out) {
            const toml::node *n = table->get(key);
            if (!n)
                return true;
            const QString name = TomlReader::qstr(key);
            const toml::array *a = n->as_array();
            const QString shape =
                QStringLiteral("\"%1\" must be [amber, red]: two numbers (%2)").arg(name, unit);
            if (!a || a->size() != 2)
                return r.fail(*n, shape);
            double v[2];
            for (size_t i = 0; i < 2; ++i) {
                const toml::node &e = *a->get(i);
                if (e.is_integer())
                    v[i] = double(e.as_integer()->get());
                else if (e.is_floating_point())
                    v[i] = e.as_floating_point()->get();
                else
                    return r.fail(e, shape);
                if (!std::isfinite(v[i]) || v[i] < min || v[i] > max)
                    return r.fail(e, QStringLiteral("\"%1\" values must be between %2 and %3 (%4), "
                                                    "not %5")
                                         .arg(name)
                                         .arg(min)
                                         .arg(max)
                                         .arg(unit)
                                         .arg(v[i]));
            }
            if (lowerIsWorse ? v[0] < v[1] : v[0] > v[1])
                return r.fail(*n, lowerIsWorse
                                      ? QStringLiteral("\"%1\": amber (%2) must not be below red "
                                                       "(%3) — a lower %1 is worse")
                                            .arg(name)
                                            .arg(v[0])
                                            .arg(v[1])
                                      : QStringLiteral("\"%1\": amber (%2) must not be above red "
                                                       "(%3)")
                                            .arg(name)
                                            .arg(v[0])
                                            .arg(v[1]));
            out->amber = v[0];
            out->red = v[1];
            return true;
        };
        constexpr double kDay = 24 * 3600;
        Pair p;
        p = {double(th.waitingAmber), double(th.waitingRed)};
        if (!pair("waiting", 1, 100000, false, QStringLiteral("people waiting"), &p))
            return false;
        th.waitingAmber = int(p.amber);
        th.waitingRed = int(p.red);
        p = {th.longestWaitAmberMs / 1000.0, th.longestWaitRedMs / 1000.0};
        if (!pair("longest_wait", 1, kDay, false, QStringLiteral("seconds"), &p))
            return false;
        th.longestWaitAmberMs = qint64(std::llround(p.amber * 1000));
        th.longestWaitRedMs = qint64(std::llround(p.red * 1000));
        p = {th.serviceLevelAmber, th.serviceLevelRed};
        if (!pair("service_level", 0, 100, true, QStringLiteral("percent"), &p))
            return false;
        th.serviceLevelAmber = p.amber;
        th.serviceLevelRed = p.red;
        p = {th.abandonRateAmber, th.abandonRateRed};
        if (!pair("abandoned", 0, 100, false, QStringLiteral("percent of offered"), &p))
            return false;
        th.abandonRateAmber = p.amber;
        th.abandonRateRed = p.red;
        p = {0, 0};
        if (!pair("aht", 1, kDay, false, QStringLiteral("seconds"), &p))
            return false;
        th.ahtAmberMs = qint64(std::llround(p.amber * 1000));
        th.ahtRedMs = qint64(std::llround(p.red * 1000));
    }
    c.queueThresholds.insert(q.name, th);
    return true;
}

} // namespace relais::config
