#include "core/metrics/metricsetjson.h"

namespace plateau {

namespace {

struct NamedHistogram
{
    const char *name;
    Histogram MetricSet::*member;
};

constexpr NamedHistogram kHistograms[] = {
    {"latency", &MetricSet::latency},
    {"latency_intended", &MetricSet::latencyIntended},
    {"headers", &MetricSet::headers},
    {"first_event", &MetricSet::firstEvent},
    {"ttft", &MetricSet::ttft},
    {"itl", &MetricSet::itl},
    {"tpot", &MetricSet::tpot},
    {"connect", &MetricSet::connect},
    {"tls_handshake", &MetricSet::tlsHandshake},
};

struct NamedCount
{
    const char *name;
    std::uint64_t MetricSet::*member;
};

constexpr NamedCount kCounts[] = {
    {"started", &MetricSet::started},
    {"completed", &MetricSet::completed},
    {"ok", &MetricSet::ok},
    {"cancelled", &MetricSet::cancelled},
    {"deltas", &MetricSet::deltas},
    {"output_tokens", &MetricSet::outputTokens},
    {"bytes", &MetricSet::bytes},
    {"retry_after_count", &MetricSet::retryAfterCount},
    {"retry_after_sum_s", &MetricSet::retryAfterSumS},
    {"checks_passed", &MetricSet::checksPassed},
    {"checks_failed", &MetricSet::checksFailed},
};

bool fail(QString *error, const QString &path, const QString &what)
{
    if (error)
        *error = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
    return false;
}

QString sub(const QString &prefix, const QString &field)
{
    return prefix.isEmpty() ? field : prefix + QLatin1Char('.') + field;
}

// An unsigned integer field; absent reads as 0 (a newer writer may leave zeros out).
bool readCount(const nlohmann::json &j, const char *key, std::uint64_t *out, const QString &path,
               QString *error)
{
    const auto it = j.find(key);
    if (it == j.end()) {
        *out = 0;
        return true;
    }
    if (!it->is_number_unsigned() && !(it->is_number_integer() && it->get<std::int64_t>() >= 0))
        return fail(error, sub(path, QLatin1String(key)), QStringLiteral("not a count"));
    *out = it->get<std::uint64_t>();
    return true;
}

} // namespace

nlohmann::json histogramToJson(const Histogram &h)
{
    nlohmann::json buckets = nlohmann::json::array();
    for (const auto &[index, count] : h.nonEmptyBuckets())
        buckets.push_back({index, count});
    return {{"count", h.count()}, {"min", h.min()}, {"max", h.max()}, {"sum", h.sum()}, {"buckets", buckets}};
}

nlohmann::json metricSetToJson(const MetricSet &m)
{
    nlohmann::json j = nlohmann::json::object();
    for (const NamedCount &c : kCounts)
        j[c.name] = m.*(c.member);
    j["retry_after_max_s"] = m.retryAfterMaxS;
    nlohmann::json failures = nlohmann::json::object();
    for (int c = 0; c < kFailureClassCount; ++c)
        if (m.failures[std::size_t(c)] > 0)
            failures[failureClassKey(FailureClass(c))] = m.failures[std::size_t(c)];
    j["failures"] = failures;
    for (const NamedHistogram &h : kHistograms)
        j[h.name] = histogramToJson(m.*(h.member));
    return j;
}

namespace {
bool readHistogram(const nlohmann::json &j, Histogram *out, const QString &prefix, QString *error)
{
    out->reset();
    if (!j.is_object())
        return fail(error, prefix, QStringLiteral("not an object"));
    const auto buckets = j.find("buckets");
    if (buckets == j.end() || !buckets->is_array())
        return fail(error, sub(prefix, QStringLiteral("buckets")),
                    QStringLiteral("missing, or not an array"));
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < buckets->size(); ++i) {
        const nlohmann::json &b = (*buckets)[i];
        const QString where = sub(prefix, QStringLiteral("buckets[%1]").arg(i));
        if (!b.is_array() || b.size() != 2 || !b[0].is_number_unsigned() || !b[1].is_number_unsigned())
            return fail(error, where,
                        QStringLiteral("not a [bucket index, count] pair of unsigned integers"));
        const auto index = b[0].get<std::uint64_t>();
        const auto count = b[1].get<std::uint64_t>();
        if (index >= Histogram::kBuckets)
            return fail(error, where,
                        QStringLiteral("bucket index %1 is beyond the last one (%2)")
                            .arg(index)
                            .arg(Histogram::kBuckets - 1));
        if (count > std::numeric_limits<std::uint64_t>::max() - total)
            return fail(error, where, QStringLiteral("the counts overflow"));
        total += count;
        out->addBucket(std::uint32_t(index), count);
    }
    std::uint64_t count = 0;
    if (!readCount(j, "count", &count, prefix, error))
        return false;
    if (count != total)
        return fail(error, sub(prefix, QStringLiteral("count")),
                    QStringLiteral("%1, but the buckets hold %2").arg(count).arg(total));
    const auto mn = j.find("min"), mx = j.find("max"), sum = j.find("sum");
    if (total > 0) {
        if (mn == j.end() || mx == j.end() || sum == j.end() || !mn->is_number_integer() ||
            !mx->is_number_integer() || !sum->is_number())
            return fail(error, prefix, QStringLiteral("min, max and sum must be numbers"));
        // setExactStats ignores a min or max that does not fit the buckets: the representatives stay.
        out->setExactStats(mn->get<std::int64_t>(), mx->get<std::int64_t>(), sum->get<double>());
    }
    return true;
}
} // namespace

bool histogramFromJson(const nlohmann::json &j, Histogram *out, QString *error)
{
    return readHistogram(j, out, {}, error);
}

bool metricSetFromJson(const nlohmann::json &j, MetricSet *out, QString *error)
{
    out->reset();
    if (!j.is_object())
        return fail(error, {}, QStringLiteral("not an object"));
    for (const NamedCount &c : kCounts)
        if (!readCount(j, c.name, &(out->*(c.member)), {}, error))
            return false;
    if (const auto it = j.find("retry_after_max_s"); it != j.end()) {
        if (!it->is_number_integer())
            return fail(error, QStringLiteral("retry_after_max_s"), QStringLiteral("not an integer"));
        out->retryAfterMaxS = it->get<std::int64_t>();
    }
    if (const auto f = j.find("failures"); f != j.end()) {
        if (!f->is_object())
            return fail(error, QStringLiteral("failures"), QStringLiteral("not an object"));
        for (auto it = f->begin(); it != f->end(); ++it) {
            FailureClass c = FailureClass::None;
            const QString key = QString::fromStdString(it.key());
            if (!failureClassFromKey(key, &c))
                return fail(error, QStringLiteral("failures.") + key,
                            QStringLiteral("unknown failure class"));
            if (!readCount(*f, it.key().c_str(), &out->failures[std::size_t(c)], QStringLiteral("failures"),
                           error))
                return false;
        }
    }
    for (const NamedHistogram &h : kHistograms) {
        const auto it = j.find(h.name);
        if (it == j.end())
            continue;
        if (!readHistogram(*it, &(out->*(h.member)), QString::fromLatin1(h.name), error))
            return false;
    }
    return true;
}

} // namespace plateau
