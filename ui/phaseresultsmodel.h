#pragma once
// The phases of the results: for each target whose plan ran more than one phase, one row per phase with
// its state, time, requests, QPS ok, latency, thresholds and the sentence of its verdict (the knee of a
// ramp, a sweep's find, a burst's cold start, a sustained phase's drift; a skipped phase's reason).

#include "core/metrics/outcome.h"

#include <QAbstractTableModel>
#include <vector>

namespace plateau {

struct ResultRow;

class PhaseResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TargetColumn,
        PhaseColumn,
        KindColumn,
        StateColumn,
        TimeColumn,
        RequestsColumn,
        QpsOkColumn,
        LatencyP95Column,
        FailureRateColumn,
        ThresholdsColumn,
        VerdictColumn,
        ColumnCount
    };

    explicit PhaseResultsModel(QObject *parent = nullptr);

    // The phases of these result rows (only targets with several); resets only when they differ from
    // what is shown (the results change every step during a run, the phases when a target ends).
    void setResults(const std::vector<ResultRow> &rows);

    // "ran", "stopped", "skipped", "not reached".
    static QString stateText(PhaseState s);
    // The one sentence that says how the phase went: its reason when it did not run, otherwise the
    // verdict its shape has (the knee of a ramp, the find of a sweep, a burst's cold start, the drift).
    static QString verdictText(const PhaseOutcome &p);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString target;
        PhaseOutcome phase;
        bool operator==(const Row &o) const;
    };
    QVariant value(const Row &r, int column) const;
    std::vector<Row> m_rows;
};

} // namespace plateau
