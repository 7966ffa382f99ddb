#pragma once
// plateau merge: the run folders of the N shards of one run (plateau run --shard i/N) made into one run
// folder, as if one process had run the whole load (docs/architecture.md, "Shards"). Counts are summed,
// histograms merged bucket by bucket from each shard's histograms.jsonl, steps aligned by number (every
// shard ran the same schedule), intervals by time; the verdicts and the thresholds are judged on the merged
// figures, by the same rules as the engine's (core/metrics/phasejudge.h), and the dashboard is written.
//
// Refused: a folder that is not a shard's, shards of different plans, slicings or schedules, a shard given
// twice, a missing one. A shard that has not finished (killed, or still running) is merged with what it
// wrote and the merged run is marked incomplete, so the merge can be re-run while the shards write.

#include "core/metrics/outcome.h"
#include "core/plan/testplan.h"

#include <QString>
#include <QStringList>

namespace plateau {

struct MergeReport
{
    QString runDir;         // the merged run folder
    int shards = 0;         // how many were merged
    QStringList incomplete; // "3/4" for each shard that had not finished
    QStringList warnings;   // one sentence each (shards that started far apart, ...)
    RunOutcome outcome;     // the merged run's, as the engine would have reported it
    TestPlan plan;          // the plan the shards ran (their plan.json)
};

// The shard folders among paths: a run folder stands for itself; a folder without run.json for the shards'
// run folders directly inside it (a merged run or anything else there is left out), in name order.
QStringList shardFolders(const QStringList &paths);

// How far the shards of paths are: how many the run has (0 = none found), how many are there, how many
// finished (their run.json no longer says "running"). For `plateau merge --wait`.
struct ShardProgress
{
    int expected = 0, present = 0, finished = 0;
    bool done() const { return expected > 0 && present == expected && finished == expected; }
};
ShardProgress shardProgress(const QStringList &shardDirs);

// outDir: the merged run folder; an existing one is replaced only when it holds an earlier merge.
bool mergeShards(const QStringList &shardDirs, const QString &outDir, MergeReport *report, QString *error);

} // namespace plateau
