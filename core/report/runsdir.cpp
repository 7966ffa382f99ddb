#include "core/report/runsdir.h"

#include <QDir>
#include <QFileInfo>

namespace plateau {

QString defaultRunsDir(const QString &cwd, const QString &fallback)
{
    const QString beside = QDir::cleanPath(QDir(cwd).filePath(QStringLiteral("runs")));
    return fallback.isEmpty() || QFileInfo(beside).isDir() ? beside : fallback;
}

} // namespace plateau
