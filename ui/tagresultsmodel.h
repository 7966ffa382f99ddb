#pragma once
// A journey's tags in the results: for each target whose plan has a journey, one row per tag (auth, session,
// chat) with its requests, QPS, latency and TTFT p95, failure rate and check pass rate over the whole load.
// The key tag, the one the results table and the charts are made of, is marked.

#include "core/metrics/outcome.h"

#include <QAbstractTableModel>
#include <vector>

namespace plateau {

struct ResultRow;

class TagResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TargetColumn,
        TagColumn,
        RequestsColumn,
        QpsColumn,
        LatencyP95Column,
        TtftP95Column,
        FailureRateColumn,
        ChecksColumn,
        ColumnCount
    };

    explicit TagResultsModel(QObject *parent = nullptr);

    // Resets only when what is shown changes (the results change every step during a run).
    void setResults(const std::vector<ResultRow> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString target;
        TagOutcome tag;
        bool operator==(const Row &o) const;
    };
    QVariant value(const Row &r, int column) const;
    std::vector<Row> m_rows;
};

} // namespace plateau
