#pragma once
// The engine's view of authentication: a thread-safe source of Authorization header values.
// core/auth adapts its token providers to this; the engine never sees client secrets.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <functional>

namespace plateau {

class AuthHeaderSource
{
public:
    struct Value
    {
        QByteArray header;            // "Bearer ..."; empty = send no Authorization header
        std::uint64_t generation = 0; // pass back to reportUnauthorized
    };

    virtual ~AuthHeaderSource() = default;
    // "oauth-m2m", "static", ...: recorded in run.json (never a value).
    virtual QString method() const = 0;
    // Controller thread, before the target's health check: fetch the first token, log users in. Calls
    // done(ok, error) later (never inside the call); error is redacted and names what failed.
    virtual void prepare(std::uint32_t users, std::function<void(bool ok, const QString &error)> done) = 0;
    // Worker threads, for every request: cheap and thread-safe.
    virtual Value authorizationFor(std::uint32_t userId) const = 0;
    // A 401/403 answered a request sent with `generation`'s token: refresh once (many calls for one
    // generation cause one refresh).
    virtual void reportUnauthorized(std::uint32_t userId, std::uint64_t generation) = 0;
    // Removes secrets and tokens from a message before it is logged or written.
    virtual QString redact(const QString &text) const { return text; }
};

} // namespace plateau
