// Token answers, RFC 3339 times, refresh and backoff arithmetic.
#include "core/auth/tokenresponse.h"

#include <gtest/gtest.h>

using namespace plateau;

namespace {
const QDateTime kNow = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);
}

TEST(TokenResponse, ExpiresInNumberOrString)
{
    TokenResponse t =
        parseTokenResponse(R"({"access_token":"abc","token_type":"Bearer","expires_in":3600})", kNow);
    ASSERT_TRUE(t.ok) << t.error.toStdString();
    EXPECT_EQ(t.accessToken, QByteArray("abc"));
    EXPECT_EQ(t.lifetimeMs, 3600000);
    t = parseTokenResponse(R"({"access_token":"abc","expires_in":"90"})", kNow);
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(t.lifetimeMs, 90000);
    t = parseTokenResponse(R"({"access_token":"abc"})", kNow);
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(t.lifetimeMs, -1);
}

TEST(TokenResponse, DatabricksCliExpiry)
{
    const TokenResponse t = parseTokenResponse(
        R"({"access_token":"eyJx","token_type":"Bearer","expiry":"2024-05-01T14:30:00.123456789+02:00"})",
        kNow);
    ASSERT_TRUE(t.ok) << t.error.toStdString();
    EXPECT_EQ(t.lifetimeMs, 30 * 60 * 1000 + 123);
}

TEST(TokenResponse, PastExpiryIsZeroLifetime)
{
    const TokenResponse t =
        parseTokenResponse(R"({"access_token":"x","expiry":"2020-01-01T00:00:00Z"})", kNow);
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(t.lifetimeMs, 0);
}

TEST(TokenResponse, RejectsBadAnswersWithoutQuotingTheToken)
{
    const char *bad[] = {
        "not json",
        "[]",
        R"({"token":"x"})",
        R"({"access_token":""})",
        R"({"access_token":42})",
        R"({"access_token":"has space"})",
        R"({"access_token":"line\r\nX-Injected: 1"})",
        R"({"access_token":"ok","expires_in":-5})",
        R"({"access_token":"ok","expires_in":"soon"})",
        R"({"access_token":"ok","expiry":"tomorrow"})",
    };
    for (const char *b : bad) {
        const TokenResponse t = parseTokenResponse(b, kNow);
        EXPECT_FALSE(t.ok) << b;
        EXPECT_FALSE(t.error.isEmpty()) << b;
        EXPECT_FALSE(t.error.contains(QStringLiteral("X-Injected"))) << b;
        EXPECT_TRUE(t.accessToken.isEmpty()) << b;
    }
    EXPECT_FALSE(parseTokenResponse(R"({"access_token":")" + QByteArray(70000, 'a') + "\"}", kNow).ok);
}

TEST(Rfc3339, Forms)
{
    EXPECT_EQ(parseRfc3339(QStringLiteral("2024-05-01T12:00:00Z")), kNow);
    EXPECT_EQ(parseRfc3339(QStringLiteral("2024-05-01t07:00:00-05:00")), kNow);
    EXPECT_EQ(parseRfc3339(QStringLiteral("2024-05-01 12:00:00.5Z")), kNow.addMSecs(500));
    EXPECT_EQ(parseRfc3339(QStringLiteral("2024-05-01T12:00:00.000000001Z")), kNow);
    EXPECT_FALSE(parseRfc3339(QStringLiteral("2024-05-01T12:00:00")).isValid()); // no zone
    EXPECT_FALSE(parseRfc3339(QStringLiteral("2024-13-01T12:00:00Z")).isValid());
    EXPECT_FALSE(parseRfc3339(QStringLiteral("2024-05-01T25:00:00Z")).isValid());
    EXPECT_FALSE(parseRfc3339(QStringLiteral("2024-05-01T12:00:00+24:00")).isValid());
    EXPECT_FALSE(parseRfc3339(QString()).isValid());
}

TEST(TokenTiming, RefreshDelay)
{
    EXPECT_EQ(refreshDelayMs(3600 * 1000), 2880 * 1000); // 80% is earlier than 60 s before the end
    EXPECT_EQ(refreshDelayMs(120 * 1000), 60 * 1000);    // 60 s before the end is earlier than 80%
    EXPECT_EQ(refreshDelayMs(2000), 1000);               // never sooner than 1 s
    EXPECT_EQ(refreshDelayMs(0), 1000);
    EXPECT_EQ(refreshDelayMs(-1), -1);
}

TEST(TokenTiming, Backoff)
{
    EXPECT_EQ(backoffDelayMs(1), 1000);
    EXPECT_EQ(backoffDelayMs(2), 2000);
    EXPECT_EQ(backoffDelayMs(3), 4000);
    EXPECT_EQ(backoffDelayMs(5), 16000);
    EXPECT_EQ(backoffDelayMs(6), 30000);
    EXPECT_EQ(backoffDelayMs(1000), 30000);
    EXPECT_EQ(backoffDelayMs(0), 1000);
    EXPECT_EQ(backoffDelayMs(3, 100, 250), 250);
}

TEST(TokenNormalize, StripsPastedBearer)
{
    EXPECT_EQ(normalizeToken("  Bearer   abc \n"), QByteArray("abc"));
    EXPECT_EQ(normalizeToken("bearer abc"), QByteArray("abc"));
    EXPECT_EQ(normalizeToken("abc"), QByteArray("abc"));
    EXPECT_TRUE(isHeaderSafeToken("a.b-c_d~e+f/g="));
    EXPECT_FALSE(isHeaderSafeToken("a\nb"));
    EXPECT_FALSE(isHeaderSafeToken(""));
}
