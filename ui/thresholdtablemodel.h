#pragma once
// The plan's thresholds as an editable table: one row per "<metric> <op> <value>" gate, inline validation
// from validatePlan(). Columns are an enum plus one entry in a table of plan keys (thresholdtablemodel.cpp),
// so a field the plan gains becomes a column without touching the rest.

#include "core/plan/planio.h"
#include "core/plan/testplan.h"

#include <QAbstractTableModel>
#include <array>
#include <vector>

namespace plateau {

class ThresholdTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        OpColumn,
        ValueColumn,
        ScopeColumn, // "run" / "step" as the edit value; shown as "whole target" / "every step"
        AbortColumn, // a check box (Qt::CheckStateRole), not an editor
        ColumnCount
    };

    explicit ThresholdTableModel(QObject *parent = nullptr);

    // The column that shows a threshold's plan key ("value"), -1 for a key no column shows.
    static int columnForField(const QString &field);
    static QString columnTitle(int column);

    // Replaces every row (a load, not an edit: no edited()). Clears the issues.
    void setThresholds(const std::vector<Threshold> &thresholds);
    const std::vector<Threshold> &thresholds() const { return m_thresholds; }

    // Issues from validatePlan(); only paths "thresholds[i]..." are kept. A cell whose field has an issue
    // gets an error background and the message as tooltip; an issue of the whole row marks the metric cell.
    void setIssues(const std::vector<PlanIssue> &issues);
    QString issueAt(int row, int column) const;

    // A new gate at row (-1 = the end): the first metric not gated yet, with a starting value that suits
    // it. Returns its row.
    int addThreshold(int row = -1);
    // What addThreshold adds for this metric: "< 2000" for a latency in ms, "< 0.05" for the failure rate,
    // ">= 1" for the peak QPS ok.
    static Threshold suggestedThreshold(const QString &metric);
    // A value as the table shows and edits it: the user's decimal point, every digit, no group separator
    // (2000, not 2,000: the editor reads back what it shows).
    static QString valueText(double value);
    // How the Scope column shows a scope ("whole target", "every step"), translated.
    static QString scopeText(ThresholdScope scope);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Metric and op take any text (an unknown one is kept as it is and flagged by validation, never
    // changed behind the user's back); value takes a number, or text that reads as one in the user's
    // locale or in C notation, and refuses anything else; scope takes a plan name ("run", "step") and
    // refuses any other; abort takes a Qt::CheckState through Qt::CheckStateRole.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

signals:
    // Every user edit (cell, rows added or removed); not emitted by setThresholds() or setIssues().
    void edited();

private:
    using RowIssues = std::array<QString, ColumnCount>;
    bool validRow(int row) const { return row >= 0 && row < int(m_thresholds.size()); }

    std::vector<Threshold> m_thresholds;
    std::vector<RowIssues> m_issues; // parallel to m_thresholds
};

} // namespace plateau
