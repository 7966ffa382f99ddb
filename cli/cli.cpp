#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/progressprinter.h"
#include "cli/signalwatcher.h"
#include "cli/summaryprinter.h"
#include "core/auth/authresolver.h"
#include "core/engine/loadengine.h"
#include "core/mock/mockagent.h"
#include "core/plan/mocklimits.h"
#include "core/plan/planio.h"
#include "core/report/runrecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <optional>

namespace plateau {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QString &problem = QString())
{
    if (!problem.isEmpty())
        err() << "plateau: " << problem << Qt::endl;
    err() << "usage:\n"
             "  plateau                                 open the workbench\n"
             "  plateau run PLAN.json [--run-name NAME] [--out DIR] [--headless] [--auth-refs FILE]\n"
             "  plateau run --demo [--run-name NAME] [--out DIR]\n"
             "  plateau mock [--port N] [--chunk-count N] [--chunk-delay-ms N] [--max-concurrent N]\n"
             "               [--rate-429 R] [--rate-500 R] [--rate-stream-error R] [--rate-stall R]\n"
             "  plateau validate PLAN.json\n"
             "  plateau report RUN_DIR [RUN_DIR...]\n"
          << Qt::flush;
    return 2;
}

QStringList withProgram(const QStringList &args)
{
    return QStringList{QStringLiteral("plateau")} + args;
}

int printIssues(const std::vector<PlanIssue> &issues, const QString &file)
{
    for (const PlanIssue &i : issues)
        err() << file << ": " << i.toString() << Qt::endl;
    return 2;
}

// Where the results go: the run folder, unless --no-output.
struct RunFolder
{
    bool write = true;
    QString runsDir = QStringLiteral("runs");
    QString runName; // empty = the plan's name and the time
};

// Runs the plan to the end, printing progress; Ctrl-C stops cleanly and still writes the results.
int runPlan(const TestPlan &plan, EngineOptions options, const RunFolder &folder)
{
    LoadEngine engine;
    RunRecorder recorder;
    QString error;
    if (folder.write) {
        if (!recorder.open(folder.runsDir, folder.runName, plan, &error)) {
            err() << "plateau: cannot create the run folder: " << error << Qt::endl;
            return kExitRunError;
        }
        options.observers.push_back(&recorder);
    }
    ProgressPrinter printer(&engine, plan, out());
    std::optional<RunOutcome> result;
    QObject::connect(&engine, &LoadEngine::finished, [&](const RunOutcome &o) {
        result = o;
        QCoreApplication::exit(0);
    });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &engine, [&](int count, int signal) {
        const int code = signal == SIGTERM ? kExitTerminated : kExitInterrupted;
        if (count > 1) {
            err() << "plateau: interrupted twice, exiting without finishing the run folder" << Qt::endl;
            std::_Exit(code);
        }
        err() << "plateau: stopping (Ctrl-C again to abort)" << Qt::endl;
        engine.stopWithExitCode(code);
    });
    if (!engine.start(plan, options, &error)) {
        err() << "plateau: " << error << Qt::endl;
        return kExitRunError;
    }
    if (folder.write)
        out() << "plateau: run folder " << QDir::toNativeSeparators(recorder.runDir()) << Qt::endl;
    QCoreApplication::exec();
    if (!result)
        return kExitRunError;
    const int code = result->exitCode();
    SummaryPrinter::print(out(), *result, plan);
    if (!result->error.isEmpty())
        err() << "plateau: " << result->error << Qt::endl;
    if (!result->runDir.isEmpty())
        out() << "plateau: " << (result->error.isEmpty() ? "results written to " : "incomplete results in ")
              << QDir::toNativeSeparators(result->runDir) << Qt::endl;
    const char *verdict = code == kExitPassed     ? "PASS"
                          : result->stoppedByUser ? "STOPPED"
                          : code == kExitRunError ? "ERROR"
                                                  : "FAIL";
    out() << "plateau: " << verdict << (result->healthFailed ? " (a health check failed)" : "")
          << (!result->thresholdsPassed ? " (a threshold failed)" : "")
          << (!result->measuredAnything() && !result->healthFailed ? " (nothing was measured)" : "")
          << (result->stoppedByUser ? " (stopped by user)" : "") << " (exit " << code << ")" << Qt::endl;
    return code;
}

