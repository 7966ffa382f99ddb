#pragma once
// Before a run: a plan that names a prompt file gets its prompts from it. The CLI's `plateau run` and the
// workbench's run start both call resolvePrompts, so a file is read by the same rules wherever it runs.

#include "core/plan/testplan.h"

#include <QString>

namespace plateau {

// The file a prompt source names, as a path to open: a relative path against planDir (the plan file's
// folder; empty = the working directory). Empty when the source names no file.
QString promptFilePath(const PromptSource &source, const QString &planDir);

// Reads plan.promptSource.file (when it names one) and replaces plan.prompts with its prompts. A missing or
// unreadable file, any line that could not be read, or a file without a prompt leaves the plan unchanged and
// returns false with *error naming the file and the line ("prompts.csv: line 7: ..."); the run must not
// start with some of the user's prompts silently left out. *loadedFrom (optional) gets the path it read.
// The journey's and the mock's users files and the tls section's files, when relative, become paths against
// planDir as well.
bool resolvePrompts(TestPlan &plan, const QString &planDir, QString *error, QString *loadedFrom = nullptr);

// The same file named from another folder (a plan saved elsewhere): relative to toDir when the source's
// path is relative, so it still names the same file; an absolute path stays as it is.
PromptSource rebasedPromptSource(const PromptSource &source, const QString &fromDir, const QString &toDir);

} // namespace plateau
