#include "core/metrics/outcome.h"

#include <QCoreApplication>
#include <algorithm>

namespace plateau {

QString targetPhaseKey(TargetPhase p)
{
    switch (p) {
    case TargetPhase::Pending:
        return QStringLiteral("pending");
    case TargetPhase::HealthCheck:
        return QStringLiteral("health_check");
    case TargetPhase::Warmup:
        return QStringLiteral("warmup");
    case TargetPhase::Load:
        return QStringLiteral("load");
    case TargetPhase::Completed:
        return QStringLiteral("completed");
    case TargetPhase::Skipped:
        return QStringLiteral("skipped");
    case TargetPhase::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString targetPhaseText(TargetPhase p)
{
    switch (p) {
    case TargetPhase::Pending:
        return QCoreApplication::translate("TargetPhase", "pending");
    case TargetPhase::HealthCheck:
        return QCoreApplication::translate("TargetPhase", "health check");
    case TargetPhase::Warmup:
        return QCoreApplication::translate("TargetPhase", "warm-up");
    case TargetPhase::Load:
        return QCoreApplication::translate("TargetPhase", "running");
    case TargetPhase::Completed:
        return QCoreApplication::translate("TargetPhase", "done");
    case TargetPhase::Skipped:
        return QCoreApplication::translate("TargetPhase", "skipped");
    case TargetPhase::Cancelled:
        return QCoreApplication::translate("TargetPhase", "stopped");
    }
    return QString();
}

int RunOutcome::targetsRun() const
{
    int n = 0;
    for (const TargetOutcome &t : targets)
        n += t.loadRan() ? 1 : 0;
    return n;
}

bool RunOutcome::measuredAnything() const
{
    for (const TargetOutcome &t : targets) {
        if (t.loadRan() && t.total.completed > 0)
            return true;
    }
    return false;
}

QString phaseStateKey(PhaseState s)
{
    switch (s) {
    case PhaseState::NotReached:
        return QStringLiteral("not_reached");
    case PhaseState::Ran:
        return QStringLiteral("ran");
    case PhaseState::Cancelled:
        return QStringLiteral("cancelled");
    case PhaseState::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

bool PhaseOutcome::thresholdsPassed() const
{
    return std::all_of(thresholds.begin(), thresholds.end(),
                       [](const ThresholdResult &t) { return t.passed; });
}

} // namespace plateau
