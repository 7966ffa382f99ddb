#include "core/report/locustformat.h"
#include "core/report/runloader.h"
#include "reporttestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

constexpr double kT0 = 1700000000;

void writeText(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

// A Locust 2.x --csv output of the locustfile.py of Databricks' load-testing guide: POST /invocations plus a
// custom "TTFT" entry that Locust counts as requests too. Users 10 for 20 s (10 QPS), a one-second spawn blip
// at 15, users 20 for 20 s (18 QPS); 1 % failures. fullHistory = --csv-full-history (per-entry rows, not only
// Aggregated).
void writeLocust(const QString &dir, const QString &prefix, bool fullHistory)
{
    QByteArray stats = QByteArray(locust::kStatsHeader) + "\n";
    stats += "POST,/"
             "invocations,560,6,820,850.5,700,2100,9000,14.0,0.15,820,850,870,880,950,1000,1200,1500,2000,"
             "2100,2100\n";
    stats += "SSE,TTFT,560,0,45,50,30,300,0,14.0,0,45,47,49,50,60,70,90,120,250,300,300\n";
    stats += ",Aggregated,1120,6,400,450,30,2100,4500,28.0,0.15,400,800,820,840,900,990,1100,1400,2000,2100,"
             "2100\n";
    writeText(dir + QLatin1Char('/') + prefix + QStringLiteral("_stats.csv"), stats);

    QByteArray h = QByteArray(locust::kHistoryHeader) + "\n";
    double total = 0, failed = 0;
    auto row = [&](double t, int users, const char *type, const char *name, double rps, double fps,
                   double tot, double fail, double p50) {
        h += QByteArray::number(static_cast<qint64>(t)) + "," + QByteArray::number(users) + "," + type + "," +
             name + "," + num(rps) + "," + num(fps);
        for (int i = 0; i < 11; ++i)
            h += "," + (tot > 0 ? num(p50 + i * 10) : QByteArray("N/A"));
        h += "," + QByteArray::number(static_cast<qint64>(tot)) + "," +
             QByteArray::number(static_cast<qint64>(fail)) + "," + num(p50) + "," + num(p50 + 5) +
             ",30.00,2100.00,9000.00\n";
    };
    row(kT0 - 1, 0, "", "Aggregated", 0, 0, 0, 0, 0); // before any user: ignored
    for (int s = 0; s < 41; ++s) {
        const int users = s < 20 ? 10 : (s == 20 ? 15 : 20);
        const double qps = s < 20 ? 10 : (s == 20 ? 14 : 18);
        total += qps;
        failed += s % 10 == 0 ? 1 : 0;
        const double p50 = users == 10 ? 800 : 900;
        if (fullHistory) {
            row(kT0 + s, users, "POST", "/invocations", qps, 0.1, total, failed, p50);
            row(kT0 + s, users, "SSE", "TTFT", qps, 0, total, 0, 40 + users);
        }
        row(kT0 + s, users, "", "Aggregated", 2 * qps, 0.1, 2 * total, failed, p50 / 2);
    }
    writeText(dir + QLatin1Char('/') + prefix + QStringLiteral("_stats_history.csv"), h);
}

} // namespace

TEST(LocustImport, DatabricksGuideLayoutBecomesOneTargetPerLabelWithStepsByUserCount)
{
    QTemporaryDir tmp;
    const QString run = tmp.filePath(QStringLiteral("overnight"));
    for (const char *label : {"my-app-medium-w2", "my-app-large-w8"}) {
        ASSERT_TRUE(QDir().mkpath(run + QLatin1Char('/') + QLatin1String(label)));
        writeLocust(run + QLatin1Char('/') + QLatin1String(label), QStringLiteral("results"), true);
    }
    writeText(run + QStringLiteral("/test_config.json"), "{}");
    LoadedRun r;
    QString err;
    ASSERT_TRUE(RunLoader::loadAny(run, &r, &err)) << err.toStdString();
    EXPECT_EQ(r.source, QStringLiteral("locust"));
    EXPECT_EQ(r.summary.runName, QStringLiteral("overnight"));
    ASSERT_EQ(r.targets.size(), 2u);
    const LoadedTarget &t = r.targets[1]; // sorted by folder name: medium second
    EXPECT_EQ(t.summary.label, QStringLiteral("my-app-medium-w2"));
    EXPECT_EQ(t.summary.computeSize, QStringLiteral("medium"));
    EXPECT_EQ(r.targets[0].summary.computeSize, QStringLiteral("large"));
    // TTFT samples are not requests.
    EXPECT_EQ(t.summary.totals.requests, 560u);
    EXPECT_EQ(t.summary.totals.failed, 6u);
    EXPECT_DOUBLE_EQ(t.summary.latency.p50Ms, 820);
    EXPECT_DOUBLE_EQ(t.summary.latency.p95Ms, 1000);
    EXPECT_DOUBLE_EQ(t.summary.ttft.p50Ms, 45);
    // Two plateaus; the one-second spawn blip at 15 users is not a step.
    ASSERT_EQ(t.steps.size(), 2u);
    EXPECT_EQ(t.steps[0].users, 10);
    EXPECT_EQ(t.steps[1].users, 20);
    EXPECT_NEAR(t.steps[0].qps, 10.0, 1e-9);
    EXPECT_NEAR(t.steps[1].qps, 18.0, 1e-9);
    EXPECT_DOUBLE_EQ(t.steps[1].latency.p50Ms, 900);
    EXPECT_DOUBLE_EQ(t.steps[1].ttft.p50Ms, 60);
    EXPECT_TRUE(t.summary.verdict.hasData);
    EXPECT_EQ(t.summary.verdict.usersAtPeak, 20);
    EXPECT_EQ(t.timeseries.size(), 42u);
    EXPECT_DOUBLE_EQ(t.summary.durationS, 41);
}

