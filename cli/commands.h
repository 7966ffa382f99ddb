#pragma once
// Sub-commands implemented in their own files.

#include <QStringList>

namespace plateau {

int cmdReport(const QStringList &args); // reportcommand.cpp
int cmdInit(const QStringList &args);   // initcommand.cpp
int cmdMerge(const QStringList &args);  // mergecommand.cpp
int cmdBundle(const QStringList &args); // bundlecommand.cpp

} // namespace plateau
