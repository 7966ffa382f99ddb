#pragma once
// The engine's view of authentication: a thread-safe source of Authorization header values.
// core/auth adapts its token providers to this; the engine never sees client secrets.

#include <QByteArray>

#include <cstdint>

namespace plateau {

class AuthHeaderSource
{
public:
    virtual ~AuthHeaderSource() = default;
    // Called from worker threads for every request: must be cheap and thread-safe.
    // Returns the full header value ("Bearer ...") or empty when none is ready for that user.
    virtual QByteArray authorizationFor(std::uint32_t userId) const = 0;
    // A generation number that changes whenever the token changes.
    virtual std::uint64_t generation() const = 0;
    // A 401/403 was answered to a request sent with `generation`'s token: refresh once (thread-safe; many
    // calls for one generation cause one refresh).
    virtual void reportUnauthorized(std::uint64_t generation) = 0;
};

} // namespace plateau
