#pragma once
// LoadEngine: the controller of a run. Lives on the caller's thread (the GUI or CLI main thread), runs the
// plan's enabled targets one after another (health check, warm-up, load shape), drives N Worker threads,
// merges their per-interval metrics into snapshots, decides the verdict and tells its observers (the run
// folder writer among them, core/report/runrecorder.h). The GUI and the headless CLI drive this very same
// object, and wire the same observers to it.

#include "core/metrics/outcome.h"
#include "core/plan/shardslice.h"
#include "core/plan/testplan.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace plateau {

class AuthHeaderSource;
class Clock;
class RunObserver;

struct EngineOptions
{
    // Called on the engine's thread with every result; not owned, and must outlive the run. One that
    // reports an error() stops the run (exit 2).
    std::vector<RunObserver *> observers;
    // The clock the load shape follows (users per step, step ends, the end of the load); null = the system
    // clock. A test passes a ManualClock to walk through a long ramp at once.
    Clock *clock = nullptr;
    int snapshotIntervalMs = 1000; // timeseries.csv is written at this rate
    // Resolves a target's auth reference to a header source; null = targets with an auth_ref fail to start.
    std::function<std::shared_ptr<AuthHeaderSource>(const QString &authRef, QString *error)> authResolver;
    // The environment guard (TestPlan::guard) found no test environment: go on anyway, saying so in the
    // outcome (--allow-non-test; the GUI after asking). false: such a target is skipped.
    bool allowNonTest = false;
    // This process runs one slice of the load (plateau run --shard i/N): its share of every step's users and
    // rate, on the whole schedule. A plan that cannot be split (shardRefusal) does not start.
    ShardSlice shard;
    // The wall-clock time (ms since the epoch, UTC) the first target's load begins at, so that shards on
    // several machines run their steps together; after the health check and the warm-up, the engine waits
    // for it. 0 = at once. A target that is ready only later starts at once and its start time says so.
    qint64 startAtMsSinceEpoch = 0;
};

class LoadEngine : public QObject
{
    Q_OBJECT
public:
    explicit LoadEngine(QObject *parent = nullptr);
    ~LoadEngine() override;

    // Starts the run asynchronously. Returns false (and sets *error) when the plan is invalid; no signal
    // follows then.
    bool start(const TestPlan &plan, const EngineOptions &options, QString *error = nullptr);
    // Clean stop: cancels in-flight requests (counted as cancelled), keeps and writes the results so far,
    // skips the remaining targets. finished() follows; the run's exit code is 130 (interrupted).
    void stop();
    // The same, ending with `exitCode` (kExitTerminated for SIGTERM).
    void stopWithExitCode(int exitCode);
    bool isRunning() const;

signals:
    void phaseChanged(int target, plateau::TargetPhase phase, const QString &detail);
    void snapshot(const plateau::IntervalSnapshot &snapshot); // every snapshotIntervalMs during Load
    void stepFinished(int target, const plateau::StepResult &step);
    void targetFinished(const plateau::TargetOutcome &outcome);
    void finished(const plateau::RunOutcome &outcome);
    void message(const QString &text); // human log line (never holds a secret)

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace plateau
