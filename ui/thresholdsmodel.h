#pragma once
// The thresholds table of the results: one row per threshold of each target, with its expression, the
// actual value against the limit and the engine's pass/fail, shown as ✓/✗ and words, not by colour alone.

#include "core/metrics/outcome.h"

#include <QAbstractTableModel>
#include <vector>

namespace plateau {

struct ResultRow;

class ThresholdsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TargetColumn,
        ThresholdColumn,
        ActualColumn,
        LimitColumn,
        ResultColumn,
        ColumnCount
    };

    explicit ThresholdsModel(QObject *parent = nullptr);

    // The thresholds of these result rows, in their order; resets only when they differ from what is shown
    // (the results change every step during a run, their thresholds only when a target ends).
    void setResults(const std::vector<ResultRow> &rows);
    int failedCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString target;
        ThresholdResult result;
        bool operator==(const Row &o) const;
    };
    std::vector<Row> m_rows;
};

} // namespace plateau
