#include "ui/uisettings.h"

#include "core/report/runsdir.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace plateau {

namespace {
const char *const kRunsDir = "ui/runsDir";
const char *const kRefreshHz = "ui/chartRefreshHz";
const char *const kOpenGl = "ui/openGlCharts";
const char *const kRecent = "ui/recentFiles";
const char *const kLaunched = "ui/launched";
} // namespace

QString UiSettings::documentsRunsDir()
{
    QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (docs.isEmpty())
        docs = QDir::homePath();
    return QDir(docs).filePath(QStringLiteral("Plateau/runs"));
}

UiSettings UiSettings::load()
{
    QSettings s;
    UiSettings u;
    u.runsDir = s.value(QLatin1String(kRunsDir)).toString().trimmed();
    // Earlier versions stored the Documents folder on every start without the user choosing it; read as
    // chosen, it would hide the working directory's runs folder for good.
    if (QDir::cleanPath(u.runsDir) == QDir::cleanPath(documentsRunsDir()))
        u.runsDir.clear();
    const double hz = s.value(QLatin1String(kRefreshHz), 4.0).toDouble();
    u.chartRefreshHz = std::isfinite(hz) ? std::clamp(hz, 0.5, 20.0) : 4.0;
    u.openGlCharts = s.value(QLatin1String(kOpenGl), false).toBool();
    return u;
}

QString UiSettings::effectiveRunsDir(const QString &cwd) const
{
    return runsDir.trimmed().isEmpty() ? defaultRunsDir(cwd, documentsRunsDir()) : runsDir.trimmed();
}

void UiSettings::save() const
{
    QSettings s;
    s.setValue(QLatin1String(kRunsDir), runsDir);
    s.setValue(QLatin1String(kRefreshHz), chartRefreshHz);
    s.setValue(QLatin1String(kOpenGl), openGlCharts);
}

QStringList recentFiles()
{
    QStringList files = QSettings().value(QLatin1String(kRecent)).toStringList();
    files.removeAll(QString());
    return files.mid(0, kMaxRecentFiles);
}

void addRecentFile(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(abs);
    files.prepend(abs);
    QSettings().setValue(QLatin1String(kRecent), files.mid(0, kMaxRecentFiles));
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(QLatin1String(kRecent), files);
}

bool isFirstLaunch()
{
    return !QSettings().value(QLatin1String(kLaunched), false).toBool();
}

void setFirstLaunchDone()
{
    QSettings().setValue(QLatin1String(kLaunched), true);
}

} // namespace plateau
