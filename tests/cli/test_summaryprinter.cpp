// The CLI's end-of-run summary, formatted from a fake RunOutcome: the matrix, the best-configuration line,
// the stop line. The choosing is core/metrics/runmatrix's (tests/metrics/test_runmatrix.cpp).
#include "cli/progressprinter.h"
#include "cli/summaryprinter.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

StepResult stepAt(int index, int users, double qpsOk, double tokensPerS)
{
    StepResult s;
    s.step = index;
    s.users = users;
    s.completed = s.ok = 200;
    s.qpsOk = s.qps = qpsOk;
    s.deltasPerS = qpsOk * 20;
    s.outputTokensPerS = tokensPerS;
    return s;
}

TargetOutcome target(int index, const char *label, double peak, double underSlo, int knee, double tokens)
{
    TargetOutcome t;
    t.target = index;
    t.label = QString::fromLatin1(label);
    t.phase = TargetPhase::Completed;
    t.steps = {stepAt(0, 20, peak / 2, tokens / 2), stepAt(1, 40, peak, tokens),
               stepAt(2, 60, peak * 0.98, tokens)};
    t.total = stepAt(-1, 60, peak * 0.8, tokens);
    t.total.latency.count = t.total.ttft.count = 400;
    t.total.latency.p95Ms = 812.4;
    t.total.ttft.p95Ms = 95.25;
    t.total.failureRate = 0.0123;
    t.verdict.hasData = true;
    t.verdict.peakQpsOk = peak;
    t.verdict.usersAtPeak = 40;
    t.verdict.kneeUsers = knee;
    t.verdict.slo.evaluated = true;
    t.verdict.slo.met = underSlo > 0;
    t.verdict.slo.maxQpsOk = underSlo;
    t.verdict.slo.users = 20;
    ThresholdResult pass, fail;
    fail.passed = false;
    t.thresholds = {pass, fail};
    return t;
}

TestPlan plan()
{
    TestPlan p;
    p.slo = Slo{900, 0, 0.05};
    return p;
}

// The line of the table that starts with a target's label (after the indent).
QString rowOf(const QStringList &lines, const QString &label)
{
    for (const QString &l : lines)
        if (l.startsWith(QStringLiteral("  ") + label + QLatin1Char(' ')))
            return l;
    return QString();
}

} // namespace

TEST(SummaryPrinter, TableHasOneAlignedRowPerTargetWithEveryColumn)
{
    RunOutcome o;
    TargetOutcome skipped;
    skipped.target = 2;
    skipped.label = QStringLiteral("gpu-xl");
    skipped.phase = TargetPhase::Skipped;
    o.targets = {target(0, "cpu-small", 48.25, 40, 40, 960), target(1, "gpu-large", 180, 150, 0, 3600),
                 skipped};
    const QStringList table = SummaryPrinter::tableLines(runMatrix(o, plan()));
    ASSERT_EQ(table.size(), 4) << table.join('\n').toStdString();
    EXPECT_EQ(table[0].simplified(),
              QStringLiteral("target peak QPS ok users at peak knee max QPS under SLO latency p95 ms "
                             "TTFT p95 ms fail % output tokens/s thresholds status"));
    // Every line is as wide as the header up to the status column: the columns line up.
    const qsizetype statusAt = table[0].indexOf(QStringLiteral("status"));
    for (const QString &l : table)
        EXPECT_EQ(l.indexOf(QRegularExpression(QStringLiteral("(status|done|skipped)$"))), statusAt)
            << l.toStdString();
    const QStringList small = rowOf(table, QStringLiteral("cpu-small")).simplified().split(u' ');
    EXPECT_EQ(small, QStringList({QStringLiteral("cpu-small"), QStringLiteral("48.3"), QStringLiteral("40"),
                                  QStringLiteral("40"), QStringLiteral("40.0"), QStringLiteral("(20"),
                                  QStringLiteral("users)"), QStringLiteral("812"), QStringLiteral("95"),
                                  QStringLiteral("1.23"), QStringLiteral("960"), QStringLiteral("✗"),
                                  QStringLiteral("1/2"), QStringLiteral("done")}));
    EXPECT_TRUE(rowOf(table, QStringLiteral("gpu-large")).contains(QStringLiteral(" none ")))
        << "no knee within the ramp";
    const QStringList xl = rowOf(table, QStringLiteral("gpu-xl")).simplified().split(u' ');
    EXPECT_EQ(xl.last(), QStringLiteral("skipped"));
    EXPECT_EQ(xl.count(QStringLiteral("-")), 9) << "no figure for a target that never ran";
}

