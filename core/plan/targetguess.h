#pragma once
// A target guessed from a URL: label from the host, compute size and workers from its name. The
// workbench's "Add URLs…" and the command line's --app-url share it, so both name a target alike.

#include <QHash>
#include <QSet>
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

// uniqueLabel for many labels at once, with the same names: uniqueLabel scans the list for every name it
// tries, which a plan of thousands of unlabelled targets would turn cubic; this takes linear time overall.
class UniqueLabels
{
public:
    void take(const QString &label);
    // The name uniqueLabel would give against every label taken so far; it is taken as well.
    QString pick(const QString &wanted);

private:
    QSet<QString> m_taken;      // case-folded
    QHash<QString, int> m_next; // folded stem and first number -> the first number not yet known taken
};

} // namespace plateau
