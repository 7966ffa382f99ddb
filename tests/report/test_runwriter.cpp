#include "core/metrics/saturation.h"
#include "core/report/csv.h"
#include "core/report/locustformat.h"
#include "core/report/runwriter.h"
#include "reporttestdata.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

QJsonObject readJson(const QString &path)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(readFile(path), &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError)
        << path.toStdString() << ": " << e.errorString().toStdString();
    return d.object();
}

csv::Table readCsv(const QString &path)
{
    csv::Table t;
    QString err;
    EXPECT_TRUE(csv::parse(readFile(path), &t, &err)) << path.toStdString() << ": " << err.toStdString();
    return t;
}

double cell(const csv::Table &t, size_t row, const char *col)
{
    const int c = t.column(col);
    EXPECT_GE(c, 0) << col;
    double v = -1;
    if (c >= 0 && row < t.rows.size()) {
        EXPECT_TRUE(csv::parseDouble(t.rows[row].fields[static_cast<size_t>(c)], &v)) << col;
    }
    return v;
}

class RunWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tmp.isValid());
        m_plan = reportPlan(2);
        for (int i = 0; i < 2; ++i)
            m_targets.push_back(makeTarget(i, m_plan.saturation));
    }
    QString runs() const { return m_tmp.filePath(QStringLiteral("runs")); }
    QTemporaryDir m_tmp;
    TestPlan m_plan;
    std::vector<SyntheticTarget> m_targets;
};

} // namespace

TEST_F(RunWriterTest, WritesEveryFileWithTheExactHeaders)
{
    const QString dir = writeRun(runs(), QStringLiteral("nightly"), m_plan, m_targets);
    ASSERT_EQ(dir, QDir(runs()).absoluteFilePath(QStringLiteral("nightly")));
    EXPECT_TRUE(QFileInfo::exists(dir + QStringLiteral("/plan.json")));
    EXPECT_TRUE(QFileInfo::exists(dir + QStringLiteral("/run.json")));
    for (const char *label : {"cfg-1", "cfg-2"}) {
        const QString t = dir + QLatin1Char('/') + QLatin1String(label) + QLatin1Char('/');
        for (const char *f : {"requests.csv", "timeseries.csv", "failures.csv", "steps.csv",
                              "results_stats.csv", "results_stats_history.csv"})
            EXPECT_TRUE(QFileInfo::exists(t + QLatin1String(f))) << label << "/" << f;
        EXPECT_EQ(readLines(t + QStringLiteral("requests.csv")).value(0),
                  QStringLiteral(
                      "intended_ms,send_ms,headers_ms,first_event_ms,first_delta_ms,last_delta_ms,end_ms,"
                      "user,step,worker,http_status,failure,deltas,output_tokens,bytes,latency_ms,ttft_ms,"
                      "itl_ms,retry_after_s,tag,journey_step,checks_failed,connect_ms,tls_ms"));
        EXPECT_EQ(readLines(t + QStringLiteral("failures.csv")).value(0),
                  QStringLiteral("time_ms,user,step,failure,http_status,retry_after_s,detail"));
        // Locust 2.x, byte for byte.
        EXPECT_EQ(
            readLines(t + QStringLiteral("results_stats.csv")).value(0),
            QStringLiteral("Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,"
                           "Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,"
                           "50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%"));
        EXPECT_EQ(readLines(t + QStringLiteral("results_stats_history.csv")).value(0),
                  QStringLiteral(
                      "Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,"
                      "99%,99.9%,99.99%,100%,Total Request Count,Total Failure Count,Total Median Response "
                      "Time,Total Average Response Time,Total Min Response Time,Total Max Response Time,"
                      "Total Average Content Size"));
        const QString ts = readLines(t + QStringLiteral("timeseries.csv")).value(0);
        EXPECT_TRUE(ts.startsWith(QStringLiteral(
            "t_s,users,step,started,completed,ok,failed,cancelled,qps,qps_ok,latency_p50_ms,latency_p90_ms,"
            "latency_p95_ms,latency_p99_ms,latency_max_ms,ttft_p50_ms,ttft_p95_ms,ttft_p99_ms,headers_p50_ms,"
            "headers_p95_ms,first_event_p50_ms,itl_p50_ms,itl_p95_ms,tpot_p50_ms,latency_intended_p95_ms,"
            "fail_connect,fail_tls,fail_http_status,fail_http_429,")))
            << ts.toStdString();
        EXPECT_TRUE(ts.contains(
            QStringLiteral("fail_total_timeout,gen_cpu_pct,gen_lag_max_ms,gen_late,gen_in_flight")));
        EXPECT_TRUE(ts.contains(QStringLiteral(",deltas_per_s,")));
        EXPECT_TRUE(ts.endsWith(QStringLiteral(",output_tokens_per_s,phase,offered_rate,gen_dropped")))
            << ts.toStdString();
        const QString steps = readLines(t + QStringLiteral("steps.csv")).value(0);
        EXPECT_TRUE(steps.startsWith(QStringLiteral(
            "step,users,window_start_s,window_end_s,completed,ok,failed,qps,qps_ok,failure_rate,latency_p50_"
            "ms,"
            "latency_p90_ms,latency_p95_ms,latency_p99_ms,latency_max_ms,ttft_p50_ms,ttft_p95_ms,ttft_p99_ms,"
            "headers_p50_ms,headers_p95_ms,itl_p50_ms,tpot_p50_ms,fail_connect,")))
            << steps.toStdString();
        EXPECT_TRUE(steps.contains(QStringLiteral("fail_total_timeout,gen_cpu_pct,gen_lag_max_ms")));
        EXPECT_TRUE(steps.endsWith(QStringLiteral(
            ",deltas_per_s,output_tokens_per_s,phase,offered_rate,late_arrivals,dropped_arrivals")))
            << steps.toStdString();
    }
}