TEST(SummaryPrinter, BestLineNamesTheConfigurationWhyAndThatItIsALowerBound)
{
    RunOutcome o;
    o.targets = {target(0, "cpu-small", 48, 40, 40, 960), target(1, "gpu-large", 180, 150, 0, 3600)};
    EXPECT_EQ(
        SummaryPrinter::bestLine(runMatrix(o, plan())),
        QStringLiteral("plateau: best configuration: gpu-large: 150.0 QPS ok at 20 users within the SLO "
                       "(latency p95 ≤ 900 ms, failure rate ≤ 5%), the highest of 2 targets that completed "
                       "their load phase; no knee within 60 users: raise max_users to see its ceiling "
                       "(150.0 QPS ok is a lower bound)"));
    // No SLO met: the peak decides, and says that no target met the SLO.
    o.targets[0].verdict.slo.met = o.targets[1].verdict.slo.met = false;
    o.targets[1].verdict.kneeUsers = 40;
    EXPECT_EQ(
        SummaryPrinter::bestLine(runMatrix(o, plan())),
        QStringLiteral("plateau: best configuration: gpu-large: peak 180.0 QPS ok at 40 users, the highest "
                       "of 2 targets that completed their load phase; no target met the SLO (latency p95 ≤ "
                       "900 ms, failure rate ≤ 5%)"));
    // Outside a step ramp there is no max_users to raise.
    o.targets[1].verdict.kneeUsers = 0;
    TestPlan sustained = plan();
    sustained.profile().kind = ProfileKind::Sustained;
    EXPECT_TRUE(SummaryPrinter::bestLine(runMatrix(o, sustained))
                    .endsWith(QStringLiteral("; no knee within 60 users: 180.0 QPS ok is a lower bound")));
}

TEST(SummaryPrinter, NoBestWhenNothingCompletedAndAStopSaysHowManyRan)
{
    RunOutcome o;
    TargetOutcome cut = target(0, "a", 100, 90, 0, 100);
    cut.phase = TargetPhase::Cancelled;
    TargetOutcome b, c;
    b.label = QStringLiteral("b");
    c.label = QStringLiteral("c");
    b.phase = c.phase = TargetPhase::Skipped;
    o.targets = {cut, b, c};
    o.stoppedByUser = true;
    const QStringList lines = SummaryPrinter::lines(runMatrix(o, plan()));
    EXPECT_EQ(lines.first(),
              QStringLiteral("plateau: summary (SLO: latency p95 ≤ 900 ms, failure rate ≤ 5%)"));
    EXPECT_TRUE(
        lines.contains(QStringLiteral("plateau: no best configuration: no target completed its load phase")));
    EXPECT_EQ(lines.last(), QStringLiteral("plateau: stopped by user: 1 of 3 targets ran"));
    o.stoppedByUser = false;
    EXPECT_TRUE(SummaryPrinter::stopLine(runMatrix(o, plan())).isEmpty());
}

TEST(SummaryPrinter, DeltasAreLabelledAsSuch)
{
    RunOutcome o;
    o.targets = {target(0, "usage", 100, 90, 20, 2500), target(1, "plain", 100, 90, 20, 0)};
    QStringList table = SummaryPrinter::tableLines(runMatrix(o, plan()));
    EXPECT_TRUE(table[0].contains(QStringLiteral("output tokens/s")));
    EXPECT_TRUE(rowOf(table, QStringLiteral("plain")).contains(QStringLiteral("2000*")))
        << "the deltas/s of a server without usage, marked";
    EXPECT_EQ(table.last(), QStringLiteral("  * deltas/s (the server reports no token usage)"));
    o.targets.erase(o.targets.begin());
    table = SummaryPrinter::tableLines(runMatrix(o, plan()));
    EXPECT_TRUE(table[0].contains(QStringLiteral("deltas/s")));
    EXPECT_FALSE(table[0].contains(QStringLiteral("tokens/s")));
    EXPECT_EQ(table.last(), QStringLiteral("  note: deltas/s (the server reports no token usage)"));
}

