// plateau init [FILE] [--force] [--app-url URL ...]: a commented starter plan that loads, validates and
// runs as it is (against `plateau mock` unless --app-url names the targets).
#include "cli/clitr.h"
#include "cli/commands.h"
#include "cli/dryrun.h"
#include "cli/planflags.h"
#include "cli/starterplan.h"
#include "core/common/fileio.h"
#include "core/plan/planio.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace plateau {

namespace {

// The workbench's Open and Save dialogs list *.plateau.json first.
const char kDefaultFile[] = "plan.plateau.json";

} // namespace

int cmdInit(const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr(
        "Writes a starter plan with a // comment on every section and field (what it does, its unit). "
        "It runs as it is against `plateau mock`; --app-url and the other plan flags fill it in."));
    p.addPositionalArgument(QStringLiteral("file"),
                            Cli::tr("Where to write the plan (default %1).").arg(QLatin1String(kDefaultFile)),
                            QStringLiteral("[FILE]"));
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help and exit.")});
    p.addOption({QStringLiteral("force"), Cli::tr("Overwrite FILE when it exists.")});
    addPlanFlagOptions(p, kTargetFlags | kProfileFlags);
    if (!p.parse(QStringList{QStringLiteral("plateau")} + args)) {
        err << "plateau init: " << p.errorText() << Qt::endl
            << Cli::tr("(plateau init --help lists every option)") << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        const QString text = p.helpText();
        out << Cli::tr("Usage: plateau init [FILE] [options]") << text.mid(text.indexOf(QLatin1Char('\n')))
            << Qt::flush;
        return 0;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() > 1) {
        err << Cli::tr("plateau init: give one file, not %1").arg(files.size()) << Qt::endl;
        return 2;
    }
    const QString file = files.isEmpty() ? QLatin1String(kDefaultFile) : files.first();
    if (!file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        err << Cli::tr("plateau init: %1 does not end in .json; name it like %2, which the workbench's Open "
                       "dialog lists")
                   .arg(file, QFileInfo(file).fileName() + QStringLiteral(".plateau.json"))
            << Qt::endl;
        return 2;
    }
    const QFileInfo info(file);
    if (info.isDir()) {
        err << Cli::tr("plateau init: %1 is a folder; name a file in it, e.g. %2")
                   .arg(file, QDir(file).filePath(QLatin1String(kDefaultFile)))
            << Qt::endl;
        return 2;
    }
    if (info.exists() && !p.isSet(QStringLiteral("force"))) {
        err << Cli::tr("plateau init: %1 already exists; pass --force to overwrite it").arg(file) << Qt::endl;
        return 2;
    }

    QStringList errors;
    const PlanFlags flags = readPlanFlags(p, kTargetFlags | kProfileFlags, &errors);
    TestPlan plan = starterPlan();
    if (flags.appUrls.isEmpty())
        plan.targets.push_back(starterMockTarget());
    const PlanFlagsOutcome applied = applyPlanFlags(flags, plan, false, nullptr);
    errors << applied.errors;
    for (const QString &e : errors)
        err << "plateau init: " << e << Qt::endl;
    if (!errors.isEmpty())
        return 2;
    const std::vector<PlanIssue> issues = validatePlan(plan);
    for (const PlanIssue &i : issues) {
        err << "plateau init: " << i.toString();
        if (const QString flag = flagForPlanPath(i.path); !flag.isEmpty())
            err << Cli::tr(" (set with %1)").arg(flag);
        err << Qt::endl;
    }
    if (!issues.empty())
        return 2;

    QString error;
    if (!fileio::writeAtomic(file, commentedPlanJson(plan), &error)) {
        err << Cli::tr("plateau init: %1").arg(error) << Qt::endl;
        return 2;
    }
    const QString shown = QDir::toNativeSeparators(file);
    out << Cli::tr("plateau init: wrote %1 (%2 target(s), about %3 of load per target)")
               .arg(shown)
               .arg(plan.targets.size())
               .arg(humanDuration(estimatedTargetSeconds(plan.profile())))
        << Qt::endl;
    if (flags.appUrls.isEmpty())
        out << Cli::tr("next: edit its targets, or try it as it is: `plateau mock` in one terminal, "
                       "`plateau run %1` in another")
                   .arg(shown)
            << Qt::endl;
    else
        out << Cli::tr("next: plateau run %1").arg(shown) << Qt::endl;
    return 0;
}

} // namespace plateau