TEST_F(RunWriterTest, OneLinePerRequestSnapshotStepAndFailure)
{
    const QString dir = writeRun(runs(), QStringLiteral("counts"), m_plan, m_targets);
    for (int i = 0; i < 2; ++i) {
        const SyntheticTarget &s = m_targets[static_cast<size_t>(i)];
        const QString t = dir + QStringLiteral("/cfg-%1/").arg(i + 1);
        EXPECT_EQ(readLines(t + QStringLiteral("requests.csv")).size(),
                  static_cast<qsizetype>(s.records.size()) + 1);
        EXPECT_EQ(readLines(t + QStringLiteral("timeseries.csv")).size(),
                  static_cast<qsizetype>(s.snapshots.size()) + 1);
        EXPECT_EQ(readLines(t + QStringLiteral("steps.csv")).size(),
                  static_cast<qsizetype>(s.steps.size()) + 1);
        // Locust writes two rows per history tick (the request, Aggregated) and two in the stats.
        EXPECT_EQ(readLines(t + QStringLiteral("results_stats_history.csv")).size(),
                  2 * static_cast<qsizetype>(s.snapshots.size()) + 1);
        EXPECT_EQ(readLines(t + QStringLiteral("results_stats.csv")).size(), 3);
        // failures.csv details hold quotes, commas and line breaks: count records, not lines.
        const csv::Table f = readCsv(t + QStringLiteral("failures.csv"));
        ASSERT_GT(s.failedCount, 0u);
        EXPECT_EQ(f.rows.size(), s.failedCount);
        bool sawMultiline = false;
        for (const csv::Record &r : f.rows) {
            ASSERT_EQ(r.fields.size(), 7u);
            if (r.fields[3] == "http_429") {
                EXPECT_EQ(r.fields[4], "429");
                EXPECT_EQ(r.fields[5], "2"); // the answer's Retry-After, in seconds
                EXPECT_EQ(r.fields[6], QByteArray("HTTP 429, \"slow down\"\nRetry-After: 2"));
                sawMultiline = true;
            }
        }
        EXPECT_TRUE(sawMultiline);
    }
}

