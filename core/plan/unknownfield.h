#pragma once
// Internal to the plan library: what the plan reader says about a key it does not know. A typo must not
// pass for a plan that runs with the default instead ("max_user": 60 and the ramp goes to 300 users), so
// the message points at the key that was probably meant.

#include <QString>
#include <QStringList>
#include <QStringView>

namespace plateau {

// "unknown field — did you mean max_users?" when a known key is close (see closestKey), otherwise
// "unknown field (known here: a, b, c)".
QString unknownFieldMessage(const QString &key, const QStringList &known);

// The known key that key most likely misspells, or an empty string: equal but for case, or at most two
// edits away (one for keys of up to three characters, so "id" does not become "op"). An edit is an
// insertion, a deletion, a substitution or a swap of two neighbours. The first of equally close keys wins.
QString closestKey(const QString &key, const QStringList &known);

// Optimal string alignment distance between a and b (Damerau-Levenshtein where no substring is edited
// twice), or cap + 1 as soon as it is certain to exceed cap: keys of any length cost O(len * cap).
int editDistance(QStringView a, QStringView b, int cap);

} // namespace plateau
