#include "ui/spinfields.h"

#include <QSignalBlocker>
#include <algorithm>
#include <cmath>

namespace plateau {

double keptValue(double base, const QDoubleSpinBox *box)
{
    if (!std::isfinite(base))
        return box->value();
    const double scale = std::pow(10.0, box->decimals());
    const double shown = std::clamp(std::round(base * scale) / scale, box->minimum(), box->maximum());
    return std::fabs(shown - box->value()) < 0.5 / scale ? base : box->value();
}

int keptValue(int base, const QSpinBox *box)
{
    return std::clamp(base, box->minimum(), box->maximum()) == box->value() ? base : box->value();
}

void setQuietly(QDoubleSpinBox *box, double value)
{
    const QSignalBlocker block(box);
    box->setValue(value);
}

void setQuietly(QSpinBox *box, int value)
{
    const QSignalBlocker block(box);
    box->setValue(value);
}

} // namespace plateau