int cmdRun(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("test plan (*.plateau.json)"));
    p.addOption({QStringLiteral("demo"), QStringLiteral("run the demo plan against an embedded mock agent")});
    p.addOption({QStringLiteral("headless"), QStringLiteral("no window (the run command never opens one)")});
    p.addOption({QStringLiteral("run-name"), QStringLiteral("run folder name"), QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("out"), QStringLiteral("runs folder (default ./runs)"), QStringLiteral("dir")});
    p.addOption({QStringLiteral("no-output"), QStringLiteral("do not write a run folder")});
    p.addOption({QStringLiteral("auth-refs"),
                 QStringLiteral("auth references file (default: the workbench's)"), QStringLiteral("file")});
    p.addOption({QStringLiteral("no-keychain"), QStringLiteral("read secrets from the environment only")});
    if (!p.parse(withProgram(args)))
        return usage(p.errorText());
    RunFolder folder;
    if (p.isSet(QStringLiteral("out")))
        folder.runsDir = p.value(QStringLiteral("out"));
    folder.runName = p.value(QStringLiteral("run-name"));
    folder.write = !p.isSet(QStringLiteral("no-output"));
    EngineOptions options;
    AuthResolverConfig auth;
    auth.authRefsPath = p.value(QStringLiteral("auth-refs"));
    auth.useKeychain = !p.isSet(QStringLiteral("no-keychain"));
    // Secrets: PLATEAU_SECRET_<REF>_<FIELD> / DATABRICKS_* from the environment, then the OS keychain.
    options.authResolver = makeAuthResolver(auth);

    if (p.isSet(QStringLiteral("demo"))) {
        if (!p.positionalArguments().isEmpty())
            return usage(QStringLiteral("--demo takes no plan file"));
        TestPlan probe = demoPlan(QStringLiteral("http://127.0.0.1:1"));
        MockAgent mock(mockConfigFrom(probe.mock));
        QString error;
        if (!mock.start(&error)) {
            err() << "plateau: cannot start the built-in mock agent: " << error << Qt::endl;
            return 2;
        }
        const TestPlan plan = demoPlan(mock.baseUrl());
        out() << "plateau: demo plan '" << plan.name << "' against the built-in mock agent at "
              << mock.baseUrl() << Qt::endl;
        if (folder.runName.isEmpty())
            folder.runName = QStringLiteral("demo");
        const int code = runPlan(plan, options, folder);
        const MockCounters c = mock.counters();
        out() << "plateau: mock agent served " << c.invocations << " invocations (" << c.streamsCompleted
              << " streams completed, " << c.clientAborts << " cut at test end)" << Qt::endl;
        return code;
    }
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("run needs exactly one plan file (or --demo)"));
    const QString file = p.positionalArguments().first();
    PlanLoadResult loaded = loadPlanFile(file);
    if (!loaded.plan)
        return printIssues(loaded.issues, file);
    std::vector<PlanIssue> issues = loaded.issues;
    const std::vector<PlanIssue> more = validatePlan(*loaded.plan);
    issues.insert(issues.end(), more.begin(), more.end());
    if (!issues.empty())
        return printIssues(issues, file);
    return runPlan(*loaded.plan, options, folder);
}

int cmdValidate(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("validate needs exactly one plan file"));
    PlanLoadResult loaded = loadPlanFile(args.first());
    std::vector<PlanIssue> issues = loaded.issues;
    if (loaded.plan) {
        const std::vector<PlanIssue> more = validatePlan(*loaded.plan);
        issues.insert(issues.end(), more.begin(), more.end());
    }
    if (!issues.empty())
        return printIssues(issues, args.first());
    out() << args.first() << ": ok (" << loaded.plan->targets.size() << " target(s), "
          << profileKindName(loaded.plan->profile.kind) << ", about "
          << int(estimatedTargetSeconds(loaded.plan->profile) *
                 double(std::count_if(loaded.plan->targets.begin(), loaded.plan->targets.end(),
                                      [](const Target &t) { return t.enabled; })))
          << " s of load)" << Qt::endl;
    return 0;
}

