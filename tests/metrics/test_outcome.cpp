// The exit code of a run: a run that measured nothing, or was stopped, is never green.
#include "core/metrics/outcome.h"

#include <gtest/gtest.h>

using namespace plateau;

namespace {

TargetOutcome target(TargetPhase phase, std::uint64_t completed)
{
    TargetOutcome t;
    t.phase = phase;
    t.total.completed = completed;
    t.total.ok = completed;
    return t;
}

} // namespace

TEST(RunOutcome, PassesOnlyWhenSomethingWasMeasured)
{
    RunOutcome ran;
    ran.targets = {target(TargetPhase::Completed, 40)};
    EXPECT_EQ(ran.exitCode(), kExitPassed);
    EXPECT_TRUE(ran.measuredAnything());
    EXPECT_EQ(ran.targetsRun(), 1);
}

TEST(RunOutcome, EveryTargetSkippedFailsWhateverTheReason)
{
    RunOutcome skipped;
    skipped.targets = {target(TargetPhase::Skipped, 0), target(TargetPhase::Skipped, 0)};
    // Even when nothing flagged a health failure (a skip for another reason, or a flag nobody set).
    ASSERT_FALSE(skipped.healthFailed);
    EXPECT_EQ(skipped.exitCode(), kExitFailed);
    EXPECT_EQ(skipped.targetsRun(), 0);
    skipped.healthFailed = true;
    EXPECT_EQ(skipped.exitCode(), kExitFailed);
    EXPECT_EQ(RunOutcome{}.exitCode(), kExitFailed) << "a run with no target at all measured nothing";
}

TEST(RunOutcome, ALoadPhaseWithoutACompletedRequestMeasuredNothing)
{
    // 60 s streams in a 5 s load phase: every request was cut at the end (cancelled), none completed.
    RunOutcome o;
    TargetOutcome t = target(TargetPhase::Completed, 0);
    t.totalCancelled = 12;
    o.targets = {t};
    EXPECT_FALSE(o.measuredAnything());
    EXPECT_EQ(o.exitCode(), kExitFailed);
    // One target that measured is enough.
    o.targets.push_back(target(TargetPhase::Completed, 5));
    EXPECT_EQ(o.exitCode(), kExitPassed);
}

TEST(RunOutcome, StopsAndErrorsKeepTheirCodes)
{
    RunOutcome o;
    o.targets = {target(TargetPhase::Cancelled, 10), target(TargetPhase::Skipped, 0),
                 target(TargetPhase::Skipped, 0)};
    o.stoppedByUser = true;
    EXPECT_EQ(o.exitCode(), kExitInterrupted);
    EXPECT_EQ(o.targetsRun(), 1) << "a load phase stopped part-way ran";
    o.stopExitCode = kExitTerminated;
    EXPECT_EQ(o.exitCode(), kExitTerminated);
    o.stoppedByUser = false;
    o.targets.clear();
    o.error = QStringLiteral("the run folder could not be written");
    EXPECT_EQ(o.exitCode(), kExitRunError);
}
