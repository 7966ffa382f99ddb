#pragma once
// The mock's log-in API, the endpoints of the k6 runbook's auth -> session -> chat journey, so a journey
// can be tested with no backend (docs/architecture.md, "Journeys"):
//   POST /api/auth/login-json {"username":..,"password":..} ("email" is taken for "username")
//        -> 200 {"access_token":"mock-...","token_type":"bearer"}; an account the mock does not know, or a
//           wrong password -> 401 {"error":"log-in failed for 'x': no such account ..."}
//   POST /api/sessions with "Authorization: Bearer <token>" -> 201 {"id":"sess-N"}
//   POST /api/chat with the token and {"session_id":"sess-N","message":..,"stream":true|false}: answered
//        like POST /invocations; a missing or unknown token -> 401, an unknown session -> 404, another
//        user's session -> 403.
// With no accounts configured any non-empty username with a non-empty password logs in. Tokens and
// sessions live as long as the mock and are bounded (503 when a store is full).

#include "core/plan/usersfile.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <cstdint>
#include <mutex>
#include <vector>

namespace plateau {

struct MockApiAnswer
{
    int status = 0; // 0: admitted (a chat the caller answers as an invocation)
    QByteArray body;
};

class MockAccounts
{
public:
    static constexpr int kMaxEntries = 1 << 20;

    MockAccounts(const std::vector<UserAccount> &accounts, std::uint64_t seed);

    MockApiAnswer login(const QByteArray &body);
    MockApiAnswer createSession(const QByteArray &authorization);
    // Checks the token and that the body names a session of the token's user; status 0 when admitted.
    MockApiAnswer admitChat(const QByteArray &authorization, const QByteArray &sessionId);

private:
    // The user a "Bearer <token>" header stands for; empty with *why set when it stands for none.
    QString userFor(const QByteArray &authorization, QString *why) const;

    QHash<QString, QByteArray> m_accounts; // username -> password (empty: any non-empty password)
    const std::uint64_t m_seed;
    mutable std::mutex m_mutex;
    QHash<QByteArray, QString> m_tokens;   // token -> username
    QHash<QByteArray, QString> m_sessions; // session id -> username
    std::uint64_t m_nextToken = 0;
    std::uint64_t m_nextSession = 0;
};

} // namespace plateau
