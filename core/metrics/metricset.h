#pragma once
// The mergeable aggregate of many RequestRecords: what each worker thread accumulates per interval and
// per step window, and what the controller merges a few times per second.
//
// Plateau's counting rules (core/metrics/metricdefinitions; docs/architecture.md, "Metric definitions"):
// - One finished RequestRecord counts once: `completed` counts records, never samples (a TTFT sample is not
//   a request; the dashboard of Databricks' load-testing guide counted both and inflated QPS about 2x).
//   completed = ok + failed().
// - Cancelled records (client cancelled at test end) go into `cancelled` only: not completed, no histogram,
//   no deltas/bytes, and failures[Cancelled] stays 0 (likewise failures[None]).
// - The latency-type histograms are fed by OK requests only; failures are counted by class. (A 429 answered
//   in 2 ms would otherwise pull the latency percentiles down exactly when the server saturates.)
// - A histogram gets a sample only when the record has it: ttft only with a first text delta, itl and tpot
//   only with more than one delta, latencyIntended whenever intendedNs is set (open loop).
// - deltas, outputTokens and bytes count every non-cancelled record (a failed stream still moved bytes).
// - `started` is not touched by add(): the engine counts sends separately.
// Size: 9 histograms, about 261 KiB (see histogram.h); keep one per worker and interval, not per request,
// and prefer heap storage over the stack for many of them.

#include "core/metrics/histogram.h"
#include "core/metrics/requestrecord.h"

namespace plateau {

struct MetricSet
{
    // Histograms hold microseconds.
    Histogram latency;         // send -> end
    Histogram latencyIntended; // intended send -> end (coordinated omission, open loop)
    Histogram headers;         // send -> headers
    Histogram firstEvent;      // send -> first SSE event
    Histogram ttft;            // send -> first text delta
    Histogram itl;
    Histogram tpot;
    // Connection setup of the requests that opened a connection, any outcome (a refused request has no
    // sample: it never connected): TCP connect and TLS handshake.
    Histogram connect;
    Histogram tlsHandshake;
    std::uint64_t started = 0;
    std::uint64_t completed = 0; // finished, any outcome except Cancelled
    std::uint64_t ok = 0;
    std::uint64_t cancelled = 0;
    FailureCounts failures{};
    std::uint64_t deltas = 0;
    std::uint64_t outputTokens = 0;
    std::uint64_t bytes = 0;
    // Retry-After as the server asked (429 and 503 answers that carried one).
    std::uint64_t retryAfterCount = 0;
    std::uint64_t retryAfterSumS = 0;
    std::int64_t retryAfterMaxS = 0;
    // Journey checks of the records added (cancelled ones are not judged).
    std::uint64_t checksPassed = 0;
    std::uint64_t checksFailed = 0;

    void add(const RequestRecord &r); // counts a finished request (not 'started')
    void merge(const MetricSet &o);
    void reset();
    std::uint64_t
    failed() const; // server failures (not cancelled): the sum of failures[] over server classes

    // Nanoseconds (RequestRecord) to the microseconds the histograms hold, rounded; negative stays negative.
    static std::int64_t toMicros(std::int64_t ns) { return ns < 0 ? -1 : (ns + 500) / 1000; }
};

} // namespace plateau
