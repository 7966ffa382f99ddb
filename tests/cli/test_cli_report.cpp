// `plateau report` end to end: one run rewrites its dashboard, two runs are a baseline-vs-candidate check
// (table on stdout, comparison page, exit 0/1), repeats with --baseline/--candidate, --compare, --help and
// bad input (exit 2). The runs are synthetic run folders written with the report tests' helpers.

#include "core/plan/planio.h"
#include "tests/report/reporttestdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;
using namespace plateau::test;

namespace {

struct Result
{
    int code = -1;
    QString out, err;
};

Result report(const QStringList &args, const QString &cwd = QString())
{
    QProcess p;
    p.setProgram(QStringLiteral(PLATEAU_BINARY));
    p.setArguments(QStringList{QStringLiteral("report")} + args);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start();
    EXPECT_TRUE(p.waitForStarted());
    EXPECT_TRUE(p.waitForFinished(120000)) << args.join(' ').toStdString();
    Result r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

std::string both(const Result &r)
{
    const QString text = QStringLiteral("exit ") + QString::number(r.code) + QStringLiteral("\nstdout:\n") +
                         r.out + QStringLiteral("\nstderr:\n") + r.err;
    return text.toStdString();
}

class CliReport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_tmp.isValid());
        m_plan = reportPlan(2);
    }
    // A run whose configurations saturate at `ceiling` QPS (the second one 4 higher).
    QString runAt(const QString &name, double ceiling)
    {
        std::vector<SyntheticTarget> targets;
        for (int i = 0; i < 2; ++i)
            targets.push_back(makeTarget(i, m_plan.saturation, 5, 6, ceiling));
        return writeRun(m_tmp.filePath(QStringLiteral("runs")), name, m_plan, targets);
    }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QTemporaryDir m_tmp;
    TestPlan m_plan;
};

} // namespace

TEST_F(CliReport, TwoRunsAreABaselineAgainstCandidateCheck)
{
    const QString base = runAt(QStringLiteral("base"), 24), same = runAt(QStringLiteral("same"), 24),
                  slower = runAt(QStringLiteral("slower"), 16);
    const QString html = path(QStringLiteral("check.html"));

    const Result bad = report({base, slower, QStringLiteral("--out"), html});
    EXPECT_EQ(bad.code, 1) << both(bad);
    EXPECT_TRUE(bad.out.contains(
        QStringLiteral("Regression check: candidate slower (1 run) against baseline base (1 run)")))
        << both(bad);
    for (const char *s : {"Configuration", "Peak QPS ok", "Latency p95 ms", "TTFT p95 ms", "Failure rate %",
                          "cfg-1", "cfg-2", "REGRESSION", "Result: REGRESSION in 2 of 2 configuration(s)"})
        EXPECT_TRUE(bad.out.contains(QString::fromUtf8(s))) << s << "\n" << both(bad);
    // Where the page went, as an absolute path, and the verdict as the last word.
    EXPECT_TRUE(
        bad.out.contains(QStringLiteral("plateau report: wrote ") + QFileInfo(html).absoluteFilePath()))
        << both(bad);
    EXPECT_TRUE(bad.out.trimmed().endsWith(QStringLiteral("plateau report: REGRESSION (exit 1)")))
        << both(bad);
    const QByteArray page = readFile(html);
    EXPECT_TRUE(page.contains("<section id=\"regression\" data-regression=\"true\">"));
    EXPECT_TRUE(page.contains("id=\"comparison\"")); // the runs side by side, as before, below the check

    const Result ok = report({base, same, QStringLiteral("--out"), html});
    EXPECT_EQ(ok.code, 0) << both(ok);
    EXPECT_TRUE(ok.out.contains(QStringLiteral("Result: no regression (2 configuration(s) compared)")))
        << both(ok);
    EXPECT_TRUE(ok.out.trimmed().endsWith(QStringLiteral("plateau report: no regression (exit 0)")))
        << both(ok);
    EXPECT_TRUE(readFile(html).contains("data-regression=\"false\""));

    // The other way round the slower run is the baseline: everything improved, no regression.
    const Result better = report({slower, base, QStringLiteral("--out"), html});
    EXPECT_EQ(better.code, 0) << both(better);
    EXPECT_TRUE(better.out.contains(QStringLiteral("better"))) << both(better);
}

