#pragma once
// One request as measured. All times are nanoseconds on the engine's monotonic clock
// (QElapsedTimer started at run start); 0 means "did not happen".

#include "core/metrics/failureclass.h"

#include <cstdint>

namespace plateau {

struct RequestRecord
{
    std::int64_t intendedNs = 0;   // when the shape wanted it sent (open loop: the schedule)
    std::int64_t sendNs = 0;       // first byte handed to the socket
    std::int64_t headersNs = 0;    // response headers complete
    std::int64_t firstEventNs = 0; // first SSE event of any kind
    std::int64_t firstDeltaNs = 0; // first text delta (answer token)
    std::int64_t lastDeltaNs = 0;
    std::int64_t endNs = 0; // [DONE], body end, or failure
    std::uint32_t deltas = 0;
    std::uint32_t outputTokens = 0; // from a usage event when the server reports one
    std::uint64_t bytes = 0;        // response body bytes
    std::uint32_t userId = 0;
    std::uint32_t step = 0;
    std::uint16_t httpStatus = 0;
    std::int32_t retryAfterS = -1; // Retry-After of a 429/503 in seconds (delta or HTTP date); -1 absent
    FailureClass failure = FailureClass::None;
    std::uint32_t worker = 0;
    // Journeys (docs/architecture.md, "Journeys"): the step that sent it, its tag, and its checks.
    std::int16_t journeyStep = -1;      // index into the plan's journey steps; -1 = the plan's request
    std::uint8_t tag = 0;               // index into Journey::tags(); 0 without a journey
    std::uint8_t checksRun = 0;         // checks of its step that were judged
    std::uint32_t checksFailedMask = 0; // bit i: check i of its step failed
    // Connection setup, inside the latency and TTFT (docs/architecture.md, "Names and TLS on the fast
    // path"): microseconds to connect and for the TLS handshake; both 0 on a reused connection.
    // connectionReported is false when the transport does not say (QNAM): the columns stay empty then.
    bool connectionReported = false;
    bool newConnection = false;
    std::uint32_t connectUs = 0;
    std::uint32_t tlsUs = 0;

    bool ok() const { return failure == FailureClass::None; }
    // Derived metrics in nanoseconds; -1 when undefined for this record.
    std::int64_t latencyNs() const { return sendNs && endNs ? endNs - sendNs : -1; }
    std::int64_t latencyFromIntendedNs() const { return intendedNs && endNs ? endNs - intendedNs : -1; }
    std::int64_t timeToHeadersNs() const { return sendNs && headersNs ? headersNs - sendNs : -1; }
    std::int64_t timeToFirstEventNs() const { return sendNs && firstEventNs ? firstEventNs - sendNs : -1; }
    std::int64_t ttftNs() const { return sendNs && firstDeltaNs ? firstDeltaNs - sendNs : -1; }
    // ITL = (last delta - first delta) / (deltas - 1)
    std::int64_t itlNs() const { return deltas > 1 ? (lastDeltaNs - firstDeltaNs) / (deltas - 1) : -1; }
    // TPOT = (latency - TTFT) / (deltas - 1)
    std::int64_t tpotNs() const
    {
        return deltas > 1 && ttftNs() >= 0 && latencyNs() >= 0 ? (latencyNs() - ttftNs()) / (deltas - 1) : -1;
    }
};

} // namespace plateau
