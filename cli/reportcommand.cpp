#include "cli/commands.h"
#include "core/report/dashboard.h"
#include "core/report/regression.h"
#include "core/report/runloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <cmath>
#include <tuple>
#include <utility>

namespace plateau {

namespace {

// The command's own texts, for the translation catalogue.
struct ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

QString usageText()
{
    return ReportCommand::tr(
        "usage:\n"
        "  plateau report RUN_DIR [--out FILE] [--svg]\n"
        "  plateau report BASELINE CANDIDATE [--tolerance PCT] [--failure-tolerance PP] [--out FILE] "
        "[--svg]\n"
        "  plateau report --baseline RUN... --candidate RUN... [--tolerance PCT] [--failure-tolerance PP]\n"
        "                 [--out FILE] [--svg]\n"
        "  plateau report --compare RUN RUN... [--out FILE] [--svg]\n"
        "  plateau report RUN RUN RUN... [--out FILE] [--svg]\n"
        "\n"
        "One run folder: (re)writes RUN_DIR/dashboard.html.\n"
        "Two runs: a regression check of the candidate (the second) against the baseline (the first): per\n"
        "configuration (target label) peak QPS ok, latency p95, TTFT p95 and failure rate, their change and "
        "a\n"
        "verdict, as a table on stdout and at the top of the comparison page. A regression is a change for "
        "the\n"
        "worse (QPS down; latency, TTFT, failures up) by more than the tolerance. A configuration the "
        "candidate\n"
        "lacks, skipped or left without a successful request is a regression too.\n"
        "Repeats (the r1..r5 loop): --baseline r1 r2 r3 --candidate r4 r5 r6 compares the means (shown as\n"
        "mean ± sd); a change is a regression only when it also exceeds 2 standard deviations of either "
        "group.\n"
        "Three or more runs, or --compare: the comparison page of the runs side by side, no check.\n"
        "\n"
        "Options:\n"
        "  --out FILE              where to write the HTML (default: RUN_DIR/dashboard.html for one run\n"
        "                          folder, ./comparison.html otherwise)\n"
        "  --svg                   draw the charts with the built-in SVG renderer, not Chart.js\n"
        "  --baseline RUN...       the baseline runs of a check (every run up to the next option)\n"
        "  --candidate RUN...      the candidate runs of a check\n"
        "  --tolerance PCT         the change in peak QPS ok, latency p95 and TTFT p95, in percent of the\n"
        "                          baseline, that is still no regression (default 5)\n"
        "  --failure-tolerance PP  the rise of the failure rate, in percentage points, that is still no\n"
        "                          regression (default 1)\n"
        "  --compare               several runs side by side without a check, exit 0 (what `plateau report A "
        "B`\n"
        "                          did before it became a check)\n"
        "  -h, --help              this text\n"
        "\n"
        "RUN is a Plateau run folder or a Locust *_stats.csv file (its *_stats_history.csv beside it).\n"
        "Exit status: 0 written, and no regression; 1 a regression; 2 bad input, or a run or file that "
        "could\n"
        "not be read or written.\n");
}

// --baseline and --candidate take every argument up to the next option, so a shell glob works
// (--baseline runs/base-r* --candidate runs/new-r*). They are taken out before QCommandLineParser, which
// gives an option a single value.
struct Groups
{
    QStringList baseline, candidate, rest;
    bool named = false; // either flag was given
};

Groups splitGroups(const QStringList &args)
{
    Groups g;
    QStringList *into = nullptr;
    for (const QString &a : args) {
        QStringList *flag = nullptr;
        QString value;
        for (const auto &[name, list] :
             {std::pair<QLatin1String, QStringList *>{QLatin1String("--baseline"), &g.baseline},
              std::pair<QLatin1String, QStringList *>{QLatin1String("--candidate"), &g.candidate}}) {
            if (a == name) {
                flag = list;
            } else if (a.startsWith(name + QLatin1Char('='))) {
                flag = list;
                value = a.mid(name.size() + 1);
            }
        }
        if (flag) {
            into = flag;
            g.named = true;
            if (!value.isEmpty())
                into->append(value);
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            into = nullptr; // another option ends the group
        (into ? *into : g.rest).append(a);
    }
    return g;
}

bool parsePercent(const QString &text, double max, double *out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > max)
        return false;
    *out = v;
    return true;
}

bool loadRuns(const QStringList &paths, std::vector<LoadedRun> *runs, QTextStream &err)
{
    for (const QString &path : paths) {
        LoadedRun run;
        QString error;
        if (!RunLoader::loadAny(path, &run, &error)) {
            err << "plateau report: " << path << ": " << error << Qt::endl;
            return false;
        }
        for (const QString &w : run.warnings)
            err << "plateau report: " << path << ": " << ReportCommand::tr("warning: ") << w << Qt::endl;
        runs->push_back(std::move(run));
    }
    return true;
}

} // namespace

// plateau report --help for every form; the command's exit codes: 0 written (no regression), 1 regression,
// 2 bad input or a failed read or write.
int cmdReport(const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << usageText() << Qt::flush;
        return 0;
    }
    const Groups groups = splitGroups(args);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("runs"),
                            QStringLiteral("run folders or Locust *_stats.csv files"));
    p.addOption({QStringLiteral("out"), QStringLiteral("where to write the HTML"), QStringLiteral("file")});
    p.addOption({QStringLiteral("svg"), QStringLiteral("draw with the built-in SVG renderer, not Chart.js")});
    p.addOption(
        {QStringLiteral("compare"), QStringLiteral("several runs side by side, no regression check")});
    p.addOption(
        {QStringLiteral("tolerance"), QStringLiteral("allowed change in percent"), QStringLiteral("pct")});
    p.addOption({QStringLiteral("failure-tolerance"), QStringLiteral("allowed failure-rate rise in points"),
                 QStringLiteral("pp")});
    if (!p.parse(QStringList{QStringLiteral("plateau report")} + groups.rest)) {
        err << "plateau report: " << p.errorText() << "\n"
            << ReportCommand::tr("(plateau report --help)") << Qt::endl;
        return 2;
    }
    const QStringList paths = p.positionalArguments();
    const bool compareOnly = p.isSet(QStringLiteral("compare"));
    auto bad = [&err](const QString &why) {
        err << "plateau report: " << why << Qt::endl;
        return 2;
    };
    if (groups.named) {
        if (!paths.isEmpty())
            return bad(ReportCommand::tr("name the runs either as BASELINE CANDIDATE or after --baseline and "
                                         "--candidate, not both (left over: %1)")
                           .arg(paths.join(QLatin1Char(' '))));
        if (compareOnly)
            return bad(
                ReportCommand::tr("--compare shows runs without a check; it does not go with --baseline "
                                  "and --candidate"));
        if (groups.baseline.isEmpty())
            return bad(ReportCommand::tr("--baseline needs at least one run folder"));
        if (groups.candidate.isEmpty())
            return bad(ReportCommand::tr("--candidate needs at least one run folder"));
    } else if (paths.isEmpty()) {
        return bad(ReportCommand::tr("name at least one run folder (plateau report --help)"));
    }
    const bool check = groups.named || (paths.size() == 2 && !compareOnly);

    RegressionOptions ro;
    for (const auto &[name, max, field] :
         {std::tuple<QString, double, double *>{QStringLiteral("tolerance"), 1000.0, &ro.tolerancePct},
          std::tuple<QString, double, double *>{QStringLiteral("failure-tolerance"), 100.0,
                                                &ro.failureTolerancePp}}) {
        if (!p.isSet(name))
            continue;
        if (!check)
            return bad(
                ReportCommand::tr("--%1 belongs to a regression check: name two runs, or --baseline and "
                                  "--candidate")
                    .arg(name));
        if (!parsePercent(p.value(name), max, field))
            return bad(ReportCommand::tr("--%1 must be a number from 0 to %2 (e.g. 5), not '%3'")
                           .arg(name)
                           .arg(max)
                           .arg(p.value(name)));
    }

    std::vector<LoadedRun> runs, baseline, candidate;
    if (check) {
        const QStringList b = groups.named ? groups.baseline : QStringList{paths[0]};
        const QStringList c = groups.named ? groups.candidate : QStringList{paths[1]};
        if (!loadRuns(b, &baseline, err) || !loadRuns(c, &candidate, err))
            return 2;
        runs = baseline;
        runs.insert(runs.end(), candidate.begin(), candidate.end());
    } else if (!loadRuns(paths, &runs, err)) {
        return 2;
    }

    DashboardOptions options;
    options.forceSvg = p.isSet(QStringLiteral("svg"));
    RegressionReport report;
    if (check) {
        report = compareBaseline(baseline, candidate, ro);
        options.regression = &report;
        options.title =
            QStringLiteral("Plateau — %1 against %2")
                .arg(report.candidate.join(QStringLiteral(", ")), report.baseline.join(QStringLiteral(", ")));
        out << regressionTable(report) << Qt::flush;
    }
    QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        const bool singleRunFolder = !check && runs.size() == 1 && QFileInfo(paths.first()).isDir();
        target = singleRunFolder ? QDir(paths.first()).filePath(QStringLiteral("dashboard.html"))
                                 : QStringLiteral("comparison.html");
    }
    QString error;
    if (!writeDashboardFile(target, runs, &error, options)) {
        err << "plateau report: " << error << Qt::endl;
        return 2;
    }
    out << "plateau report: "
        << ReportCommand::tr("wrote %1").arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()))
        << Qt::endl;
    if (!check)
        return 0;
    out << "plateau report: "
        << (report.regression ? ReportCommand::tr("REGRESSION (exit 1)")
                              : ReportCommand::tr("no regression (exit 0)"))
        << Qt::endl;
    return report.regression ? 1 : 0;
}

} // namespace plateau
