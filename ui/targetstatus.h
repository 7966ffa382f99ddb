#pragma once
// What the results say about how a target ended: "completed — 2 of 4 thresholds failed", "skipped —
// health check failed after 3 attempt(s): …", "stopped". The pass/fail of each threshold is the engine's
// (core/metrics/thresholds): this only counts and words it.

#include "core/metrics/outcome.h"

#include <QString>
#include <vector>

namespace plateau {

int failedThresholdCount(const std::vector<ThresholdResult> &thresholds);
// Over every target of a run.
int failedThresholdCount(const RunOutcome &outcome);
int thresholdCount(const RunOutcome &outcome);

// Finished phases get their threshold tally (completed, stopped) or their reason (skipped: the engine's
// detail, which names the failed health check, the auth problem or the stop); running phases their name.
QString targetStatusText(TargetPhase phase, const QString &detail,
                         const std::vector<ThresholdResult> &thresholds);

// run.json's target status ("completed", "cancelled", "skipped: <why>", written by the run recorder) as
// a phase and a detail; false for a status that names no finished phase ("running" in a run that died).
bool targetPhaseFromStatus(const QString &status, TargetPhase *phase, QString *detail);

// A threshold's value in its metric's unit: "812.3 ms", "0.0125 (1.25%)"; "not measured" for NaN.
QString thresholdValueText(const QString &metric, double value);
// A limit as the plan wrote it, in the same unit: "100 ms", "0.05 (5%)".
QString thresholdLimitText(const QString &metric, double limit);

} // namespace plateau
