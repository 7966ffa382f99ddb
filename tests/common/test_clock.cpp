// The Clock seam: ManualClock fires what falls due, in order, only inside advance(); cancel() means
// never; the system clock runs callbacks on the event loop, no earlier than asked.
#include "core/common/clock.h"
#include "core/common/manualclock.h"
#include "tests/common/testutil.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <gtest/gtest.h>
#include <vector>

using namespace plateau;
using plateau::test::waitUntil;

TEST(ManualClock, TimeMovesOnlyWithAdvance)
{
    ManualClock clock(1000000);
    const std::int64_t start = clock.nowNs();
    EXPECT_GT(start, 0);
    EXPECT_EQ(clock.wallMs(), 1000000);
    clock.advance(250);
    EXPECT_EQ(clock.nowNs() - start, 250 * 1000000LL);
    EXPECT_EQ(clock.nowMs(), start / 1000000 + 250);
    EXPECT_EQ(clock.wallMs(), 1000250);
}

TEST(ManualClock, FiresDueCallbacksInOrderWithNowAtTheirDueTime)
{
    ManualClock clock;
    const std::int64_t t0 = clock.nowMs();
    std::vector<std::pair<int, std::int64_t>> fired;
    clock.callAfter(300, [&] { fired.push_back({3, clock.nowMs() - t0}); });
    clock.callAfter(100, [&] { fired.push_back({1, clock.nowMs() - t0}); });
    clock.callAfter(100, [&] { fired.push_back({2, clock.nowMs() - t0}); }); // tie: scheduling order
    clock.callAfter(-5, [&] { fired.push_back({0, clock.nowMs() - t0}); });  // negative: at once
    EXPECT_EQ(clock.pendingCount(), 4);
    EXPECT_EQ(clock.nextDueInMs(), 0);
    EXPECT_TRUE(fired.empty()) << "nothing runs inside callAfter";

    clock.advance(99);
    ASSERT_EQ(fired.size(), 1u);
    EXPECT_EQ(fired[0], std::make_pair(0, std::int64_t(0)));
    EXPECT_EQ(clock.nextDueInMs(), 1);
    clock.advance(1);
    ASSERT_EQ(fired.size(), 3u);
    EXPECT_EQ(fired[1], std::make_pair(1, std::int64_t(100)));
    EXPECT_EQ(fired[2], std::make_pair(2, std::int64_t(100)));
    clock.advance(1000);
    ASSERT_EQ(fired.size(), 4u);
    EXPECT_EQ(fired[3], std::make_pair(3, std::int64_t(300)));
    EXPECT_EQ(clock.nowMs() - t0, 1100);
    EXPECT_EQ(clock.pendingCount(), 0);
    EXPECT_EQ(clock.nextDueInMs(), -1);
}

TEST(ManualClock, ACallbackScheduledInsideTheSpanFiresInTheSameAdvance)
{
    ManualClock clock;
    int runs = 0;
    std::function<void()> again = [&] {
        ++runs;
        clock.callAfter(100, again); // a retry loop: 100, 200, 300 ...
    };
    clock.callAfter(100, again);
    clock.advance(350);
    EXPECT_EQ(runs, 3);
    EXPECT_EQ(clock.nextDueInMs(), 50);
}

TEST(ManualClock, CancelledCallbacksNeverRun)
{
    ManualClock clock;
    bool ran = false;
    const Clock::TimerId id = clock.callAfter(10, [&] { ran = true; });
    EXPECT_NE(id, 0u);
    clock.cancel(id);
    clock.cancel(id); // twice: harmless
    clock.cancel(0);
    clock.advance(100);
    EXPECT_FALSE(ran);
    EXPECT_EQ(clock.pendingCount(), 0);

    // A callback may cancel one due in the same advance.
    bool second = false;
    Clock::TimerId later = 0;
    clock.callAfter(10, [&] { clock.cancel(later); });
    later = clock.callAfter(20, [&] { second = true; });
    clock.advance(100);
    EXPECT_FALSE(second);
}

TEST(SystemClock, RunsOnTheEventLoopNoEarlierThanAsked)
{
    Clock &clock = systemClock();
    const std::int64_t before = clock.nowNs();
    EXPECT_NEAR(double(clock.wallMs()), double(QDateTime::currentMSecsSinceEpoch()), 1000.0);
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 firedAfterMs = -1;
    clock.callAfter(50, [&] { firedAfterMs = elapsed.elapsed(); });
    EXPECT_EQ(firedAfterMs, -1) << "never inside callAfter";
    ASSERT_TRUE(waitUntil([&] { return firedAfterMs >= 0; }, 5000));
    EXPECT_GE(firedAfterMs, 50);
    EXPECT_GE(clock.nowNs() - before, 50 * 1000000LL);
}

TEST(SystemClock, CancelledCallbacksNeverRun)
{
    Clock &clock = systemClock();
    bool cancelledRan = false;
    bool markerRan = false;
    const Clock::TimerId id = clock.callAfter(10, [&] { cancelledRan = true; });
    clock.cancel(id);
    // A later callback on the same loop: once it ran, the cancelled one would have run before it.
    clock.callAfter(60, [&] { markerRan = true; });
    ASSERT_TRUE(waitUntil([&] { return markerRan; }, 5000));
    EXPECT_FALSE(cancelledRan);
}
