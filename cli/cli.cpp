#include "cli/cli.h"

#include "cli/clitr.h"
#include "cli/commands.h"
#include "cli/dryrun.h"
#include "cli/planflags.h"
#include "cli/progressprinter.h"
#include "cli/shardflags.h"
#include "cli/signalwatcher.h"
#include "cli/starterplan.h"
#include "cli/summaryprinter.h"
#include "cli/timescale.h"
#include "core/auth/authrefio.h"
#include "core/auth/authresolver.h"
#include "core/engine/loadengine.h"
#include "core/mock/mockagent.h"
#include "core/plan/mocklimits.h"
#include "core/plan/planio.h"
#include "core/plan/promptresolve.h"
#include "core/plan/usersfile.h"
#include "core/report/runrecorder.h"
#include "core/report/runsdir.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

// The command list: to stdout when asked for (--help, help), to stderr after an error.
QString commandList()
{
    return Cli::tr(
        "usage:\n"
        "  plateau                                  open the workbench\n"
        "  plateau run --app-url URL [--app-url URL ...] [options]\n"
        "                                           test endpoints, no plan file needed\n"
        "  plateau run PLAN.plateau.json [options]  run a plan; flags override its fields\n"
        "  plateau run --demo                       the demo plan against an embedded mock agent\n"
        "  plateau init [FILE] [--force]            write a commented starter plan "
        "(default plan.plateau.json)\n"
        "  plateau validate PLAN.plateau.json       check a plan, print every problem with its path\n"
        "  plateau mock [--port N] [...]            serve the built-in mock agent\n"
        "  plateau report RUN_DIR [RUN_DIR...]      (re)generate dashboard.html, compare runs\n"
        "  plateau run PLAN --shard i/N [...]       run one slice of the load (one of N processes)\n"
        "  plateau merge SHARD_DIR... --out RUN_DIR merge the shards' run folders into one run\n"
        "  plateau bundle PLAN --shards N --image I the plan as a Kubernetes Indexed Job of N shards\n"
        "  plateau help COMMAND                     every option of a command, with its default\n"
        "  plateau --version\n");
}

int usage(const QString &problem = QString())
{
    if (!problem.isEmpty())
        err() << "plateau: " << problem << Qt::endl;
    err() << commandList() << Qt::flush;
    return 2;
}

// A command's options could not be parsed: say which, and where the full list is.
int optionError(const char *command, const QString &problem)
{
    err() << "plateau " << command << ": " << problem << Qt::endl
          << Cli::tr("(plateau %1 --help lists every option)").arg(QLatin1String(command)) << Qt::endl;
    return 2;
}

QStringList withProgram(const QStringList &args)
{
    return QStringList{QStringLiteral("plateau")} + args;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              Cli::tr("Show this help and exit."));
}

// QCommandLineParser's table of every option, under the command's own usage line (its first line would
// name the binary's path instead).
int printCommandHelp(const QCommandLineParser &p, const QString &usageLine)
{
    const QString text = p.helpText();
    out() << usageLine << text.mid(text.indexOf(QLatin1Char('\n'))) << Qt::flush;
    return 0;
}

int printIssues(const std::vector<PlanIssue> &issues, const QString &file)
{
    for (const PlanIssue &i : issues)
        err() << file << ": " << i.toString() << Qt::endl;
    return 2;
}

// A plan's issues after flags built or changed it: each one that a given flag set says which flag, so
// "profile.settle_s" becomes something a user of --step-duration can act on.
int printPlanIssues(const std::vector<PlanIssue> &issues, const QString &source, const PlanFlags &flags,
                    bool fromFile)
{
    for (const PlanIssue &i : issues) {
        err() << source << ": " << i.toString();
        const QString flag = flagForPlanPath(i.path);
        const bool targetField = i.path.startsWith(QLatin1String("targets"));
        const bool promptField = i.path.startsWith(QLatin1String("prompt_source"));
        const bool byFlags = targetField   ? !flags.appUrls.isEmpty() || !fromFile
                             : promptField ? flags.hasPromptFlags()
                                           : !fromFile || flags.hasProfileFlags();
        if (!flag.isEmpty() && byFlags)
            err() << Cli::tr(" (set with %1)").arg(flag);
        err() << Qt::endl;
    }
    return 2;
}

