#include "core/metrics/metricset.h"

namespace plateau {

void MetricSet::add(const RequestRecord &r)
{
    if (r.failure == FailureClass::Cancelled) {
        ++cancelled;
        return;
    }
    ++completed;
    if (r.checksRun) {
        const auto failedChecks = std::uint64_t(__builtin_popcount(r.checksFailedMask));
        checksFailed += failedChecks;
        checksPassed += r.checksRun > failedChecks ? r.checksRun - failedChecks : 0;
    }
    deltas += r.deltas;
    outputTokens += r.outputTokens;
    bytes += r.bytes;
    if (r.retryAfterS >= 0) {
        ++retryAfterCount;
        retryAfterSumS += std::uint64_t(r.retryAfterS);
        retryAfterMaxS = std::max<std::int64_t>(retryAfterMaxS, r.retryAfterS);
    }
    if (r.newConnection && (r.connectUs > 0 || r.tlsUs > 0)) {
        connect.record(std::int64_t(r.connectUs));
        if (r.tlsUs > 0)
            tlsHandshake.record(std::int64_t(r.tlsUs));
    }
    if (!r.ok()) {
        // An out-of-range class (a bug upstream) still counts as a failure, so completed == ok + failed().
        const auto i = static_cast<std::size_t>(r.failure);
        ++failures[i < failures.size() ? i : static_cast<std::size_t>(FailureClass::Protocol)];
        return;
    }
    ++ok;
    // record() ignores negatives, i.e. the -1 of "did not happen".
    latency.record(toMicros(r.latencyNs()));
    latencyIntended.record(toMicros(r.latencyFromIntendedNs()));
    headers.record(toMicros(r.timeToHeadersNs()));
    firstEvent.record(toMicros(r.timeToFirstEventNs()));
    ttft.record(toMicros(r.ttftNs()));
    itl.record(toMicros(r.itlNs()));
    tpot.record(toMicros(r.tpotNs()));
}

void MetricSet::merge(const MetricSet &o)
{
    latency.merge(o.latency);
    latencyIntended.merge(o.latencyIntended);
    headers.merge(o.headers);
    firstEvent.merge(o.firstEvent);
    ttft.merge(o.ttft);
    itl.merge(o.itl);
    tpot.merge(o.tpot);
    connect.merge(o.connect);
    tlsHandshake.merge(o.tlsHandshake);
    started += o.started;
    completed += o.completed;
    ok += o.ok;
    cancelled += o.cancelled;
    for (std::size_t i = 0; i < failures.size(); ++i)
        failures[i] += o.failures[i];
    deltas += o.deltas;
    outputTokens += o.outputTokens;
    bytes += o.bytes;
    retryAfterCount += o.retryAfterCount;
    retryAfterSumS += o.retryAfterSumS;
    retryAfterMaxS = std::max(retryAfterMaxS, o.retryAfterMaxS);
    checksPassed += o.checksPassed;
    checksFailed += o.checksFailed;
}

void MetricSet::reset()
{
    latency.reset();
    latencyIntended.reset();
    headers.reset();
    firstEvent.reset();
    ttft.reset();
    itl.reset();
    tpot.reset();
    connect.reset();
    tlsHandshake.reset();
    started = completed = ok = cancelled = 0;
    failures.fill(0);
    deltas = outputTokens = bytes = 0;
    retryAfterCount = retryAfterSumS = 0;
    retryAfterMaxS = 0;
    checksPassed = checksFailed = 0;
}

std::uint64_t MetricSet::failed() const
{
    return serverFailureCount(failures);
}

} // namespace plateau
