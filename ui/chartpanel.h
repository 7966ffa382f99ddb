#pragma once
// Live ramp charts (QtCharts), in two layouts:
// - Grid (the default): QPS, latency, TTFT and failures at once, 2 x 2, so a ramp is watched without
//   switching tabs. The four cells share one x axis (users or time) and one x range.
// - Tabs: one metric per tab (QPS, QPS ok, latency with p99, TTFT, failures %), larger.
// Each cell or tab holds one chart per compute-size group side by side (the dashboard of Databricks'
// load-testing guide groups medium and large that way), one colour per target. Knee and peak are marked,
// their labels kept off each other and off the markers; on the time axis, a dashed line with the phase's
// name marks where a target went on to its next phase. Redraws at most refreshHz times per second, with
// QXYSeries::replace(), only the visible layout (the grid, or the current tab) and only tracks whose data
// changed; axes grow only when data leaves them.

#include "ui/runseries.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRectF>
#include <QWidget>
#include <array>
#include <vector>

class QButtonGroup;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QSlider;
class QStackedWidget;
class QTabWidget;
class QTimer;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace plateau {

enum class ChartLayout
{
    Grid, // the four cells of GridCell at once
    Tabs, // one ChartMetric per tab
};

// The cells of the grid, in reading order (top left, top right, bottom left, bottom right).
enum class GridCell
{
    Qps,      // QPS ok (solid) and all completed (dashed); the peak and knee are labelled here
    Latency,  // p50 (solid) and p95 (dashed)
    Ttft,     // p50 (solid) and p95 (dashed)
    Failures, // failures %
};
constexpr int kGridCellCount = 4;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    RunSeries &series() { return m_series; }
    const RunSeries &series() const { return m_series; }
    // After tracks were added or removed (a new run, a loaded run): rebuilds every chart.
    void rebuild();
    // Data arrived: the visible layout is redrawn at the next refresh tick.
    void dataChanged();
    // Redraws now: the visible layout (the grid, or the current tab), or everything.
    void flush(bool allTabs = false);

    void setRefreshRate(double hz); // clamped to 0.5 .. 20
    void setUseOpenGL(bool on);     // off by default: OpenGL series break grab() offscreen
    void setXAxisMode(XAxisMode mode);
    XAxisMode xAxisMode() const { return m_mode; }
    void setChartLayout(ChartLayout layout);
    ChartLayout chartLayout() const { return m_layout; }
    // The users axis: the slider runs up to maxUsers and zooms the x axis to lower concurrency.
    void setUsersRange(int maxUsers);
    void setZoomUsers(int users);
    int zoomUsers() const;
    // Shows that metric's tab (switching to the Tabs layout).
    void setCurrentMetric(ChartMetric m);
    ChartMetric currentMetric() const;
    void setTitle(const QString &title); // shown above the charts ("" hides it)

    // Introspection (tests, status): what is drawn now. The ChartMetric forms describe the tabs, the
    // GridCell forms the grid.
    int chartCount(ChartMetric m) const;
    QString chartGroup(ChartMetric m, int chart) const;
    int linePointCount(ChartMetric m, int track, int line) const; // -1: the track is not drawn
    bool hasKneeMarker(ChartMetric m, int track) const;
    bool hasPeakMarker(ChartMetric m, int track) const;
    QString kneeLabel(ChartMetric m, int track) const;
    QValueAxis *xAxis(ChartMetric m, int chart) const;
    QValueAxis *yAxis(ChartMetric m, int chart) const;
    // The marker labels shown on a chart and the markers themselves, in the chart's coordinates.
    QList<QRectF> markerLabelRects(ChartMetric m, int chart) const;
    QList<QRectF> markerRects(ChartMetric m, int chart) const;

    int chartCount(GridCell c) const;
    int linePointCount(GridCell c, int track, int line) const; // -1: the track is not drawn
    bool hasKneeMarker(GridCell c, int track) const;
    bool hasPeakMarker(GridCell c, int track) const;
    QValueAxis *xAxis(GridCell c, int chart) const;
    QValueAxis *yAxis(GridCell c, int chart) const;
    QChartView *chartView(GridCell c, int chart) const;
    QList<QRectF> markerLabelRects(GridCell c, int chart) const;
    QList<QRectF> markerRects(GridCell c, int chart) const;
    QString legendText() const; // the grid's legend: one entry per target
    // The phase boundaries drawn on a chart (time axis only): their times and the names shown (empty
    // where the chart draws the line without a name).
    QList<double> phaseMarkerTimes(GridCell c, int chart) const;
    QStringList phaseMarkerNames(GridCell c, int chart) const;
    QList<double> phaseMarkerTimes(ChartMetric m, int chart) const;
    QStringList phaseMarkerNames(ChartMetric m, int chart) const;

