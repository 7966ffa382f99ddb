#include "core/plan/promptresolve.h"

#include "core/plan/promptfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plateau {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::PromptIo", text);
}

constexpr int kShownErrors = 5; // a broken file's first lines say enough; the rest is a count

} // namespace

QString promptFilePath(const PromptSource &source, const QString &planDir)
{
    if (source.file.isEmpty())
        return QString();
    if (QFileInfo(source.file).isAbsolute())
        return QDir::cleanPath(source.file);
    const QDir dir(planDir.isEmpty() ? QDir::currentPath() : planDir);
    return QDir::cleanPath(dir.absoluteFilePath(source.file));
}

namespace {
QString againstPlanDir(const QString &file, const QString &planDir)
{
    if (file.isEmpty() || QFileInfo(file).isAbsolute())
        return file;
    const QDir dir(planDir.isEmpty() ? QDir::currentPath() : planDir);
    return QDir::cleanPath(dir.absoluteFilePath(file));
}
} // namespace

bool resolvePrompts(TestPlan &plan, const QString &planDir, QString *error, QString *loadedFrom)
{
    // The journey's accounts and the mock's are files beside the plan too: named from the plan's folder,
    // whatever the working directory of the run.
    plan.journey.usersFile = againstPlanDir(plan.journey.usersFile, planDir);
    plan.mock.usersFile = againstPlanDir(plan.mock.usersFile, planDir);
    plan.tls.caFile = againstPlanDir(plan.tls.caFile, planDir);
    plan.tls.clientCertificate = againstPlanDir(plan.tls.clientCertificate, planDir);
    plan.tls.clientKey = againstPlanDir(plan.tls.clientKey, planDir);
    const QString path = promptFilePath(plan.promptSource, planDir);
    if (path.isEmpty())
        return true;
    if (loadedFrom)
        *loadedFrom = path;
    const PromptLoadResult loaded = loadPromptFile(path, plan.promptSource.field);
    const QString name = QDir::toNativeSeparators(path);
    if (!loaded.ok()) {
        QStringList shown = loaded.errors.mid(0, kShownErrors);
        if (loaded.errors.size() > kShownErrors)
            shown << tr("%1 more").arg(loaded.errors.size() - kShownErrors);
        if (error) {
            // loadPromptFile's file errors name the path already; line errors get it here.
            const bool named = shown.first().contains(path);
            *error = named ? shown.join(QStringLiteral("; "))
                           : tr("%1: %2").arg(name, shown.join(QStringLiteral("; ")));
        }
        return false;
    }
    if (loaded.prompts.isEmpty()) {
        if (error)
            *error = tr("%1 holds no prompt").arg(name);
        return false;
    }
    plan.prompts = loaded.prompts;
    return true;
}

PromptSource rebasedPromptSource(const PromptSource &source, const QString &fromDir, const QString &toDir)
{
    PromptSource out = source;
    if (source.file.isEmpty() || QFileInfo(source.file).isAbsolute())
        return out;
    const QString absolute = promptFilePath(source, fromDir);
    out.file = QDir(toDir.isEmpty() ? QDir::currentPath() : toDir).relativeFilePath(absolute);
    return out;
}

} // namespace plateau
