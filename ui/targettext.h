#pragma once
// Text forms of a target's fields for the matrix editor: the header list as one editable line. Targets
// guessed from a pasted URL come from core/plan/targetguess.h, shared with the command line.

#include "core/plan/testplan.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace plateau {

// Header values whose name is secret (core/common/secretnames.h) are shown masked in the table; the edit
// text keeps them.

// "Name: value; Name2: value2". With maskSecrets, sensitive values read "••••".
QString headersToText(const std::vector<Header> &headers, bool maskSecrets);

// Inverse of headersToText: entries split at ';', name and value at the first ':', both trimmed; empty
// entries are skipped. An entry without ':' or with an empty name is refused with *error naming it.
std::optional<std::vector<Header>> headersFromText(const QString &text, QString *error = nullptr);

} // namespace plateau
