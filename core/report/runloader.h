#pragma once
// Loads a run folder (or Locust CSV output) back into value types, for comparison, the GUI's results
// view and the dashboard. Tolerant of a run that crashed: run.json still "running", steps.csv missing
// (steps are then derived from timeseries.csv, marked approximate), a last CSV line cut in half (dropped,
// with a warning). Malformed content otherwise is an error that names the file and the line.

#include "core/metrics/snapshot.h"
#include "core/plan/testplan.h"
#include "core/report/runsummary.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace plateau {

struct LoadedTarget
{
    TargetSummary summary;
    std::vector<StepResult> steps;
    std::vector<IntervalSnapshot> timeseries;
    // Steps rebuilt from timeseries.csv (the run died before the target finished): counts and QPS are
    // exact, percentiles are completion-weighted means of the per-interval ones.
    bool stepsDerived = false;
};

struct LoadedRun
{
    QString dir;                                // absolute path of the folder (or the Locust file)
    QString source = QStringLiteral("plateau"); // "plateau" or "locust"
    RunSummary summary;
    std::optional<TestPlan> plan; // from plan.json when it reads
    std::vector<LoadedTarget> targets;
    QStringList warnings; // what was missing or repaired, one sentence each

    // The run never reached finish(): it crashed or was killed.
    bool interrupted() const { return summary.status == QLatin1String("running"); }
    QString displayName() const { return summary.runName.isEmpty() ? dir : summary.runName; }
};

class RunLoader
{
public:
    // A Plateau run folder (holding run.json).
    static bool load(const QString &runDir, LoadedRun *out, QString *error);
    // Locust --csv output: a *_stats.csv file (its *_stats_history.csv beside it), or a folder holding
    // such files directly or one level down (one target per file; the folder name is the label, as the
    // load-test-runs/<run>/<label>/ layout of Databricks' load-testing guide has it). Each user count of the
    // history becomes one synthetic step. Request types named like "TTFT" are read as the TTFT metric, not as
    // requests.
    static bool loadLocust(const QString &path, LoadedRun *out, QString *error);
    // Whichever of the two the path holds.
    static bool loadAny(const QString &path, LoadedRun *out, QString *error);

    // Steps from snapshots, grouped by step number (the first settleS of each step left out when the
    // step is long enough).
    static std::vector<StepResult> deriveSteps(const std::vector<IntervalSnapshot> &timeseries,
                                               double settleS);
    // The same with each phase's own settle time (settleS[phase]; the last one for a phase past the end).
    static std::vector<StepResult> deriveSteps(const std::vector<IntervalSnapshot> &timeseries,
                                               const std::vector<double> &settleS);
    // One PhaseOutcome per plan phase (one "load" phase without a plan), from the steps and the summary:
    // what a run.json without "phases" (an older run, or a target that never finished) is read as.
    static std::vector<PhaseOutcome> synthesizePhases(const TargetSummary &summary,
                                                      const std::vector<StepResult> &steps,
                                                      const std::optional<TestPlan> &plan);
};

} // namespace plateau
