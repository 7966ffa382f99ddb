#include "core/report/runrecorder.h"

#include "core/report/dashboard.h"
#include "core/report/runwriter.h"

#include <QDateTime>

namespace plateau {

namespace {
QString authMethodOf(const Target &t, const QString &method)
{
    if (!method.isEmpty())
        return method;
    return t.authRef.isEmpty() ? QStringLiteral("none") : QStringLiteral("unresolved");
}

QString statusOf(const TargetOutcome &o)
{
    if (o.aborted())
        return QStringLiteral("aborted: ") + o.abortedBy;
    switch (o.phase) {
    case TargetPhase::Completed:
        return QStringLiteral("completed");
    case TargetPhase::Cancelled:
        return QStringLiteral("cancelled");
    case TargetPhase::Skipped:
        // English whatever the front end's language (TargetOutcome::detail is translated).
        return QStringLiteral("skipped: ") + (o.detailSource.isEmpty() ? o.detail : o.detailSource);
    default:
        return targetPhaseKey(o.phase);
    }
}
} // namespace

RunRecorder::RunRecorder() : m_writer(std::make_unique<RunWriter>())
{}

RunRecorder::~RunRecorder() = default;

bool RunRecorder::open(const QString &runsDir, const QString &runName, const TestPlan &plan, QString *error)
{
    const QString name =
        runName.isEmpty()
            ? plan.name + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss"))
            : runName;
    return m_writer->open(runsDir, name, plan, error);
}

QString RunRecorder::runDir() const
{
    return m_writer->runDir();
}

void RunRecorder::targetStarted(int index, const Target &target, const QString &authMethod, std::int64_t t0Ns)
{
    m_writer->beginTarget(index, target, t0Ns);
    m_writer->setAuthMethod(index, authMethodOf(target, authMethod));
}

void RunRecorder::targetSkipped(int index, const Target &target, const QString &authMethod,
                                const QString &why)
{
    // A skipped target still gets its folder and its line in run.json, so the reader sees why.
    m_writer->beginTarget(index, target, 0);
    m_writer->setAuthMethod(index, authMethodOf(target, authMethod));
    m_writer->finishTarget({}, SaturationVerdict{}, MetricSet{}, QStringLiteral("skipped: ") + why);
}

void RunRecorder::requestsRecorded(const std::vector<RequestRecord> &records, const QStringList &details)
{
    m_writer->appendRequests(records.data(), records.size(),
                             details.size() == qsizetype(records.size()) ? &details : nullptr);
}

void RunRecorder::intervalRecorded(const IntervalSnapshot &snapshot, const MetricSet &cumulative)
{
    m_writer->appendInterval(snapshot, cumulative);
}

void RunRecorder::intervalSetRecorded(const IntervalSnapshot &snapshot, const MetricSet &interval)
{
    m_writer->appendIntervalSet(snapshot, interval);
}

void RunRecorder::stepSetRecorded(int, const StepResult &step, const MetricSet &set)
{
    m_writer->appendStepSet(step, set);
}

void RunRecorder::phaseSetRecorded(int, const PhaseOutcome &phase, const MetricSet &set)
{
    m_writer->appendPhaseSet(phase, set);
}

void RunRecorder::setShard(const ShardSlice &slice, const QDateTime &scheduleStart)
{
    m_writer->setShard(slice, scheduleStart);
}

void RunRecorder::targetFinished(const TargetOutcome &outcome, const MetricSet &total)
{
    // Thresholds reach run.json through finish(), with the rest of the engine's summary; the phases (with
    // their thresholds) already at the target's end.
    m_writer->setPhases(outcome.target, outcome.phases);
    m_writer->setTags(outcome.target, outcome.tags);
    m_writer->setEnvironmentGuard(outcome.target, outcome.guardDetail, outcome.guardOverridden);
    m_writer->finishTarget(outcome.steps, outcome.verdict, total, statusOf(outcome));
}

QString RunRecorder::error() const
{
    return m_writer->error();
}

namespace {
RunSummary summaryOf(RunSummary s, const RunOutcome &outcome, const QString &problem)
{
    RunOutcome o = outcome;
    o.error = problem;
    s.exitStatus = o.exitCode();
    s.status = !problem.isEmpty()  ? QStringLiteral("failed")
               : o.stoppedByUser   ? QStringLiteral("cancelled")
               : o.exitCode() == 0 ? QStringLiteral("completed")
                                   : QStringLiteral("failed");
    s.exitReason = !problem.isEmpty() ? problem
                   : o.stoppedByUser  ? QStringLiteral("stopped by the user")
                   : o.healthFailed   ? QStringLiteral("a target failed its health check")
                   : o.guardRefused   ? QStringLiteral("a target is not a test environment: its environment "
                                                         "guard did not match, so it was skipped")
                   : !o.thresholdsPassed ? QStringLiteral("a threshold failed")
                   : !o.measuredAnything()
                       ? QStringLiteral("no request completed on any target: nothing was measured")
                       : QStringLiteral("all targets passed");
    for (const TargetOutcome &t : o.targets)
        for (TargetSummary &ts : s.targets)
            if (ts.index == t.target) {
                ts.thresholds = t.thresholds;
                if (!t.phases.empty())
                    ts.phases = t.phases;
                if (!t.tags.empty())
                    ts.tags = t.tags;
                // A target the guard refused is skipped before it starts: only the outcome knows why.
                if (!t.guardDetail.isEmpty()) {
                    ts.guardDetail = t.guardDetail;
                    ts.guardOverridden = t.guardOverridden;
                }
            }
    return s;
}
} // namespace

void RunRecorder::runFinished(RunOutcome &outcome)
{
    outcome.runDir = m_writer->runDir();
    // run.json must say what the process exits with: a write error found on the way is the run's error.
    QString problem = !outcome.error.isEmpty() ? outcome.error : m_writer->error();
    QString err;
    if (!m_writer->finish(summaryOf(m_writer->summary(), outcome, problem), &err)) {
        outcome.error = problem.isEmpty() ? err : problem;
        return;
    }
    // The dashboard is written last, from the folder as a reader sees it: what it shows is what is there.
    if (!writeDashboard(m_writer->runDir(), &err) && problem.isEmpty()) {
        problem = err;
        m_writer->finish(summaryOf(m_writer->summary(), outcome, problem), nullptr);
    }
    outcome.error = problem;
}

} // namespace plateau
