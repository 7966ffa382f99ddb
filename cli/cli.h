#pragma once
// The headless command line (docs/architecture.md, "The layering rule"): the same LoadEngine and MockAgent
// the workbench drives.
//   plateau run PLAN.json [--run-name NAME] [--out DIR]   run a plan, live progress, exit 0/1/2
//   plateau run --demo                                    the demo plan against an embedded mock agent
//   plateau mock [--port N] [...]                         serve the built-in mock agent
//   plateau validate PLAN.json                            check a plan, print every problem with its path
//   plateau report RUN_DIR [RUN_DIR...]                   (re)generate dashboard.html

#include <QStringList>

namespace plateau {

// True when args (without the program name) name a CLI command rather than the workbench.
bool isCliCommand(const QStringList &args);
// Runs the command; needs a QCoreApplication. Returns the process exit code.
int runCli(const QStringList &arguments);

} // namespace plateau
