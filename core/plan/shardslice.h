#pragma once
// One slice of a plan's load, for a run spread over several generator processes (docs/architecture.md,
// "Shards"). Every shard runs the whole schedule (the same steps, at the same times) with its share of the
// users and of the arrival rate; the shares of the N slices add up to the plan's figures exactly (users:
// round-robin, k6's execution-segment rule for whole numbers; rates: a plain N-th).

#include "core/plan/testplan.h"

#include <QString>

namespace plateau {

struct ShardSlice
{
    static constexpr int kMaxShards = 10000;
    int index = 0; // 0-based
    int count = 1; // 1 = the whole load, no sharding

    bool sharded() const { return count > 1; }
    // This slice's share of `total` users: total / N, plus one for the first total % N slices. Shares sum
    // to total and never shrink as total grows, so a ramp never takes a user back from a shard.
    int shareOfUsers(int total) const;
    double shareOfRate(double total) const { return total / count; }
    // "2/4": 1-based, as the command line takes it.
    QString text() const;
    bool operator==(const ShardSlice &o) const { return index == o.index && count == o.count; }
};

// "i/N" with 1 <= i <= N <= kMaxShards; false with a message that says what is expected.
bool parseShardSlice(const QString &text, ShardSlice *out, QString *error);

// Why this plan cannot be split (empty: it can). A sweep decides its next probe from what it measured and a
// gate or stop_at_knee from the thresholds or the knee: a shard sees only its slice, so it would decide
// alone what every shard must decide together. A journey's tags are not merged yet.
QString shardRefusal(const TestPlan &plan);

} // namespace plateau
