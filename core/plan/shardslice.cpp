#include "core/plan/shardslice.h"

#include <QStringList>

namespace plateau {

int ShardSlice::shareOfUsers(int total) const
{
    if (total <= 0 || count <= 1)
        return total;
    return total / count + (index < total % count ? 1 : 0);
}

QString ShardSlice::text() const
{
    return QStringLiteral("%1/%2").arg(index + 1).arg(count);
}

bool parseShardSlice(const QString &text, ShardSlice *out, QString *error)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    bool okI = false, okN = false;
    const int i = parts.size() == 2 ? parts[0].toInt(&okI) : 0;
    const int n = parts.size() == 2 ? parts[1].toInt(&okN) : 0;
    if (!okI || !okN || n < 1 || n > ShardSlice::kMaxShards || i < 1 || i > n) {
        if (error)
            *error = QStringLiteral("\"%1\" is not a shard: write i/N with 1 <= i <= N <= %2, e.g. 2/4 for "
                                    "the second of four")
                         .arg(text)
                         .arg(ShardSlice::kMaxShards);
        return false;
    }
    out->index = i - 1;
    out->count = n;
    return true;
}

QString shardRefusal(const TestPlan &plan)
{
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &ph = plan.phases[i];
        const QString where = QStringLiteral("phases[%1] (%2)").arg(i).arg(ph.name);
        if (ph.profile.kind == ProfileKind::Sweep)
            return QStringLiteral("%1 is a sweep, whose next probe depends on what was measured: shards "
                                  "cannot search together; use an arrival_ramp or a step_ramp")
                .arg(where);
        if (ph.gate)
            return QStringLiteral("%1 has a gate, which one shard would open or close alone: remove "
                                  "\"gate\" or run the phases as separate plans")
                .arg(where);
        if (ph.profile.stopAtKnee)
            return QStringLiteral("%1 stops at the knee, which one shard would find alone: set "
                                  "\"stop_at_knee\" to false (the merged run still finds the knee)")
                .arg(where);
    }
    for (const Threshold &t : plan.thresholds)
        if (t.abortOnFail)
            return QStringLiteral("the threshold %1 aborts on fail, which one shard would decide alone: "
                                  "set \"abort_on_fail\" to false (the merged run still judges it)")
                .arg(t.metric);
    if (plan.journey.enabled())
        return QStringLiteral("the plan has a journey, whose tags plateau merge does not merge yet: run it "
                              "unsharded");
    return {};
}

} // namespace plateau