TEST_F(RunWriterTest, RequestTimesAreRelativeToTheTargetStart)
{
    const QString dir = writeRun(runs(), QStringLiteral("times"), m_plan, m_targets);
    const csv::Table t = readCsv(dir + QStringLiteral("/cfg-1/requests.csv"));
    const SyntheticTarget &s = m_targets[0];
    ASSERT_EQ(t.rows.size(), s.records.size());
    for (size_t i = 0; i < s.records.size(); i += 37) {
        const RequestRecord &r = s.records[i];
        EXPECT_NEAR(cell(t, i, "send_ms"), (r.sendNs - kOriginNs) / 1e6, 1e-3);
        EXPECT_NEAR(cell(t, i, "end_ms"), (r.endNs - kOriginNs) / 1e6, 1e-3);
        EXPECT_NEAR(cell(t, i, "latency_ms"), r.latencyNs() / 1e6, 1e-3);
        EXPECT_EQ(cell(t, i, "user"), r.userId);
        EXPECT_EQ(cell(t, i, "http_status"), r.httpStatus);
        EXPECT_EQ(t.rows[i].fields[static_cast<size_t>(t.column("failure"))],
                  QByteArray(failureClassKey(r.failure)));
        if (r.firstDeltaNs == 0) { // "did not happen" is an empty cell, not a time
            EXPECT_TRUE(t.rows[i].fields[static_cast<size_t>(t.column("first_delta_ms"))].isEmpty());
        } else {
            EXPECT_NEAR(cell(t, i, "ttft_ms"), r.ttftNs() / 1e6, 1e-3);
        }
    }
}

TEST_F(RunWriterTest, LocustStatsHoldRealUnroundedValues)
{
    const QString dir = writeRun(runs(), QStringLiteral("locust"), m_plan, m_targets);
    const csv::Table stats = readCsv(dir + QStringLiteral("/cfg-1/results_stats.csv"));
    ASSERT_EQ(stats.rows.size(), 2u);
    EXPECT_EQ(stats.rows[0].fields[0], locust::kRequestType);
    EXPECT_EQ(stats.rows[0].fields[1], locust::kRequestName);
    EXPECT_EQ(stats.rows[1].fields[0], "");
    EXPECT_EQ(stats.rows[1].fields[1], "Aggregated");
    const MetricSet &total = m_targets[0].total;
    EXPECT_EQ(cell(stats, 0, "Request Count"), total.completed);
    EXPECT_EQ(cell(stats, 0, "Failure Count"), total.failed());
    EXPECT_NEAR(cell(stats, 0, "50%"), total.latency.percentile(0.5) / 1000.0, 0.005);
    EXPECT_NEAR(cell(stats, 0, "99.9%"), total.latency.percentile(0.999) / 1000.0, 0.005);
    EXPECT_NEAR(cell(stats, 0, "Average Response Time"), total.latency.mean() / 1000.0, 0.005);
    // Two decimals, as promised ("812.34", not Locust's "810").
    const QByteArray median = stats.rows[0].fields[static_cast<size_t>(stats.column("Median Response Time"))];
    EXPECT_EQ(median.size() - median.indexOf('.'), 3) << median.constData();
    const double duration = m_targets[0].snapshots.back().tEndS;
    EXPECT_NEAR(cell(stats, 0, "Requests/s"), total.completed / duration, 0.005);

    const csv::Table hist = readCsv(dir + QStringLiteral("/cfg-1/results_stats_history.csv"));
    ASSERT_EQ(hist.rows.size(), 2 * m_targets[0].snapshots.size());
    const size_t last = hist.rows.size() - 1;
    EXPECT_EQ(hist.rows[last].fields[static_cast<size_t>(hist.column("Name"))], "Aggregated");
    EXPECT_EQ(cell(hist, last, "Total Request Count"), total.completed);
    EXPECT_NEAR(cell(hist, last, "50%"), total.latency.percentile(0.5) / 1000.0, 0.005);
    EXPECT_EQ(cell(hist, last, "User Count"), m_targets[0].snapshots.back().users);
    EXPECT_GT(cell(hist, last, "Timestamp"), 1.6e9); // Unix seconds, like Locust
}

