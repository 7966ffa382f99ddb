#include "core/metrics/metricsetjson.h"

#include <gtest/gtest.h>

using namespace plateau;

namespace {
RequestRecord record(std::int64_t latencyMs, FailureClass failure = FailureClass::None)
{
    RequestRecord r;
    r.sendNs = 1'000'000;
    r.headersNs = r.sendNs + 2'000'000;
    r.firstEventNs = r.headersNs + 1'000'000;
    r.firstDeltaNs = r.firstEventNs + 5'000'000;
    r.lastDeltaNs = r.sendNs + latencyMs * 1'000'000 - 1'000'000;
    r.endNs = r.sendNs + latencyMs * 1'000'000;
    r.deltas = 7;
    r.outputTokens = 9;
    r.bytes = 321;
    r.failure = failure;
    r.httpStatus = failure == FailureClass::None ? 200 : 429;
    return r;
}
} // namespace

TEST(MetricSetJson, ARoundTripKeepsEveryCountAndEveryBucketExactly)
{
    auto m = std::make_unique<MetricSet>();
    for (int i = 1; i <= 500; ++i)
        m->add(record(i * 7 % 1300 + 1));
    m->add(record(40, FailureClass::RateLimited));
    m->started = 520;
    auto back = std::make_unique<MetricSet>();
    QString error;
    ASSERT_TRUE(metricSetFromJson(metricSetToJson(*m), back.get(), &error)) << error.toStdString();
    EXPECT_EQ(back->latency, m->latency);
    EXPECT_EQ(back->ttft, m->ttft);
    EXPECT_EQ(back->itl, m->itl);
    EXPECT_EQ(back->completed, m->completed);
    EXPECT_EQ(back->ok, m->ok);
    EXPECT_EQ(back->started, 520u);
    EXPECT_EQ(back->failures, m->failures);
    EXPECT_EQ(back->outputTokens, m->outputTokens);
    EXPECT_EQ(back->latency.percentile(0.95), m->latency.percentile(0.95));
}

TEST(MetricSetJson, HostileInputIsRefusedWithTheFieldNamed)
{
    auto m = std::make_unique<MetricSet>();
    m->add(record(100));
    const nlohmann::json good = metricSetToJson(*m);
    struct Case
    {
        const char *what;
        nlohmann::json doc;
        const char *expected;
    };
    std::vector<Case> cases;
    nlohmann::json j = good;
    j["latency"]["buckets"][0][0] = Histogram::kBuckets;
    cases.push_back({"index out of range", j, "latency.buckets[0]: bucket index"});
    j = good;
    j["latency"]["count"] = 2;
    cases.push_back({"count that does not add up", j, "latency.count: 2, but the buckets hold 1"});
    j = good;
    j["ok"] = -1;
    cases.push_back({"negative count", j, "ok: not a count"});
    j = good;
    j["failures"]["teapot"] = 1;
    cases.push_back({"unknown failure class", j, "failures.teapot: unknown failure class"});
    j = good;
    j["ttft"]["buckets"] = "many";
    cases.push_back({"buckets not an array", j, "ttft.buckets: missing, or not an array"});
    for (const Case &c : cases) {
        auto out = std::make_unique<MetricSet>();
        QString error;
        EXPECT_FALSE(metricSetFromJson(c.doc, out.get(), &error)) << c.what;
        EXPECT_TRUE(error.startsWith(QString::fromLatin1(c.expected)))
            << c.what << ": " << error.toStdString();
    }
    // A min outside the buckets is ignored, not trusted: percentiles stay within the buckets.
    j = good;
    j["latency"]["min"] = -5000;
    auto out = std::make_unique<MetricSet>();
    QString error;
    ASSERT_TRUE(metricSetFromJson(j, out.get(), &error)) << error.toStdString();
    EXPECT_GE(out->latency.min(), 0);
}

// A min inside its bucket but above the representative, with a max that is ignored (it lies outside the
// highest bucket): taking the one without the other would put min above max.
TEST(MetricSetJson, BoundsThatWouldCrossAreBothIgnored)
{
    Histogram h;
    h.addBucket(865, 8);
    const std::int64_t rep = Histogram::bucketRepresentative(865);
    h.setExactStats(Histogram::bucketUpperBound(865), Histogram::bucketUpperBound(865) * 10, double(rep) * 8);
    EXPECT_LE(h.min(), h.max());
    for (const double q : {0.0, 0.5, 1.0}) {
        EXPECT_GE(h.percentile(q), h.min());
        EXPECT_LE(h.percentile(q), h.max());
    }
}