int cmdMock(const QStringList &args)
{
    QCommandLineParser p;
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("port"), QStringLiteral("TCP port (0 = any)"), QStringLiteral("n"),
         QStringLiteral("8765")},
        {QStringLiteral("bind"), QStringLiteral("address to listen on"), QStringLiteral("addr"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("threads"), QStringLiteral("server threads"), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("chunk-count"), QStringLiteral("text deltas per answer"), QStringLiteral("n")},
        {QStringLiteral("chunk-delay-ms"), QStringLiteral("delay between deltas"), QStringLiteral("ms")},
        {QStringLiteral("tool-calls"), QStringLiteral("tool-call items before the text"),
         QStringLiteral("n")},
        {QStringLiteral("max-concurrent"), QStringLiteral("streams served at once (0 = unlimited)"),
         QStringLiteral("n")},
        {QStringLiteral("rate-429"), QStringLiteral("share of requests answered 429"), QStringLiteral("r")},
        {QStringLiteral("rate-500"), QStringLiteral("share of requests answered 500"), QStringLiteral("r")},
        {QStringLiteral("rate-stream-error"), QStringLiteral("share with a mid-stream error event"),
         QStringLiteral("r")},
        {QStringLiteral("rate-stall"), QStringLiteral("share that stall half-way"), QStringLiteral("r")},
    };
    p.addOptions(opts);
    if (!p.parse(withProgram(args)))
        return usage(p.errorText());
    MockConfig c = mockConfigFrom(MockSettings{});
    bool ok = true;
    auto intOpt = [&](const char *name, int *field, int lo, int hi) {
        if (!p.isSet(QLatin1String(name)))
            return;
        bool good = false;
        const int v = p.value(QLatin1String(name)).toInt(&good);
        if (!good || v < lo || v > hi) {
            err() << "plateau mock: --" << name << " must be an integer between " << lo << " and " << hi
                  << Qt::endl;
            ok = false;
            return;
        }
        *field = v;
    };
    auto rateOpt = [&](const char *name, double *field) {
        if (!p.isSet(QLatin1String(name)))
            return;
        bool good = false;
        const double v = p.value(QLatin1String(name)).toDouble(&good);
        if (!good || v < 0 || v > 1) {
            err() << "plateau mock: --" << name << " must be a number between 0 and 1" << Qt::endl;
            ok = false;
            return;
        }
        *field = v;
    };
    int port = 8765;
    intOpt("port", &port, 0, 65535);
    intOpt("threads", &c.threads, 1, MockLimits::kMaxThreads);
    intOpt("chunk-count", &c.chunkCount, 0, MockLimits::kMaxChunks);
    intOpt("chunk-delay-ms", &c.chunkDelayMs, 0, MockLimits::kMaxChunkDelayMs);
    intOpt("tool-calls", &c.toolCalls, 0, MockLimits::kMaxToolCalls);
    intOpt("max-concurrent", &c.maxConcurrent, 0, MockLimits::kMaxConcurrent);
    rateOpt("rate-429", &c.http429Rate);
    rateOpt("rate-500", &c.http500Rate);
    rateOpt("rate-stream-error", &c.midStreamErrorRate);
    rateOpt("rate-stall", &c.stallRate);
    if (!ok)
        return 2;
    c.port = quint16(port);
    if (!c.address.setAddress(p.value(QStringLiteral("bind")))) {
        err() << "plateau mock: --bind is not an IP address" << Qt::endl;
        return 2;
    }
    MockAgent mock(c);
    QString error;
    if (!mock.start(&error)) {
        err() << "plateau mock: " << error << Qt::endl;
        return 2;
    }
    out() << "plateau mock agent listening on " << mock.baseUrl() << " (POST /invocations, GET /health; "
          << c.chunkCount << " deltas x " << c.chunkDelayMs << " ms). Ctrl-C stops." << Qt::endl;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    const MockCounters k = mock.counters();
    mock.stop();
    out() << "plateau mock: served " << k.invocations << " invocations, " << k.streamsCompleted
          << " streams completed, " << k.health << " health checks" << Qt::endl;
    return 0;
}

} // namespace

bool isCliCommand(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    static const QStringList commands = {QStringLiteral("run"),       QStringLiteral("mock"),
                                         QStringLiteral("validate"),  QStringLiteral("report"),
                                         QStringLiteral("--help"),    QStringLiteral("-h"),
                                         QStringLiteral("--version"), QStringLiteral("help")};
    return commands.contains(args.first());
}

int runCli(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage();
    const QString cmd = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (cmd == QLatin1String("--version")) {
        out() << "plateau " << PLATEAU_VERSION << Qt::endl;
        return 0;
    }
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h") || cmd == QLatin1String("help")) {
        usage();
        return 0;
    }
    if (cmd == QLatin1String("run"))
        return cmdRun(rest);
    if (cmd == QLatin1String("validate"))
        return cmdValidate(rest);
    if (cmd == QLatin1String("mock"))
        return cmdMock(rest);
    if (cmd == QLatin1String("report"))
        return cmdReport(rest);
    return usage(QStringLiteral("unknown command '%1'").arg(cmd));
}

} // namespace plateau
