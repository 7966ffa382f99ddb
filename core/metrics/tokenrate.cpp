#include "core/metrics/tokenrate.h"

#include <QCoreApplication>

namespace plateau {

const char *tokenRateSourceLabel(bool tokens)
{
    return tokens ? QT_TRANSLATE_NOOP("plateau::TokenRate", "output tokens/s")
                  : QT_TRANSLATE_NOOP("plateau::TokenRate", "deltas/s (the server reports no token usage)");
}

const char *tokenRateSourceUnit(bool tokens)
{
    return tokens ? QT_TRANSLATE_NOOP("plateau::TokenRate", "output tokens/s")
                  : QT_TRANSLATE_NOOP("plateau::TokenRate", "deltas/s");
}

QString TokenRate::label() const
{
    return QCoreApplication::translate("plateau::TokenRate", tokenRateSourceLabel(tokens));
}

QString TokenRate::unit() const
{
    return QCoreApplication::translate("plateau::TokenRate", tokenRateSourceUnit(tokens));
}

TokenRate tokenRate(double outputTokensPerS, double deltasPerS)
{
    // A server that reports usage reports it for (nearly) every answer: any token seen means the count is
    // the server's own, and deltas would understate a multi-token delta.
    if (outputTokensPerS > 0)
        return TokenRate{outputTokensPerS, true};
    return TokenRate{deltasPerS, false};
}

TokenRate tokenRate(const StepResult &s)
{
    return tokenRate(s.outputTokensPerS, s.deltasPerS);
}

TokenRate tokenRate(const IntervalSnapshot &s)
{
    return tokenRate(s.outputTokensPerS, s.deltasPerS);
}

} // namespace plateau
