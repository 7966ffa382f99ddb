#pragma once
// The plan's phases as a small table: name (editable), shape, gate and estimated time per target, one row
// per Phase in run order. Issues from validatePlan() mark the cell they concern; at least one phase always
// remains.

#include "core/plan/planio.h"
#include "core/plan/testplan.h"

#include <QAbstractTableModel>
#include <array>
#include <vector>

namespace plateau {

class PhaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        GateColumn,
        EstimateColumn,
        ColumnCount
    };

    explicit PhaseListModel(QObject *parent = nullptr);

    // What a user reads for a shape ("Step ramp", "Sweep").
    static QString kindText(ProfileKind kind);

    // Replaces every row (a load: no edited()). An empty list becomes one default phase.
    void setPhases(const std::vector<Phase> &phases);
    const std::vector<Phase> &phases() const { return m_phases; }
    const Phase &phase(int row) const { return m_phases[std::size_t(row)]; }

    // Edits; each emits edited() when it changed something.
    void setProfile(int row, const LoadProfile &profile);
    void setGate(int row, bool gate);
    void setName(int row, const QString &name);
    int addPhase(int after);   // a new phase after that row (-1 = at the end); returns its row
    bool removePhase(int row); // false for the last remaining phase
    bool moveUp(int row);
    bool moveDown(int row);

    // Issues of "phases[i]..." (and of a one-phase plan's "profile..."): the name and gate cells show
    // theirs, the shape cell those of the phase's profile.
    void setIssues(const std::vector<PlanIssue> &issues);
    QString issueAt(int row, int column) const;
    // The issues of one phase's profile with the path its profile editor knows ("profile.max_users").
    static std::vector<PlanIssue> profileIssues(const std::vector<PlanIssue> &issues, int row,
                                                int phaseCount);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void edited();

private:
    using RowIssues = std::array<QString, ColumnCount>;
    bool validRow(int row) const { return row >= 0 && row < int(m_phases.size()); }
    void emitRowChanged(int row);
    bool swap(int row, int other);
    QString uniqueName() const;

    std::vector<Phase> m_phases;
    std::vector<RowIssues> m_issues;
};

} // namespace plateau
