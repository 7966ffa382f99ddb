#include "ui/chartpanel.h"

#include "ui/decimate.h"
#include "ui/format.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSlider>
#include <QTabWidget>
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

void setAxisMax(QValueAxis *axis, double max)
{
    // Round tick values: the interval is a nice fraction of the range, anchored at 0. The order matters:
    // each change relays the axis out at once, and a wide range with the old, narrow interval would
    // create one label per tick (a 20000 range at 0.2 is 100000 labels).
    const double interval = niceStep(max / 7);
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
    for (int i = 0; i < kChartMetricCount; ++i)
        m_tabs[std::size_t(i)].metric = ChartMetric(i);
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
    bar->addWidget(new QLabel(tr("Plot against:"), this));
    m_modeButtons = new QButtonGroup(this);
    const auto modeButton = [&](const QString &text, XAxisMode mode, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(true);
        b->setToolTip(tip);
        b->setAutoRaise(false);
        m_modeButtons->addButton(b, int(mode));
        bar->addWidget(b);
    };
    modeButton(tr("Users"), XAxisMode::Users, tr("One point per ramp step (and the step in progress)"));
    modeButton(tr("Time"), XAxisMode::Time, tr("One point per snapshot interval since the load phase began"));
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

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setDocumentMode(true);
    layout->addWidget(m_tabWidget, 1);
    m_empty = new QLabel(tr("No data yet. Start a run (F5), or open a past run from the History tab."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty, 1);

    for (Tab &t : m_tabs) {
        t.page = new QWidget(m_tabWidget);
        auto *row = new QHBoxLayout(t.page);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(2);
        const int index = m_tabWidget->addTab(t.page, chartMetricTitle(t.metric));
        m_tabWidget->setTabToolTip(index, chartMetricDefinition(t.metric));
    }

    connect(m_modeButtons, &QButtonGroup::idClicked, this, [this](int id) { setXAxisMode(XAxisMode(id)); });
    connect(m_zoom, &QSlider::valueChanged, this, [this](int v) {
        m_zoomLabel->setText(QString::number(v));
        markAllDirty(true);
        flush();
    });
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this] { flush(); });
    setUsersRange(0);
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void ChartPanel::rebuild()
{
    const QStringList groups = m_series.groups();
    for (Tab &t : m_tabs) {
        for (Chart &c : t.charts)
            delete c.view; // the view owns its chart, the chart its series and axes
        t.charts.clear();
        if (!groups.isEmpty())
            buildTab(t);
        t.dirty = true;
        t.refit = true;
    }
    const bool empty = m_series.tracks().empty();
    m_tabWidget->setVisible(!empty);
    m_empty->setVisible(empty);
    flush();
}

