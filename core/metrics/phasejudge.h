#pragma once
// How a phase and a target are judged from their steps and totals: the same rules whether the engine judges
// a run as it ends or plateau merge judges the shards' merged figures (docs/architecture.md, "Shards").

#include "core/metrics/outcome.h"
#include "core/plan/testplan.h"

#include <vector>

namespace plateau {

// A sweep's probes go up and down; a knee is read along the load axis (offered rate, then users).
std::vector<StepResult> stepsByLoad(std::vector<StepResult> steps);

// The saturation verdict of one phase's steps (open loop: along the offered rate).
SaturationVerdict phaseSaturation(const LoadProfile &profile, const std::vector<StepResult> &steps,
                                  const SaturationSettings &settings);

// The gates that judge the phase named `phase`: those without a phase and those naming it, in plan order.
std::vector<Threshold> phaseThresholds(const std::vector<Threshold> &all, const QString &phase);

// The phase's gates, in order: untagged ones on the key tag's steps (po.total, po.verdict, steps), with
// "checks" over every tag's checks (k6's checks without a tag); tagged ones on their tag's requests.
std::vector<ThresholdResult> judgePhaseThresholds(const std::vector<Threshold> &gates, const PhaseOutcome &po,
                                                  const std::vector<StepResult> &steps);

// The phase whose verdict is the target's: the first ramp or sweep that ran; without one, the last phase
// that ran; null when none ran.
const PhaseOutcome *judgedPhase(const std::vector<Phase> &phases, const std::vector<PhaseOutcome> &outcomes);

} // namespace plateau
