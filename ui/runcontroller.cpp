#include "ui/runcontroller.h"

#include "core/metrics/saturation.h"
#include "core/report/runrecorder.h"
#include "ui/chartpanel.h"
#include "ui/kpistrip.h"
#include "ui/resultsmodel.h"
#include "ui/runpanel.h"
#include "ui/runprogressmodel.h"
#include "ui/targetstatus.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <algorithm>

namespace plateau {

RunController::RunController(ChartPanel *charts, ResultsModel *results, RunPanel *runPanel, LogPane *log,
                             QObject *parent)
    : QObject(parent), m_charts(charts), m_results(results), m_runPanel(runPanel), m_log(log)
{
    // Health check and warm-up send no snapshots; the progress table's clocks tick once a second.
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { m_runPanel->progressModel()->tick(); });
    qRegisterMetaType<plateau::IntervalSnapshot>();
    qRegisterMetaType<plateau::StepResult>();
    qRegisterMetaType<plateau::TargetOutcome>();
    qRegisterMetaType<plateau::RunOutcome>();
}

RunController::~RunController()
{
    // No engine event may reach this half-destroyed controller (or the panels it feeds).
    if (m_engine) {
        m_engine->disconnect(this);
        if (m_engine->isRunning())
            m_engine->stop();
        delete m_engine;
    }
}

void RunController::prepare(const TestPlan &plan)
{
    m_plan = plan;
    m_outcome = RunOutcome{};
    m_worstSnapshotMs = 0;
    m_runPanel->clearGeneratorWarning();

    RunSeries &series = m_charts->series();
    series.clear();
    series.setSettleSeconds(plan.profile().kind == ProfileKind::StepRamp ? plan.profile().effectiveSettleS()
                                                                         : 0);
    series.setSaturation(plan.saturation);
    series.setSlo(plan.slo);
    QStringList phaseNames;
    int peakUsers = 0;
    for (const Phase &ph : plan.phases) {
        phaseNames << ph.name;
        peakUsers = std::max(peakUsers, ph.profile.peakUsers());
    }
    series.setPhaseNames(phaseNames);
    std::vector<ResultRow> rows;
    std::vector<KpiStrip::Target> kpis;
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        const Target &t = plan.targets[i];
        if (!t.enabled)
            continue;
        const int track = series.addTrack(t.label, t.computeSize, int(i));
        kpis.push_back(KpiStrip::Target{int(i), t.label, ChartPanel::trackColor(track)});
        ResultRow row;
        row.target = int(i);
        row.label = t.label;
        row.computeSize = t.computeSize;
        row.status = targetPhaseText(TargetPhase::Pending);
        rows.push_back(row);
    }
    m_results->setRows(std::move(rows));
    m_runPanel->kpiStrip()->reset(kpis);
    m_runPanel->progressModel()->reset(plan); // after the strip: the panel fits its height to both
    m_charts->setTitle(QString());
    m_charts->setUsersRange(peakUsers); // the users axis spans the busiest phase
    m_charts->rebuild();
}

bool RunController::start(const TestPlan &plan, EngineOptions options, const QString &runsDir, QString *error)
{
    if (m_running) {
        if (error)
            *error = tr("a run is already in progress");
        return false;
    }
    // The same wiring as `plateau run`: the run folder is an observer of the engine.
    m_recorder.reset();
    m_runDir.clear();
    if (!runsDir.isEmpty()) {
        auto recorder = std::make_unique<RunRecorder>();
        QString why;
        if (!recorder->open(runsDir, QString(), plan, &why)) {
            if (error)
                *error = tr("cannot create the run folder: %1").arg(why);
            return false;
        }
        options.observers.push_back(recorder.get());
        m_runDir = recorder->runDir();
        m_recorder = std::move(recorder);
    }
    if (m_engine)
        m_engine->deleteLater(); // the previous run's engine, finished
    auto *engine = new LoadEngine(this);
    connect(engine, &LoadEngine::phaseChanged, this, &RunController::onPhase);
    connect(engine, &LoadEngine::snapshot, this, &RunController::onSnapshot);
    connect(engine, &LoadEngine::stepFinished, this, &RunController::onStep);
    connect(engine, &LoadEngine::targetFinished, this, &RunController::onTargetFinished);
    connect(engine, &LoadEngine::finished, this, &RunController::onFinished);
    connect(engine, &LoadEngine::message, this, &RunController::onMessage);
    m_engine = engine;

    prepare(plan);
    m_log->append(tr("Starting run of %n target(s)…", nullptr, int(m_results->rowCount())));
    // Flag first: a plan the engine refuses returns false with no signal; one it accepts may report
    // synchronously from start().
    m_running = true;
    emit runningChanged(true);
    QString why;
    if (!engine->start(plan, options, &why)) {
        m_running = false;
        m_log->append(tr("Cannot start: %1").arg(why));
        engine->deleteLater();
        emit runningChanged(false);
        if (error)
            *error = why;
        return false;
    }
    if (!m_runDir.isEmpty())
        m_log->append(tr("Run folder: %1").arg(m_runDir));
    m_tick->start();
    return true;
}

