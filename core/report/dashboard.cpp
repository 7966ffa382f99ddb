#include "core/report/dashboard.h"

#include "core/common/fileio.h"
#include "core/report/chartjs.h"
#include "core/report/dashboardhtml.h"
#include "core/report/dashboardmodel.h"
#include "core/report/runwriter.h"

#include <QDir>

namespace plateau {

QByteArray renderDashboard(const std::vector<LoadedRun> &runs, QString *error,
                           const DashboardOptions &options)
{
    if (runs.empty()) {
        if (error)
            *error = QStringLiteral("no run to show");
        return QByteArray();
    }
    dashboard::Page page;
    if (!options.forceSvg) {
        // A missing or unusable Chart.js never fails the report: the SVG renderer takes over and says so.
        const QString path = options.chartJsPath.isEmpty() ? findChartJs() : options.chartJsPath;
        QString why;
        if (path.isEmpty())
            why =
                QStringLiteral("Chart.js was not found on this system (Debian: apt install libjs-chart.js)");
        else if (!loadChartJs(path, &page.chartJs, &why))
            page.chartJs.clear();
        if (page.chartJs.isEmpty())
            page.rendererNote = why + QStringLiteral("; the built-in SVG charts are shown instead.");
    }
    QStringList names;
    for (const LoadedRun &r : runs)
        names.append(r.displayName());
    page.title = options.title.isEmpty() ? QStringLiteral("Plateau — ") + names.join(QStringLiteral(", "))
                                         : options.title;

    const dashboard::Model model = dashboard::buildModel(runs);
    nlohmann::ordered_json blob = dashboard::modelToJson(
        model, page.chartJs.isEmpty() ? QStringLiteral("svg") : QStringLiteral("chartjs"));
    if (options.regression) {
        blob["regression"] = regressionToJson(*options.regression);
        page.regression = options.regression;
    }
    page.dataJson = dashboard::scriptSafeJson(blob);
    return dashboard::buildHtml(model, page);
}

bool writeDashboardFile(const QString &htmlPath, const std::vector<LoadedRun> &runs, QString *error,
                        const DashboardOptions &options)
{
    const QByteArray html = renderDashboard(runs, error, options);
    if (html.isEmpty())
        return false;
    return fileio::writeAtomic(htmlPath, html, error);
}

bool writeDashboard(const QString &runDir, QString *error, const DashboardOptions &options)
{
    std::vector<LoadedRun> runs(1);
    if (!RunLoader::load(runDir, &runs[0], error))
        return false;
    return writeDashboardFile(QDir(runDir).filePath(QString::fromLatin1(runfiles::dashboard())), runs, error,
                              options);
}

} // namespace plateau
