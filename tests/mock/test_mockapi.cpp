// The mock's log-in API (log-in -> session -> chat), checked over raw sockets: accounts, tokens and
// sessions are enforced, and every endpoint counts what it answered.
#include "core/mock/mockagent.h"
#include "core/plan/testplan.h"
#include "core/plan/usersfile.h"
#include "tests/mock/mocktestutil.h"
#include "tests/mock/rawhttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

MockConfig apiConfig(std::vector<UserAccount> accounts = {})
{
    MockConfig c;
    c.chunkCount = 3;
    c.chunkDelayMs = 1;
    c.accounts = std::move(accounts);
    return c;
}

QJsonObject json(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray bearer(const QByteArray &token)
{
    return "Authorization: Bearer " + token + "\r\n";
}

std::optional<RawResponse> login(quint16 port, const QByteArray &user, const QByteArray &password)
{
    return roundTrip(port, httpRequest("POST", "/api/auth/login-json",
                                       R"({"username":")" + user + R"(","password":")" + password + "\"}"));
}

QByteArray chatBody(const QByteArray &session, bool stream)
{
    return R"({"session_id":")" + session + R"(","message":"hello","stream":)" + (stream ? "true" : "false") +
           "}";
}

} // namespace

TEST(MockApi, LogInSessionAndChatWithTheGivenToken)
{
    auto mock = startMock(apiConfig({{QStringLiteral("ana"), QByteArrayLiteral("pw-a")}}));
    const quint16 port = mock->port();

    const auto in = login(port, "ana", "pw-a");
    ASSERT_TRUE(in);
    ASSERT_EQ(in->status, 200) << in->body.toStdString();
    const QByteArray token = json(*in).value(QLatin1String("access_token")).toString().toUtf8();
    EXPECT_TRUE(token.startsWith("mock-")) << token.toStdString();
    EXPECT_EQ(json(*in).value(QLatin1String("token_type")).toString(), QLatin1String("bearer"));

    const auto session = roundTrip(port, httpRequest("POST", "/api/sessions", "{}", bearer(token)));
    ASSERT_TRUE(session);
    ASSERT_EQ(session->status, 201) << session->body.toStdString();
    const QByteArray id = json(*session).value(QLatin1String("id")).toString().toUtf8();
    ASSERT_FALSE(id.isEmpty());

    const auto chat = roundTrip(port, httpRequest("POST", "/api/chat", chatBody(id, true), bearer(token)));
    ASSERT_TRUE(chat);
    EXPECT_EQ(chat->status, 200);
    const StreamSummary s = summarise(*chat);
    EXPECT_TRUE(s.problems.empty());
    EXPECT_EQ(s.deltas, 3);
    EXPECT_TRUE(s.done);

    const auto plain = roundTrip(port, httpRequest("POST", "/api/chat", chatBody(id, false), bearer(token)));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->status, 200);
    EXPECT_TRUE(json(*plain).contains(QLatin1String("output")));

    const MockCounters c = mock->counters();
    EXPECT_EQ(c.apiLogins, 1u);
    EXPECT_EQ(c.apiSessions, 1u);
    EXPECT_EQ(c.apiChats, 2u);
    EXPECT_EQ(c.invocations, 2u); // an admitted chat is served as an invocation
    EXPECT_EQ(c.loginsRefused + c.tokensRefused + c.sessionsRefused, 0u);
}

TEST(MockApi, AnUnknownAccountOrWrongPasswordIsRefusedWithTheReason)
{
    auto mock = startMock(apiConfig({{QStringLiteral("ana"), QByteArrayLiteral("pw-a")}}));
    const auto unknown = login(mock->port(), "bob", "x");
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->status, 401);
    const QString why = json(*unknown).value(QLatin1String("error")).toString();
    EXPECT_TRUE(why.contains(QLatin1String("'bob'"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QLatin1String("create the account first"))) << why.toStdString();

    const auto wrong = login(mock->port(), "ana", "nope");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);
    EXPECT_TRUE(
        json(*wrong).value(QLatin1String("error")).toString().contains(QLatin1String("wrong password")));

    const auto bad =
        roundTrip(mock->port(), httpRequest("POST", "/api/auth/login-json", R"({"username":"ana"})"));
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->status, 400);
    EXPECT_TRUE(json(*bad).value(QLatin1String("error")).toString().contains(QLatin1String("\"password\"")));

    const MockCounters c = mock->counters();
    EXPECT_EQ(c.apiLogins, 3u);
    EXPECT_EQ(c.loginsRefused, 2u);
}