TEST_F(RunWriterTest, RunJsonRecordsTheRunWithoutSecrets)
{
    const QString dir = writeRun(runs(), QStringLiteral("json"), m_plan, m_targets);
    const QJsonObject run = readJson(dir + QStringLiteral("/run.json"));
    EXPECT_EQ(run.value(QStringLiteral("tool_version")).toString(), QStringLiteral(PLATEAU_VERSION));
    EXPECT_FALSE(run.value(QStringLiteral("host")).toString().isEmpty());
    EXPECT_FALSE(run.value(QStringLiteral("os")).toString().isEmpty());
    EXPECT_EQ(run.value(QStringLiteral("run_name")).toString(), QStringLiteral("json"));
    const RunSummary engine = engineSummary(m_plan, m_targets);
    EXPECT_EQ(run.value(QStringLiteral("status")).toString(), engine.status); // the engine's word
    EXPECT_EQ(run.value(QStringLiteral("exit_reason")).toString(), engine.exitReason);
    EXPECT_TRUE(QDateTime::fromString(run.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs)
                    .isValid());
    EXPECT_TRUE(QDateTime::fromString(run.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs)
                    .isValid());
    EXPECT_EQ(run.value(QStringLiteral("exit_status")).toInt(-1), engine.exitStatus);
    EXPECT_EQ(run.value(QStringLiteral("thresholds_passed")).toBool(), engine.thresholdsPassed());
    const QJsonArray targets = run.value(QStringLiteral("targets")).toArray();
    ASSERT_EQ(targets.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject t = targets[i].toObject();
        const SyntheticTarget &s = m_targets[static_cast<size_t>(i)];
        EXPECT_EQ(t.value(QStringLiteral("label")).toString(), m_plan.targets[static_cast<size_t>(i)].label);
        EXPECT_EQ(t.value(QStringLiteral("dir")).toString(), m_plan.targets[static_cast<size_t>(i)].label);
        EXPECT_EQ(t.value(QStringLiteral("url")).toString(), m_plan.targets[static_cast<size_t>(i)].url);
        EXPECT_EQ(t.value(QStringLiteral("compute_size")).toString(),
                  m_plan.targets[static_cast<size_t>(i)].computeSize);
        EXPECT_EQ(t.value(QStringLiteral("workers")).toInt(), m_plan.targets[static_cast<size_t>(i)].workers);
        EXPECT_EQ(t.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        EXPECT_EQ(t.value(QStringLiteral("auth_method")).toString(),
                  i == 0 ? QStringLiteral("oauth-m2m") : QStringLiteral("none"));
        const QJsonObject totals = t.value(QStringLiteral("totals")).toObject();
        EXPECT_EQ(totals.value(QStringLiteral("requests")).toInteger(),
                  static_cast<qint64>(s.records.size()));
        EXPECT_EQ(totals.value(QStringLiteral("ok")).toInteger(), static_cast<qint64>(s.total.ok));
        EXPECT_EQ(totals.value(QStringLiteral("failed")).toInteger(), static_cast<qint64>(s.failedCount));
        EXPECT_EQ(totals.value(QStringLiteral("cancelled")).toInteger(),
                  static_cast<qint64>(s.cancelledCount));
        const QJsonObject byClass = totals.value(QStringLiteral("failures")).toObject();
        EXPECT_EQ(byClass.value(QStringLiteral("http_429")).toInteger(),
                  static_cast<qint64>(s.total.failures[static_cast<int>(FailureClass::RateLimited)]));
        EXPECT_EQ(byClass.value(QStringLiteral("stream_error")).toInteger(),
                  static_cast<qint64>(s.total.failures[static_cast<int>(FailureClass::StreamError)]));
        EXPECT_FALSE(byClass.contains(QStringLiteral("none")));
        EXPECT_FALSE(byClass.contains(QStringLiteral("cancelled")));
        const QJsonObject v = t.value(QStringLiteral("verdict")).toObject();
        EXPECT_DOUBLE_EQ(v.value(QStringLiteral("peak_qps_ok")).toDouble(), s.verdict.peakQpsOk);
        EXPECT_DOUBLE_EQ(v.value(QStringLiteral("peak_qps")).toDouble(), s.verdict.peakQps);
        EXPECT_EQ(v.value(QStringLiteral("users_at_peak")).toInt(), s.verdict.usersAtPeak);
        EXPECT_EQ(v.value(QStringLiteral("knee_users")).toInt(), s.verdict.kneeUsers);
        EXPECT_EQ(v.value(QStringLiteral("reason")).toString(), kneeReasonKey(s.verdict.reason));
        EXPECT_EQ(v.value(QStringLiteral("explanation")).toString(), s.verdict.explanation);
        EXPECT_TRUE(v.contains(QStringLiteral("generator_bound")));
        // Max QPS under the SLO, beside the raw peak.
        const QJsonObject slo = v.value(QStringLiteral("slo")).toObject();
        ASSERT_TRUE(s.verdict.slo.met) << s.verdict.slo.explanation.toStdString();
        EXPECT_TRUE(slo.value(QStringLiteral("met")).toBool());
        EXPECT_DOUBLE_EQ(slo.value(QStringLiteral("max_qps_ok")).toDouble(), s.verdict.slo.maxQpsOk);
        EXPECT_EQ(slo.value(QStringLiteral("users")).toInt(), s.verdict.slo.users);
        EXPECT_EQ(slo.value(QStringLiteral("step")).toInt(), s.verdict.slo.step);
        EXPECT_EQ(slo.value(QStringLiteral("explanation")).toString(), s.verdict.slo.explanation);
        // Deltas and the server's output tokens, counted and per second of the load phase.
        EXPECT_EQ(totals.value(QStringLiteral("deltas")).toInteger(), static_cast<qint64>(s.total.deltas));
        EXPECT_EQ(totals.value(QStringLiteral("output_tokens")).toInteger(),
                  static_cast<qint64>(s.total.outputTokens));
        const double seconds = s.snapshots.back().tEndS;
        EXPECT_NEAR(totals.value(QStringLiteral("deltas_per_s")).toDouble(), double(s.total.deltas) / seconds,
                    1e-9);
        EXPECT_NEAR(totals.value(QStringLiteral("output_tokens_per_s")).toDouble(),
                    double(s.total.outputTokens) / seconds, 1e-9);
        EXPECT_EQ(s.total.outputTokens > 0, i == 1) << "only the second target's server reports usage";
        const QJsonArray th = t.value(QStringLiteral("thresholds")).toArray();
        ASSERT_EQ(th.size(), 1);
        EXPECT_EQ(th[0].toObject().value(QStringLiteral("metric")).toString(),
                  QStringLiteral("latency_p95_ms"));
        EXPECT_TRUE(th[0].toObject().contains(QStringLiteral("passed")));
        EXPECT_EQ(th[0].toObject().value(QStringLiteral("per_step")).toBool(), i == 1);
        EXPECT_EQ(th[0].toObject().value(QStringLiteral("abort_on_fail")).toBool(), i == 1);
        EXPECT_FALSE(th[0].toObject().value(QStringLiteral("aborted")).toBool(true));
    }
    // Nothing secret anywhere in the folder.
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        EXPECT_FALSE(readFile(f).contains("sekret-token-123")) << f.toStdString();
    }
}

