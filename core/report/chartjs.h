#pragma once
// Finding a Chart.js build to embed in dashboard.html. Debian's libjs-chart.js installs it under
// /usr/share/javascript/chart.js/ (3.9: chart.min.js and chart.js; 4.x: chart.umd.js). Only UMD builds
// work in an inline <script>; the ESM ones (chart.esm.js, chart.mjs) are skipped. When none is found the
// dashboard draws its charts with its own SVG renderer instead.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace plateau {

// In order: $PLATEAU_CHARTJS, <app>/../share/plateau/, the Debian and npm locations.
QStringList chartJsSearchPaths();
// The first path that holds a usable UMD build; "" when none.
QString findChartJs(const QStringList &paths = chartJsSearchPaths());
// Reads and checks one file: a UMD build of Chart.js, under 4 MiB. The text comes back safe to place
// inside <script> ("</script" and "<!--" cannot close or hide the element).
bool loadChartJs(const QString &path, QByteArray *script, QString *error);

} // namespace plateau