TEST(LocustImport, AggregatedOnlyHistoryIsScaledBackToRequests)
{
    QTemporaryDir tmp;
    writeLocust(tmp.path(), QStringLiteral("lt"), false);
    LoadedRun r;
    QString err;
    ASSERT_TRUE(RunLoader::loadLocust(tmp.filePath(QStringLiteral("lt_stats.csv")), &r, &err))
        << err.toStdString();
    ASSERT_EQ(r.targets.size(), 1u);
    EXPECT_EQ(r.targets[0].summary.label, QStringLiteral("lt"));
    ASSERT_EQ(r.targets[0].steps.size(), 2u);
    // Aggregated counted every request twice (request + TTFT); stats.csv gives the share (560 / 1120).
    EXPECT_NEAR(r.targets[0].steps[0].qps, 10.0, 1e-9);
    EXPECT_NEAR(r.targets[0].steps[1].qps, 18.0, 1e-9);
    EXPECT_TRUE(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("scaled")))
        << r.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(LocustImport, ErrorsNameTheFileAndLine)
{
    QTemporaryDir tmp;
    writeLocust(tmp.path(), QStringLiteral("x"), true);
    LoadedRun r;
    QString err;
    const QString history = tmp.filePath(QStringLiteral("x_stats_history.csv"));
    QFile f(history);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    QList<QByteArray> cells = lines[5].split(',');
    cells[4] = "lots";
    lines[5] = cells.join(',');
    writeText(history, lines.join('\n'));
    EXPECT_FALSE(RunLoader::loadLocust(tmp.path(), &r, &err));
    EXPECT_TRUE(err.contains(QStringLiteral("x_stats_history.csv line 6, column Requests/s")))
        << err.toStdString();

    writeText(tmp.filePath(QStringLiteral("x_stats.csv")), "Type,Name\nPOST,/x\n");
    EXPECT_FALSE(RunLoader::loadLocust(tmp.path(), &r, &err));
    EXPECT_TRUE(err.contains(QStringLiteral("missing column \"Request Count\""))) << err.toStdString();

    QTemporaryDir empty;
    EXPECT_FALSE(RunLoader::loadAny(empty.path(), &r, &err));
    EXPECT_FALSE(RunLoader::loadAny(empty.filePath(QStringLiteral("nope")), &r, &err));
    EXPECT_TRUE(err.contains(QStringLiteral("nope")));
}

TEST(LocustImport, PlateauRunsReadAsLocustToo)
{
    // Scripts written for Locust's CSVs must read a Plateau run; our own importer is such a script.
    QTemporaryDir tmp;
    const TestPlan plan = reportPlan(2);
    std::vector<SyntheticTarget> targets;
    for (int i = 0; i < 2; ++i)
        targets.push_back(makeTarget(i, plan.saturation));
    const QString dir = writeRun(tmp.filePath(QStringLiteral("runs")), QStringLiteral("r1"), plan, targets);
    LoadedRun r;
    QString err;
    ASSERT_TRUE(RunLoader::loadLocust(dir, &r, &err)) << err.toStdString();
    ASSERT_EQ(r.targets.size(), 2u);
    for (size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(r.targets[i].summary.label, plan.targets[i].label);
        EXPECT_EQ(r.targets[i].summary.totals.requests, targets[i].total.completed);
        EXPECT_EQ(r.targets[i].summary.totals.failed, targets[i].total.failed());
        EXPECT_NEAR(r.targets[i].summary.latency.p50Ms, targets[i].total.latency.percentile(0.5) / 1000.0,
                    0.005);
    }
}
