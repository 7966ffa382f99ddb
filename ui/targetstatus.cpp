#include "ui/targetstatus.h"

#include "ui/format.h"

#include <QCoreApplication>
#include <cmath>

namespace plateau {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::TargetStatus", text);
}
} // namespace

int failedThresholdCount(const std::vector<ThresholdResult> &thresholds)
{
    int failed = 0;
    for (const ThresholdResult &t : thresholds)
        failed += t.passed ? 0 : 1;
    return failed;
}

int failedThresholdCount(const RunOutcome &outcome)
{
    int failed = 0;
    for (const TargetOutcome &t : outcome.targets)
        failed += failedThresholdCount(t.thresholds);
    return failed;
}

int thresholdCount(const RunOutcome &outcome)
{
    int total = 0;
    for (const TargetOutcome &t : outcome.targets)
        total += int(t.thresholds.size());
    return total;
}

QString targetStatusText(TargetPhase phase, const QString &detail,
                         const std::vector<ThresholdResult> &thresholds)
{
    QString word;
    switch (phase) {
    case TargetPhase::Completed:
        word = tr("completed");
        break;
    case TargetPhase::Cancelled:
        word = tr("stopped");
        break;
    case TargetPhase::Skipped:
        return detail.isEmpty() ? tr("skipped") : tr("skipped — %1").arg(detail);
    default:
        return targetPhaseText(phase);
    }
    if (thresholds.empty())
        return word;
    // Whole sentences rather than "threshold(s)": the count is what the user scans for.
    const int total = int(thresholds.size());
    const int failed = failedThresholdCount(thresholds);
    if (total == 1)
        return (failed ? tr("%1 — its threshold failed") : tr("%1 — its threshold passed")).arg(word);
    if (failed == 0)
        return tr("%1 — all %2 thresholds passed").arg(word).arg(total);
    return tr("%1 — %2 of %3 thresholds failed").arg(word).arg(failed).arg(total);
}

bool targetPhaseFromStatus(const QString &status, TargetPhase *phase, QString *detail)
{
    const QString skipped = targetPhaseKey(TargetPhase::Skipped);
    if (status == skipped || status.startsWith(skipped + u':')) {
        *phase = TargetPhase::Skipped;
        *detail = status.mid(skipped.size() + 1).trimmed();
        return true;
    }
    for (const TargetPhase p : {TargetPhase::Completed, TargetPhase::Cancelled}) {
        if (status == targetPhaseKey(p)) {
            *phase = p;
            detail->clear();
            return true;
        }
    }
    return false;
}

namespace {
QString withUnit(const QString &metric, double value, const QString &number)
{
    if (metric.endsWith(QLatin1String("_ms")))
        return tr("%1 ms").arg(number);
    // The gate is written as a fraction (failure_rate < 0.05); the share is easier to read beside it.
    if (metric == QLatin1String("failure_rate"))
        return tr("%1 (%2%)").arg(number, QString::number(value * 100.0, 'g', 4));
    return number;
}
} // namespace

QString thresholdValueText(const QString &metric, double value)
{
    if (!std::isfinite(value))
        return tr("not measured");
    return withUnit(metric, value,
                    metric == QLatin1String("failure_rate") ? QString::number(value, 'g', 4)
                                                            : formatMetric(value));
}

QString thresholdLimitText(const QString &metric, double limit)
{
    // The number as thresholdExpression() writes it, so the limit and the expression beside it agree.
    return withUnit(metric, limit, QString::number(limit));
}

} // namespace plateau
