#pragma once
// Adapter from the engine's events to the run folder writer (core/report), so that the engine streams
// requests.csv while it runs and the GUI and CLI get the same folder.

#include "core/engine/engineevents.h"
#include "core/metrics/metricset.h"
#include "core/plan/testplan.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace plateau {

class RunWriter;

class RunRecorder
{
public:
    RunRecorder();
    ~RunRecorder();
    bool open(const QString &runsDir, const QString &runName, const TestPlan &plan, QString *error);
    QString runDir() const;
    // authMethod: the kind only ("none", "oauth-m2m", ...), never a credential.
    void beginTarget(int index, const Target &target, const QString &authMethod, std::int64_t t0Ns);
    void skipTarget(int index, const Target &target, const QString &authMethod, const QString &why);
    void appendRequests(const std::vector<RequestRecord> &records, const QStringList &details);
    void appendInterval(const IntervalSnapshot &snapshot, const MetricSet &cumulative);
    void finishTarget(int index, const Target &target, const TargetOutcome &outcome, const MetricSet &total);
    // Writes the final run.json (its exit status and reason match what the run ends with, including a
    // write error found on the way) and the dashboard; false with the run's error when there is one.
    bool finish(const TestPlan &plan, const RunOutcome &outcome, QString *error);
    // The first write error so far (a full disk, ...): the run folder is incomplete, stop the run.
    QString error() const;

private:
    std::unique_ptr<RunWriter> m_writer;
};

} // namespace plateau
