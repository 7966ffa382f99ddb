#pragma once
// A target guessed from a URL: label from the host, compute size and workers from its name. The
// workbench's "Add URLs…" and the command line's --app-url share it, so both name a target alike.

#include <QString>
#include <QStringList>
#include <optional>

namespace plateau {

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