    double lastFlushMs() const { return m_lastFlushMs; }

    static QColor trackColor(int track);

private:
    // What one line of a cell plots: a metric's line (0 = p50 or the only one, 1 = p95, 2 = p99).
    struct LineSpec
    {
        ChartMetric metric = ChartMetric::Qps;
        int line = 0;
        QString name; // "p95", "ok"; empty for a single line
    };
    struct Lines
    {
        int track = -1;
        std::vector<QLineSeries *> lines;
        QScatterSeries *knee = nullptr;
        QScatterSeries *peak = nullptr;
        QString kneeText, peakText; // marker labels, drawn by layoutLabels()
        QPointF kneeAt, peakAt;
        quint64 drawnRevision = ~quint64(0);
    };
    struct Chart
    {
        QString group;
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
        std::vector<Lines> tracks;
        double yMax = 0;                               // current y axis maximum (axes start at 0)
        std::vector<QGraphicsSimpleTextItem *> labels; // each on a backing rectangle owned by the chart
        QList<QRectF> labelRects, markerRects;         // where layoutLabels() put them
        // Phase boundaries: a dashed line each, with the name of the phase that starts there.
        std::vector<QGraphicsLineItem *> phaseLines;
        std::vector<QGraphicsSimpleTextItem *> phaseLabels;
        QList<double> phaseTimes;
        QStringList phaseNames;
    };
    // One metric's charts (one per group) side by side: a tab, or one cell of the grid.
    struct Cell
    {
        ChartMetric metric = ChartMetric::Qps; // its markers, y axis and tooltip
        std::vector<LineSpec> lines;
        QString caption;        // the chart title after the group: "Latency (ms) — solid p50, dashed p95"
        bool compact = false;   // a grid cell: smaller fonts, no legend, no y title (the caption says it)
        bool xTitle = true;     // the grid titles the x axis on its bottom row only
        bool labels = true;     // marker labels (the grid labels its QPS cell only, the others are small)
        bool phaseNames = true; // names at the phase boundaries (the grid names them on its top row)
        QWidget *page = nullptr;
        std::vector<Chart> charts;
    };
    // Cells drawn together that share one x range.
    struct View
    {
        std::vector<Cell> cells;
        bool dirty = true;
        bool refit = true; // next draw fits the axes to the data (mode / zoom / rebuild)
        double xMax = 0;
    };

    void buildControls();
    void buildGrid();
    void buildCell(Cell &cell);
    void drawView(View &view);
    void drawChart(const Cell &cell, Chart &chart, bool refit, double *dataX, bool *any);
    void layoutLabels(const Cell &cell, Chart &chart);
    void layoutPhaseMarks(const Cell &cell, Chart &chart);
    void onTick();
    void markAllDirty(bool refit);
    void updateLegend();
    const Cell &tabCell(ChartMetric m) const { return m_tabs[std::size_t(m)].cells.front(); }
    const Cell &gridCell(GridCell c) const { return m_grid.cells[std::size_t(c)]; }
    static const Chart *chartAt(const Cell &cell, int chart);
    static const Lines *findLines(const Cell &cell, int track);
    static int linePointCount(const Cell &cell, int track, int line);
    static bool hasKneeMarker(const Cell &cell, int track);

    RunSeries m_series;
    std::array<View, kChartMetricCount> m_tabs; // one cell each
    View m_grid;                                // kGridCellCount cells
    XAxisMode m_mode = XAxisMode::Users;
    ChartLayout m_layout = ChartLayout::Grid;
    bool m_openGl = false;
    int m_usersRange = 0;
    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_gridPage = nullptr;
    QLabel *m_legend = nullptr;
    QTabWidget *m_tabWidget = nullptr;
    QButtonGroup *m_modeButtons = nullptr;
    QButtonGroup *m_layoutButtons = nullptr;
    QSlider *m_zoom = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_zoomCaption = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_timer = nullptr;
    bool m_pending = false;
    double m_lastFlushMs = 0;
    QList<QPointF> m_points, m_decimated; // reused between draws
};

} // namespace plateau
