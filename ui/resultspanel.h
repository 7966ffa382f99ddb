#pragma once
// The results table with its verdict summary and "Copy as TSV", and below it the thresholds of every
// target: which passed, which failed, actual against limit.

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace plateau {

class ResultsModel;
class ThresholdsModel;

class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    ResultsModel *model() const { return m_model; }
    ThresholdsModel *thresholdsModel() const { return m_thresholds; }
    QTableView *view() const { return m_view; }
    QTableView *thresholdsView() const { return m_thresholdsView; }
    QString summaryText() const;
    QString thresholdsTitle() const; // the heading above the thresholds table
    void copyTsv();                  // to the clipboard

private:
    void updateSummary();

    ResultsModel *m_model = nullptr;
    ThresholdsModel *m_thresholds = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_thresholdsView = nullptr;
    QWidget *m_thresholdsBox = nullptr;
    QLabel *m_thresholdsTitle = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace plateau
