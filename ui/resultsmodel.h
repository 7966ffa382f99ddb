#pragma once
// The results table: one row per target (of one run, or of several runs compared) with peak, knee, TTFT,
// latency, failures and request counts, max QPS under the SLO, and a status that says how many thresholds
// failed or why the target was skipped; the best configuration (highest peak QPS ok) highlighted.

#include "core/metrics/outcome.h"
#include "core/report/runsummary.h"

#include <QAbstractTableModel>
#include <vector>

namespace plateau {

struct ResultRow
{
    int target = -1; // the engine's target index; -1 for loaded rows
    QString run;     // run name when comparing runs; empty otherwise
    QString label;
    QString computeSize;
    QString status;
    // How the target ended and its thresholds as the engine evaluated them (live, or from run.json): the
    // status text is made from these once the target has finished.
    TargetPhase phase = TargetPhase::Pending;
    QString detail;
    std::vector<ThresholdResult> thresholds;
    SaturationVerdict verdict;
    bool hasTotals = false;
    std::uint64_t requests = 0; // completed: ok + failed (cancelled apart)
    std::uint64_t ok = 0, failed = 0, cancelled = 0;
    FailureCounts failures{};
    double failureRate = 0;
    Summary latency, ttft;
    std::vector<PhaseOutcome> phases; // one per plan phase (live outcomes); the phase table shows them
    std::vector<TagOutcome> tags;     // a journey's tags over the whole load; the tag table shows them

    static ResultRow fromOutcome(const TargetOutcome &o, const QString &computeSize);
    static ResultRow fromSummary(const TargetSummary &s);
};

class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TargetColumn,
        ComputeColumn,
        PeakQpsOkColumn,
        PeakQpsColumn,
        UsersAtPeakColumn,
        KneeColumn,
        MaxQpsSloColumn, // verdict.slo: the highest QPS ok within the plan's SLO, with its users
        TtftP50Column,
        TtftP95Column,
        LatencyP50Column,
        LatencyP95Column,
        LatencyP99Column,
        FailureRateColumn,
        FailuresByClassColumn,
        RequestsColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers sort as numbers

    explicit ResultsModel(QObject *parent = nullptr);

    void setRows(std::vector<ResultRow> rows);
    const std::vector<ResultRow> &rows() const { return m_rows; }
    void clear();
    // Live updates by engine target index; a row is added when the target has none yet.
    void setRow(const ResultRow &row);
    void setStatus(int target, const QString &status);
    // A live phase change: the status follows it (a target skipped says why).
    void setPhase(int target, TargetPhase phase, const QString &detail);
    void setVerdict(int target, const SaturationVerdict &verdict); // provisional, while steps finish
    int bestRow() const; // highest peak QPS ok; -1 when no row has data

    // Header line plus one line per row, tab separated; numbers unformatted ('.' decimal), so a
    // spreadsheet reads them as numbers.
    QString toTsv() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString failuresText(const FailureCounts &f);
    // The target failed a threshold, or was skipped (its health check or its auth failed, or the run
    // stopped first): its status is shown as a problem.
    static bool statusIsProblem(const ResultRow &r);

private:
    int rowForTarget(int target) const;
    QVariant value(const ResultRow &r, int column) const; // the number (or text) behind a cell
    void recomputeBest();

    std::vector<ResultRow> m_rows;
    int m_best = -1;
};

} // namespace plateau