TEST_F(RunWriterTest, PlanJsonRedactsCredentialHeadersAndUrlUserInfo)
{
    m_plan.targets[1].url = QStringLiteral("https://bob:hunter2@app-2.example.invalid/?api_key=zzz");
    m_plan.targets[1].headers.push_back({QStringLiteral("Cookie"), QStringLiteral("session=abc")});
    const QString dir = writeRun(runs(), QStringLiteral("redact"), m_plan, m_targets);
    const QByteArray plan = readFile(dir + QStringLiteral("/plan.json"));
    EXPECT_FALSE(plan.contains("sekret-token-123"));
    EXPECT_FALSE(plan.contains("hunter2"));
    EXPECT_FALSE(plan.contains("zzz"));
    EXPECT_FALSE(plan.contains("session=abc"));
    EXPECT_TRUE(plan.contains("<redacted>"));
    EXPECT_TRUE(plan.contains("visible-value")); // an ordinary header is kept
    const QJsonObject run = readJson(dir + QStringLiteral("/run.json"));
    EXPECT_FALSE(readFile(dir + QStringLiteral("/run.json")).contains("hunter2"));
    EXPECT_EQ(
        run.value(QStringLiteral("targets")).toArray()[1].toObject().value(QStringLiteral("url")).toString(),
        QStringLiteral("https://app-2.example.invalid/?api_key=%3Credacted%3E"));
}

