#pragma once
// The live numbers of a run, one row per target: current users, QPS ok, latency p95, TTFT p95 and
// failures (count and share) of the last snapshot interval: the numbers `plateau run` prints each
// interval, taken from the same IntervalSnapshot fields. The colour swatch is the target's chart colour.

#include "core/metrics/snapshot.h"

#include <QColor>
#include <QWidget>
#include <vector>

class QGridLayout;
class QLabel;

namespace plateau {

class KpiStrip : public QWidget
{
    Q_OBJECT
public:
    enum Kpi
    {
        UsersKpi,
        QpsOkKpi,
        LatencyP95Kpi,
        TtftP95Kpi,
        FailuresKpi,
        KpiCount
    };
    struct Target
    {
        int target = 0; // the engine's target index
        QString label;
        QColor color;
    };

    explicit KpiStrip(QWidget *parent = nullptr);

    // One row per target, every number "—" until its first snapshot.
    void reset(const std::vector<Target> &targets);
    void clear();
    // Shows the snapshot's numbers in its target's row; false (and nothing changes) for an unknown target.
    bool addSnapshot(const IntervalSnapshot &s);
    // The target's load phase ended: its row keeps its last numbers, greyed, as they are no longer live.
    void setFinished(int target);
    bool isFinished(int row) const;

    int rowCount() const { return int(m_rows.size()); }
    int rowForTarget(int target) const;
    QString text(int row, Kpi kpi) const; // what a cell shows
    static QString kpiTitle(Kpi kpi);

private:
    struct Row
    {
        int target = 0;
        QLabel *name = nullptr;
        QLabel *values[KpiCount] = {};
    };
    void removeRows();

    QGridLayout *m_grid = nullptr;
    std::vector<QLabel *> m_headers;
    std::vector<Row> m_rows;
};

} // namespace plateau
