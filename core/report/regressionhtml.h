#pragma once
// The regression check's section of the comparison page (<section id="regression">): the verdict, then per
// configuration and metric baseline, candidate, change, allowed change and verdict, as the table on stdout.

#include "core/report/htmlbuilder.h"
#include "core/report/regression.h"

namespace plateau::dashboard {

void regressionSection(Html &h, const RegressionReport &r);

} // namespace plateau::dashboard
