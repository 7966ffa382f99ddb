#pragma once
// Numbers of the reports (dashboard, regression check) printed so that they never contradict the verdict
// beside them: an actual that failed its limit never prints equal to that limit ("failure_rate < 0.05:
// FAIL (0.05)" is what a fixed two decimals made of 0.0503).

#include <QString>

namespace plateau {

// A threshold's limit as a plan states it: "0.05", "1200", "2.5".
QString formatLimit(double limit);
// `actual` with the fewest decimals (from a default by magnitude: 0 from 100 up, 1 from 10, 2 from 1, three
// significant digits below 1) whose printed value lies on the same side of `limit` as the actual does, and
// equals it only when the actual does. Trailing zeros are dropped.
QString formatAgainstLimit(double actual, double limit);
// A value with the default decimals by magnitude, as formatAgainstLimit starts (no limit to tell apart).
QString formatValue(double v);

} // namespace plateau
