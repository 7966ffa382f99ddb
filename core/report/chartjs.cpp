#include "core/report/chartjs.h"

#include "core/common/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace plateau {

namespace {

constexpr qint64 kMaxChartJsBytes = 4 * 1024 * 1024;

} // namespace

QStringList chartJsSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("PLATEAU_CHARTJS");
    if (!env.isEmpty())
        paths.append(env);
    if (QCoreApplication::instance()) {
        const QDir app(QCoreApplication::applicationDirPath());
        paths.append(app.filePath(QStringLiteral("../share/plateau/chart.umd.js")));
        paths.append(app.filePath(QStringLiteral("../share/plateau/chart.min.js")));
    }
    for (const char *dir : {"/usr/share/javascript/chart.js/", "/usr/local/share/javascript/chart.js/",
                            "/usr/share/nodejs/chart.js/dist/"}) {
        for (const char *file :
             {"chart.umd.min.js", "chart.umd.js", "chart.min.js", "chart.js", "Chart.min.js"})
            paths.append(QString::fromLatin1(dir) + QString::fromLatin1(file));
    }
    return paths;
}

bool loadChartJs(const QString &path, QByteArray *script, QString *error)
{
    QByteArray text;
    if (!fileio::readAll(path, kMaxChartJsBytes, &text, error))
        return false;
    // UMD wrappers test for CommonJS and AMD before falling back to a global; ES modules have neither.
    if (!text.contains("Chart") || !text.contains("typeof exports") || !text.contains("define.amd")) {
        if (error)
            *error = QStringLiteral("%1: not a UMD build of Chart.js").arg(path);
        return false;
    }
    // Inside a script element the HTML parser ends at "</script" whatever the JavaScript meant; both
    // sequences can only occur inside JS string or regex literals, where "<\/" and "<\!--" mean the same.
    text.replace("</script", "<\\/script");
    text.replace("</SCRIPT", "<\\/SCRIPT");
    text.replace("<!--", "<\\!--");
    *script = text;
    return true;
}

QString findChartJs(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (!QFileInfo(p).isFile())
            continue;
        QByteArray ignored;
        if (loadChartJs(p, &ignored, nullptr))
            return QFileInfo(p).absoluteFilePath();
    }
    return QString();
}

} // namespace plateau
