#pragma once
// Human formats shared by the panels.

#include <QString>

namespace plateau {

// "12 s", "7 min 30 s", "1 h 05 min"; "—" for a negative or non-finite value.
QString formatDuration(double seconds);
// Fixed decimals that shrink as the value grows: 0.123, 1.23, 12.3, 1234.
QString formatMetric(double value);

} // namespace plateau
