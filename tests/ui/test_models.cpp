// Results, progress and run-list models under QAbstractItemModelTester.
#include "synthetic.h"
#include "ui/metricdefs.h"
#include "ui/resultsmodel.h"
#include "ui/runlistmodel.h"
#include "ui/runprogressmodel.h"
#include "ui/targetstatus.h"
#include "ui/thresholdsmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

TargetOutcome outcome(int target, const QString &label, double capacity)
{
    SyntheticRamp r;
    r.target = target;
    r.maxUsers = 300;
    r.capacityQps = capacity;
    TargetOutcome o;
    o.target = target;
    o.label = label;
    o.phase = TargetPhase::Completed;
    for (int s = 0; s < syntheticSteps(r); ++s)
        o.steps.push_back(syntheticStep(r, s));
    o.verdict.hasData = true;
    o.verdict.peakQpsOk = capacity * 0.98;
    o.verdict.peakQps = capacity;
    o.verdict.usersAtPeak = 200;
    o.verdict.kneeUsers = 160;
    o.verdict.kneeStep = 7;
    o.verdict.reason = KneeReason::QpsFlat;
    o.verdict.explanation = QStringLiteral("QPS flattened after 160 users");
    o.total = o.steps.back();
    o.total.failures[std::size_t(FailureClass::StreamError)] = 3;
    o.totalCancelled = 4;
    return o;
}

} // namespace

TEST(ResultsModel, ShowsVerdictsHighlightsBestAndCopiesTsv)
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRow(ResultRow::fromOutcome(outcome(0, "medium-w2", 120), "medium"));
    model.setRow(ResultRow::fromOutcome(outcome(1, "large-w8", 260), "large"));
    model.setRow(ResultRow::fromOutcome(outcome(2, "large-w10", 200), "large"));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.bestRow(), 1);

    const auto cell = [&](int row, int col) {
        return model.index(row, col).data().toString();
    };
    EXPECT_EQ(cell(1, ResultsModel::PeakQpsOkColumn), QStringLiteral("254.8"));
    EXPECT_EQ(cell(1, ResultsModel::UsersAtPeakColumn), QStringLiteral("200"));
    EXPECT_EQ(cell(1, ResultsModel::KneeColumn), QStringLiteral("160 (QPS flat)"));
    EXPECT_TRUE(cell(1, ResultsModel::TargetColumn).contains(QStringLiteral("large-w8")));
    EXPECT_TRUE(cell(0, ResultsModel::FailuresByClassColumn).contains(QStringLiteral("stream_error 3")));
    EXPECT_TRUE(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model.index(0, 0).data(Qt::FontRole).isValid());
    EXPECT_TRUE(
        model.index(1, ResultsModel::KneeColumn).data(Qt::ToolTipRole).toString().contains("flattened"));
    EXPECT_TRUE(model.index(0, ResultsModel::RequestsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("4 cancelled"));
    for (int c = 0; c < ResultsModel::ColumnCount; ++c)
        EXPECT_FALSE(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty()) << c;
    EXPECT_TRUE(model.headerData(ResultsModel::LatencyP95Column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("end of the stream")));
    EXPECT_TRUE(model.headerData(ResultsModel::TtftP50Column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("first text delta")));
    // The definitions are the table's, the same text the dashboard and the README state.
    EXPECT_EQ(model.headerData(ResultsModel::KneeColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
              metricSentence(MetricId::Knee));
    EXPECT_EQ(chartMetricDefinition(ChartMetric::Ttft), metricSentence(MetricId::Ttft));

    const QString tsv = model.toTsv();
    const QStringList lines = tsv.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 4);
    const QStringList header = lines[0].split(u'\t');
    const QStringList row1 = lines[2].split(u'\t');
    EXPECT_EQ(header.size(), row1.size());
    EXPECT_EQ(row1[header.indexOf(QStringLiteral("Peak QPS ok"))], QStringLiteral("254.8"));
    EXPECT_EQ(row1[header.indexOf(QStringLiteral("Knee reason"))], QStringLiteral("qps_flat"));
    EXPECT_EQ(row1[header.indexOf(QStringLiteral("Target"))], QStringLiteral("large-w8")); // no star in TSV

    // A provisional verdict on a live row, then a status change.
    SaturationVerdict v;
    v.hasData = true;
    v.peakQpsOk = 999;
    v.usersAtPeak = 40;
    model.setVerdict(0, v);
    EXPECT_EQ(model.bestRow(), 0);
    model.setStatus(0, QStringLiteral("running"));
    EXPECT_EQ(cell(0, ResultsModel::StatusColumn), QStringLiteral("running"));
    model.clear();
    EXPECT_EQ(model.bestRow(), -1);
}

