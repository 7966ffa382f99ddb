#pragma once
// The results table with its verdict summary and "Copy as TSV".

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace plateau {

class ResultsModel;

class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget *parent = nullptr);

    ResultsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    void copyTsv(); // to the clipboard

private:
    void updateSummary();

    ResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace plateau
