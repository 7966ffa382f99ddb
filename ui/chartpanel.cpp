#include "ui/chartpanel.h"

#include "ui/decimate.h"
#include "ui/format.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSlider>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <utility>

namespace plateau {

namespace {

constexpr double kHeadroom = 1.1; // a grown axis leaves this much headroom, so it does not grow every tick
constexpr int kTicks = 7, kCompactTicks = 4;

// An axis end: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten, at least v (fine steps waste
// little of the plot).
double niceCeil(double v)
{
    if (!(v > 0) || !std::isfinite(v))
        return 1;
    const double e = std::pow(10.0, std::floor(std::log10(v)));
    for (const double n : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0}) {
        if (v <= n * e * (1 + 1e-9))
            return n * e;
    }
    return 10 * e;
}

// A tick interval: 1, 2, 2.5, 5 times a power of ten, at least v (labels stay round).
double niceStep(double v)
{
    if (!(v > 0) || !std::isfinite(v))
        return 1;
    const double e = std::pow(10.0, std::floor(std::log10(v)));
    for (const double n : {1.0, 2.0, 2.5, 5.0}) {
        if (v <= n * e * (1 + 1e-9))
            return n * e;
    }
    return 10 * e;
}

// ticks: about how many intervals the axis shows (fewer on the grid's small charts, so labels fit).
void setAxisMax(QValueAxis *axis, double max, int ticks)
{
    // Round tick values: the interval is a nice fraction of the range, anchored at 0. The order matters:
    // each change relays the axis out at once, and a wide range with the old, narrow interval would
    // create one label per tick (a 20000 range at 0.2 is 100000 labels).
    const double interval = niceStep(max / ticks);
    if (interval > axis->tickInterval()) {
        axis->setTickInterval(interval);
        axis->setRange(0, max);
    } else {
        axis->setRange(0, max);
        axis->setTickInterval(interval);
    }
}

Qt::PenStyle lineStyle(int line)
{
    return line == 0 ? Qt::SolidLine : line == 1 ? Qt::DashLine : Qt::DotLine;
}

} // namespace

QColor ChartPanel::trackColor(int track)
{
    // Tableau 10: distinguishable, colour-blind aware, readable on white.
    static const QColor colors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                    QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                                    QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                    QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                    QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return colors[std::size_t(std::max(0, track)) % (sizeof(colors) / sizeof(colors[0]))];
}

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ChartPanel::onTick);
    setRefreshRate(4);
    buildControls();
    rebuild();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::buildControls()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->hide();
    layout->addWidget(m_title);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    const auto toggle = [&](QButtonGroup *group, const QString &text, int id, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(true);
        b->setToolTip(tip);
        b->setAutoRaise(false);
        group->addButton(b, id);
        bar->addWidget(b);
    };
    bar->addWidget(new QLabel(tr("Layout:"), this));
    m_layoutButtons = new QButtonGroup(this);
    toggle(m_layoutButtons, tr("Grid"), int(ChartLayout::Grid),
           tr("QPS, latency, TTFT and failures at once, on one shared x axis"));
    toggle(m_layoutButtons, tr("Tabs"), int(ChartLayout::Tabs),
           tr("One metric per tab, larger, with QPS ok and latency p99 apart"));
    m_layoutButtons->button(int(ChartLayout::Grid))->setChecked(true);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Plot against:"), this));
    m_modeButtons = new QButtonGroup(this);
    toggle(m_modeButtons, tr("Users"), int(XAxisMode::Users),
           tr("One point per ramp step (and the step in progress)"));
    toggle(m_modeButtons, tr("Time"), int(XAxisMode::Time),
           tr("One point per snapshot interval since the load phase began"));
    m_modeButtons->button(int(XAxisMode::Users))->setChecked(true);
    bar->addStretch(1);
    m_zoomCaption = new QLabel(tr("Zoom to max users:"), this);
    bar->addWidget(m_zoomCaption);
    m_zoom = new QSlider(Qt::Horizontal, this);
    m_zoom->setMinimumWidth(180);
    m_zoom->setToolTip(tr("Zoom the users axis to lower concurrency"));
    bar->addWidget(m_zoom);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("100000")));
    bar->addWidget(m_zoomLabel);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    buildGrid();
    m_tabWidget = new QTabWidget(m_stack);
    m_tabWidget->setDocumentMode(true);
    m_stack->addWidget(m_tabWidget);
    m_empty = new QLabel(tr("No data yet. Start a run (F5), or open a past run from the History tab."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty, 1);

    for (int i = 0; i < kChartMetricCount; ++i) {
        const ChartMetric metric = ChartMetric(i);
        Cell cell;
        cell.metric = metric;
        const int lineCount = chartMetricLines(metric);
        for (int li = 0; li < lineCount; ++li)
            cell.lines.push_back(LineSpec{metric, li, chartMetricLineName(metric, li)});
        if (lineCount == 3)
            cell.caption = tr("solid p50, dashed p95, dotted p99");
        else if (lineCount == 2)
            cell.caption = tr("solid p50, dashed p95");
        cell.page = new QWidget(m_tabWidget);
        auto *row = new QHBoxLayout(cell.page);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        const int index = m_tabWidget->addTab(cell.page, chartMetricTitle(metric));
        m_tabWidget->setTabToolTip(index, chartMetricDefinition(metric));
        m_tabs[std::size_t(i)].cells.push_back(std::move(cell));
    }

    connect(m_layoutButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setChartLayout(ChartLayout(id)); });
    connect(m_modeButtons, &QButtonGroup::idClicked, this, [this](int id) { setXAxisMode(XAxisMode(id)); });
    connect(m_zoom, &QSlider::valueChanged, this, [this](int v) {
        m_zoomLabel->setText(QString::number(v));
        markAllDirty(true);
        flush();
    });
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this] { flush(); });
    setUsersRange(0);
}

