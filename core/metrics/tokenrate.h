#pragma once
// Output tokens per second where the server reports usage (a usage event, RequestRecord::outputTokens),
// else text deltas per second. A delta is often several tokens, so the two are never mixed silently: every
// figure carries which of the two it is (docs/architecture.md, "Metric definitions").

#include "core/metrics/snapshot.h"

#include <QString>

namespace plateau {

struct TokenRate
{
    double perS = 0;
    bool tokens = false; // true: output tokens/s from the server's usage; false: deltas/s
    // "output tokens/s" or "deltas/s (the server reports no token usage)", translated.
    QString label() const;
    // "output tokens/s" or "deltas/s": short enough for a column header, translated.
    QString unit() const;
};

// Tokens when the server reported any (outputTokensPerS > 0), deltas otherwise.
TokenRate tokenRate(double outputTokensPerS, double deltasPerS);
TokenRate tokenRate(const StepResult &s);
TokenRate tokenRate(const IntervalSnapshot &s);

// The English source of label() and unit(), for the files that are English on every machine.
const char *tokenRateSourceLabel(bool tokens);
const char *tokenRateSourceUnit(bool tokens);

} // namespace plateau
