#pragma once
// The results table with its verdict summary and "Copy as TSV"; below it, for plans of several phases,
// each target's phases with their state and verdict; then the thresholds of every target: which passed,
// which failed, actual against limit.

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace plateau {

class PhaseResultsModel;
class TagResultsModel;
class ResultsModel;
class ThresholdsModel;

class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    ResultsModel *model() const { return m_model; }
    ThresholdsModel *thresholdsModel() const { return m_thresholds; }
    PhaseResultsModel *phasesModel() const { return m_phases; }
    QTableView *phasesView() const { return m_phasesView; }
    TagResultsModel *tagsModel() const { return m_tags; }
    bool tagsShown() const;
    bool phasesShown() const; // some target ran more than one phase
    QTableView *view() const { return m_view; }
    QTableView *thresholdsView() const { return m_thresholdsView; }
    QString summaryText() const;
    QString thresholdsTitle() const; // the heading above the thresholds table
    void copyTsv();                  // to the clipboard

private:
    void updateSummary();

    ResultsModel *m_model = nullptr;
    ThresholdsModel *m_thresholds = nullptr;
    PhaseResultsModel *m_phases = nullptr;
    QTableView *m_phasesView = nullptr;
    QWidget *m_phasesBox = nullptr;
    TagResultsModel *m_tags = nullptr;
    QTableView *m_tagsView = nullptr;
    QWidget *m_tagsBox = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_thresholdsView = nullptr;
    QWidget *m_thresholdsBox = nullptr;
    QLabel *m_thresholdsTitle = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace plateau
