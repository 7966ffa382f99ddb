#pragma once
// The command line's words for the translation catalogue: Cli::tr("...") files them under the context
// "plateau::Cli", as the workbench's tr() files its own under each widget's class.

#include <QCoreApplication>

namespace plateau {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(plateau::Cli)
};

} // namespace plateau
