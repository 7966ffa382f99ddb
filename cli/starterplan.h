#pragma once
// The plan the command line starts from when no plan file is given (`plateau run --app-url ...`,
// `plateau init`), and the commented file `plateau init` writes.

#include "core/plan/testplan.h"

#include <QByteArray>

namespace plateau {

// Databricks' load-testing guide's step ramp (300 users, steps of 20 held 30 s, 20 users/s), the default
// request to POST /invocations with "stream": true, the demo's prompts, no thresholds and no target.
TestPlan starterPlan();

// One target on `plateau mock`'s default address, so a fresh `plateau init` file runs as it is.
Target starterMockTarget();

// planToJson(plan), with a // comment line before each section and field saying what it does and its
// unit. Only comment lines are added: without them the text is planToJson(plan) byte for byte, so the
// file holds exactly the keys the plan format writes.
QByteArray commentedPlanJson(const TestPlan &plan);

} // namespace plateau
