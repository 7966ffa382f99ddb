#pragma once
// Live ramp charts (QtCharts): a tab per metric (QPS, QPS ok, latency, TTFT, failures %), each plotted
// against users (one point per step) or against time (one point per interval snapshot); one chart per
// compute-size group side by side (the dashboard of Databricks' load-testing guide groups medium and large
// that way), one colour per target. Knee and peak are marked. Redraws at most refreshHz times per second,
// with QXYSeries::replace(), only the visible tab and only tracks whose data changed; axes grow only when
// data leaves them.

#include "ui/runseries.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>
#include <array>
#include <vector>

class QButtonGroup;
class QGraphicsSimpleTextItem;
class QLabel;
class QSlider;
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
    // Data arrived: the visible tab is redrawn at the next refresh tick.
    void dataChanged();
    // Redraws now: the visible tab, or every tab.
    void flush(bool allTabs = false);

    void setRefreshRate(double hz); // clamped to 0.5 .. 20
    void setUseOpenGL(bool on);     // off by default: OpenGL series break grab() offscreen
    void setXAxisMode(XAxisMode mode);
    XAxisMode xAxisMode() const { return m_mode; }
    // The users axis: the slider runs up to maxUsers and zooms the x axis to lower concurrency.
    void setUsersRange(int maxUsers);
    void setZoomUsers(int users);
    int zoomUsers() const;
    void setCurrentMetric(ChartMetric m);
    ChartMetric currentMetric() const;
    void setTitle(const QString &title); // shown above the tabs ("" hides it)

    // Introspection (tests, status): what is drawn now.
    int chartCount(ChartMetric m) const;
    QString chartGroup(ChartMetric m, int chart) const;
    int linePointCount(ChartMetric m, int track, int line) const; // -1: the track is not drawn
    bool hasKneeMarker(ChartMetric m, int track) const;
    bool hasPeakMarker(ChartMetric m, int track) const;
    QString kneeLabel(ChartMetric m, int track) const;
    QValueAxis *xAxis(ChartMetric m, int chart) const;
    QValueAxis *yAxis(ChartMetric m, int chart) const;
    double lastFlushMs() const { return m_lastFlushMs; }

    static QColor trackColor(int track);

private:
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
        double xMax = 0, yMax = 0;                     // current axis maxima (axes start at 0)
        std::vector<QGraphicsSimpleTextItem *> labels; // owned by the chart
    };
    struct Tab
    {
        ChartMetric metric = ChartMetric::Qps;
        QWidget *page = nullptr;
        std::vector<Chart> charts;
        bool dirty = true;
        bool refit = true; // next draw fits the axes to the data (mode / zoom / rebuild)
    };

    void buildControls();
    void buildTab(Tab &tab);
    void drawTab(Tab &tab);
    void drawChart(Tab &tab, Chart &chart);
    void layoutLabels(Chart &chart);
    void onTick();
    void markAllDirty(bool refit);
    Tab &tab(ChartMetric m) { return m_tabs[std::size_t(m)]; }
    const Tab &tab(ChartMetric m) const { return m_tabs[std::size_t(m)]; }
    const Lines *findLines(ChartMetric m, int track) const;

    RunSeries m_series;
    std::array<Tab, kChartMetricCount> m_tabs;
    XAxisMode m_mode = XAxisMode::Users;
    bool m_openGl = false;
    int m_usersRange = 0;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabWidget = nullptr;
    QButtonGroup *m_modeButtons = nullptr;
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