namespace {
ThresholdResult gate(const char *metric, const char *op, double limit, double actual, bool passed)
{
    ThresholdResult t;
    t.metric = QString::fromLatin1(metric);
    t.op = QString::fromLatin1(op);
    t.limit = limit;
    t.actual = actual;
    t.passed = passed;
    return t;
}
} // namespace

TEST(ResultsModel, ShowsMaxQpsUnderTheSloOrWhyNoStepMetIt)
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TargetOutcome met = outcome(0, "medium-w2", 120);
    met.verdict.slo.evaluated = true;
    met.verdict.slo.met = true;
    met.verdict.slo.maxQpsOk = 96.5;
    met.verdict.slo.users = 80;
    met.verdict.slo.step = 3;
    met.verdict.slo.explanation =
        QStringLiteral("Max QPS under the SLO (latency p95 ≤ 1500 ms): 96.5 QPS ok.");
    TargetOutcome missed = outcome(1, "small-w1", 40);
    missed.verdict.slo.evaluated = true;
    missed.verdict.slo.explanation =
        QStringLiteral("No step met the SLO; the first measured step missed it.");
    TargetOutcome old = outcome(2, "large-w8", 260); // nobody judged it: no SLO verdict at all
    model.setRows({ResultRow::fromOutcome(met, "medium"), ResultRow::fromOutcome(missed, "small"),
                   ResultRow::fromOutcome(old, "large")});

    const auto cell = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, ResultsModel::MaxQpsSloColumn).data(role);
    };
    EXPECT_EQ(cell(0).toString(), QStringLiteral("96.5 (80 users)"));
    EXPECT_EQ(cell(0, Qt::ToolTipRole).toString(), met.verdict.slo.explanation);
    EXPECT_DOUBLE_EQ(cell(0, ResultsModel::SortRole).toDouble(), 96.5);
    EXPECT_EQ(cell(1).toString(), QStringLiteral("—"));
    EXPECT_EQ(cell(1, Qt::ToolTipRole).toString(), missed.verdict.slo.explanation);
    EXPECT_DOUBLE_EQ(cell(1, ResultsModel::SortRole).toDouble(), -1.0);
    EXPECT_TRUE(cell(2).toString().isEmpty());
    EXPECT_FALSE(cell(2, Qt::ToolTipRole).isValid());
    EXPECT_EQ(model.headerData(ResultsModel::MaxQpsSloColumn, Qt::Horizontal).toString(),
              QStringLiteral("Max QPS\nunder SLO"));

    // A sheet gets the number and the users in columns of their own.
    const QStringList lines = model.toTsv().trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 4);
    const QStringList header = lines[0].split(u'\t');
    const QStringList row0 = lines[1].split(u'\t'), row1 = lines[2].split(u'\t');
    const int value = int(header.indexOf(QStringLiteral("Max QPS under SLO")));
    const int users = int(header.indexOf(QStringLiteral("Users at max QPS under SLO")));
    ASSERT_GE(value, 0);
    ASSERT_GE(users, 0);
    EXPECT_EQ(row0[value], QStringLiteral("96.5"));
    EXPECT_EQ(row0[users], QStringLiteral("80"));
    EXPECT_TRUE(row1[value].isEmpty());
    EXPECT_TRUE(row1[users].isEmpty());

    // A run read back from run.json shows it the same way.
    TargetSummary summary;
    summary.index = 0;
    summary.label = QStringLiteral("medium-w2");
    summary.status = QStringLiteral("completed");
    summary.verdict = met.verdict;
    model.setRows({ResultRow::fromSummary(summary)});
    EXPECT_EQ(cell(0).toString(), QStringLiteral("96.5 (80 users)"));
    EXPECT_EQ(cell(0, Qt::ToolTipRole).toString(), met.verdict.slo.explanation);
}

