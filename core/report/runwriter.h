#pragma once
// Writes the run folder (docs/architecture.md, "The run folder") while a run goes:
//
//   runs/<run-name>/plan.json, run.json, <label>/{requests,timeseries,failures,results_stats_history}.csv
//   (streamed) and, when a target ends, <label>/{steps,results_stats}.csv. A plan with a journey adds
//   <label>/tag_timeseries.csv (streamed) and <label>/tags.csv (when the target ends).
//
// Files written once go through fileio::writeAtomic (a reader never sees half a file); streamed files are
// appended and flushed at least once per second, so a crash loses at most about a second and everything
// already there stays readable by RunLoader. A write that fails (a full disk) never leaves a short file:
// streams are cut back to their last whole row and stop, and error() names the file and the reason; the
// 4 MiB held from open() to finish() is what the final run.json is written into then. run.json is rewritten
// (atomically) at every target boundary: a run that died says "status": "running" and still names its
// finished targets.
//
// Not thread-safe: the engine's controller calls it from one thread. Targets are written one after the
// other (beginTarget .. finishTarget), as the engine runs them.

#include "core/common/fileio.h"
#include "core/metrics/metricset.h"
#include "core/metrics/requestrecord.h"
#include "core/metrics/snapshot.h"
#include "core/plan/testplan.h"
#include "core/report/runsummary.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace plateau {

// Names of the files in a run folder (also used by the loader and the CLI).
namespace runfiles {
inline const char *plan()
{
    return "plan.json";
}
inline const char *run()
{
    return "run.json";
}
inline const char *dashboard()
{
    return "dashboard.html";
}
inline const char *requests()
{
    return "requests.csv";
}
inline const char *timeseries()
{
    return "timeseries.csv";
}
inline const char *failures()
{
    return "failures.csv";
}
inline const char *steps()
{
    return "steps.csv";
}
inline const char *stats()
{
    return "results_stats.csv";
}
inline const char *statsHistory()
{
    return "results_stats_history.csv";
}
// A journey's per-tag figures (written only when the plan has one).
inline const char *tags()
{
    return "tags.csv";
}
inline const char *tagTimeseries()
{
    return "tag_timeseries.csv";
}
// A shard's raw histograms (core/report/histogramsfile.h), for plateau merge.
inline const char *histograms()
{
    return "histograms.jsonl";
}
} // namespace runfiles

class RunWriter
{
public:
    RunWriter();
    ~RunWriter(); // flushes and closes the streams; without finish() run.json keeps "status": "running"
    RunWriter(const RunWriter &) = delete;
    RunWriter &operator=(const RunWriter &) = delete;

    // Creates <runsDir>/<runName> (sanitised; an existing non-empty folder is never reused: -2, -3, ...
    // is appended), writes plan.json (header values that look like credentials redacted, URLs without
    // user info) and run.json with "status": "running".
    bool open(const QString &runsDir, const QString &runName, const TestPlan &plan, QString *error = nullptr);
    QString runName() const { return m_summary.runName; } // the final folder name
    QString runDir() const { return m_runDir; }
    bool isOpen() const { return !m_runDir.isEmpty(); }

    // Creates <label>/ (sanitised, unique) and opens the streamed files. Request times are written in ms
    // relative to targetStartNs (the engine clock's value when the target's load phase began).
    bool beginTarget(int index, const Target &t, std::int64_t targetStartNs = 0, QString *error = nullptr);
    QString targetDir(int index) const; // absolute path, empty when unknown
    // A shard's run: run.json names the slice and the common start, and every target folder keeps its raw
    // histograms (runfiles::histograms) for plateau merge. Called after open(), before the first target.
    void setShard(const ShardSlice &slice, const QDateTime &scheduleStart);
    // A merged run: run.json says how many shards it holds and which had not finished.
    void setMerged(int shards, const QStringList &incomplete);
    // The method of authentication of the current target, recorded in run.json (never a value).
    void setAuthMethod(int index, const QString &method);

    // details (may be null) runs parallel to records: the engine's redacted failure text per record.
    void appendRequests(const RequestRecord *records, size_t n, const QStringList *details = nullptr);
    void appendInterval(const IntervalSnapshot &s, const MetricSet &cumulative);
    // A shard's raw histograms; nothing without setShard. finishTarget adds the target's total.
    void appendIntervalSet(const IntervalSnapshot &s, const MetricSet &interval);
    void appendStepSet(const StepResult &step, const MetricSet &set);
    void appendPhaseSet(const PhaseOutcome &phase, const MetricSet &set);
    // The phases of a target as the engine reported them (run.json's "phases"); called before
    // finishTarget, whose run.json then holds them.
    void setPhases(int index, const std::vector<PhaseOutcome> &phases);
    // A journey's tags over the whole load, and the environment guard's finding (run.json's "tags" and
    // "environment_guard"); like setPhases, called before finishTarget, whose tags.csv holds them.
    void setTags(int index, const std::vector<TagOutcome> &tags);
    void setEnvironmentGuard(int index, const QString &detail, bool overridden);
    // status: "completed", "cancelled", "skipped: health check failed: ..."
    bool finishTarget(const std::vector<StepResult> &steps, const SaturationVerdict &v,
                      const MetricSet &total, const QString &status, QString *error = nullptr);

    // Rewrites run.json with the engine's summary; what the engine left empty the writer fills from what
    // it recorded (folder names, times, totals, verdicts, host, OS, tool version).
    bool finish(const RunSummary &summary, QString *error = nullptr);

    void flush();
    // The first I/O error of any write, streamed or not; empty when none. Once set, the run folder is
    // incomplete: the engine stops the run and exits with a run error.
    QString error() const { return m_error; }
    // What run.json currently holds.
    const RunSummary &summary() const { return m_summary; }

private:
    struct Streams;
    TargetSummary *current();
    TargetSummary *targetState(int index);
    bool writeRunJson(QString *error);
    bool writeOnce(const QString &path, const QByteArray &data, QString *error);
    void writeStream(fileio::AppendFile *f, const QByteArray &data);
    void noteError(const QString &error);
    void closeStreams();

    QString m_runDir;
    QStringList m_takenDirs;
    QStringList m_phaseNames; // the plan's, for the phase column of steps.csv and timeseries.csv
    QStringList m_tagNames;   // Journey::tags(); empty without a journey (no tag files then)
    QStringList m_stepNames;  // the journey's steps, for requests.csv's journey_step column
    RunSummary m_summary;
    int m_current = -1; // plan index of the target being written
    std::int64_t m_originNs = 0;
    double m_lastSnapshotEndS = 0;
    bool m_keepHistograms = false;
    std::unique_ptr<Streams> m_streams;
    QByteArray m_buf; // reused for every row
    QByteArray m_failBuf;
    QElapsedTimer m_sinceFlush;
    QString m_error;
    fileio::SpaceReserve m_reserve;
};

// plan.json content: planToJson with credential-looking header values and URL user info redacted.
QByteArray redactedPlanJson(const TestPlan &plan);

} // namespace plateau