TEST_F(CliReport, ToleranceDefaultOutputAndSvg)
{
    const QString base = runAt(QStringLiteral("base"), 24), slower = runAt(QStringLiteral("slower"), 22);
    // Without --out the page goes to ./comparison.html, as the several-runs page always did.
    const Result r = report({base, slower, QStringLiteral("--svg")}, m_tmp.path());
    EXPECT_EQ(r.code, 1) << both(r);
    const QString html = QDir(m_tmp.path()).filePath(QStringLiteral("comparison.html"));
    EXPECT_TRUE(QFileInfo::exists(html)) << both(r);
    EXPECT_TRUE(r.out.contains(QStringLiteral("wrote ") + QFileInfo(html).absoluteFilePath())) << both(r);
    EXPECT_TRUE(readFile(html).contains("\"renderer\":\"svg\""));
    // A tolerance wide enough lets the same change pass.
    const Result wide = report({base, slower, QStringLiteral("--tolerance"), QStringLiteral("50"),
                                QStringLiteral("--failure-tolerance"), QStringLiteral("5")},
                               m_tmp.path());
    EXPECT_EQ(wide.code, 0) << both(wide);
    EXPECT_TRUE(
        wide.out.contains(QStringLiteral("by more than 50% of the baseline (failure rate: 5 percentage "
                                         "points)")))
        << both(wide);
}

TEST_F(CliReport, RepeatsAsGroupsShowMeanAndSd)
{
    QStringList base, cand;
    for (int i = 0; i < 3; ++i) {
        base.append(runAt(QStringLiteral("r%1").arg(i + 1), 24 + i));
        cand.append(runAt(QStringLiteral("r%1").arg(i + 4), 15 + i));
    }
    const QString html = path(QStringLiteral("repeats.html"));
    const Result r =
        report(QStringList{QStringLiteral("--baseline")} + base + QStringList{QStringLiteral("--candidate")} +
               cand + QStringList{QStringLiteral("--out"), html});
    EXPECT_EQ(r.code, 1) << both(r);
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("candidate r4, r5, r6 (3 runs) against baseline r1, r2, r3 (3 runs)")))
        << both(r);
    EXPECT_TRUE(r.out.contains(QStringLiteral(" ± "))) << both(r);
    EXPECT_TRUE(r.out.contains(QStringLiteral("more than 2 sd of the repeats"))) << both(r);
    EXPECT_TRUE(readFile(html).contains("data-regression=\"true\""));
    // The same groups against themselves: no regression, whatever the noise.
    const Result same = report(QStringList{QStringLiteral("--baseline=") + base[0], base[1], base[2],
                                           QStringLiteral("--candidate")} +
                               base + QStringList{QStringLiteral("--out"), html});
    EXPECT_EQ(same.code, 0) << both(same);
}

TEST_F(CliReport, OneRunSeveralRunsAndCompareKeepTheirPages)
{
    const QString a = runAt(QStringLiteral("a"), 24), b = runAt(QStringLiteral("b"), 16),
                  c = runAt(QStringLiteral("c"), 20);
    QFile::remove(a + QStringLiteral("/dashboard.html"));
    const Result one = report({a});
    EXPECT_EQ(one.code, 0) << both(one);
    EXPECT_TRUE(QFileInfo::exists(a + QStringLiteral("/dashboard.html")));
    EXPECT_FALSE(one.out.contains(QStringLiteral("Regression check")));
    // Three runs: the comparison page, no check, exit 0 however they differ.
    const QString html = path(QStringLiteral("three.html"));
    const Result three = report({a, b, c, QStringLiteral("--out"), html});
    EXPECT_EQ(three.code, 0) << both(three);
    EXPECT_FALSE(three.out.contains(QStringLiteral("Regression check"))) << both(three);
    EXPECT_TRUE(readFile(html).contains("id=\"comparison\""));
    EXPECT_FALSE(readFile(html).contains("id=\"regression\""));
    // --compare: two runs side by side as `plateau report A B` showed them before it became a check.
    const Result cmp = report({QStringLiteral("--compare"), a, b, QStringLiteral("--out"), html});
    EXPECT_EQ(cmp.code, 0) << both(cmp);
    EXPECT_FALSE(cmp.out.contains(QStringLiteral("Regression check"))) << both(cmp);
    EXPECT_FALSE(readFile(html).contains("id=\"regression\""));
}

