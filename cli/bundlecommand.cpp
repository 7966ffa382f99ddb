// plateau bundle PLAN --shards N --image IMAGE --out DIR: the plan as a Kubernetes Indexed Job.

#include "cli/clitr.h"
#include "cli/commands.h"
#include "core/plan/planio.h"
#include "core/report/kubernetesbundle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace plateau {

int cmdBundle(const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Writes the Kubernetes bundle of a plan: an Indexed Job of N pods that each run one shard "
                "of the load on a common schedule, the first merging them when all are done, with the plan "
                "in a ConfigMap, credentials from a Secret and the results on a shared volume."));
    p.addPositionalArgument(QStringLiteral("plan"), Cli::tr("Test plan (*.plateau.json)."),
                            QStringLiteral("PLAN.plateau.json"));
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")});
    p.addOption({QStringLiteral("shards"), Cli::tr("How many pods share the load (default 4)."),
                 QStringLiteral("n"), QStringLiteral("4")});
    p.addOption({QStringLiteral("image"),
                 Cli::tr("The container image with plateau (default plateau:latest; see "
                         "packaging/kubernetes/Containerfile)."),
                 QStringLiteral("image"), QStringLiteral("plateau:latest")});
    p.addOption({QStringLiteral("auth-refs"),
                 Cli::tr("The auth references file the plan's targets name (it goes into the ConfigMap; it "
                         "holds no secret)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("out"), Cli::tr("The folder the bundle goes in (default ./kubernetes)."),
                 QStringLiteral("dir"), QStringLiteral("kubernetes")});
    QStringList argv = args;
    argv.prepend(QStringLiteral("plateau bundle"));
    if (!p.parse(argv)) {
        err << "plateau bundle: " << p.errorText() << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << Cli::tr("Usage: plateau bundle PLAN.plateau.json [--shards N] [--image IMAGE] [--out DIR]")
            << "\n\n"
            << p.helpText() << Qt::flush;
        return 0;
    }
    if (p.positionalArguments().size() != 1) {
        err << Cli::tr("plateau bundle: give exactly one plan file") << Qt::endl;
        return 2;
    }
    const QString source = p.positionalArguments().first();
    const PlanLoadResult loaded = loadPlanFile(source);
    if (!loaded.ok()) {
        err << "plateau bundle: " << source << ": "
            << (loaded.issues.empty() ? QStringLiteral("cannot be read") : loaded.issues.front().toString())
            << Qt::endl;
        return 2;
    }
    KubernetesBundleOptions o;
    bool ok = false;
    o.shards = p.value(QStringLiteral("shards")).toInt(&ok);
    if (!ok)
        o.shards = 0; // refused below, with the range
    o.image = p.value(QStringLiteral("image"));
    if (p.isSet(QStringLiteral("auth-refs"))) {
        QFile f(p.value(QStringLiteral("auth-refs")));
        if (!f.open(QIODevice::ReadOnly)) {
            err << "plateau bundle: --auth-refs: cannot read " << f.fileName() << ": " << f.errorString()
                << Qt::endl;
            return 2;
        }
        o.authRefsJson = f.readAll();
    }
    QString error;
    const QString dir = p.value(QStringLiteral("out"));
    if (!writeKubernetesBundle(dir, *loaded.plan, o, &error)) {
        err << "plateau bundle: " << error << Qt::endl;
        return 2;
    }
    out << Cli::tr("plateau bundle: %1 shards of %2 in %3; next: kubectl apply -k %3")
               .arg(o.shards)
               .arg(o.image, QDir::toNativeSeparators(dir))
        << Qt::endl;
    return 0;
}

} // namespace plateau
