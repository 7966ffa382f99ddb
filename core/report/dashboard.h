#pragma once
// dashboard.html: one self-contained, offline file (no CDN, no fetch; a Content-Security-Policy of
// default-src 'none' makes sure of it). The verdict comes first: a banner per target that was not
// load-tested (with the reason), the KPI cards, every threshold per target (actual against limit). Then bar
// charts by configuration, ramp progression by compute size or all on one chart, with a max-users slider
// and the knee and peak marked, the full results table, failures by class, the test parameters, the metric
// definitions (core/metrics/metricdefinitions), and, for several runs, a comparison (the same metric
// overlaid per run; mean and standard deviation of peak QPS across runs) and, when given, the regression
// check of a candidate against a baseline (core/report/regression.h) above everything else.
//
// Charts: Chart.js embedded from the system (see chartjs.h) when found, otherwise the page's own SVG
// renderer draws the same charts. KPIs and tables are static HTML, readable without JavaScript.

#include "core/report/regression.h"
#include "core/report/runloader.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace plateau {

struct DashboardOptions
{
    QString chartJsPath;   // a Chart.js UMD file to embed; "" = search chartJsSearchPaths()
    bool forceSvg = false; // never embed Chart.js: the built-in SVG renderer draws
    QString title;         // "" = "Plateau — <run names>"
    const RegressionReport *regression = nullptr; // a baseline-vs-candidate check to show first; not owned
};

// Fails only without runs. Every text from the runs is HTML-escaped; the data blob is script-safe JSON.
QByteArray renderDashboard(const std::vector<LoadedRun> &runs, QString *error,
                           const DashboardOptions &options = DashboardOptions());
// Loads runDir (RunLoader::load) and writes runDir/dashboard.html atomically.
bool writeDashboard(const QString &runDir, QString *error = nullptr,
                    const DashboardOptions &options = DashboardOptions());
// A dashboard of several runs (comparison), written atomically to htmlPath.
bool writeDashboardFile(const QString &htmlPath, const std::vector<LoadedRun> &runs, QString *error = nullptr,
                        const DashboardOptions &options = DashboardOptions());

} // namespace plateau