TEST_F(CliReport, HelpListsEveryOption)
{
    for (const char *flag : {"--help", "-h"}) {
        const Result h = report({QString::fromLatin1(flag)});
        EXPECT_EQ(h.code, 0) << both(h);
        EXPECT_TRUE(h.err.isEmpty()) << both(h);
        for (const char *s :
             {"--out FILE", "RUN_DIR/dashboard.html", "./comparison.html", "--svg", "--baseline RUN...",
              "--candidate RUN...", "--tolerance PCT", "(default 5)", "--failure-tolerance PP", "(default 1)",
              "--compare", "Exit status: 0", "1 a regression", "2 bad input"})
            EXPECT_TRUE(h.out.contains(QString::fromLatin1(s))) << s << "\n" << both(h);
    }
}

TEST_F(CliReport, BadInputIsExitTwoAndSaysWhatToFix)
{
    const QString a = runAt(QStringLiteral("a"), 24), b = runAt(QStringLiteral("b"), 24);
    struct Case
    {
        QStringList args;
        const char *says;
    };
    const std::vector<Case> cases = {
        {{a, b, QStringLiteral("--tolerance"), QStringLiteral("five")},
         "--tolerance must be a number from 0 to 1000"},
        {{a, b, QStringLiteral("--tolerance"), QStringLiteral("-3")},
         "--tolerance must be a number from 0 to 1000"},
        {{a, b, QStringLiteral("--failure-tolerance"), QStringLiteral("200")},
         "--failure-tolerance must be a number from 0 to 100"},
        {{a, QStringLiteral("--tolerance"), QStringLiteral("5")},
         "--tolerance belongs to a regression check"},
        {{QStringLiteral("--compare"), a, b, QStringLiteral("--tolerance"), QStringLiteral("5")},
         "--tolerance belongs to a regression check"},
        {{QStringLiteral("--baseline"), a}, "--candidate needs at least one run folder"},
        {{QStringLiteral("--candidate"), a}, "--baseline needs at least one run folder"},
        {{a, QStringLiteral("--baseline"), a, QStringLiteral("--candidate"), b}, "not both"},
        {{QStringLiteral("--compare"), QStringLiteral("--baseline"), a, QStringLiteral("--candidate"), b},
         "--compare shows runs without a check"},
        {{a, path(QStringLiteral("no-such-run"))}, "no-such-run"},
        {{}, "name at least one run folder"},
        {{a, QStringLiteral("--bogus")}, "bogus"},
    };
    for (const Case &c : cases) {
        const Result r = report(c.args, m_tmp.path());
        EXPECT_EQ(r.code, 2) << c.args.join(' ').toStdString() << "\n" << both(r);
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(c.says))) << c.says << "\n" << both(r);
        EXPECT_FALSE(r.out.contains(QStringLiteral("wrote"))) << both(r);
    }
}

// The real thing: a target nothing listens for fails its health check, and the dashboard of the run says
// so at the top, with the reason.
TEST(CliReportRun, AFailedHealthCheckIsABannerOnTheDashboard)
{
    QTemporaryDir dir;
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:9")); // discard port: nothing listens
    plan.health.attempts = 1;
    plan.request.connectTimeoutS = 2;
    const QString planPath = dir.filePath(QStringLiteral("dead.plateau.json"));
    QFile f(planPath);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(planToJson(plan));
    f.close();
    QProcess p;
    p.start(QStringLiteral(PLATEAU_BINARY),
            {QStringLiteral("run"), planPath, QStringLiteral("--out"), dir.filePath(QStringLiteral("runs")),
             QStringLiteral("--run-name"), QStringLiteral("dead")});
    ASSERT_TRUE(p.waitForFinished(120000));
    EXPECT_EQ(p.exitCode(), 1);
    const QByteArray html = readFile(dir.filePath(QStringLiteral("runs/dead/dashboard.html")));
    const qsizetype banner = html.indexOf("<div class=\"banner bad\" id=\"skipped-0\" role=\"alert\">");
    ASSERT_GE(banner, 0) << html.left(3000).constData();
    EXPECT_LT(banner, html.indexOf("<section id=\"kpis\""));
    const QByteArray text = html.mid(banner, html.indexOf("</div>", banner) - banner);
    EXPECT_TRUE(text.contains("was not load-tested: health check failed 1 of 1 attempts to "
                              "http://127.0.0.1:9/invocations: connect: nothing listens on 127.0.0.1:9"))
        << text.constData();
}