TEST(MockApi, WithNoAccountsAnyNamedUserLogsIn)
{
    auto mock = startMock(apiConfig());
    const auto in = login(mock->port(), "anyone", "anything");
    ASSERT_TRUE(in);
    EXPECT_EQ(in->status, 200);
    const auto empty = login(mock->port(), "anyone", "");
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->status, 400);
}

TEST(MockApi, AWrongTokenOrSessionIsRejected)
{
    auto mock = startMock(apiConfig());
    const quint16 port = mock->port();
    const auto a = login(port, "ana", "p");
    const auto b = login(port, "bob", "p");
    ASSERT_TRUE(a && b);
    const QByteArray tokenA = json(*a).value(QLatin1String("access_token")).toString().toUtf8();
    const QByteArray tokenB = json(*b).value(QLatin1String("access_token")).toString().toUtf8();
    ASSERT_NE(tokenA, tokenB);

    const auto noAuth = roundTrip(port, httpRequest("POST", "/api/sessions", "{}"));
    ASSERT_TRUE(noAuth);
    EXPECT_EQ(noAuth->status, 401);
    const auto forged = roundTrip(port, httpRequest("POST", "/api/sessions", "{}", bearer("mock-forged")));
    ASSERT_TRUE(forged);
    EXPECT_EQ(forged->status, 401);

    const auto s = roundTrip(port, httpRequest("POST", "/api/sessions", "{}", bearer(tokenA)));
    ASSERT_TRUE(s);
    const QByteArray sessionA = json(*s).value(QLatin1String("id")).toString().toUtf8();

    const auto otherUser =
        roundTrip(port, httpRequest("POST", "/api/chat", chatBody(sessionA, false), bearer(tokenB)));
    ASSERT_TRUE(otherUser);
    EXPECT_EQ(otherUser->status, 403);
    const auto unknownSession =
        roundTrip(port, httpRequest("POST", "/api/chat", chatBody("sess-999", false), bearer(tokenA)));
    ASSERT_TRUE(unknownSession);
    EXPECT_EQ(unknownSession->status, 404);
    const auto badToken =
        roundTrip(port, httpRequest("POST", "/api/chat", chatBody(sessionA, false), bearer("mock-0")));
    ASSERT_TRUE(badToken);
    EXPECT_EQ(badToken->status, 401);
    const auto noSession =
        roundTrip(port, httpRequest("POST", "/api/chat", R"({"message":"hi"})", bearer(tokenA)));
    ASSERT_TRUE(noSession);
    EXPECT_EQ(noSession->status, 400);

    const MockCounters c = mock->counters();
    EXPECT_EQ(c.apiSessions, 3u);
    EXPECT_EQ(c.tokensRefused, 3u); // two session requests, one chat
    EXPECT_EQ(c.sessionsRefused, 2u);
    EXPECT_EQ(c.apiChats, 4u);
    EXPECT_EQ(c.invocations, 0u);
}

TEST(MockApi, ApiHealthReportsTheConfiguredEnvironment)
{
    MockConfig cfg = apiConfig();
    cfg.appEnv = QStringLiteral("prod");
    auto mock = startMock(cfg);
    const auto r = roundTrip(mock->port(), httpRequest("GET", "/api/health"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(json(*r).value(QLatin1String("app_env")).toString(), QLatin1String("prod"));
    const auto post = roundTrip(mock->port(), httpRequest("POST", "/api/health", "{}"));
    ASSERT_TRUE(post);
    EXPECT_EQ(post->status, 405);
    EXPECT_EQ(post->header("Allow"), "GET");
}

TEST(MockApi, TheUsersFileOfTheMockSettingsIsLoadedAndAMissingOneNamed)
{
    MockSettings settings;
    settings.usersFile = QStringLiteral("/nonexistent/users.json");
    QString error;
    mockConfigFrom(settings, &error);
    EXPECT_TRUE(error.startsWith(QLatin1String("mock.users_file: "))) << error.toStdString();
}