TEST_F(RunWriterTest, NeverClobbersAnExistingRun)
{
    const QString a = writeRun(runs(), QStringLiteral("same"), m_plan, m_targets);
    const QString b = writeRun(runs(), QStringLiteral("same"), m_plan, m_targets);
    const QString c = writeRun(runs(), QStringLiteral("same"), m_plan, m_targets);
    EXPECT_TRUE(a.endsWith(QStringLiteral("/same")));
    EXPECT_TRUE(b.endsWith(QStringLiteral("/same-2")));
    EXPECT_TRUE(c.endsWith(QStringLiteral("/same-3")));
    EXPECT_EQ(readJson(b + QStringLiteral("/run.json")).value(QStringLiteral("run_name")).toString(),
              QStringLiteral("same-2"));
    // An empty folder of that name (made by hand, say) is used as it is.
    ASSERT_TRUE(QDir().mkpath(runs() + QStringLiteral("/empty")));
    RunWriter w;
    ASSERT_TRUE(w.open(runs(), QStringLiteral("empty"), m_plan));
    EXPECT_EQ(w.runName(), QStringLiteral("empty"));
    // A hostile run name stays inside the runs folder.
    RunWriter h;
    ASSERT_TRUE(h.open(runs(), QStringLiteral("../../escape"), m_plan));
    EXPECT_EQ(QFileInfo(h.runDir()).dir().absolutePath(), QDir(runs()).absolutePath());
    EXPECT_EQ(h.runName(), QStringLiteral("escape"));
}

