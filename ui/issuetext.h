#pragma once
// What the workbench says about a plan problem. validatePlan names fields by their 0-based JSON path
// ("targets[2].url"), which the plan file and the command line keep; the workbench numbers its rows from 1,
// so the text the user reads names the row they see: "Target 3, URL".

#include "core/plan/planio.h"

#include <QString>

namespace plateau {

// "Target 3, URL", "Target 3, Header 2 name", "Threshold 1, Value", "Prompt 4". A path without an index
// stays as it is ("profile.max_users", "targets").
QString issueLocation(const QString &path);
// The part of a row the path names when one cell shows several fields ("Header 2 name" for
// targets[2].headers[1].name); empty when the path names the row or one of its columns.
QString issueWithinRow(const QString &path);
// The message with every plan path inside it written the same way: "duplicate label (same as Target 1,
// Label)".
QString issueMessage(const QString &message);
// "Target 3, URL: not an http(s) URL".
QString issueText(const PlanIssue &issue);

} // namespace plateau
