// libFuzzer target for the raw histograms a shard's run folder keeps (metricSetFromJson), which plateau
// merge reads from folders on a shared volume. For any JSON document:
//  - the reader never crashes, and either refuses it with a message or fills a MetricSet;
//  - a MetricSet it accepted keeps the histogram invariants (count = the buckets' sum, min <= every
//    percentile <= max) and survives a round trip through metricSetToJson unchanged.
#include "core/metrics/metricsetjson.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "MetricSet JSON invariant broken: %s\n", what);
    std::abort();
}

void checkHistogram(const plateau::Histogram &h)
{
    std::uint64_t sum = 0;
    for (const auto &[index, count] : h.nonEmptyBuckets())
        sum += count;
    if (sum != h.count())
        fail("count differs from the buckets' sum");
    for (const double q : {0.0, 0.5, 0.95, 0.99, 1.0}) {
        const std::int64_t p = h.percentile(q);
        if (h.count() > 0 && (p < h.min() || p > h.max()))
            fail("a percentile outside min..max");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const nlohmann::json doc = nlohmann::json::parse(data, data + size, nullptr, false);
    if (doc.is_discarded())
        return 0;
    auto m = std::make_unique<plateau::MetricSet>();
    QString error;
    if (!plateau::metricSetFromJson(doc, m.get(), &error)) {
        if (error.isEmpty())
            fail("refused without a message");
        return 0;
    }
    for (const plateau::Histogram *h : {&m->latency, &m->latencyIntended, &m->headers, &m->firstEvent,
                                        &m->ttft, &m->itl, &m->tpot, &m->connect, &m->tlsHandshake})
        checkHistogram(*h);
    auto back = std::make_unique<plateau::MetricSet>();
    if (!plateau::metricSetFromJson(plateau::metricSetToJson(*m), back.get(), &error))
        fail("its own output refused");
    if (back->latency != m->latency || back->ttft != m->ttft || back->completed != m->completed ||
        back->failures != m->failures)
        fail("a round trip changed it");
    return 0;
}
