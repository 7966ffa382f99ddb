#pragma once
// Form fields that give back the plan's exact value while the user has not changed them: a spin box rounds
// to its decimals and clamps to its range, and a plan must still save back byte for byte.

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace plateau {

// base unless the box shows something other than what base would display as.
double keptValue(double base, const QDoubleSpinBox *box);
int keptValue(int base, const QSpinBox *box);

// Sets the box without emitting valueChanged.
void setQuietly(QDoubleSpinBox *box, double value);
void setQuietly(QSpinBox *box, int value);

} // namespace plateau
