#pragma once
// The target matrix as an editable table: one row per Target, inline validation from validatePlan().

#include "core/plan/planio.h"
#include "core/plan/testplan.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <array>
#include <vector>

namespace plateau {

class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EnabledColumn,
        LabelColumn,
        UrlColumn,
        ComputeSizeColumn,
        WorkersColumn,
        AuthRefColumn,
        HeadersColumn,
        ColumnCount
    };

    struct PasteResult
    {
        int added = 0;
        QStringList rejected; // lines that were not http(s) URLs
    };

    explicit TargetTableModel(QObject *parent = nullptr);

    // The column that shows a target's plan key ("url"), -1 for a key no column shows.
    static int columnForField(const QString &field);
    static QString columnTitle(int column);

    // Replaces every row (a load, not an edit: no edited() signal). Clears the issues.
    void setTargets(const std::vector<Target> &targets);
    const std::vector<Target> &targets() const { return m_targets; }
    int enabledCount() const;

    // Issues from validatePlan(); only paths "targets[i]..." are kept. Cells whose field has an issue get an
    // error background and the message as tooltip (one of a header says which header, counted from 1); an
    // issue of the whole row marks the label cell.
    void setIssues(const std::vector<PlanIssue> &issues);
    QString issueAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // Editing operations of the matrix editor; each returns the row it created or false when out of range.
    int addTarget(Target target, int row = -1); // a unique label is chosen when the label is taken or empty
    int duplicateRow(int row);
    bool moveUp(int row);
    bool moveDown(int row);
    void setRowsEnabled(const QList<int> &rows, bool enabled);
    // One URL per line (blank lines and '#' comments skipped) -> new rows at row (-1 = end), labels from the
    // host, compute size and workers when the host names them.
    PasteResult pasteUrls(const QString &text, int row = -1);

    QStringList labels() const;

signals:
    // Every user edit (cell, rows added/removed/moved); not emitted by setTargets() or setIssues().
    void edited();

private:
    using RowIssues = std::array<QString, ColumnCount>;
    bool validRow(int row) const { return row >= 0 && row < int(m_targets.size()); }
    void emitRowChanged(int row);

    std::vector<Target> m_targets;
    std::vector<RowIssues> m_issues; // parallel to m_targets, so a message follows its row when rows move
};

} // namespace plateau
