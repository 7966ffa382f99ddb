// The end-of-run matrix: one row per target and the best configuration, chosen on a fake RunOutcome.
#include "core/metrics/runmatrix.h"

#include <gtest/gtest.h>

using namespace plateau;

namespace {

StepResult stepAt(int index, int users, double qpsOk, double tokensPerS = 0)
{
    StepResult s;
    s.step = index;
    s.users = users;
    s.completed = s.ok = 100;
    s.qpsOk = s.qps = qpsOk;
    s.deltasPerS = qpsOk * 20;
    s.outputTokensPerS = tokensPerS;
    return s;
}

// A completed target whose ramp reached `users`, peaking at `peak` QPS ok, with max QPS under the SLO
// `underSlo` (0 = no step met it) and a knee at `knee` users (0 = none).
TargetOutcome completed(const char *label, double peak, double underSlo, int knee, int users = 60)
{
    TargetOutcome t;
    t.label = QString::fromLatin1(label);
    t.phase = TargetPhase::Completed;
    t.steps = {stepAt(0, users / 2, peak / 2), stepAt(1, users, peak)};
    t.total = stepAt(-1, users, peak * 0.75);
    t.total.latency.count = 100;
    t.total.latency.p95Ms = 420;
    t.verdict.hasData = true;
    t.verdict.peakQpsOk = peak;
    t.verdict.usersAtPeak = users;
    t.verdict.kneeUsers = knee;
    t.verdict.slo.evaluated = true;
    t.verdict.slo.met = underSlo > 0;
    t.verdict.slo.maxQpsOk = underSlo;
    t.verdict.slo.users = users / 2;
    return t;
}

TestPlan rampPlan()
{
    TestPlan p;
    p.slo.latencyP95Ms = 800;
    return p;
}

} // namespace

TEST(RunMatrix, BestIsTheHighestMaxQpsUnderTheSloNotTheHighestPeak)
{
    RunOutcome o;
    o.targets = {completed("small", 80, 70, 30), completed("large", 200, 90, 40),
                 completed("xl", 150, 120, 40)};
    o.targets[1].target = 1;
    o.targets[2].target = 2;
    const RunMatrix m = runMatrix(o, rampPlan());
    ASSERT_EQ(m.rows.size(), 3u);
    EXPECT_EQ(m.basis, BestBasis::MaxQpsUnderSlo);
    EXPECT_EQ(m.best, 2) << "the peak of 'large' is higher, but 'xl' serves more within the SLO";
    EXPECT_EQ(m.candidates, 3);
    EXPECT_FALSE(m.bestIsLowerBound);
    EXPECT_EQ(m.slo.latencyP95Ms, 800);
    EXPECT_EQ(m.targetsRun, 3);
    EXPECT_EQ(m.rows[1].label, QStringLiteral("large"));
    EXPECT_EQ(m.rows[1].usersReached, 60);
    EXPECT_DOUBLE_EQ(m.rows[1].latencyP95Ms, 420);
}

TEST(RunMatrix, WithoutAnySloMetTheHighestPeakAmongCompletedTargetsWins)
{
    RunOutcome o;
    o.targets = {completed("a", 80, 0, 30), completed("b", 120, 0, 0), completed("c", 300, 0, 0)};
    o.targets[2].phase = TargetPhase::Cancelled; // stopped part-way: not a candidate, however high
    const RunMatrix m = runMatrix(o, rampPlan());
    EXPECT_EQ(m.basis, BestBasis::PeakQpsOk);
    EXPECT_EQ(m.best, 1);
    EXPECT_EQ(m.candidates, 2);
    EXPECT_TRUE(m.bestIsLowerBound) << "b never reached a knee: 120 is a floor";
    EXPECT_TRUE(m.rampCanGrow);
    EXPECT_EQ(m.rows[1].usersReached, 60);
}

TEST(RunMatrix, SkippedStoppedAndAbortedTargetsAreNeverTheBest)
{
    RunOutcome o;
    TargetOutcome skipped;
    skipped.label = QStringLiteral("down");
    skipped.phase = TargetPhase::Skipped;
    skipped.detail = QStringLiteral("health check failed");
    TargetOutcome aborted = completed("gated", 500, 400, 0);
    aborted.abortedBy = QStringLiteral("latency_p95_ms < 800");
    o.targets = {skipped, aborted};
    RunMatrix m = runMatrix(o, rampPlan());
    EXPECT_EQ(m.basis, BestBasis::None);
    EXPECT_EQ(m.best, -1);
    EXPECT_EQ(m.candidates, 0);
    EXPECT_FALSE(m.rows[0].ran);
    EXPECT_FALSE(m.rows[0].hasData);
    EXPECT_TRUE(m.rows[1].ran);
    EXPECT_TRUE(m.rows[1].aborted);
    EXPECT_EQ(m.targetsRun, 1);
    EXPECT_EQ(m.targetsTotal, 2);
}

TEST(RunMatrix, EqualFiguresGoToTheEarlierTarget)
{
    RunOutcome o;
    o.targets = {completed("first", 100, 90, 20), completed("second", 100, 90, 20)};
    EXPECT_EQ(runMatrix(o, rampPlan()).best, 0);
}

TEST(RunMatrix, TokensAreTakenAtThePeakStepAndLabelledPerRow)
{
    RunOutcome o;
    TargetOutcome withUsage = completed("usage", 100, 90, 20);
    withUsage.steps = {stepAt(0, 10, 60, 900), stepAt(1, 20, 100, 1500), stepAt(2, 30, 95, 1450)};
    TargetOutcome without = completed("plain", 100, 90, 20);
    o.targets = {withUsage, without};
    const RunMatrix m = runMatrix(o, rampPlan());
    EXPECT_TRUE(m.rows[0].tokens.tokens);
    EXPECT_DOUBLE_EQ(m.rows[0].tokens.perS, 1500);
    EXPECT_FALSE(m.rows[1].tokens.tokens);
    EXPECT_DOUBLE_EQ(m.rows[1].tokens.perS, 100 * 20);
    EXPECT_TRUE(m.anyTokens);
    EXPECT_TRUE(m.anyDeltas);
}

TEST(RunMatrix, ThresholdsAreCountedAndStopsCountTheTargetsThatRan)
{
    RunOutcome o;
    TargetOutcome t = completed("a", 100, 90, 20);
    t.thresholds.resize(3);
    t.thresholds[1].passed = false;
    TargetOutcome cut = completed("b", 50, 40, 0);
    cut.phase = TargetPhase::Cancelled;
    TargetOutcome never;
    never.phase = TargetPhase::Skipped;
    o.targets = {t, cut, never};
    o.stoppedByUser = true;
    const RunMatrix m = runMatrix(o, TestPlan());
    EXPECT_EQ(m.rows[0].thresholdsPassed, 2);
    EXPECT_EQ(m.rows[0].thresholdsTotal, 3);
    EXPECT_TRUE(m.stoppedByUser);
    EXPECT_EQ(m.targetsRun, 2);
    EXPECT_EQ(m.targetsTotal, 3);
}
