#pragma once
// Failure classes (docs/architecture.md, "The wire"), each counted apart.

#include <QString>
#include <array>
#include <cstdint>

namespace plateau {

enum class FailureClass : std::uint8_t
{
    None = 0,     // success
    Connect,      // refused, unreachable, DNS, connect timeout
    Tls,          // handshake or certificate failure
    HttpStatus,   // any non-2xx other than the ones below
    RateLimited,  // HTTP 429 (Retry-After kept on the record)
    Redirect,     // 3xx: a PAT against a Databricks app answers 302 to a login page
    Auth,         // 401/403 after one token refresh
    ContentType,  // streaming asked, not text/event-stream answered
    NoDone,       // stream ended without data: [DONE]
    NoTextDelta,  // [DONE] reached without a single text delta
    StreamError,  // data: {"error": ...} mid-stream, usually with HTTP 200
    Protocol,     // malformed HTTP or SSE: endless line, oversized event, bad chunking
    StallTimeout, // no byte for idleTimeout
    TotalTimeout, // whole-request deadline
    Cancelled,    // client cancelled at test end: not a server failure
    Count
};

constexpr int kFailureClassCount = static_cast<int>(FailureClass::Count);

// Stable machine names used in CSV/JSON ("connect", "http_429", ...).
const char *failureClassKey(FailureClass c);
QString failureClassLabel(FailureClass c); // translatable human label
bool failureClassFromKey(const QString &key, FailureClass *out);

// Cancelled requests are neither ok nor failed.
inline bool isServerFailure(FailureClass c)
{
    return c != FailureClass::None && c != FailureClass::Cancelled;
}

using FailureCounts = std::array<std::uint64_t, kFailureClassCount>;

// The server failures among the counts (every class but None and Cancelled): what "failed" means in
// every table, file and verdict.
inline std::uint64_t serverFailureCount(const FailureCounts &f)
{
    std::uint64_t n = 0;
    for (int c = 0; c < kFailureClassCount; ++c)
        if (isServerFailure(static_cast<FailureClass>(c)))
            n += f[static_cast<std::size_t>(c)];
    return n;
}

} // namespace plateau