namespace {

// Three phases: a ramp (steps 0-2), a burst (step 3) and a gated soak that was skipped.
TestPlan phasedPlan()
{
    TestPlan p = plan();
    Phase ramp, spike, soak;
    ramp.name = QStringLiteral("ramp");
    spike.name = QStringLiteral("spike");
    spike.profile.kind = ProfileKind::Burst;
    soak.name = QStringLiteral("soak");
    soak.profile.kind = ProfileKind::Sustained;
    soak.gate = true;
    p.phases = {ramp, spike, soak};
    return p;
}

TargetOutcome phasedTarget()
{
    TargetOutcome t = target(0, "cpu-small", 48.25, 40, 40, 960);
    StepResult burstStep = stepAt(3, 80, 30, 600);
    burstStep.phase = 1;
    t.steps.push_back(burstStep);
    PhaseOutcome ramp;
    ramp.index = 0;
    ramp.name = QStringLiteral("ramp");
    ramp.state = PhaseState::Ran;
    ramp.total = t.total;
    ramp.verdict = t.verdict;
    ramp.verdict.explanation = QStringLiteral("QPS flattened after 40 users.");
    ramp.verdict.slo.explanation = QStringLiteral("Max QPS under the SLO: 40.0 at 20 users.");
    PhaseOutcome spike;
    spike.index = 1;
    spike.name = QStringLiteral("spike");
    spike.state = PhaseState::Ran;
    spike.total = burstStep;
    spike.total.latency.count = 200;
    spike.total.latency.p95Ms = 2400;
    spike.coldStart.evaluated = spike.coldStart.penalty = true;
    spike.coldStart.explanation = QStringLiteral("Cold-start penalty: TTFT p95 1400 ms in the first 10 s.");
    ThresholdResult failed;
    failed.passed = false;
    failed.phase = QStringLiteral("spike");
    spike.thresholds = {failed};
    PhaseOutcome soak;
    soak.index = 2;
    soak.name = QStringLiteral("soak");
    soak.state = PhaseState::Skipped;
    soak.reason = QStringLiteral("the phase \"spike\" failed its thresholds");
    t.phases = {ramp, spike, soak};
    return t;
}

} // namespace

TEST(SummaryPrinter, SeveralPhasesGiveOneRowPerTargetAndPhaseWithItsVerdictBelow)
{
    RunOutcome o;
    o.targets = {phasedTarget()};
    const QStringList table = SummaryPrinter::tableLines(runMatrix(o, phasedPlan()));
    ASSERT_GE(table.size(), 6) << table.join('\n').toStdString();
    EXPECT_TRUE(table[0].simplified().startsWith(QStringLiteral("target phase peak QPS ok")));
    // Rows in phase order, each followed by its sentence; the skipped one says why in its row.
    const QStringList ramp = table[1].simplified().split(u' ');
    EXPECT_EQ(ramp.mid(0, 3), QStringList({"cpu-small", "ramp", "48.3"}));
    EXPECT_EQ(ramp.last(), QStringLiteral("ran"));
    EXPECT_EQ(table[2].trimmed(),
              QStringLiteral("QPS flattened after 40 users. Max QPS under the SLO: 40.0 at 20 users."));
    const QStringList spike = table[3].simplified().split(u' ');
    EXPECT_EQ(spike.mid(0, 3), QStringList({"cpu-small", "spike", "30.0"}));
    EXPECT_TRUE(spike.contains(QStringLiteral("2400")));
    EXPECT_TRUE(spike.contains(QStringLiteral("0/1")));
    EXPECT_EQ(table[4].trimmed(), QStringLiteral("Cold-start penalty: TTFT p95 1400 ms in the first 10 s."));
    EXPECT_TRUE(table[5].simplified().startsWith(QStringLiteral("cpu-small soak -")));
    EXPECT_TRUE(table[5].endsWith(QStringLiteral("skipped: the phase \"spike\" failed its thresholds")))
        << table[5].toStdString();
    // The status column starts at the same place in every row.
    const qsizetype statusAt = table[0].indexOf(QStringLiteral("status"));
    for (int i : {1, 3, 5})
        EXPECT_EQ(table[i].indexOf(QRegularExpression(QStringLiteral("(ran|skipped: .*)$"))), statusAt)
            << table[i].toStdString();
}

TEST(SummaryPrinter, OnePhaseOutputHasNoPhaseColumn)
{
    RunOutcome o;
    TargetOutcome t = target(0, "cpu-small", 48.25, 40, 40, 960);
    PhaseOutcome only;
    only.name = QStringLiteral("load");
    only.state = PhaseState::Ran;
    only.verdict.explanation = QStringLiteral("not printed");
    t.phases = {only};
    o.targets = {t};
    const QStringList table = SummaryPrinter::tableLines(runMatrix(o, plan()));
    ASSERT_EQ(table.size(), 2);
    EXPECT_FALSE(table[0].contains(QStringLiteral("phase")));
    EXPECT_TRUE(table[1].endsWith(QStringLiteral("done")));
}

TEST(ProgressPrinter, TheLineNamesThePhaseOfASeveralPhasePlan)
{
    TestPlan p = phasedPlan();
    Target t;
    t.label = QStringLiteral("cpu-small");
    p.targets = {t};
    IntervalSnapshot s;
    s.phase = 1;
    s.step = 3;
    s.users = 80;
    s.tEndS = 75;
    s.offeredRate = 12.5;
    const QString line = ProgressPrinter::formatSnapshot(s, p);
    EXPECT_TRUE(line.startsWith(QStringLiteral("[cpu-small] 01:15/"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral(" phase=spike (2/3) users=80 step=4 rate=12.5/s ")))
        << line.toStdString();
    p.phases.resize(1);
    EXPECT_FALSE(ProgressPrinter::formatSnapshot(s, p).contains(QStringLiteral("phase=")));
}
