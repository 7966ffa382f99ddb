#pragma once
// Retry-After (RFC 9110 §10.2.3) of a 429 or 503 answer: delay-seconds or an HTTP date.

#include <QByteArray>
#include <QDateTime>
#include <cstdint>

namespace plateau {

// Seconds to wait, clamped to [0, 2^31-1]; -1 when the value is absent or neither form.
std::int32_t parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace plateau
