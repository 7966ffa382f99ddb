// plateau merge SHARD_DIR... --out RUN_DIR: the shards of one run made into one run folder.

#include "cli/clitr.h"
#include "cli/commands.h"
#include "cli/summaryprinter.h"
#include "core/report/shardmerge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

namespace plateau {

int cmdMerge(const QStringList &args)
{
    QTextStream cout(stdout), cerr(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr(
        "Merges the run folders of the N shards of one run (plateau run --shard i/N) into one run "
        "folder, as if one process had run the whole load: counts summed, latency histograms merged "
        "bucket by bucket, the verdict and the thresholds judged on the merged figures, the dashboard "
        "written. Shards that have not finished are merged with what they wrote and the run is "
        "marked incomplete, so the merge can be re-run while they write. Exit 0 passed, 1 a "
        "threshold failed or the run is incomplete, 2 the shards do not make one run."));
    p.addPositionalArgument(QStringLiteral("shards"), Cli::tr("The shards' run folders."),
                            QStringLiteral("SHARD_DIR..."));
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")});
    p.addOption({QStringLiteral("wait"),
                 Cli::tr("Wait up to this many seconds for every shard to be there and finished, then merge "
                         "(what a Job's last step does); merges what is there when the time is up."),
                 QStringLiteral("seconds")});
    p.addOption({QStringLiteral("out"),
                 Cli::tr("The merged run folder (replaced when it holds an earlier merge)."),
                 QStringLiteral("dir")});
    QStringList argv = args;
    argv.prepend(QStringLiteral("plateau merge"));
    if (!p.parse(argv)) {
        cerr << "plateau merge: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        cout << Cli::tr("Usage: plateau merge SHARD_DIR... --out RUN_DIR") << "\n\n"
             << p.helpText() << Qt::flush;
        return 0;
    }
    if (p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("out"))) {
        cerr << Cli::tr("plateau merge: give the shards' run folders and --out RUN_DIR") << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        const int seconds = p.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || seconds < 0 || seconds > 7 * 86400) {
            cerr << Cli::tr("plateau merge: --wait takes seconds, from 0 to a week") << Qt::endl;
            return 2;
        }
        QElapsedTimer waited;
        waited.start();
        ShardProgress progress = shardProgress(shardFolders(p.positionalArguments()));
        while (!progress.done() && waited.elapsed() < qint64(seconds) * 1000) {
            QThread::sleep(2);
            const ShardProgress now = shardProgress(shardFolders(p.positionalArguments()));
            if (now.present != progress.present || now.finished != progress.finished)
                cout << Cli::tr("plateau merge: %1 of %2 shards there, %3 finished")
                            .arg(now.present)
                            .arg(now.expected)
                            .arg(now.finished)
                     << Qt::endl;
            progress = now;
        }
    }
    MergeReport report;
    QString error;
    if (!mergeShards(p.positionalArguments(), p.value(QStringLiteral("out")), &report, &error)) {
        cerr << "plateau merge: " << error << Qt::endl;
        return 2;
    }
    for (const QString &w : report.warnings)
        cerr << Cli::tr("plateau merge: warning: %1").arg(w) << Qt::endl;
    SummaryPrinter::print(cout, report.outcome, report.plan);
    cout << Cli::tr("plateau merge: %n shard(s) merged into %1", nullptr, report.shards)
                .arg(QDir::toNativeSeparators(report.runDir))
         << Qt::endl;
    if (!report.incomplete.isEmpty()) {
        cout << Cli::tr("plateau merge: INCOMPLETE: shard(s) %1 had not finished (exit 1)")
                    .arg(report.incomplete.join(QStringLiteral(", ")))
             << Qt::endl;
        return kExitFailed;
    }
    const int code = report.outcome.exitCode();
    cout << "plateau merge: " << (code == kExitPassed ? "PASS" : "FAIL") << " (exit " << code << ")"
         << Qt::endl;
    return code;
}

} // namespace plateau
