// redactSecrets, diagnoseRedirect, describeHttpFailure: what every auth message passes through.
#include "core/auth/redact.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(Redact, ReplacesEveryFormOfTheSecret)
{
    const QByteArray secret = "a+b/c d\"e";
    const QString text = QStringLiteral("raw a+b/c d\"e, url a%2Bb%2Fc%20d%22e, form a%2Bb%2Fc+d%22e, json "
                                        "a+b\\/c d\\\"e, base64 ") +
                         QString::fromLatin1(secret.toBase64());
    const QString out = redactSecrets(text, {secret});
    EXPECT_FALSE(out.contains(QStringLiteral("a+b/c d")));
    EXPECT_FALSE(out.contains(QStringLiteral("a%2Bb")));
    EXPECT_FALSE(out.contains(QString::fromLatin1(secret.toBase64())));
    EXPECT_EQ(out.count(QStringLiteral("***")), 5) << out.toStdString();
}

TEST(Redact, LongestSecretFirstAndEmptyIgnored)
{
    const QString out =
        redactSecrets(QStringLiteral("secret-long and secret"), {"secret", "", "secret-long"});
    EXPECT_EQ(out, QStringLiteral("*** and ***"));
}

TEST(Redact, ShortSecretsOnlyAsWholeWords)
{
    EXPECT_EQ(redactSecrets(QStringLiteral("check the password; pw was pw."), {"pw"}),
              QStringLiteral("check the password; *** was ***."));
}

TEST(Redact, TokenShapedTextIsRedactedWithoutBeingListed)
{
    const QString out = redactSecrets(
        QStringLiteral(
            "sent Authorization: Bearer abc.def-123; jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_x "
            "pat dapi0123456789abcdef0123456789abcdef"),
        {});
    EXPECT_FALSE(out.contains(QStringLiteral("abc.def-123")));
    EXPECT_TRUE(out.contains(QStringLiteral("Bearer ***")));
    EXPECT_FALSE(out.contains(QStringLiteral("eyJhbGciOiJIUzI1NiJ9")));
    EXPECT_FALSE(out.contains(QStringLiteral("0123456789abcdef0123")));
    EXPECT_TRUE(out.contains(QStringLiteral("dapi***")));
}

TEST(Redact, LeavesOrdinaryTextAlone)
{
    const QString text = QStringLiteral("token endpoint answered HTTP 401: invalid_client");
    EXPECT_EQ(redactSecrets(text, {"zzz-not-there"}), text);
}

TEST(DiagnoseRedirect, LoginPageMeansOAuth)
{
    const QString d = diagnoseRedirect(
        302,
        "https://my-ws.cloud.databricks.com/oidc/oauth2/v2.0/authorize?client_id=x&state=SECRETSTATE#frag");
    EXPECT_TRUE(d.contains(QStringLiteral("this endpoint wants OAuth, not a personal access token")))
        << d.toStdString();
    EXPECT_TRUE(d.contains(QStringLiteral("302")));
    EXPECT_TRUE(d.contains(QStringLiteral("my-ws.cloud.databricks.com/oidc/oauth2/v2.0/authorize")));
    EXPECT_FALSE(d.contains(QStringLiteral("SECRETSTATE")));
    EXPECT_FALSE(d.contains(QStringLiteral("frag")));
}

TEST(DiagnoseRedirect, OtherRedirectsAndNonRedirects)
{
    const QString d = diagnoseRedirect(301, "https://user:pw@example.com/new-place");
    EXPECT_TRUE(d.contains(QStringLiteral("redirects are not followed"))) << d.toStdString();
    EXPECT_FALSE(d.contains(QStringLiteral("pw@")));
    EXPECT_TRUE(diagnoseRedirect(200, "https://x/login").isEmpty());
    EXPECT_TRUE(diagnoseRedirect(404, {}).isEmpty());
    EXPECT_TRUE(diagnoseRedirect(307, {}).contains(QStringLiteral("(no Location)")));
}

TEST(DescribeHttpFailure, QuotesOnlyErrorFieldsAndRedactsThem)
{
    const QByteArray body = R"({"error":"invalid_client","error_description":"bad secret hunter2",)"
                            R"("debug":"internal trace with hunter2 and more"})";
    const QString m =
        describeHttpFailure(QStringLiteral("token endpoint https://h/oidc/v1/token"), 401, body, {"hunter2"});
    EXPECT_EQ(m,
              QStringLiteral("token endpoint https://h/oidc/v1/token answered HTTP 401: invalid_client: bad "
                             "secret ***"));
}

TEST(DescribeHttpFailure, NonJsonBodyIsNeverQuoted)
{
    const QString m = describeHttpFailure(QStringLiteral("login endpoint"), 502,
                                          "<html>upstream says token=abc</html>", {});
    EXPECT_EQ(m, QStringLiteral("login endpoint answered HTTP 502"));
}

TEST(DescribeHttpFailure, FastApiAndOpenAiShapes)
{
    EXPECT_EQ(describeHttpFailure(QStringLiteral("x"), 401, R"({"detail":"Invalid credentials"})", {}),
              QStringLiteral("x answered HTTP 401: Invalid credentials"));
    EXPECT_EQ(describeHttpFailure(QStringLiteral("x"), 422, R"({"detail":[{"msg":"field required"}]})", {}),
              QStringLiteral("x answered HTTP 422: field required"));
    EXPECT_EQ(describeHttpFailure(QStringLiteral("x"), 429, R"({"error":{"message":"slow down"}})", {}),
              QStringLiteral("x answered HTTP 429: slow down"));
}

TEST(DescribeHttpFailure, TransientStatuses)
{
    for (int s : {0, 408, 425, 429, 500, 502, 503, 504})
        EXPECT_TRUE(isTransientHttpStatus(s)) << s;
    for (int s : {200, 302, 400, 401, 403, 404})
        EXPECT_FALSE(isTransientHttpStatus(s)) << s;
}
