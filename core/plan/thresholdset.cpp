// Threshold sets: the named alternatives a run picks one of (the k6 runbook's latency profiles).
#include "core/plan/testplan.h"

namespace plateau {

namespace {
const ThresholdSet *findSet(const TestPlan &plan, const QString &name)
{
    for (const ThresholdSet &s : plan.thresholdSets)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString unknownSetMessage(const TestPlan &plan, const QString &name)
{
    QStringList names;
    for (const ThresholdSet &s : plan.thresholdSets)
        names.append(s.name);
    if (names.isEmpty())
        return QStringLiteral("unknown threshold set \"%1\": the plan has no threshold_sets").arg(name);
    return QStringLiteral("unknown threshold set \"%1\" (the plan has %2)")
        .arg(name, names.join(QLatin1String(", ")));
}
} // namespace

std::vector<Threshold> activeThresholds(const TestPlan &plan, const QString &setName, QString *error)
{
    std::vector<Threshold> out = plan.thresholds;
    const QString name = setName.isEmpty() ? plan.thresholdSet : setName;
    if (name.isEmpty())
        return out;
    const ThresholdSet *set = findSet(plan, name);
    if (!set) {
        if (error)
            *error = unknownSetMessage(plan, name);
        return out;
    }
    out.insert(out.end(), set->thresholds.begin(), set->thresholds.end());
    return out;
}

bool applyThresholdSet(TestPlan &plan, const QString &setName, QString *error)
{
    const QString name = setName.isEmpty() ? plan.thresholdSet : setName;
    if (!name.isEmpty() && !findSet(plan, name)) {
        if (error)
            *error = unknownSetMessage(plan, name);
        return false;
    }
    plan.thresholdSet = name;
    return true;
}

} // namespace plateau
