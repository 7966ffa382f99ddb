#pragma once
// What `plateau run --dry-run` prints instead of running: the targets, the steps and the estimated time.

#include "core/plan/testplan.h"

#include <QStringList>

namespace plateau {

// One line each: the plan, every target (label, URL, compute size, workers, auth reference), the prompts
// (how many, from the plan or from promptFile, the file resolvePrompts read, and in which order), the load
// shape with its steps, and the estimate by the guide's formula, for one target and for all.
QStringList dryRunLines(const TestPlan &plan, const QString &promptFile = QString());

// "45 s", "7 min 30 s", "1 h 15 min".
QString humanDuration(double seconds);

} // namespace plateau
