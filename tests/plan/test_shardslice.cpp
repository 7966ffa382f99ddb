#include "core/plan/shardslice.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(ShardSlice, SharesOfUsersAddUpExactlyAndNeverShrinkAsTheLoadGrows)
{
    for (int n = 1; n <= 7; ++n) {
        std::vector<int> before(size_t(n), 0);
        for (int total = 0; total <= 50; ++total) {
            int sum = 0;
            for (int i = 0; i < n; ++i) {
                const int share = ShardSlice{i, n}.shareOfUsers(total);
                EXPECT_GE(share, before[size_t(i)]) << "a ramp never takes a user back: " << i << "/" << n;
                EXPECT_LE(share - total / n, 1);
                before[size_t(i)] = share;
                sum += share;
            }
            EXPECT_EQ(sum, total) << total << " users over " << n << " shards";
        }
    }
    EXPECT_DOUBLE_EQ(ShardSlice({1, 4}).shareOfRate(10), 2.5);
}

TEST(ShardSlice, TheCommandLineFormIsOneBasedAndBadFormsSayWhatIsExpected)
{
    ShardSlice s;
    QString error;
    ASSERT_TRUE(parseShardSlice(QStringLiteral("2/4"), &s, &error));
    EXPECT_EQ(s.index, 1);
    EXPECT_EQ(s.count, 4);
    EXPECT_EQ(s.text(), QStringLiteral("2/4"));
    for (const char *bad : {"0/4", "5/4", "2", "a/b", "1/0", "1/10001", "2/4/8", ""}) {
        EXPECT_FALSE(parseShardSlice(QString::fromLatin1(bad), &s, &error)) << bad;
        EXPECT_TRUE(error.contains(QStringLiteral("i/N"))) << error.toStdString();
    }
}

TEST(ShardSlice, PlansThatOneShardWouldDecideAloneAreRefusedByName)
{
    TestPlan plan;
    EXPECT_TRUE(shardRefusal(plan).isEmpty());
    plan.profile().kind = ProfileKind::Sweep;
    EXPECT_TRUE(shardRefusal(plan).contains(QStringLiteral("phases[0] (load) is a sweep")));
    plan.profile().kind = ProfileKind::StepRamp;
    plan.profile().stopAtKnee = true;
    EXPECT_TRUE(shardRefusal(plan).contains(QStringLiteral("stop_at_knee")));
    plan.profile().stopAtKnee = false;
    Threshold t{QStringLiteral("latency_p95_ms"), QStringLiteral("<"), 800};
    t.abortOnFail = true;
    plan.thresholds = {t};
    EXPECT_TRUE(shardRefusal(plan).contains(QStringLiteral("abort_on_fail")));
}
