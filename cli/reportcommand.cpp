#include "cli/commands.h"
#include "core/report/dashboard.h"
#include "core/report/runloader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace plateau {

// plateau report RUN_DIR [RUN_DIR|LOCUST_STATS_CSV ...] [--out FILE] [--svg]
// One run: (re)writes RUN_DIR/dashboard.html. Several: a comparison page (default ./comparison.html).
// Locust runs (*_stats.csv with its *_stats_history.csv) can be compared with Plateau runs.
int cmdReport(const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("runs"),
                            QStringLiteral("run folders or Locust *_stats.csv files"));
    p.addOption({QStringLiteral("out"), QStringLiteral("where to write the HTML"), QStringLiteral("file")});
    p.addOption({QStringLiteral("svg"), QStringLiteral("draw with the built-in SVG renderer, not Chart.js")});
    if (!p.parse(QStringList{QStringLiteral("plateau report")} + args)) {
        err << "plateau report: " << p.errorText() << Qt::endl;
        return 2;
    }
    const QStringList paths = p.positionalArguments();
    if (paths.isEmpty()) {
        err << "plateau report: name at least one run folder" << Qt::endl;
        return 2;
    }
    std::vector<LoadedRun> runs;
    for (const QString &path : paths) {
        LoadedRun run;
        QString error;
        if (!RunLoader::loadAny(path, &run, &error)) {
            err << "plateau report: " << path << ": " << error << Qt::endl;
            return 2;
        }
        for (const QString &w : run.warnings)
            err << "plateau report: " << path << ": warning: " << w << Qt::endl;
        runs.push_back(std::move(run));
    }
    DashboardOptions options;
    options.forceSvg = p.isSet(QStringLiteral("svg"));
    QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        const bool singleRunFolder = runs.size() == 1 && QFileInfo(paths.first()).isDir();
        target = singleRunFolder ? QDir(paths.first()).filePath(QStringLiteral("dashboard.html"))
                                 : QStringLiteral("comparison.html");
    }
    QString error;
    if (!writeDashboardFile(target, runs, &error, options)) {
        err << "plateau report: " << error << Qt::endl;
        return 2;
    }
    out << "plateau report: wrote " << QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())
        << Qt::endl;
    return 0;
}

} // namespace plateau
