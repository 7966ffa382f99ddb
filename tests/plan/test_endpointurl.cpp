// endpointUrl: a target URL that already ends with the request path is the endpoint; any other is a base.
#include "core/plan/testplan.h"
#include "plantestdata.h"

#include <gtest/gtest.h>

using namespace plateau;

namespace {

QString endpoint(const char *url, const char *path = "/invocations")
{
    Target t;
    t.url = QString::fromUtf8(url);
    RequestTemplate r;
    r.path = QString::fromUtf8(path);
    return endpointUrl(t, r).toString(QUrl::FullyEncoded);
}

} // namespace

TEST(EndpointUrl, ABaseGetsTheRequestPathAppended)
{
    EXPECT_EQ(endpoint("http://127.0.0.1:8080"), QStringLiteral("http://127.0.0.1:8080/invocations"));
    EXPECT_EQ(endpoint("http://127.0.0.1:8080/"), QStringLiteral("http://127.0.0.1:8080/invocations"));
    EXPECT_EQ(endpoint("https://x.example/api"), QStringLiteral("https://x.example/api/invocations"));
    EXPECT_EQ(endpoint("https://x.example/serving-endpoints/agent//"),
              QStringLiteral("https://x.example/serving-endpoints/agent/invocations"));
}

TEST(EndpointUrl, AUrlEndingInTheRequestPathIsUsedAsItIs)
{
    // It used to become .../api/invocations/invocations, and every request a 404.
    EXPECT_EQ(endpoint("https://x.example/api/invocations"),
              QStringLiteral("https://x.example/api/invocations"));
    EXPECT_EQ(endpoint("https://x.example/invocations/"), QStringLiteral("https://x.example/invocations"));
    EXPECT_EQ(endpoint("https://x.example/v1/chat/completions", "/v1/chat/completions"),
              QStringLiteral("https://x.example/v1/chat/completions"));
}

TEST(EndpointUrl, OnlyWholeSegmentsMatch)
{
    EXPECT_EQ(endpoint("https://x.example/myinvocations"),
              QStringLiteral("https://x.example/myinvocations/invocations"));
    EXPECT_EQ(endpoint("https://x.example/chat/completions", "/v1/chat/completions"),
              QStringLiteral("https://x.example/chat/completions/v1/chat/completions"));
    EXPECT_EQ(endpoint("https://x.example/Invocations"),
              QStringLiteral("https://x.example/Invocations/invocations"))
        << "paths are case-sensitive";
}

TEST(EndpointUrl, QueriesAreKeptAndJoined)
{
    // Joining strings put the path after the query: https://x/api?tenant=1/invocations.
    EXPECT_EQ(endpoint("https://x.example/api?tenant=1"),
              QStringLiteral("https://x.example/api/invocations?tenant=1"));
    EXPECT_EQ(endpoint("https://x.example/api?tenant=1", "/invocations?trace=on"),
              QStringLiteral("https://x.example/api/invocations?tenant=1&trace=on"));
    EXPECT_EQ(endpoint("https://x.example/api/invocations", "/invocations?trace=on"),
              QStringLiteral("https://x.example/api/invocations?trace=on"));
    EXPECT_EQ(endpoint("https://x.example/a%20b#frag"), QStringLiteral("https://x.example/a%20b/invocations"))
        << "escapes stay as they are; a fragment is never sent";
}
