#pragma once
// Which runs folder a front end writes to and lists when the user named none. One rule for `plateau run`
// and the workbench, so a window opened where the command line ran lists the command line's runs.

#include <QString>

namespace plateau {

// cwd/runs, the command line's default (`plateau run` without --out), when that folder exists or when
// `fallback` is empty; otherwise `fallback` (the workbench passes its own folder under Documents, so a
// window opened outside any project does not litter its working directory). The path is cleaned: "." as
// cwd gives "runs".
QString defaultRunsDir(const QString &cwd, const QString &fallback = QString());

} // namespace plateau
