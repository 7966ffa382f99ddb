#pragma once
// The run folder as an observer of the engine: it streams requests.csv while the run goes, writes run.json
// and, last, the dashboard. The CLI and the GUI open one and hand it to LoadEngine::start the same way.

#include "core/metrics/runobserver.h"
#include "core/plan/shardslice.h"

#include <QDateTime>
#include <memory>

namespace plateau {

class RunWriter;

class RunRecorder : public RunObserver
{
public:
    RunRecorder();
    ~RunRecorder() override;
    // Creates runsDir/<runName> (runName empty: the plan's name and the local time); false with a message
    // naming the folder when it cannot.
    bool open(const QString &runsDir, const QString &runName, const TestPlan &plan, QString *error);
    QString runDir() const;
    // A shard's run: run.json names the slice, and the folder keeps the raw histograms for plateau merge.
    void setShard(const ShardSlice &slice, const QDateTime &scheduleStart);
    RunWriter *writer() const { return m_writer.get(); }

    void targetStarted(int index, const Target &target, const QString &authMethod,
                       std::int64_t t0Ns) override;
    void targetSkipped(int index, const Target &target, const QString &authMethod,
                       const QString &why) override;
    void requestsRecorded(const std::vector<RequestRecord> &records, const QStringList &details) override;
    void intervalRecorded(const IntervalSnapshot &snapshot, const MetricSet &cumulative) override;
    void intervalSetRecorded(const IntervalSnapshot &snapshot, const MetricSet &interval) override;
    void stepSetRecorded(int target, const StepResult &step, const MetricSet &set) override;
    void phaseSetRecorded(int target, const PhaseOutcome &phase, const MetricSet &set) override;
    void targetFinished(const TargetOutcome &outcome, const MetricSet &total) override;
    // Writes the final run.json (its exit status and reason match what the run ends with, including a
    // write error found on the way) and the dashboard; sets outcome.runDir, and outcome.error when the
    // folder could not be completed.
    void runFinished(RunOutcome &outcome) override;
    QString error() const override;

private:
    std::unique_ptr<RunWriter> m_writer;
};

} // namespace plateau