int printErrors(const char *command, const QStringList &errors)
{
    for (const QString &e : errors)
        err() << "plateau " << command << ": " << e << Qt::endl;
    return 2;
}

void printAdvice(const PlanFlagsOutcome &o)
{
    for (const QString &w : o.warnings)
        err() << Cli::tr("plateau: warning: %1").arg(w) << Qt::endl;
    for (const QString &n : o.notes)
        err() << Cli::tr("plateau: note: %1").arg(n) << Qt::endl;
}

// Where the results go: the run folder, unless --no-output.
struct RunFolder
{
    bool write = true;
    QString runsDir = defaultRunsDir(QStringLiteral("."));
    QString runName;  // empty = the plan's name and the time
    ShardFlags shard; // a shard's folder says which slice it holds and keeps the raw histograms
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
        if (folder.shard.slice.sharded())
            recorder.setShard(folder.shard.slice, folder.shard.startAt);
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

void printMockServed(const MockAgent &mock)
{
    const MockCounters c = mock.counters();
    out() << "plateau: mock agent served " << c.invocations << " invocations (" << c.streamsCompleted
          << " streams completed, " << c.clientAborts << " cut at test end)" << Qt::endl;
    if (c.apiLogins + c.apiSessions + c.apiChats > 0)
        out() << "plateau: mock log-in API: " << c.apiLogins << " log-ins (" << c.loginsRefused
              << " refused), " << c.apiSessions << " sessions, " << c.apiChats << " chats ("
              << c.tokensRefused + c.sessionsRefused << " refused a token or session)" << Qt::endl;
}

// A plan rehearsed on this machine: the built-in mock agent, set up by the plan's mock section, stands in
// for every target.
int runAgainstMock(TestPlan plan, const EngineOptions &options, const RunFolder &folder)
{
    QString error;
    // A journey logs in with its users file's accounts: the mock knows them unless its own section names
    // other ones.
    MockSettings settings = plan.mock;
    if (settings.usersFile.isEmpty())
        settings.usersFile = plan.journey.usersFile;
    const MockConfig config = mockConfigFrom(settings, &error);
    if (!error.isEmpty()) {
        err() << "plateau: " << error << Qt::endl;
        return 2;
    }
    MockAgent mock(config);
    if (!mock.start(&error)) {
        err() << "plateau: cannot start the built-in mock agent: " << error << Qt::endl;
        return 2;
    }
    int pointed = 0;
    for (Target &t : plan.targets) {
        if (!t.enabled)
            continue;
        t.url = mock.baseUrl();
        t.authRef.clear();
        ++pointed;
    }
    out() << Cli::tr("plateau: %n target(s) of plan '%1' run against the built-in mock agent at %2", nullptr,
                     pointed)
                 .arg(plan.name, mock.baseUrl())
          << Qt::endl;
    if (plan.journey.enabled()) {
        // The steps go to the mock's own log-in API; a path it does not serve fails there, visibly.
        const int code = runPlan(plan, options, folder);
        printMockServed(mock);
        return code;
    }
    // The mock answers POST /invocations with an "input" or "messages" body; what it cannot read is
    // rehearsed in its shape, and the run says so.
    const QString mockPath = QStringLiteral("/invocations");
    if (plan.request.path != mockPath || plan.request.method != QLatin1String("POST")) {
        out() << Cli::tr("plateau: the mock serves POST %1: %2 %3 runs as POST %1")
                     .arg(mockPath, plan.request.method, plan.request.path)
              << Qt::endl;
        plan.request.path = mockPath;
        plan.request.method = QStringLiteral("POST");
    }
    const QJsonDocument body = QJsonDocument::fromJson(
        renderRequestBody(plan.request.body, QStringLiteral("x"), QStringLiteral("s")));
    if (!body.isObject() || !(body.object().contains(QLatin1String("input")) ||
                              body.object().contains(QLatin1String("messages")))) {
        out() << Cli::tr("plateau: the body has no \"input\" or \"messages\" field for the mock to read: it "
                         "runs with the default body")
              << Qt::endl;
        plan.request.body = RequestTemplate().body;
        if (!plan.request.stream)
            plan.request.body.replace(QStringLiteral("\"stream\":true"), QStringLiteral("\"stream\":false"));
    }
    const int code = runPlan(plan, options, folder);
    printMockServed(mock);
    return code;
}

int cmdRun(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Runs a load test with live progress and writes its run folder (plan.json, run.json, "
                "dashboard.html, one folder of CSVs per target). Without a plan file, --app-url and the "
                "flags below describe the whole plan, with the defaults of Databricks' load-testing guide; "
                "with one, they override its fields. Exit 0 passed, 1 a threshold or health check failed, "
                "2 bad input, 130 Ctrl-C."));
    p.addPositionalArgument(QStringLiteral("plan"),
                            Cli::tr("Test plan (*.plateau.json); optional with --app-url."),
                            QStringLiteral("[PLAN.plateau.json]"));
    p.addOption(helpOption());
    p.addOption({QStringLiteral("demo"), Cli::tr("Run the demo plan against an embedded mock agent.")});
    p.addOption({QStringLiteral("against-mock"),
                 Cli::tr("Run the plan against the built-in mock agent, as its \"mock\" section sets it up: "
                         "every enabled target points at it, without auth; nothing leaves this machine.")});
    p.addOption({QStringLiteral("threshold-set"),
                 Cli::tr("Judge the plan's threshold set NAME beside its own thresholds (default: the plan's "
                         "threshold_set; with --against-mock, its \"mock\" set when it has one)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("allow-non-test"),
                 Cli::tr("Load a target even when its environment guard finds no test environment (the "
                         "run says so); without it such a target is skipped and the run fails.")});
    p.addOption({QStringLiteral("time-scale"),
                 Cli::tr("Rehearse the plan in less time: every duration of its phases times F (0.001 to 1); "
                         "users, rates and limits stay."),
                 QStringLiteral("F")});
    p.addOption({QStringLiteral("run-name"),
                 Cli::tr("Run folder name (default: the plan's name and the time; without a plan file it "
                         "also names the plan)."),
                 QStringLiteral("name")});
    p.addOption({QStringLiteral("out"), Cli::tr("Folder the run folders go in (default ./runs)."),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("no-output"), Cli::tr("Do not write a run folder.")});
    p.addOption({QStringLiteral("dashboard"),
                 Cli::tr("Accepted for run_load_test.py's command lines: every run folder gets its "
                         "dashboard.html anyway.")});
    p.addOption({QStringLiteral("save-plan"),
                 Cli::tr("Write the plan as it will run to this file, then run it (with --dry-run: only "
                         "write it). Never holds a secret."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("dry-run"),
                 Cli::tr("Check the plan and print what would run (targets, steps, estimated time); send "
                         "nothing.")});
    addPlanFlagOptions(p, kAllPlanFlags);
    p.addOption({QStringLiteral("auth-refs"),
                 Cli::tr("Auth references file (default: the workbench's, %1).").arg(defaultAuthRefsPath()),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("no-keychain"),
                 Cli::tr("Read secrets from the environment only, not from the OS keychain.")});
    p.addOption({QStringLiteral("headless"), Cli::tr("No window (the run command never opens one).")});
    addShardOptions(p);
    if (!p.parse(withProgram(args)))
        return optionError("run", p.errorText());
    if (p.isSet(QStringLiteral("help")))
        return printCommandHelp(p, Cli::tr("Usage: plateau run [PLAN.plateau.json] [options]"));
    RunFolder folder;
    if (p.isSet(QStringLiteral("out")))
        folder.runsDir = p.value(QStringLiteral("out"));
    folder.runName = p.value(QStringLiteral("run-name"));
    folder.write = !p.isSet(QStringLiteral("no-output"));
    EngineOptions options;
    options.allowNonTest = p.isSet(QStringLiteral("allow-non-test"));
    AuthResolverConfig auth;
    auth.authRefsPath = p.value(QStringLiteral("auth-refs"));
    auth.useKeychain = !p.isSet(QStringLiteral("no-keychain"));
    auth.missingHint =
        Cli::tr("define it in the workbench under Run > Credentials… (or pass --auth-refs FILE); "
                "--client-id with --client-secret-env defines '%1' for one run")
            .arg(QLatin1String(kCommandLineAuthRef));
    QStringList errors;
    const PlanFlags flags = readPlanFlags(p, kAllPlanFlags, &errors);
    if (p.isSet(QStringLiteral("dashboard")) && !folder.write)
        errors << Cli::tr("--dashboard is written into the run folder: drop --no-output");
    folder.shard = readShardFlags(p, &errors);
    options.shard = folder.shard.slice;
    options.startAtMsSinceEpoch =
        folder.shard.startAt.isValid() ? folder.shard.startAt.toMSecsSinceEpoch() : 0;

    if (p.isSet(QStringLiteral("demo"))) {
        if (!p.positionalArguments().isEmpty())
            return usage(QStringLiteral("--demo takes no plan file"));
        if (!flags.appUrls.isEmpty() || flags.hasProfileFlags() || flags.hasCredentialFlags() ||
            flags.hasPromptFlags() || p.isSet(QStringLiteral("dry-run")) ||
            p.isSet(QStringLiteral("save-plan")))
            return usage(Cli::tr("--demo runs the demo plan as it is, without --app-url, the plan flags, "
                                 "--dry-run or --save-plan; use those without --demo"));
        if (!errors.isEmpty())
            return printErrors("run", errors);
        // Secrets: PLATEAU_SECRET_<REF>_<FIELD> / DATABRICKS_* from the environment, then the OS keychain.
        options.authResolver = makeAuthResolver(auth);
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
        printMockServed(mock);
        return code;
    }
    if (p.positionalArguments().size() > 1)
        return usage(QStringLiteral("run needs exactly one plan file (or --demo)"));
    const bool fromFile = p.positionalArguments().size() == 1;
    if (!fromFile && flags.appUrls.isEmpty())
        return usage(Cli::tr("run needs a plan file, --app-url URL or --demo"));
    if (!errors.isEmpty())
        return printErrors("run", errors);

    TestPlan plan;
    std::vector<PlanIssue> issues;
    QString source;
    if (fromFile) {
        source = p.positionalArguments().first();
        PlanLoadResult loaded = loadPlanFile(source);
        if (!loaded.plan)
            return printIssues(loaded.issues, source);
        plan = std::move(*loaded.plan);
        issues = std::move(loaded.issues);
    } else {
        source = QStringLiteral("plateau run");
        plan = starterPlan();
        if (!folder.runName.isEmpty())
            plan.name = folder.runName;
    }
    const PlanFlagsOutcome applied = applyPlanFlags(flags, plan, fromFile, &auth);
    printAdvice(applied); // even with errors: a secret typed on the command line is out already
    if (!applied.ok())
        return printErrors("run", applied.errors);
    if (p.isSet(QStringLiteral("time-scale"))) {
        bool ok = false;
        const double f = p.value(QStringLiteral("time-scale")).toDouble(&ok);
        if (!ok || !(f >= kMinTimeScale && f <= 1))
            return printErrors("run",
                               {Cli::tr("--time-scale must be a number from %1 to 1 (0.1 runs the plan "
                                        "in a tenth of its time)")
                                    .arg(kMinTimeScale)});
        scalePlanTime(plan, f);
        out() << Cli::tr("plateau: rehearsal: every duration times %1, about %2 s per target")
                     .arg(f)
                     .arg(estimatedTargetSeconds(plan.phases), 0, 'f', 0)
              << Qt::endl;
    }
    {
        // The threshold set: the one asked for, else under --against-mock the plan's "mock" latency profile.
        QString set = p.value(QStringLiteral("threshold-set"));
        if (set.isEmpty() && p.isSet(QStringLiteral("against-mock")) &&
            std::any_of(plan.thresholdSets.begin(), plan.thresholdSets.end(),
                        [](const ThresholdSet &s) { return s.name == QLatin1String("mock"); }))
            set = QStringLiteral("mock");
        QString error;
        if (!applyThresholdSet(plan, set, &error))
            return printErrors("run", {QStringLiteral("--threshold-set: ") + error});
        if (!plan.thresholdSet.isEmpty())
            out() << Cli::tr("plateau: threshold set '%1'").arg(plan.thresholdSet) << Qt::endl;
    }
    const std::vector<PlanIssue> more = validatePlan(plan);
    issues.insert(issues.end(), more.begin(), more.end());
    if (!issues.empty())
        return printPlanIssues(issues, source, flags, fromFile);
    if (options.shard.sharded()) {
        if (const QString why = shardRefusal(plan); !why.isEmpty())
            return printErrors("run", {QStringLiteral("--shard %1: %2").arg(options.shard.text(), why)});
        out() << Cli::tr("plateau: shard %1: this process runs its share of every step's users and rate")
                     .arg(options.shard.text())
              << Qt::endl;
    }
    // Secrets: the command line's own reference first, then PLATEAU_SECRET_<REF>_<FIELD> / DATABRICKS_*
    // from the environment, then the OS keychain.
    options.authResolver = makeAuthResolver(auth);

    // The prompt file is read now, so a missing or broken one stops here, before anything is sent. The plan
    // that is saved keeps naming the file; the one that runs holds its prompts.
    const QString planDir = fromFile ? QFileInfo(source).absolutePath() : QDir::currentPath();
    TestPlan resolved = plan;
    QString promptFile;
    {
        QString error;
        if (!resolvePrompts(resolved, planDir, &error, &promptFile)) {
            err() << Cli::tr("plateau run: cannot read the prompts: %1").arg(error) << Qt::endl;
            return 2;
        }
    }

    if (p.isSet(QStringLiteral("save-plan"))) {
        const QString target = p.value(QStringLiteral("save-plan"));
        QString error;
        TestPlan saved = plan;
        saved.promptSource =
            rebasedPromptSource(plan.promptSource, planDir, QFileInfo(target).absolutePath());
        if (!savePlanFile(saved, target, &error)) {
            err() << Cli::tr("plateau run: cannot save the plan: %1").arg(error) << Qt::endl;
            return 2;
        }
        out() << Cli::tr("plateau: plan saved to %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("dry-run"))) {
        for (const QString &line : dryRunLines(resolved, promptFile))
            out() << "plateau: " << line << Qt::endl;
        out() << Cli::tr("plateau: dry run: nothing was sent") << Qt::endl;
        return 0;
    }
    if (p.isSet(QStringLiteral("against-mock")))
        return runAgainstMock(resolved, options, folder);
    return runPlan(resolved, options, folder);
}

// "step_ramp" for one phase, "3 phases: smoke, ramp, hold" for several.
QString phasesText(const std::vector<Phase> &phases)
{
    if (phases.size() == 1)
        return profileKindName(phases.front().profile.kind);
    QStringList names;
    for (const Phase &ph : phases)
        names << ph.name;
    return QStringLiteral("%1 phases: %2").arg(phases.size()).arg(names.join(QStringLiteral(", ")));
}

int cmdValidate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Checks a plan and prints every problem with its JSON path (exit 2), or "
                "a one-line summary (exit 0). The plan flags override its fields as "
                "they do for plateau run."));
    p.addPositionalArgument(QStringLiteral("plan"), Cli::tr("Test plan (*.plateau.json)."),
                            QStringLiteral("PLAN.plateau.json"));
    p.addOption(helpOption());
    addPlanFlagOptions(p, kTargetFlags | kProfileFlags | kPromptFlags);
    if (!p.parse(withProgram(args)))
        return optionError("validate", p.errorText());
    if (p.isSet(QStringLiteral("help")))
        return printCommandHelp(p, Cli::tr("Usage: plateau validate PLAN.plateau.json [options]"));
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("validate needs exactly one plan file"));
    QStringList errors;
    const PlanFlags flags = readPlanFlags(p, kTargetFlags | kProfileFlags | kPromptFlags, &errors);
    if (!errors.isEmpty())
        return printErrors("validate", errors);
    const QString file = p.positionalArguments().first();
    PlanLoadResult loaded = loadPlanFile(file);
    std::vector<PlanIssue> issues = loaded.issues;
    if (loaded.plan) {
        const PlanFlagsOutcome applied = applyPlanFlags(flags, *loaded.plan, true, nullptr);
        if (!applied.ok())
            return printErrors("validate", applied.errors);
        const std::vector<PlanIssue> more = validatePlan(*loaded.plan);
        issues.insert(issues.end(), more.begin(), more.end());
    }
    if (!issues.empty())
        return printPlanIssues(issues, file, flags, true);
    // The prompt file as `plateau run` would read it: a broken line is found before the run.
    QString promptError;
    if (!resolvePrompts(*loaded.plan, QFileInfo(file).absolutePath(), &promptError)) {
        err() << file << ": prompt_source.file: " << promptError << Qt::endl;
        return 2;
    }
    out() << file << ": ok (" << loaded.plan->targets.size() << " target(s), "
          << phasesText(loaded.plan->phases) << ", about "
          << int(estimatedTargetSeconds(loaded.plan->phases) *
                 double(std::count_if(loaded.plan->targets.begin(), loaded.plan->targets.end(),
                                      [](const Target &t) { return t.enabled; })))
          << " s of load)" << Qt::endl;
    return 0;
}

