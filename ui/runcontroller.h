#pragma once
// Drives a LoadEngine from the window and turns its events into the panels' data: progress rows, chart
// points (throttled by the chart panel), results rows, the generator warning and the log. The engine's
// events are public slots, so a test can feed a synthetic run through exactly the same path.

#include "core/engine/loadengine.h"
#include "core/metrics/outcome.h"
#include "core/plan/testplan.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QTimer;

namespace plateau {

class ChartPanel;
class LogPane;
class ResultsModel;
class RunRecorder;
class RunPanel;

class RunController : public QObject
{
    Q_OBJECT
public:
    RunController(ChartPanel *charts, ResultsModel *results, RunPanel *runPanel, LogPane *log,
                  QObject *parent = nullptr);
    ~RunController() override;

    // runsDir: where the run folder goes (runsDir/<plan name>-<time>); empty = no run folder.
    bool start(const TestPlan &plan, EngineOptions options, const QString &runsDir, QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_running; }
    QString runDir() const { return m_runDir; }
    const TestPlan &plan() const { return m_plan; }
    const RunOutcome &lastOutcome() const { return m_outcome; }
    // Worst GUI-thread time spent handling one snapshot, chart redraw included when one ran at once.
    double worstSnapshotMs() const { return m_worstSnapshotMs; }

    // Clears the panels and lays them out for this plan (tracks, progress rows, result rows).
    void prepare(const TestPlan &plan);

public slots:
    void onPhase(int target, plateau::TargetPhase phase, const QString &detail);
    void onSnapshot(const plateau::IntervalSnapshot &snapshot);
    void onStep(int target, const plateau::StepResult &step);
    void onTargetFinished(const plateau::TargetOutcome &outcome);
    void onFinished(const plateau::RunOutcome &outcome);
    void onMessage(const QString &text);

signals:
    void runningChanged(bool running);
    void finished(const plateau::RunOutcome &outcome);

private:
    std::unique_ptr<RunRecorder> m_recorder; // the run folder of the run in progress
    void checkGenerator(const IntervalSnapshot &s);
    QString computeSizeOf(int target) const;

    ChartPanel *m_charts;
    ResultsModel *m_results;
    RunPanel *m_runPanel;
    LogPane *m_log;
    QPointer<LoadEngine> m_engine;
    QTimer *m_tick = nullptr;
    TestPlan m_plan;
    RunOutcome m_outcome;
    QString m_runDir;
    bool m_running = false;
    double m_worstSnapshotMs = 0;
};

} // namespace plateau