void ChartPanel::buildTab(Tab &tab)
{
    const QStringList groups = m_series.groups();
    const int lineCount = chartMetricLines(tab.metric);
    for (const QString &group : groups) {
        Chart c;
        c.group = group;
        c.chart = new QChart;
        c.chart->setAnimationOptions(QChart::NoAnimation);
        c.chart->setMargins(QMargins(4, 4, 4, 4));
        c.chart->setBackgroundRoundness(0);
        QString title = groups.size() > 1 || group != u"other" ? group : QString();
        if (lineCount == 3)
            title += (title.isEmpty() ? QString() : QStringLiteral(" — ")) +
                     tr("solid p50, dashed p95, dotted p99");
        else if (lineCount == 2)
            title += (title.isEmpty() ? QString() : QStringLiteral(" — ")) + tr("solid p50, dashed p95");
        c.chart->setTitle(title);
        QFont titleFont = c.chart->titleFont();
        titleFont.setBold(true);
        c.chart->setTitleFont(titleFont);
        c.chart->legend()->setAlignment(Qt::AlignBottom);
        c.chart->legend()->setShowToolTips(true);

        c.x = new QValueAxis;
        c.y = new QValueAxis;
        for (QValueAxis *axis : {c.x, c.y}) {
            axis->setRange(0, 1);
            axis->setTickAnchor(0);
            axis->setTickInterval(0.2);
            axis->setTickType(QValueAxis::TicksDynamic);
        }
        c.x->setLabelFormat(QStringLiteral("%g"));
        c.y->setLabelFormat(QStringLiteral("%g"));
        c.y->setTitleText(chartMetricAxis(tab.metric));
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
            for (int li = 0; li < lineCount; ++li) {
                auto *s = new QLineSeries;
                const QString lineName = chartMetricLineName(tab.metric, li);
                s->setName(li == 0 ? label : label + u' ' + lineName);
                QPen pen(color);
                pen.setWidthF(li == 0 ? 2.0 : 1.5);
                pen.setStyle(lineStyle(li));
                s->setPen(pen);
                s->setPointsVisible(m_mode == XAxisMode::Users);
                s->setUseOpenGL(m_openGl);
                c.chart->addSeries(s);
                s->attachAxis(c.x);
                s->attachAxis(c.y);
                const ChartMetric metric = tab.metric;
                connect(s, &QLineSeries::hovered, this,
                        [this, label, lineName, metric](const QPointF &p, bool on) {
                            if (!on)
                                return;
                            const QString x = m_mode == XAxisMode::Users
                                                  ? tr("%1 users").arg(std::lround(p.x()))
                                                  : tr("%1 s").arg(p.x(), 0, 'f', 0);
                            QToolTip::showText(
                                QCursor::pos(),
                                QStringLiteral("%1 %2\n%3: %4 %5")
                                    .arg(label, lineName, x, chartMetricTitle(metric), formatMetric(p.y())));
                        });
                l.lines.push_back(s);
            }
            const auto marker = [&](QScatterSeries::MarkerShape shape, double size) {
                auto *m = new QScatterSeries;
                m->setMarkerShape(shape);
                m->setMarkerSize(size);
                m->setColor(color);
                m->setBorderColor(Qt::black);
                m->setPointLabelsVisible(false); // labelled by layoutLabels(), which keeps labels apart
                c.chart->addSeries(m);
                m->attachAxis(c.x);
                m->attachAxis(c.y);
                return m;
            };
            l.knee = marker(QScatterSeries::MarkerShapeTriangle, 13);
            if (tab.metric == ChartMetric::Qps || tab.metric == ChartMetric::QpsOk)
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
        connect(chart, &QChart::plotAreaChanged, this, [this, chart] {
            for (Tab &t : m_tabs) {
                for (Chart &ch : t.charts) {
                    if (ch.chart == chart)
                        layoutLabels(ch);
                }
            }
        });
        c.view = new QChartView(c.chart, tab.page);
        c.view->setRenderHint(QPainter::Antialiasing);
        c.view->setMinimumSize(300, 220);
        tab.page->layout()->addWidget(c.view);
        tab.charts.push_back(std::move(c));
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
    for (Tab &t : m_tabs) {
        t.dirty = true;
        t.refit = t.refit || refit;
    }
}

void ChartPanel::flush(bool allTabs)
{
    QElapsedTimer timer;
    timer.start();
    m_pending = false;
    const int current = m_tabWidget->currentIndex();
    for (int i = 0; i < kChartMetricCount; ++i) {
        Tab &t = m_tabs[std::size_t(i)];
        if (t.dirty && (allTabs || i == current))
            drawTab(t);
    }
    m_lastFlushMs = double(timer.nsecsElapsed()) / 1e6;
}

void ChartPanel::drawTab(Tab &tab)
{
    for (Chart &c : tab.charts)
        drawChart(tab, c);
    tab.dirty = false;
    tab.refit = false;
}

void ChartPanel::drawChart(Tab &tab, Chart &c)
{
    const bool users = m_mode == XAxisMode::Users;
    const double zoom = users ? double(zoomUsers()) : 0;
    const bool zoomed = users && m_zoom->value() < m_zoom->maximum();
    const int buckets = std::max(100, int(c.chart->plotArea().width()));
    double dataX = 0, dataY = 0;
    bool any = false;
    const auto &tracks = m_series.tracks();

    for (Lines &l : c.tracks) {
        const SeriesTrack &t = tracks[std::size_t(l.track)];
        if (!tab.refit && l.drawnRevision == t.revision)
            continue;
        for (int li = 0; li < int(l.lines.size()); ++li) {
            m_series.points(l.track, tab.metric, li, m_mode, m_points);
            for (const QPointF &p : std::as_const(m_points)) {
                if (zoomed && p.x() > zoom)
                    continue;
                dataX = std::max(dataX, p.x());
                dataY = std::max(dataY, p.y());
                any = true;
            }
            decimateMinMax(m_points, buckets, m_decimated);
            l.lines[std::size_t(li)]->replace(m_decimated);
        }
        QPointF knee, peak;
        const bool hasKnee = m_series.kneePoint(l.track, tab.metric, m_mode, &knee);
        const bool hasPeak = l.peak && m_series.peakPoint(l.track, tab.metric, m_mode, &peak);
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

    // Axes: fitted on refit (new data set, mode or zoom change), otherwise grown only when data leaves them.
    if (users) {
        // A little space past the last step, so a marker there keeps its label inside the chart.
        const double xMax = (zoomed ? zoom : std::max({zoom, dataX, 1.0})) * 1.04;
        if (tab.refit || xMax > c.xMax) {
            c.xMax = xMax;
            setAxisMax(c.x, xMax);
        }
    } else if (tab.refit || dataX > c.xMax) {
        c.xMax = any ? niceCeil(dataX * (tab.refit ? 1.0 : kHeadroom)) : 60;
        setAxisMax(c.x, c.xMax);
    }
    if (tab.refit || dataY > c.yMax) {
        c.yMax = niceCeil(std::max(dataY * kHeadroom, 1.0));
        setAxisMax(c.y, c.yMax);
    }
    c.x->setTitleText(users ? tr("Concurrent users") : tr("Seconds since the load phase began"));
    layoutLabels(c);
}

void ChartPanel::layoutLabels(Chart &c)
{
    // QtCharts centres a point label above its point, so the knees of several targets at similar users
    // print on top of each other. These labels move up until they no longer overlap, and stay inside
    // the chart horizontally.
    const QRectF plot = c.chart->plotArea();
    const QRectF bounds(QPointF(0, 0), c.chart->size());
    QList<QRectF> placed;
    std::size_t used = 0;
    const auto place = [&](const QString &text, const QPointF &at, QAbstractSeries *series,
                           const QColor &color) {
        if (text.isEmpty())
            return;
        if (used == c.labels.size()) {
            auto *item = new QGraphicsSimpleTextItem(c.chart);
            QFont f = item->font();
            f.setPointSizeF(f.pointSizeF() * 0.9);
            item->setFont(f);
            item->setZValue(20);
            c.labels.push_back(item);
        }
        QGraphicsSimpleTextItem *item = c.labels[used++];
        item->setText(text);
        item->setBrush(color.darker(170));
        const QPointF pos = c.chart->mapToPosition(at, series);
        QRectF r = item->boundingRect();
        r.moveCenter(QPointF(pos.x(), pos.y() - 10 - r.height() / 2));
        if (r.right() > bounds.right() - 2)
            r.moveRight(bounds.right() - 2);
        if (r.left() < plot.left())
            r.moveLeft(plot.left());
        for (int guard = 0; guard < 20; ++guard) {
            const auto hit =
                std::find_if(placed.begin(), placed.end(), [&](const QRectF &p) { return p.intersects(r); });
            if (hit == placed.end())
                break;
            r.moveBottom(hit->top() - 1);
        }
        if (r.top() < bounds.top())
            r.moveTop(pos.y() + 10); // no space above: below the point
        placed << r;
        item->setPos(r.topLeft());
        item->show();
    };
    for (const Lines &l : c.tracks) {
        if (l.lines.empty())
            continue;
        const QColor color = trackColor(l.track);
        if (l.peak && l.peak->count() > 0)
            place(l.peakText, l.peakAt, l.peak, color);
        if (l.knee->count() > 0)
            place(l.kneeText, l.kneeAt, l.knee, color);
    }
    for (std::size_t i = used; i < c.labels.size(); ++i)
        c.labels[i]->hide();
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
    for (Tab &t : m_tabs) {
        for (Chart &c : t.charts) {
            for (Lines &l : c.tracks) {
                for (QLineSeries *s : l.lines)
                    s->setUseOpenGL(on);
            }
        }
    }
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
    for (Tab &t : m_tabs) {
        for (Chart &c : t.charts) {
            for (Lines &l : c.tracks) {
                for (QLineSeries *s : l.lines)
                    s->setPointsVisible(mode == XAxisMode::Users);
            }
        }
    }
    markAllDirty(true);
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
}

ChartMetric ChartPanel::currentMetric() const
{
    return ChartMetric(std::max(0, m_tabWidget->currentIndex()));
}

int ChartPanel::chartCount(ChartMetric m) const
{
    return int(tab(m).charts.size());
}

QString ChartPanel::chartGroup(ChartMetric m, int chart) const
{
    const auto &charts = tab(m).charts;
    return chart >= 0 && chart < int(charts.size()) ? charts[std::size_t(chart)].group : QString();
}

const ChartPanel::Lines *ChartPanel::findLines(ChartMetric m, int track) const
{
    for (const Chart &c : tab(m).charts) {
        for (const Lines &l : c.tracks) {
            if (l.track == track)
                return &l;
        }
    }
    return nullptr;
}

int ChartPanel::linePointCount(ChartMetric m, int track, int line) const
{
    const Lines *l = findLines(m, track);
    if (!l || line < 0 || line >= int(l->lines.size()))
        return -1;
    return int(l->lines[std::size_t(line)]->count());
}

bool ChartPanel::hasKneeMarker(ChartMetric m, int track) const
{
    const Lines *l = findLines(m, track);
    // A knee on the peak step is drawn as one "peak = knee" marker.
    return l &&
           (l->knee->count() > 0 || (l->peak && l->peak->count() > 0 && l->peakText.contains(tr("knee"))));
}

bool ChartPanel::hasPeakMarker(ChartMetric m, int track) const
{
    const Lines *l = findLines(m, track);
    return l && l->peak && l->peak->count() > 0;
}

QString ChartPanel::kneeLabel(ChartMetric m, int track) const
{
    const Lines *l = findLines(m, track);
    if (!l)
        return QString();
    return l->knee->count() > 0 ? l->kneeText : l->peakText;
}

QValueAxis *ChartPanel::xAxis(ChartMetric m, int chart) const
{
    const auto &charts = tab(m).charts;
    return chart >= 0 && chart < int(charts.size()) ? charts[std::size_t(chart)].x : nullptr;
}

QValueAxis *ChartPanel::yAxis(ChartMetric m, int chart) const
{
    const auto &charts = tab(m).charts;
    return chart >= 0 && chart < int(charts.size()) ? charts[std::size_t(chart)].y : nullptr;
}

} // namespace plateau
