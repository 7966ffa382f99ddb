#pragma once
// Progress of a run, one row per enabled target: phase (health check, warm-up, load, done, skipped),
// current users and step, elapsed and remaining time of its load phase.

#include "core/metrics/outcome.h"
#include "core/plan/testplan.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <vector>

namespace plateau {

class RunProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TargetColumn,
        PhaseColumn,
        UsersColumn,
        StepColumn,
        ElapsedColumn,
        RemainingColumn,
        ProgressColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int ProgressRole = Qt::UserRole + 1; // 0..100 for the progress bar

    explicit RunProgressModel(QObject *parent = nullptr);

    // One row per enabled target of the plan as run; every row pending.
    void reset(const TestPlan &plan);
    void clear();
    void setPhase(int target, TargetPhase phase, const QString &detail);
    void addSnapshot(const IntervalSnapshot &s);
    void setOutcome(const TargetOutcome &o);
    // Refreshes the wall-clock columns of the phases without snapshots (health check, warm-up).
    void tick();

    int rowForTarget(int target) const;
    TargetPhase phase(int row) const;
    double remainingSeconds() const; // whole run, by the estimate

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int target = 0;
        QString label;
        TargetPhase phase = TargetPhase::Pending;
        QString detail;
        int users = 0;
        int step = -1;
        double loadElapsedS = 0;
        qint64 phaseStartMs = 0; // on m_clock
    };
    double elapsed(const Row &r) const;
    double remaining(const Row &r) const;
    void emitRow(int row);

    std::vector<Row> m_rows;
    double m_estimateS = 0;
    int m_steps = 0; // step ramp: steps per target; 0 for other shapes
    QElapsedTimer m_clock;
};

} // namespace plateau
