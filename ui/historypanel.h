#pragma once
// Run history: the runs folder's past runs; open one into the charts, or compare several on the same axes.

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace plateau {

class RunListModel;

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    RunListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setRunsDir(const QString &dir);
    void refresh();
    QStringList selectedDirs() const;
    void setBusy(bool busy); // a live run: opening past runs would replace its charts

signals:
    // One folder: show that run; several: compare them.
    void openRequested(const QStringList &dirs);

private:
    void updateButtons();
    void importOther();

    RunListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_folder = nullptr;
    QPushButton *m_open = nullptr, *m_compare = nullptr, *m_import = nullptr;
    bool m_busy = false;
};

} // namespace plateau