int cmdMock(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Serves the built-in mock agent: POST /invocations streams agent-style Server-Sent Events "
                "(tool calls, text deltas, [DONE]), GET /health and GET /api/health answer ok with the "
                "app_env, and POST /api/auth/login-json, /api/sessions and /api/chat serve a log-in -> "
                "session -> chat journey. Ctrl-C stops it."));
    p.addOption(helpOption());
    // The defaults shown are the ones that apply, MOCK_CHUNK_COUNT / MOCK_CHUNK_DELAY_MS included.
    const MockConfig d = mockConfigFrom(MockSettings{});
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("port"), Cli::tr("TCP port, 0 = any free one (default 8765)."), QStringLiteral("n"),
         QStringLiteral("8765")},
        {QStringLiteral("bind"), Cli::tr("Address to listen on (default 127.0.0.1)."), QStringLiteral("addr"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("threads"), Cli::tr("Server threads (default 1)."), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("chunk-count"),
         Cli::tr("Text deltas per answer (default %1; MOCK_CHUNK_COUNT sets it).").arg(d.chunkCount),
         QStringLiteral("n")},
        {QStringLiteral("chunk-delay-ms"),
         Cli::tr("Milliseconds between deltas (default %1; MOCK_CHUNK_DELAY_MS sets it).")
             .arg(d.chunkDelayMs),
         QStringLiteral("ms")},
        {QStringLiteral("tool-calls"),
         Cli::tr("Tool-call items before the text (default %1).").arg(d.toolCalls), QStringLiteral("n")},
        {QStringLiteral("max-concurrent"),
         Cli::tr("Streams served at once, the rest queue; 0 = unlimited (default %1).").arg(d.maxConcurrent),
         QStringLiteral("n")},
        {QStringLiteral("rate-429"),
         Cli::tr("Share of requests answered 429, 0 to 1 (default %1).").arg(d.http429Rate),
         QStringLiteral("r")},
        {QStringLiteral("rate-500"),
         Cli::tr("Share of requests answered 500, 0 to 1 (default %1).").arg(d.http500Rate),
         QStringLiteral("r")},
        {QStringLiteral("rate-stream-error"),
         Cli::tr("Share with an error event mid-stream, 0 to 1 (default %1).").arg(d.midStreamErrorRate),
         QStringLiteral("r")},
        {QStringLiteral("rate-stall"),
         Cli::tr("Share that stall half-way, 0 to 1 (default %1).").arg(d.stallRate), QStringLiteral("r")},
        {QStringLiteral("app-env"),
         Cli::tr("What /api/health reports as app_env (default %1).").arg(d.appEnv), QStringLiteral("name")},
        {QStringLiteral("users"),
         Cli::tr("Users file of the accounts log-in accepts (default: any username with a password)."),
         QStringLiteral("file")},
        {QStringLiteral("tls-cert"),
         Cli::tr("Serve https with this PEM certificate (chain); needs --tls-key."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), Cli::tr("The certificate's unencrypted PEM private key."),
         QStringLiteral("file")},
    };
    p.addOptions(opts);
    if (!p.parse(withProgram(args)))
        return optionError("mock", p.errorText());
    if (p.isSet(QStringLiteral("help")))
        return printCommandHelp(p, Cli::tr("Usage: plateau mock [options]"));
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
    if (p.isSet(QStringLiteral("app-env")))
        c.appEnv = p.value(QStringLiteral("app-env"));
    c.tlsCertificateFile = p.value(QStringLiteral("tls-cert"));
    c.tlsKeyFile = p.value(QStringLiteral("tls-key"));
    if (p.isSet(QStringLiteral("users"))) {
        UsersFileResult users = loadUsersFile(p.value(QStringLiteral("users")));
        if (users.ok()) {
            c.accounts = std::move(users.users);
        } else {
            err() << "plateau mock: --users: " << users.error << Qt::endl;
            ok = false;
        }
    }
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
    static const QStringList commands = {
        QStringLiteral("run"),       QStringLiteral("mock"),   QStringLiteral("validate"),
        QStringLiteral("report"),    QStringLiteral("init"),   QStringLiteral("merge"),
        QStringLiteral("bundle"),    QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("help")};
    const QString &first = args.first();
    if (commands.contains(first))
        return true;
    // The workbench takes a plan file (*.json) and Qt's own -options; any other word is a mistyped
    // command, which the CLI names, rather than a window that silently ignores it.
    return !first.startsWith(u'-') && !first.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
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
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h") ||
        (cmd == QLatin1String("help") && rest.isEmpty())) {
        out() << commandList() << Qt::flush;
        return 0;
    }
    // `plateau help run` is `plateau run --help`.
    const bool help = cmd == QLatin1String("help");
    const QString name = help ? rest.first() : cmd;
    const QStringList commandArgs = help ? QStringList{QStringLiteral("--help")} : rest;
    if (name == QLatin1String("run"))
        return cmdRun(commandArgs);
    if (name == QLatin1String("validate"))
        return cmdValidate(commandArgs);
    if (name == QLatin1String("mock"))
        return cmdMock(commandArgs);
    if (name == QLatin1String("report"))
        return cmdReport(commandArgs);
    if (name == QLatin1String("init"))
        return cmdInit(commandArgs);
    if (name == QLatin1String("merge"))
        return cmdMerge(commandArgs);
    if (name == QLatin1String("bundle"))
        return cmdBundle(commandArgs);
    return usage(Cli::tr("unknown command '%1'").arg(name));
}

} // namespace plateau
