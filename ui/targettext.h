#pragma once
// Text forms of a target's fields for the matrix editor: the header list as one editable line, and a
// target guessed from a pasted URL (label from the host, compute size and workers from its name).

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

struct UrlGuess
{
    QString url;         // as pasted, with https:// added when no scheme was given
    QString label;       // from the host, safe as a folder name
    QString computeSize; // small/medium/large/xlarge when the host names one, else empty
    int workers = 0;     // from a "-w8" / "workers8" token in the host, else 0
};

// A target guessed from one pasted line; nullopt when the line is not an http(s) URL with a host.
std::optional<UrlGuess> guessTargetFromUrl(const QString &line);

// wanted, or wanted-2, wanted-3, ... whichever is not taken (case-insensitive: labels become folder names).
QString uniqueLabel(const QString &wanted, const QStringList &taken);

} // namespace plateau
