// Output tokens/s where the server reports usage, deltas/s otherwise, and always labelled which.
#include "core/metrics/tokenrate.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(TokenRate, TokensWhereTheServerReportsUsage)
{
    StepResult s;
    s.deltasPerS = 400;
    s.outputTokensPerS = 1100;
    const TokenRate r = tokenRate(s);
    EXPECT_TRUE(r.tokens);
    EXPECT_DOUBLE_EQ(r.perS, 1100);
    EXPECT_EQ(r.label(), QStringLiteral("output tokens/s"));
    EXPECT_EQ(r.unit(), QStringLiteral("output tokens/s"));
}

TEST(TokenRate, DeltasLabelledSoWhereItReportsNone)
{
    IntervalSnapshot s;
    s.deltasPerS = 400;
    const TokenRate r = tokenRate(s);
    EXPECT_FALSE(r.tokens);
    EXPECT_DOUBLE_EQ(r.perS, 400);
    EXPECT_EQ(r.label(), QStringLiteral("deltas/s (the server reports no token usage)"));
    EXPECT_EQ(r.unit(), QStringLiteral("deltas/s"));
    EXPECT_EQ(QString::fromLatin1(tokenRateSourceLabel(false)), r.label());
}