TEST_F(RunWriterTest, LabelsBecomeSafeUniqueFolders)
{
    TestPlan plan = reportPlan(5);
    plan.targets[0].label = QStringLiteral("../../etc");
    plan.targets[1].label = QStringLiteral("etc"); // collides with the first once sanitised
    plan.targets[2].label = QStringLiteral("größe <script>");
    plan.targets[3].label = QStringLiteral("run.json"); // a file of the run folder
    plan.targets[4].label = QString();
    RunWriter w;
    ASSERT_TRUE(w.open(runs(), QStringLiteral("labels"), plan));
    const SyntheticTarget s = makeTarget(0, plan.saturation, 1, 2);
    for (int i = 0; i < 5; ++i)
        streamTarget(w, i, plan.targets[static_cast<size_t>(i)], s);
    EXPECT_EQ(QFileInfo(w.targetDir(0)).fileName(), QStringLiteral("etc"));
    EXPECT_EQ(QFileInfo(w.targetDir(1)).fileName(), QStringLiteral("etc-2"));
    EXPECT_EQ(QFileInfo(w.targetDir(2)).fileName(), QStringLiteral("größe_script"));
    EXPECT_EQ(QFileInfo(w.targetDir(3)).fileName(), QStringLiteral("run.json-2"));
    EXPECT_EQ(QFileInfo(w.targetDir(4)).fileName(), QStringLiteral("target-5"));
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(QFileInfo(w.targetDir(i)).dir().absolutePath(), w.runDir()) << i;
        EXPECT_TRUE(QFileInfo::exists(w.targetDir(i) + QStringLiteral("/steps.csv"))) << i;
    }
    // run.json keeps the label as written, next to its folder name.
    const QJsonArray targets =
        readJson(w.runDir() + QStringLiteral("/run.json")).value(QStringLiteral("targets")).toArray();
    EXPECT_EQ(targets[2].toObject().value(QStringLiteral("label")).toString(),
              QStringLiteral("größe <script>"));
    EXPECT_EQ(targets[2].toObject().value(QStringLiteral("dir")).toString(), QStringLiteral("größe_script"));
}

TEST_F(RunWriterTest, StreamedFilesAreOnDiskBeforeTheTargetEnds)
{
    RunWriter w;
    ASSERT_TRUE(w.open(runs(), QStringLiteral("stream"), m_plan));
    ASSERT_TRUE(w.beginTarget(0, m_plan.targets[0], kOriginNs));
    const SyntheticTarget &s = m_targets[0];
    w.appendRequests(&s.records[s.batches[0].front()], s.batches[0].size(), nullptr);
    w.appendInterval(s.snapshots[0], s.cumulative[0]); // a snapshot flushes everything
    const QString t = w.targetDir(0);
    EXPECT_EQ(readLines(t + QStringLiteral("/requests.csv")).size(),
              static_cast<qsizetype>(s.batches[0].size()) + 1);
    EXPECT_EQ(readLines(t + QStringLiteral("/timeseries.csv")).size(), 2);
    EXPECT_EQ(readLines(t + QStringLiteral("/results_stats_history.csv")).size(), 3);
    EXPECT_FALSE(QFileInfo::exists(t + QStringLiteral("/steps.csv")));
    const QJsonObject run = readJson(w.runDir() + QStringLiteral("/run.json"));
    EXPECT_EQ(run.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    EXPECT_EQ(run.value(QStringLiteral("targets"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("running"));
    EXPECT_TRUE(w.error().isEmpty());
}

TEST_F(RunWriterTest, MisuseFailsCleanly)
{
    RunWriter w;
    QString err;
    EXPECT_FALSE(w.beginTarget(0, m_plan.targets[0], 0, &err));
    EXPECT_FALSE(err.isEmpty());
    w.appendRequests(m_targets[0].records.data(), 3, nullptr); // ignored, no crash
    w.appendInterval(m_targets[0].snapshots[0], m_targets[0].cumulative[0]);
    EXPECT_FALSE(w.finishTarget({}, {}, {}, QStringLiteral("completed"), &err));
    EXPECT_FALSE(w.finish(RunSummary(), &err));
    ASSERT_TRUE(w.open(runs(), QStringLiteral("misuse"), m_plan, &err));
    EXPECT_FALSE(w.open(runs(), QStringLiteral("again"), m_plan, &err));
    EXPECT_FALSE(w.finishTarget({}, {}, {}, QStringLiteral("completed"), &err));
    // A file where the runs folder should be.
    QFile blocker(m_tmp.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RunWriter x;
    EXPECT_FALSE(x.open(blocker.fileName(), QStringLiteral("r"), m_plan, &err));
    EXPECT_TRUE(err.contains(blocker.fileName())) << err.toStdString();
}
