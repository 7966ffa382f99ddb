#include "core/plan/promptsource.h"

namespace plateau {

QString promptOrderName(PromptOrder order)
{
    return order == PromptOrder::Sequential ? QStringLiteral("sequential") : QStringLiteral("random");
}

std::optional<PromptOrder> promptOrderFromName(const QString &name)
{
    if (name == QLatin1String("random"))
        return PromptOrder::Random;
    if (name == QLatin1String("sequential"))
        return PromptOrder::Sequential;
    return std::nullopt;
}

} // namespace plateau
