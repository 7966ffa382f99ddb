#pragma once
// Rehearsal in less time: `plateau run --time-scale F` multiplies every duration of a plan's phases by F
// (steps, holds, ramps, settle and think times, a journey's included; spawn rates go up by 1/F so ramps keep
// their shape).
// Users, arrival rates, the SLO and the timeouts stay: a 27-minute stress profile runs in 16 s against the
// built-in mock and says whether the plan does what its author meant.

#include "core/plan/testplan.h"

namespace plateau {

constexpr double kMinTimeScale = 0.001;

// factor in [kMinTimeScale, 1]; the caller checks it.
void scalePlanTime(TestPlan &plan, double factor);

} // namespace plateau
