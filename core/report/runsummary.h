#pragma once
// What run.json records: the engine fills a RunSummary at the end of a run; the writer adds what only it
// knows (folder names, host, times) and the loader reads it back. Value types, no secrets: a target names
// its auth *method* ("none", "static", "oauth-m2m", ...), never a credential.

#include "core/metrics/outcome.h" // ThresholdResult
#include "core/metrics/snapshot.h"
#include "core/plan/shardslice.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace plateau {

struct TargetTotals
{
    std::uint64_t requests = 0; // every finished request: ok + failed + cancelled
    std::uint64_t ok = 0;
    std::uint64_t failed = 0; // server failures, = sum of `failures` over the failure classes
    std::uint64_t cancelled = 0;
    FailureCounts failures{}; // by class (None and Cancelled stay 0)
    // Answers (429/503) that said when to come back, and what they asked for.
    std::uint64_t retryAfterCount = 0;
    double retryAfterMeanS = 0;
    std::int64_t retryAfterMaxS = 0;
    // Text deltas and the output tokens the server reported (0 when it reports no usage), and both per
    // second of the load phase: core/metrics/tokenrate.h says which of the two to show.
    std::uint64_t deltas = 0;
    std::uint64_t outputTokens = 0;
    double deltasPerS = 0;
    double outputTokensPerS = 0;
};

struct TargetSummary
{
    int index = 0; // index of the target in the plan
    QString label; // as the user wrote it
    QString dir;   // the sanitised folder name inside the run folder (the writer fills it)
    QString url;   // without user info or secret query values
    QString computeSize;
    int workers = 0;
    QString authMethod; // the kind only
    // "pending", "running", "completed", "cancelled", "skipped: ...", "aborted: <threshold>"
    QString status;
    QDateTime startedAt, finishedAt; // UTC
    double durationS = 0;            // load phase length (last snapshot end)
    TargetTotals totals;
    // Whole-target distributions (the cumulative MetricSet at the end).
    Summary latency, ttft, headers, firstEvent, itl, tpot;
    Summary connect{}, tlsHandshake{}; // connection setup of the requests that opened one
    SaturationVerdict verdict;
    std::vector<ThresholdResult> thresholds;
    // One per plan phase, as the engine reported them ("phases" in run.json). The loader fills them for a
    // run.json without (older runs: one phase "load" covering every step).
    std::vector<PhaseOutcome> phases;
    // A journey's tags over the whole load ("tags" in run.json; each phase has its own in `phases`). Empty
    // without a journey, and for a run.json written before journeys.
    std::vector<TagOutcome> tags{};
    // The environment guard's finding, and whether the run went on although it did not match
    // (--allow-non-test): "environment_guard" in run.json, absent when the plan has no guard.
    QString guardDetail{};
    bool guardOverridden = false;

    bool thresholdsPassed() const;
    bool hasTotals() const { return totals.requests > 0; }
};

struct RunSummary
{
    int schema = 1;
    QString toolVersion; // PLATEAU_VERSION when left empty
    QString host, os;
    QString runName; // the writer always puts the final folder name here
    // "running" while the run goes (and forever if it crashed), then "completed", "failed" (a threshold
    // or a target failed) or "cancelled".
    QString status;
    QDateTime startedAt, finishedAt; // UTC
    int exitStatus = 0;              // the CLI's exit code for this run
    QString exitReason;              // one human sentence
    std::vector<TargetSummary> targets;
    std::vector<ThresholdResult> thresholds; // run-wide gates, if the engine evaluates any
    QString thresholdSet{};                  // the plan's threshold set the run judged; empty = none
    bool tlsInsecure = false;                // the plan's tls.insecure: certificates were not verified
    // A shard's run (plateau run --shard i/N): its slice, and the common start its load was scheduled at
    // (invalid: at once). run.json's "shard"; absent for a run of the whole load.
    ShardSlice shard{};
    QDateTime scheduleStart{};
    // A merged run (plateau merge): how many shards it was made of and those that had not finished (cut
    // short or still running: the figures hold what they had written). run.json's "merged".
    int mergedShards = 0;
    QStringList incompleteShards{};

    bool thresholdsPassed() const;
    const TargetSummary *targetByIndex(int index) const;
};

// run.json (nlohmann ordered_json, human order, 2-space indent).
QByteArray runSummaryToJson(const RunSummary &s);
// Errors name the JSON path ("targets[1].verdict.peak_qps: not a number") or the parse position
// ("line 3, column 7: ...").
bool runSummaryFromJson(const QByteArray &json, RunSummary *out, QString *error);
// PhaseState from its key ("skipped"); false for an unknown one.
bool phaseStateFromKey(const QString &key, PhaseState *out);

} // namespace plateau
