#pragma once
// The run's live numbers (KPI strip) beside its progress table (one row per target each), the load
// generator's saturation warning, and the log.

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace plateau {

class KpiStrip;
class RunProgressModel;

class RunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);

    RunProgressModel *progressModel() const { return m_progress; }
    KpiStrip *kpiStrip() const { return m_kpis; }
    QTableView *progressView() const { return m_view; }
    // The warning stays until cleared (a new run): a generator that was the bottleneck once makes the
    // numbers of that load level a floor.
    void setGeneratorWarning(const QString &text);
    void clearGeneratorWarning();
    bool generatorWarningShown() const;
    QString generatorWarning() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The panel is as tall as its rows (up to a few), so a splitter gives the rest of the page to the charts.
    void fitHeight();

    RunProgressModel *m_progress = nullptr;
    KpiStrip *m_kpis = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_warning = nullptr;
};

// The log pane: LoadEngine::message lines with a time stamp, bounded.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);
    void append(const QString &line);
    void clear();
    QString text() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace plateau
