#include "core/cli/commands.h"

#include <QTextStream>

namespace plateau {

int cmdReport(const QStringList &)
{
    QTextStream(stderr) << "plateau report: not available yet" << Qt::endl;
    return 2;
}

} // namespace plateau