TEST(ResultsModel, StatusSaysHowManyThresholdsFailedOrWhyATargetWasSkipped)
{
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TargetOutcome failing = outcome(0, "medium-w2", 120);
    // As the engine evaluated them: two of four gates failed.
    failing.thresholds = {
        gate("latency_p95_ms", "<", 1200, 1400, false), gate("failure_rate", "<", 0.05, 0.01, true),
        gate("ttft_p95_ms", "<", 300, 120, true), gate("peak_qps_ok", ">", 200, 117.6, false)};
    TargetOutcome passing = outcome(1, "large-w8", 260);
    passing.thresholds = {gate("latency_p95_ms", "<", 1200, 900, true),
                          gate("failure_rate", "<", 0.05, 0.01, true)};
    TargetOutcome skipped;
    skipped.target = 2;
    skipped.label = QStringLiteral("large-w10");
    skipped.phase = TargetPhase::Skipped;
    skipped.detail = QStringLiteral("health check failed after 3 attempt(s): connect (connection refused)");
    model.setRow(ResultRow::fromOutcome(failing, "medium"));
    model.setRow(ResultRow::fromOutcome(passing, "large"));
    model.setRow(ResultRow::fromOutcome(skipped, "large"));
    const auto status = [&](int row) {
        return model.index(row, ResultsModel::StatusColumn).data().toString();
    };
    EXPECT_EQ(status(0), QStringLiteral("completed — 2 of 4 thresholds failed"));
    EXPECT_EQ(status(1), QStringLiteral("completed — all 2 thresholds passed"));
    EXPECT_EQ(
        status(2),
        QStringLiteral("skipped — health check failed after 3 attempt(s): connect (connection refused)"));
    // The problems are red, on the best row too; the text says it without the colour.
    const QColor red(0xb7, 0x1c, 0x1c);
    EXPECT_EQ(model.index(0, ResultsModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
              red);
    EXPECT_EQ(model.index(2, ResultsModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
              red);
    EXPECT_NE(model.index(1, ResultsModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
              red);
    const QString tip = model.index(0, ResultsModel::StatusColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("✗ latency_p95_ms < 1200: actual 1400 ms"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("✓ failure_rate < 0.05"))) << tip.toStdString();
    // The TSV says it too.
    EXPECT_TRUE(model.toTsv().contains(QStringLiteral("completed — 2 of 4 thresholds failed")));

    // Live: a target the run never reached says so as the phase arrives.
    TargetOutcome pending;
    pending.target = 3;
    pending.label = QStringLiteral("later");
    model.setRow(ResultRow::fromOutcome(pending, "large"));
    EXPECT_EQ(status(3), QStringLiteral("pending"));
    model.setPhase(3, TargetPhase::Load, QString());
    EXPECT_EQ(status(3), QStringLiteral("running"));
    model.setPhase(3, TargetPhase::Skipped, QStringLiteral("run stopped before this target"));
    EXPECT_EQ(status(3), QStringLiteral("skipped — run stopped before this target"));
    EXPECT_EQ(model.index(3, ResultsModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
              red);

    // The same words for a run read back from run.json.
    TargetSummary s;
    s.label = QStringLiteral("medium-w2");
    s.status = QStringLiteral("completed");
    s.thresholds = failing.thresholds;
    EXPECT_EQ(ResultRow::fromSummary(s).status, QStringLiteral("completed — 2 of 4 thresholds failed"));
    // A reopened run of several phases keeps them for the phase table.
    s.phases.resize(2);
    s.phases[1].name = QStringLiteral("soak");
    ASSERT_EQ(ResultRow::fromSummary(s).phases.size(), 2u);
    EXPECT_EQ(ResultRow::fromSummary(s).phases[1].name, QStringLiteral("soak"));
    s.phases.clear();
    s.status = QStringLiteral("skipped: ") + skipped.detail;
    s.thresholds.clear();
    EXPECT_EQ(ResultRow::fromSummary(s).status, status(2));
    EXPECT_EQ(ResultRow::fromSummary(s).phase, TargetPhase::Skipped);
    s.status = QStringLiteral("cancelled");
    s.thresholds = {failing.thresholds[0]};
    EXPECT_EQ(ResultRow::fromSummary(s).status, QStringLiteral("stopped — its threshold failed"));
    s.status = QStringLiteral("running"); // a run that died: no finished phase to word
    EXPECT_EQ(ResultRow::fromSummary(s).status, QStringLiteral("running"));
    EXPECT_EQ(targetStatusText(TargetPhase::Skipped, QString(), {}), QStringLiteral("skipped"));
}

TEST(ThresholdsModel, EachThresholdWithActualLimitAndResult)
{
    ThresholdsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    std::vector<ResultRow> rows(2);
    rows[0].label = QStringLiteral("medium-w2");
    rows[0].thresholds = {gate("latency_p95_ms", "<", 1200, 1400, false),
                          gate("failure_rate", "<", 0.05, 0.0125, true),
                          gate("ttft_p95_ms", "<", 300, std::nan(""), false)};
    rows[1].label = QStringLiteral("large-w8");
    rows[1].run = QStringLiteral("nightly");
    rows[1].thresholds = {gate("peak_qps_ok", ">", 200, 254.8, true)};
    rows[1].thresholds[0].scope = QStringLiteral("step 3");
    model.setResults(rows);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.failedCount(), 2);
    EXPECT_EQ(resets.count(), 1);
    const auto cell = [&](int row, int col) {
        return model.index(row, col).data().toString();
    };
    EXPECT_EQ(cell(0, ThresholdsModel::TargetColumn), QStringLiteral("medium-w2"));
    EXPECT_EQ(cell(0, ThresholdsModel::ThresholdColumn), QStringLiteral("latency_p95_ms < 1200"));
    EXPECT_EQ(cell(0, ThresholdsModel::ActualColumn), QStringLiteral("1400 ms"));
    EXPECT_EQ(cell(0, ThresholdsModel::LimitColumn), QStringLiteral("< 1200 ms"));
    EXPECT_EQ(cell(0, ThresholdsModel::ResultColumn), QStringLiteral("✗ failed"));
    EXPECT_EQ(cell(1, ThresholdsModel::ActualColumn), QStringLiteral("0.0125 (1.25%)"));
    EXPECT_EQ(cell(1, ThresholdsModel::LimitColumn), QStringLiteral("< 0.05 (5%)"));
    EXPECT_EQ(cell(1, ThresholdsModel::ResultColumn), QStringLiteral("✓ passed"));
    EXPECT_EQ(cell(2, ThresholdsModel::ActualColumn), QStringLiteral("not measured"));
    EXPECT_EQ(cell(2, ThresholdsModel::ResultColumn), QStringLiteral("✗ failed"));
    EXPECT_EQ(cell(3, ThresholdsModel::TargetColumn), QStringLiteral("nightly / large-w8"));
    EXPECT_EQ(cell(3, ThresholdsModel::ThresholdColumn), QStringLiteral("peak_qps_ok > 200 (step 3)"));
    EXPECT_EQ(cell(3, ThresholdsModel::ActualColumn), QStringLiteral("254.8"));
    // Pass and fail differ in words and mark, and in colour as well.
    const auto color = [&](int row) {
        return model.index(row, ThresholdsModel::ResultColumn)
            .data(Qt::ForegroundRole)
            .value<QBrush>()
            .color();
    };
    EXPECT_NE(color(0), color(1));
    EXPECT_TRUE(model.index(0, ThresholdsModel::ResultColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("1400 ms is not < 1200 ms")));
    for (int c = 0; c < ThresholdsModel::ColumnCount; ++c)
        EXPECT_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty()) << c;

    // The results change every step during a run; the thresholds only when a target ends.
    rows[0].verdict.peakQpsOk = 99;
    model.setResults(rows);
    EXPECT_EQ(resets.count(), 1);
    rows[1].thresholds.clear();
    model.setResults(rows);
    EXPECT_EQ(resets.count(), 2);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST(RunProgressModel, FollowsPhasesAndSnapshots)
{
    RunProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TestPlan plan;
    plan.profile().maxUsers = 100;
    plan.profile().stepSize = 20;
    plan.profile().stepDurationS = 10; // 5 steps, 50 s per target
    for (int i = 0; i < 3; ++i) {
        Target t;
        t.label = QStringLiteral("t%1").arg(i);
        t.enabled = i != 1;
        plan.targets.push_back(t);
    }
    model.reset(plan);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowForTarget(2), 1);
    EXPECT_EQ(model.rowForTarget(1), -1);
    EXPECT_DOUBLE_EQ(model.remainingSeconds(), 100);

    model.setPhase(0, TargetPhase::HealthCheck, QStringLiteral("checking"));
    EXPECT_EQ(model.index(0, RunProgressModel::PhaseColumn).data().toString(),
              QStringLiteral("health check"));
    model.setPhase(0, TargetPhase::Load, QString());
    SyntheticRamp r;
    r.stepDurationS = 10;
    model.addSnapshot(syntheticSnapshot(r, 24));
    EXPECT_EQ(model.index(0, RunProgressModel::UsersColumn).data().toInt(), 60);
    EXPECT_EQ(model.index(0, RunProgressModel::StepColumn).data().toString(), QStringLiteral("3 / 5"));
    EXPECT_EQ(model.index(0, RunProgressModel::ElapsedColumn).data().toString(), QStringLiteral("25 s"));
    EXPECT_EQ(model.index(0, RunProgressModel::RemainingColumn).data().toString(), QStringLiteral("25 s"));
    EXPECT_DOUBLE_EQ(
        model.index(0, RunProgressModel::ProgressColumn).data(RunProgressModel::ProgressRole).toDouble(), 50);
    model.tick();

    TargetOutcome done;
    done.target = 0;
    done.phase = TargetPhase::Completed;
    done.loadSeconds = 50;
    model.setOutcome(done);
    EXPECT_EQ(model.index(0, RunProgressModel::PhaseColumn).data().toString(), QStringLiteral("done"));
    model.setPhase(2, TargetPhase::Skipped, QStringLiteral("health check failed: connection refused"));
    EXPECT_EQ(model.index(1, RunProgressModel::PhaseColumn).data().toString(), QStringLiteral("skipped"));
    EXPECT_DOUBLE_EQ(model.remainingSeconds(), 0);
    model.setPhase(7, TargetPhase::Load, QString()); // unknown target: ignored
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(RunListModel, ListsRunFoldersAndReportsBrokenOnes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto write = [&](const QString &name, const QByteArray &json) {
        QDir(dir.path()).mkpath(name);
        QFile f(QDir(dir.path()).filePath(name + QStringLiteral("/run.json")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(json);
    };
    RunSummary s;
    s.runName = QStringLiteral("good-run");
    s.status = QStringLiteral("completed");
    s.startedAt = QDateTime::currentDateTimeUtc();
    TargetSummary t;
    t.label = QStringLiteral("app");
    t.verdict.hasData = true;
    t.verdict.peakQpsOk = 42.5;
    s.targets.push_back(t);
    write(QStringLiteral("good-run"), runSummaryToJson(s));
    write(QStringLiteral("broken"), QByteArray("{ not json"));
    QDir(dir.path()).mkpath(QStringLiteral("not-a-run"));
    model.scan(dir.path());
    ASSERT_EQ(model.rowCount(), 2);
    bool sawGood = false, sawBroken = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString name = model.index(r, RunListModel::NameColumn).data().toString();
        if (name == u"good-run") {
            sawGood = true;
            EXPECT_TRUE(
                model.index(r, RunListModel::BestColumn).data().toString().contains(QStringLiteral("42.5")));
            EXPECT_EQ(model.index(r, RunListModel::TargetsColumn).data().toInt(), 1);
        } else if (name == u"broken") {
            sawBroken = true;
            EXPECT_EQ(model.index(r, RunListModel::StatusColumn).data().toString(),
                      QStringLiteral("unreadable"));
            EXPECT_FALSE(model.index(r, 0).data(Qt::ToolTipRole).toString().isEmpty());
        }
        EXPECT_TRUE(model.dirAt(r).startsWith(dir.path()));
    }
    EXPECT_TRUE(sawGood);
    EXPECT_TRUE(sawBroken);
    model.scan(dir.filePath(QStringLiteral("missing")));
    EXPECT_EQ(model.rowCount(), 0);
}