void RunController::stop()
{
    if (m_engine && m_running) {
        m_log->append(tr("Stopping…"));
        m_engine->stop();
    }
}

QString RunController::computeSizeOf(int target) const
{
    return target >= 0 && target < int(m_plan.targets.size())
               ? m_plan.targets[std::size_t(target)].computeSize
               : QString();
}

void RunController::onPhase(int target, TargetPhase phase, const QString &detail)
{
    m_runPanel->progressModel()->setPhase(target, phase, detail);
    m_results->setPhase(target, phase, detail);
}

void RunController::onSnapshot(const IntervalSnapshot &snapshot)
{
    QElapsedTimer timer;
    timer.start();
    m_runPanel->progressModel()->addSnapshot(snapshot);
    m_runPanel->kpiStrip()->addSnapshot(snapshot);
    if (m_charts->series().addSnapshot(snapshot))
        m_charts->dataChanged();
    checkGenerator(snapshot);
    m_worstSnapshotMs = std::max(m_worstSnapshotMs, double(timer.nsecsElapsed()) / 1e6);
}

void RunController::onStep(int target, const StepResult &step)
{
    if (!m_charts->series().addStep(target, step))
        return;
    m_charts->dataChanged();
    const int track = m_charts->series().trackForTarget(target);
    m_results->setVerdict(target, m_charts->series().tracks()[std::size_t(track)].verdict);
}

void RunController::onTargetFinished(const TargetOutcome &outcome)
{
    m_runPanel->progressModel()->setOutcome(outcome);
    m_runPanel->kpiStrip()->setFinished(outcome.target);
    if (outcome.verdict.hasData)
        m_charts->series().setVerdict(outcome.target, outcome.verdict);
    m_charts->dataChanged();
    m_results->setRow(ResultRow::fromOutcome(outcome, computeSizeOf(outcome.target)));
    if (outcome.verdict.generatorBound)
        m_runPanel->setGeneratorWarning(tr("%1: %2").arg(outcome.label, outcome.verdict.explanation));
    if (outcome.verdict.hasData)
        m_log->append(tr("%1: %2").arg(outcome.label, outcome.verdict.explanation));
}

void RunController::onFinished(const RunOutcome &outcome)
{
    m_outcome = outcome;
    m_running = false;
    m_tick->stop();
    m_charts->flush();
    if (!outcome.error.isEmpty())
        m_log->append(tr("Run failed: %1").arg(outcome.error));
    else if (outcome.stoppedByUser)
        m_log->append(tr("Run stopped; the results so far are kept."));
    else if (const int failed = failedThresholdCount(outcome); failed > 0)
        m_log->append(
            tr("Run finished: %1 of %2 thresholds failed.").arg(failed).arg(thresholdCount(outcome)));
    else
        m_log->append(tr("Run finished."));
    if (!outcome.runDir.isEmpty())
        m_runDir = outcome.runDir;
    m_recorder.reset(); // the folder is complete: run.json and the dashboard are written
    emit runningChanged(false);
    emit finished(outcome);
}

void RunController::onMessage(const QString &text)
{
    m_log->append(text);
}

void RunController::checkGenerator(const IntervalSnapshot &s)
{
    // The same limits the saturation verdict applies to steps (core/metrics/saturation.h), per interval.
    const int cores = std::max(1, QThread::idealThreadCount());
    const double cpuLimit = kGeneratorCpuShare * 100.0 * cores;
    const GeneratorHealth &g = s.generator;
    QStringList why;
    if (g.cpuPercent >= cpuLimit)
        why << tr("CPU %1% of %2%").arg(g.cpuPercent, 0, 'f', 0).arg(100 * cores);
    if (g.loopLagMaxMs > kGeneratorLagLimitMs)
        why << tr("event-loop lag %1 ms").arg(g.loopLagMaxMs, 0, 'f', 0);
    if (g.lateDispatches > 0)
        why << tr("%n late dispatch(es)", nullptr, int(std::min<std::uint64_t>(g.lateDispatches, 1u << 30)));
    if (why.isEmpty())
        return;
    const int row = m_runPanel->progressModel()->rowForTarget(s.target);
    const QString label = row >= 0 ? m_plan.targets[std::size_t(s.target)].label : QString::number(s.target);
    m_runPanel->setGeneratorWarning(
        tr("The load generator itself is saturated (%1: %2 at %3 users): results at "
           "this load are a floor, not the server's capacity. Use fewer users, the "
           "lean transport, or a bigger machine.")
            .arg(label, why.join(QStringLiteral(", ")))
            .arg(s.users));
}

} // namespace plateau