void ChartPanel::buildGrid()
{
    m_gridPage = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(m_gridPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // One legend for the four cells: a legend in each small chart would take a quarter of its height.
    m_legend = new QLabel(m_gridPage);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(6, 2, 6, 0);
    layout->addWidget(m_legend);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    layout->addLayout(grid, 1);

    struct Spec
    {
        GridCell cell;
        ChartMetric metric;
        std::vector<LineSpec> lines;
        QString caption;
    };
    const std::vector<Spec> specs = {
        {GridCell::Qps,
         ChartMetric::QpsOk,
         {LineSpec{ChartMetric::QpsOk, 0, tr("ok")}, LineSpec{ChartMetric::Qps, 0, tr("all")}},
         tr("QPS — solid ok, dashed all completed")},
        {GridCell::Latency,
         ChartMetric::Latency,
         {LineSpec{ChartMetric::Latency, 0, QStringLiteral("p50")},
          LineSpec{ChartMetric::Latency, 1, QStringLiteral("p95")}},
         tr("Latency (ms) — solid p50, dashed p95")},
        {GridCell::Ttft,
         ChartMetric::Ttft,
         {LineSpec{ChartMetric::Ttft, 0, QStringLiteral("p50")},
          LineSpec{ChartMetric::Ttft, 1, QStringLiteral("p95")}},
         tr("TTFT (ms) — solid p50, dashed p95")},
        {GridCell::Failures,
         ChartMetric::FailurePct,
         {LineSpec{ChartMetric::FailurePct, 0, QString()}},
         tr("Failures (%)")},
    };
    for (const Spec &spec : specs) {
        Cell cell;
        cell.metric = spec.metric;
        cell.lines = spec.lines;
        cell.caption = spec.caption;
        cell.compact = true;
        const int index = int(spec.cell);
        cell.xTitle = index >= 2; // the bottom row: the axis is shared, one title per column is enough
        cell.labels = spec.cell == GridCell::Qps;
        cell.phaseNames = index < 2;
        cell.page = new QWidget(m_gridPage);
        cell.page->setToolTip(chartMetricDefinition(spec.metric));
        auto *row = new QHBoxLayout(cell.page);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        grid->addWidget(cell.page, index / 2, index % 2);
        m_grid.cells.push_back(std::move(cell));
    }
    m_stack->addWidget(m_gridPage);
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void ChartPanel::rebuild()
{
    const bool any = !m_series.groups().isEmpty();
    const auto reset = [&](View &v) {
        for (Cell &cell : v.cells) {
            for (Chart &c : cell.charts)
                delete c.view; // the view owns its chart, the chart its series and axes
            cell.charts.clear();
            if (any)
                buildCell(cell);
        }
        v.dirty = true;
        v.refit = true;
    };
    for (View &v : m_tabs)
        reset(v);
    reset(m_grid);
    const bool empty = m_series.tracks().empty();
    m_stack->setVisible(!empty);
    m_empty->setVisible(empty);
    updateLegend();
    flush();
}

void ChartPanel::updateLegend()
{
    QStringList entries;
    const auto &tracks = m_series.tracks();
    for (std::size_t i = 0; i < tracks.size(); ++i)
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(trackColor(int(i)).name(), tracks[i].label.toHtmlEscaped());
    m_legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
    m_legend->setVisible(!entries.isEmpty());
}

QString ChartPanel::legendText() const
{
    return m_legend->isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_legend->text()).toPlainText();
}

void ChartPanel::buildCell(Cell &cell)
{
    const QStringList groups = m_series.groups();
    for (const QString &group : groups) {
        Chart c;
        c.group = group;
        c.chart = new QChart;
        c.chart->setAnimationOptions(QChart::NoAnimation);
        c.chart->setMargins(cell.compact ? QMargins(2, 2, 2, 2) : QMargins(4, 4, 4, 4));
        c.chart->setBackgroundRoundness(0);
        const QString groupTitle = groups.size() > 1 || group != u"other" ? group : QString();
        QString title = groupTitle;
        if (!cell.caption.isEmpty()) // the grid's captions carry a dash of their own
            title += (title.isEmpty() ? QString()
                      : cell.compact  ? QStringLiteral(" · ")
                                      : QStringLiteral(" — ")) +
                     cell.caption;
        c.chart->setTitle(title);
        QFont titleFont = c.chart->titleFont();
        titleFont.setBold(true);
        if (cell.compact)
            titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
        c.chart->setTitleFont(titleFont);
        c.chart->legend()->setAlignment(Qt::AlignBottom);
        c.chart->legend()->setShowToolTips(true);
        c.chart->legend()->setVisible(!cell.compact);

        c.x = new QValueAxis;
        c.y = new QValueAxis;
        for (QValueAxis *axis : {c.x, c.y}) {
            axis->setRange(0, 1);
            axis->setTickAnchor(0);
            axis->setTickInterval(0.2);
            axis->setTickType(QValueAxis::TicksDynamic);
            if (cell.compact) {
                QFont f = axis->labelsFont();
                f.setPointSizeF(f.pointSizeF() * 0.85);
                axis->setLabelsFont(f);
                QFont t = axis->titleFont();
                t.setPointSizeF(t.pointSizeF() * 0.85);
                axis->setTitleFont(t);
            }
        }
        c.x->setLabelFormat(QStringLiteral("%g"));
        c.y->setLabelFormat(QStringLiteral("%g"));
        if (!cell.compact) // the grid's caption names the unit
            c.y->setTitleText(chartMetricAxis(cell.metric));
        c.chart->addAxis(c.x, Qt::AlignBottom);
        c.chart->addAxis(c.y, Qt::AlignLeft);

        const auto &tracks = m_series.tracks();
        for (int ti = 0; ti < int(tracks.size()); ++ti) {
            if (tracks[std::size_t(ti)].group != group)
                continue;
            Lines l;
            l.track = ti;
            const QColor color = trackColor(ti);
            const QString label = tracks[std::size_t(ti)].label;
            for (int li = 0; li < int(cell.lines.size()); ++li) {
                const LineSpec spec = cell.lines[std::size_t(li)];
                auto *s = new QLineSeries;
                s->setName(li == 0 ? label : label + u' ' + spec.name);
                QPen pen(color);
                pen.setWidthF(li == 0 ? 2.0 : 1.5);
                pen.setStyle(lineStyle(li));
                s->setPen(pen);
                s->setPointsVisible(m_mode == XAxisMode::Users);
                s->setUseOpenGL(m_openGl);
                c.chart->addSeries(s);
                s->attachAxis(c.x);
                s->attachAxis(c.y);
                connect(s, &QLineSeries::hovered, this, [this, label, spec](const QPointF &p, bool on) {
                    if (!on)
                        return;
                    const QString x = m_mode == XAxisMode::Users ? tr("%1 users").arg(std::lround(p.x()))
                                                                 : tr("%1 s").arg(p.x(), 0, 'f', 0);
                    QToolTip::showText(
                        QCursor::pos(),
                        QStringLiteral("%1 %2\n%3: %4 %5")
                            .arg(label, spec.name, x, chartMetricTitle(spec.metric), formatMetric(p.y())));
                });
                l.lines.push_back(s);
            }
            const auto marker = [&](QScatterSeries::MarkerShape shape, double size) {
                auto *m = new QScatterSeries;
                m->setMarkerShape(shape);
                m->setMarkerSize(cell.compact ? size * 0.8 : size);
                m->setColor(color);
                m->setBorderColor(Qt::black);
                m->setPointLabelsVisible(false); // labelled by layoutLabels(), which keeps labels apart
                c.chart->addSeries(m);
                m->attachAxis(c.x);
                m->attachAxis(c.y);
                return m;
            };
            l.knee = marker(QScatterSeries::MarkerShapeTriangle, 13);
            if (cell.metric == ChartMetric::Qps || cell.metric == ChartMetric::QpsOk)
                l.peak = marker(QScatterSeries::MarkerShapeStar, 15);
            c.tracks.push_back(std::move(l));
        }
        // One legend entry per target: the percentile lines share its colour, the markers explain themselves.
        const auto markers = c.chart->legend()->markers();
        for (QLegendMarker *m : markers) {
            const bool first =
                !c.tracks.empty() && std::any_of(c.tracks.begin(), c.tracks.end(), [&](const Lines &l) {
                    return !l.lines.empty() && m->series() == l.lines.front();
                });
            m->setVisible(first);
        }

        QChart *chart = c.chart;
        Cell *owner = &cell; // cells never move: their vectors are filled once, in buildControls()
        connect(chart, &QChart::plotAreaChanged, this, [this, owner, chart] {
            for (Chart &ch : owner->charts) {
                if (ch.chart == chart)
                    layoutLabels(*owner, ch);
            }
        });
        c.view = new QChartView(c.chart, cell.page);
        c.view->setRenderHint(QPainter::Antialiasing);
        if (cell.compact)
            c.view->setMinimumSize(220, 150);
        else
            c.view->setMinimumSize(300, 220);
        cell.page->layout()->addWidget(c.view);
        cell.charts.push_back(std::move(c));
    }
}

void ChartPanel::dataChanged()
{
    markAllDirty(false);
    m_pending = true;
    if (!m_timer->isActive())
        m_timer->start();
}

void ChartPanel::onTick()
{
    if (m_pending)
        flush();
}

void ChartPanel::markAllDirty(bool refit)
{
    const auto mark = [refit](View &v) {
        v.dirty = true;
        v.refit = v.refit || refit;
    };
    for (View &v : m_tabs)
        mark(v);
    mark(m_grid);
}

void ChartPanel::flush(bool allTabs)
{
    QElapsedTimer timer;
    timer.start();
    m_pending = false;
    if (m_grid.dirty && (allTabs || m_layout == ChartLayout::Grid))
        drawView(m_grid);
    const int current = m_tabWidget->currentIndex();
    for (int i = 0; i < kChartMetricCount; ++i) {
        View &v = m_tabs[std::size_t(i)];
        if (v.dirty && (allTabs || (m_layout == ChartLayout::Tabs && i == current)))
            drawView(v);
    }
    m_lastFlushMs = double(timer.nsecsElapsed()) / 1e6;
}

void ChartPanel::drawView(View &view)
{
    double dataX = 0;
    bool any = false;
    for (Cell &cell : view.cells) {
        for (Chart &c : cell.charts)
            drawChart(cell, c, view.refit, &dataX, &any);
    }

    // The x axis: one range for every chart of the view, so the grid's cells line up point for point.
    // Fitted on refit (new data set, mode or zoom change), otherwise grown only when data leaves it.
    const bool users = m_mode == XAxisMode::Users;
    bool changed = false;
    if (users) {
        const double zoom = double(zoomUsers());
        const bool zoomed = m_zoom->value() < m_zoom->maximum();
        // A little space past the last step, so a marker there keeps its label inside the chart.
        const double xMax = (zoomed ? zoom : std::max({zoom, dataX, 1.0})) * 1.04;
        if (view.refit || xMax > view.xMax) {
            view.xMax = xMax;
            changed = true;
        }
    } else if (view.refit || dataX > view.xMax) {
        view.xMax = any ? niceCeil(dataX * (view.refit ? 1.0 : kHeadroom)) : 60;
        changed = true;
    }
    const QString xTitle = users ? tr("Concurrent users") : tr("Seconds since the load phase began");
    for (Cell &cell : view.cells) {
        for (Chart &c : cell.charts) {
            if (changed)
                setAxisMax(c.x, view.xMax, cell.compact ? kCompactTicks : kTicks);
            c.x->setTitleText(cell.xTitle ? xTitle : QString());
            layoutLabels(cell, c);
        }
    }
    view.dirty = false;
    view.refit = false;
}

void ChartPanel::drawChart(const Cell &cell, Chart &c, bool refit, double *dataX, bool *any)
{
    const bool users = m_mode == XAxisMode::Users;
    const double zoom = users ? double(zoomUsers()) : 0;
    const bool zoomed = users && m_zoom->value() < m_zoom->maximum();
    const int buckets = std::max(100, int(c.chart->plotArea().width()));
    double dataY = 0;
    const auto &tracks = m_series.tracks();

    for (Lines &l : c.tracks) {
        const SeriesTrack &t = tracks[std::size_t(l.track)];
        if (!refit && l.drawnRevision == t.revision)
            continue;
        for (int li = 0; li < int(l.lines.size()); ++li) {
            const LineSpec &spec = cell.lines[std::size_t(li)];
            m_series.points(l.track, spec.metric, spec.line, m_mode, m_points);
            for (const QPointF &p : std::as_const(m_points)) {
                if (zoomed && p.x() > zoom)
                    continue;
                *dataX = std::max(*dataX, p.x());
                dataY = std::max(dataY, p.y());
                *any = true;
            }
            decimateMinMax(m_points, buckets, m_decimated);
            l.lines[std::size_t(li)]->replace(m_decimated);
        }
        QPointF knee, peak;
        const bool hasKnee = m_series.kneePoint(l.track, cell.metric, m_mode, &knee);
        const bool hasPeak = l.peak && m_series.peakPoint(l.track, cell.metric, m_mode, &peak);
        const bool same = hasKnee && hasPeak && knee == peak;
        const SaturationVerdict &v = t.verdict;
        l.peakText.clear();
        l.kneeText.clear();
        if (hasPeak) {
            l.peakText = same ? tr("peak = knee, %1 users").arg(v.usersAtPeak)
                              : tr("peak %1 QPS ok").arg(formatMetric(v.peakQpsOk));
            l.peakAt = peak;
            l.peak->replace(QList<QPointF>{peak});
        } else if (l.peak) {
            l.peak->clear();
        }
        if (hasKnee && !same) {
            l.kneeText = tr("knee %1 users").arg(v.kneeUsers);
            l.kneeAt = knee;
            l.knee->replace(QList<QPointF>{knee});
        } else {
            l.knee->clear();
        }
        l.drawnRevision = t.revision;
    }

    if (refit || dataY > c.yMax) {
        c.yMax = niceCeil(std::max(dataY * kHeadroom, 1.0));
        setAxisMax(c.y, c.yMax, cell.compact ? kCompactTicks : kTicks);
    }
}

void ChartPanel::layoutLabels(const Cell &cell, Chart &c)
{
    // QtCharts centres a point label above its point, so the knees of several targets at similar users
    // print on top of each other, and a knee label next to the peak covers the peak's star. Each label
    // here takes the first of a few places around its marker (above, below, right, left, the diagonals,
    // then further up or down) where it overlaps no other label and no marker of this chart, inside the
    // chart; when none is free, the place that overlaps least.
    const QRectF plot = c.chart->plotArea();
    const QRectF bounds = QRectF(QPointF(0, 0), c.chart->size()).adjusted(2, 2, -2, -2);
    const QRectF inside(plot.left(), bounds.top(), bounds.right() - plot.left(),
                        plot.bottom() - bounds.top());
    c.markerRects.clear();
    c.labelRects.clear();

    struct Anchor
    {
        QString text;
        QPointF pos;
        double size;
        QColor color;
    };
    std::vector<Anchor> anchors;
    const auto note = [&](QScatterSeries *series, const QPointF &at, const QString &text, int track) {
        if (!series || series->count() == 0)
            return;
        const QPointF pos = c.chart->mapToPosition(at, series);
        // A marker outside the plot (zoomed out of view) is clipped by QtCharts: no label for it either.
        if (!plot.adjusted(-1, -1, 1, 1).contains(pos))
            return;
        const double size = series->markerSize();
        c.markerRects << QRectF(pos.x() - size / 2, pos.y() - size / 2, size, size);
        anchors.push_back(Anchor{text, pos, size, trackColor(track)});
    };
    for (const Lines &l : c.tracks) {
        note(l.peak, l.peakAt, l.peakText, l.track);
        note(l.knee, l.kneeAt, l.kneeText, l.track);
    }

    std::size_t used = 0;
    if (cell.labels) {
        for (const Anchor &a : anchors) {
            if (a.text.isEmpty())
                continue;
            if (used == c.labels.size()) {
                // On a light backing: a label that sits on a line stays readable.
                auto *back = new QGraphicsRectItem(c.chart);
                back->setBrush(QColor(255, 255, 255, 215));
                back->setPen(Qt::NoPen);
                back->setZValue(20);
                auto *item = new QGraphicsSimpleTextItem(back);
                QFont f = item->font();
                f.setPointSizeF(f.pointSizeF() * 0.9);
                item->setFont(f);
                c.labels.push_back(item);
            }
            QGraphicsSimpleTextItem *item = c.labels[used++];
            item->setText(a.text);
            item->setBrush(a.color.darker(170));
            const QSizeF size = item->boundingRect().size();
            const double w = size.width(), h = size.height();
            const double gap = a.size / 2 + 3;
            const QPointF p = a.pos;
            std::vector<QPointF> centres = {{p.x(), p.y() - gap - h / 2},                // above
                                            {p.x(), p.y() + gap + h / 2},                // below
                                            {p.x() + gap + w / 2, p.y()},                // right
                                            {p.x() - gap - w / 2, p.y()},                // left
                                            {p.x() + gap + w / 2, p.y() - gap - h / 2},  // above right
                                            {p.x() - gap - w / 2, p.y() - gap - h / 2},  // above left
                                            {p.x() + gap + w / 2, p.y() + gap + h / 2},  // below right
                                            {p.x() - gap - w / 2, p.y() + gap + h / 2}}; // below left
            for (int k = 1; k <= 6; ++k) {
                centres.push_back({p.x(), p.y() - gap - h / 2 - k * (h + 2)});
                centres.push_back({p.x(), p.y() + gap + h / 2 + k * (h + 2)});
            }
            QRectF best;
            double bestOverlap = -1;
            for (const QPointF &centre : centres) {
                QRectF r(QPointF(0, 0), size);
                r.moveCenter(centre);
                // Kept inside the chart: right of the y axis labels, above the x axis labels.
                if (r.right() > inside.right())
                    r.moveRight(inside.right());
                if (r.left() < inside.left())
                    r.moveLeft(inside.left());
                if (r.bottom() > inside.bottom())
                    r.moveBottom(inside.bottom());
                if (r.top() < inside.top())
                    r.moveTop(inside.top());
                double overlap = 0;
                for (const QList<QRectF> *others : {&c.labelRects, &c.markerRects}) {
                    for (const QRectF &o : *others) {
                        const QRectF i = r.intersected(o);
                        if (!i.isEmpty())
                            overlap += i.width() * i.height();
                    }
                }
                if (bestOverlap < 0 || overlap < bestOverlap) {
                    best = r;
                    bestOverlap = overlap;
                }
                if (overlap == 0)
                    break;
            }
            c.labelRects << best;
            auto *back = static_cast<QGraphicsRectItem *>(item->parentItem());
            back->setRect(QRectF(QPointF(0, 0), size));
            back->setPos(best.topLeft());
            back->show();
        }
    }
    for (std::size_t i = used; i < c.labels.size(); ++i)
        c.labels[i]->parentItem()->hide();
    layoutPhaseMarks(cell, c);
}

void ChartPanel::layoutPhaseMarks(const Cell &cell, Chart &c)
{
    // A few graphics items per chart, placed again only when the chart is: the grid's redraw cost stays
    // that of its series.
    c.phaseTimes.clear();
    c.phaseNames.clear();
    std::size_t used = 0;
    if (m_mode == XAxisMode::Time && !c.tracks.empty() && !c.tracks.front().lines.empty()) {
        QLineSeries *ref = c.tracks.front().lines.front();
        const QRectF plot = c.chart->plotArea();
        const auto &tracks = m_series.tracks();
        std::vector<std::pair<int, double>> drawn;
        // The targets of one plan change phase at about the same time (an interval or two apart): one line
        // for them all. Lines closer than this would cover each other's names anyway.
        const double near = (c.x->max() - c.x->min()) * 0.02;
        for (const Lines &l : c.tracks) {
            for (const PhaseMark &m : tracks[std::size_t(l.track)].phaseMarks) {
                if (m.atS < c.x->min() || m.atS > c.x->max())
                    continue;
                if (std::any_of(drawn.begin(), drawn.end(), [&](const std::pair<int, double> &d) {
                        return d.first == m.phase && std::fabs(d.second - m.atS) <= near;
                    }))
                    continue;
                drawn.emplace_back(m.phase, m.atS);
                if (used == c.phaseLines.size()) {
                    auto *line = new QGraphicsLineItem(c.chart);
                    QPen pen(QColor(0x5a, 0x6b, 0x80));
                    pen.setStyle(Qt::DashLine);
                    pen.setWidthF(1.0);
                    line->setPen(pen);
                    line->setZValue(15);
                    auto *text = new QGraphicsSimpleTextItem(c.chart);
                    QFont f = text->font();
                    f.setPointSizeF(f.pointSizeF() * (cell.compact ? 0.8 : 0.9));
                    text->setFont(f);
                    text->setBrush(QColor(0x3a, 0x4b, 0x60));
                    text->setZValue(16);
                    c.phaseLines.push_back(line);
                    c.phaseLabels.push_back(text);
                }
                const double x = c.chart->mapToPosition(QPointF(m.atS, 0), ref).x();
                QGraphicsLineItem *line = c.phaseLines[used];
                line->setLine(x, plot.top(), x, plot.bottom());
                line->show();
                QGraphicsSimpleTextItem *text = c.phaseLabels[used];
                const QString name = cell.phaseNames ? m_series.phaseName(l.track, m.phase) : QString();
                text->setText(name);
                // Right of its line, at the top of the plot; left of it where it would leave the plot.
                const double w = text->boundingRect().width();
                text->setPos(x + 3 + w > plot.right() ? x - 3 - w : x + 3, plot.top() + 1);
                text->setVisible(!name.isEmpty());
                c.phaseTimes << m.atS;
                c.phaseNames << name;
                ++used;
            }
        }
    }
    for (std::size_t i = used; i < c.phaseLines.size(); ++i) {
        c.phaseLines[i]->hide();
        c.phaseLabels[i]->hide();
    }
}

void ChartPanel::setRefreshRate(double hz)
{
    hz = std::clamp(hz, 0.5, 20.0);
    m_timer->setInterval(int(std::lround(1000.0 / hz)));
}

void ChartPanel::setUseOpenGL(bool on)
{
    if (m_openGl == on)
        return;
    m_openGl = on;
    const auto apply = [on](View &v) {
        for (Cell &cell : v.cells) {
            for (Chart &c : cell.charts) {
                for (Lines &l : c.tracks) {
                    for (QLineSeries *s : l.lines)
                        s->setUseOpenGL(on);
                }
            }
        }
    };
    for (View &v : m_tabs)
        apply(v);
    apply(m_grid);
}

void ChartPanel::setXAxisMode(XAxisMode mode)
{
    m_modeButtons->button(int(mode))->setChecked(true);
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_zoomCaption->setVisible(mode == XAxisMode::Users);
    m_zoom->setVisible(mode == XAxisMode::Users);
    m_zoomLabel->setVisible(mode == XAxisMode::Users);
    const auto apply = [mode](View &v) {
        for (Cell &cell : v.cells) {
            for (Chart &c : cell.charts) {
                for (Lines &l : c.tracks) {
                    for (QLineSeries *s : l.lines)
                        s->setPointsVisible(mode == XAxisMode::Users);
                }
            }
        }
    };
    for (View &v : m_tabs)
        apply(v);
    apply(m_grid);
    markAllDirty(true);
    flush();
}

void ChartPanel::setChartLayout(ChartLayout layout)
{
    m_layoutButtons->button(int(layout))->setChecked(true);
    if (m_layout == layout)
        return;
    m_layout = layout;
    m_stack->setCurrentIndex(layout == ChartLayout::Grid ? 0 : 1);
    flush();
}

void ChartPanel::setUsersRange(int maxUsers)
{
    m_usersRange = std::max(1, maxUsers);
    const QSignalBlocker block(m_zoom);
    m_zoom->setRange(1, m_usersRange);
    m_zoom->setPageStep(std::max(1, m_usersRange / 10));
    m_zoom->setValue(m_usersRange);
    m_zoomLabel->setText(QString::number(m_usersRange));
    markAllDirty(true);
}

void ChartPanel::setZoomUsers(int users)
{
    m_zoom->setValue(users); // valueChanged redraws
}

int ChartPanel::zoomUsers() const
{
    return m_zoom->value();
}

void ChartPanel::setCurrentMetric(ChartMetric m)
{
    m_tabWidget->setCurrentIndex(int(m));
    setChartLayout(ChartLayout::Tabs);
}

ChartMetric ChartPanel::currentMetric() const
{
    return ChartMetric(std::max(0, m_tabWidget->currentIndex()));
}

const ChartPanel::Chart *ChartPanel::chartAt(const Cell &cell, int chart)
{
    return chart >= 0 && chart < int(cell.charts.size()) ? &cell.charts[std::size_t(chart)] : nullptr;
}

const ChartPanel::Lines *ChartPanel::findLines(const Cell &cell, int track)
{
    for (const Chart &c : cell.charts) {
        for (const Lines &l : c.tracks) {
            if (l.track == track)
                return &l;
        }
    }
    return nullptr;
}

int ChartPanel::linePointCount(const Cell &cell, int track, int line)
{
    const Lines *l = findLines(cell, track);
    if (!l || line < 0 || line >= int(l->lines.size()))
        return -1;
    return int(l->lines[std::size_t(line)]->count());
}

bool ChartPanel::hasKneeMarker(const Cell &cell, int track)
{
    const Lines *l = findLines(cell, track);
    // A knee on the peak step is drawn as one "peak = knee" marker.
    return l &&
           (l->knee->count() > 0 || (l->peak && l->peak->count() > 0 && l->peakText.contains(tr("knee"))));
}

int ChartPanel::chartCount(ChartMetric m) const
{
    return int(tabCell(m).charts.size());
}

QString ChartPanel::chartGroup(ChartMetric m, int chart) const
{
    const Chart *c = chartAt(tabCell(m), chart);
    return c ? c->group : QString();
}

int ChartPanel::linePointCount(ChartMetric m, int track, int line) const
{
    return linePointCount(tabCell(m), track, line);
}

bool ChartPanel::hasKneeMarker(ChartMetric m, int track) const
{
    return hasKneeMarker(tabCell(m), track);
}

bool ChartPanel::hasPeakMarker(ChartMetric m, int track) const
{
    const Lines *l = findLines(tabCell(m), track);
    return l && l->peak && l->peak->count() > 0;
}

QString ChartPanel::kneeLabel(ChartMetric m, int track) const
{
    const Lines *l = findLines(tabCell(m), track);
    if (!l)
        return QString();
    return l->knee->count() > 0 ? l->kneeText : l->peakText;
}

QValueAxis *ChartPanel::xAxis(ChartMetric m, int chart) const
{
    const Chart *c = chartAt(tabCell(m), chart);
    return c ? c->x : nullptr;
}

QValueAxis *ChartPanel::yAxis(ChartMetric m, int chart) const
{
    const Chart *c = chartAt(tabCell(m), chart);
    return c ? c->y : nullptr;
}

QList<QRectF> ChartPanel::markerLabelRects(ChartMetric m, int chart) const
{
    const Chart *c = chartAt(tabCell(m), chart);
    return c ? c->labelRects : QList<QRectF>();
}

QList<QRectF> ChartPanel::markerRects(ChartMetric m, int chart) const
{
    const Chart *c = chartAt(tabCell(m), chart);
    return c ? c->markerRects : QList<QRectF>();
}

int ChartPanel::chartCount(GridCell cell) const
{
    return int(gridCell(cell).charts.size());
}

int ChartPanel::linePointCount(GridCell cell, int track, int line) const
{
    return linePointCount(gridCell(cell), track, line);
}

bool ChartPanel::hasKneeMarker(GridCell cell, int track) const
{
    return hasKneeMarker(gridCell(cell), track);
}

bool ChartPanel::hasPeakMarker(GridCell cell, int track) const
{
    const Lines *l = findLines(gridCell(cell), track);
    return l && l->peak && l->peak->count() > 0;
}

QValueAxis *ChartPanel::xAxis(GridCell cell, int chart) const
{
    const Chart *c = chartAt(gridCell(cell), chart);
    return c ? c->x : nullptr;
}

QValueAxis *ChartPanel::yAxis(GridCell cell, int chart) const
{
    const Chart *c = chartAt(gridCell(cell), chart);
    return c ? c->y : nullptr;
}

QChartView *ChartPanel::chartView(GridCell cell, int chart) const
{
    const Chart *c = chartAt(gridCell(cell), chart);
    return c ? c->view : nullptr;
}

QList<QRectF> ChartPanel::markerLabelRects(GridCell cell, int chart) const
{
    const Chart *c = chartAt(gridCell(cell), chart);
    return c ? c->labelRects : QList<QRectF>();
}

QList<double> ChartPanel::phaseMarkerTimes(GridCell cell, int chart) const
{
    const Chart *c = chartAt(gridCell(cell), chart);
    return c ? c->phaseTimes : QList<double>();
}

QStringList ChartPanel::phaseMarkerNames(GridCell cell, int chart) const
{
    const Chart *c = chartAt(gridCell(cell), chart);
    return c ? c->phaseNames : QStringList();
}

QList<double> ChartPanel::phaseMarkerTimes(ChartMetric m, int chart) const
{
    const Chart *c = chartAt(tabCell(m), chart);
    return c ? c->phaseTimes : QList<double>();
}

QStringList ChartPanel::phaseMarkerNames(ChartMetric m, int chart) const
{
    const Chart *c = chartAt(tabCell(m), chart);
    return c ? c->phaseNames : QStringList();
}

QList<QRectF> ChartPanel::markerRects(GridCell cell, int chart) const
{
    const Chart *c = chartAt(gridCell(cell), chart);
    return c ? c->markerRects : QList<QRectF>();
}

} // namespace plateau
