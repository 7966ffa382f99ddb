#pragma once
// Entry point of the GUI for app/main.cpp.

#include <QStringList>

class QApplication;

namespace plateau {

// Builds and shows the main window, runs the event loop and returns its exit code. args: the command line
// (the program name may be included); the first existing *.json file in it is opened. Without one, the
// very first launch opens the demo plan against the built-in mock agent, later launches a new plan.
int runWorkbench(QApplication &app, const QStringList &args);
// Same, creating the QApplication.
int runWorkbench(int argc, char **argv);

class MainWindow;
// What the window opens at start: the first existing *.json file in args; without one, the demo plan
// against the built-in mock agent on the very first launch, a new plan later.
void openInitialPlan(MainWindow &window, const QStringList &args);

} // namespace plateau
