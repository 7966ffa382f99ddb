#pragma once
// The journey part of the dashboard (docs/architecture.md, "Journeys"): per target its tags per phase
// (the key tag marked), the checks of its steps with their pass rates, the latency p95 of each tag over
// time, and the environment guard's finding. English, like the rest of the page.

#include "core/report/dashboardmodel.h"
#include "core/report/htmlbuilder.h"

namespace plateau::dashboard {

// A warning per target that ran although its environment guard did not match (--allow-non-test).
void guardBanners(Html &h, const Model &m);
// "environment: GET …/api/health: app_env is \"test\"", or the warning of a run that was allowed on a
// host that is not a test environment; empty when the plan has no guard.
QString guardLine(const TargetSummary &t);
// <section id="journey">: only when some target has tags.
void journeySection(Html &h, const Model &m);
bool anyJourney(const Model &m);

} // namespace plateau::dashboard
