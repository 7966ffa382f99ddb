#pragma once
// The static HTML of the dashboard (everything but the charts, which the page script draws).

#include "core/report/dashboardmodel.h"
#include "core/report/regression.h"

#include <QByteArray>
#include <QString>

namespace plateau::dashboard {

struct Page
{
    QString title;
    QByteArray dataJson;  // script-safe JSON blob
    QByteArray chartJs;   // "" = no Chart.js embedded
    QString rendererNote; // shown in a banner when set (e.g. "Chart.js not found: SVG charts")
    const RegressionReport *regression = nullptr; // baseline vs candidate, shown first; not owned
};

QByteArray buildHtml(const Model &m, const Page &page);
QString escapeHtml(const QString &text);

} // namespace plateau::dashboard
