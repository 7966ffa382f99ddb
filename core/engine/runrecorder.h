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
    bool finish(const TestPlan &plan, const RunOutcome &outcome, QString *error);

private:
    std::unique_ptr<RunWriter> m_writer;
    bool m_failed = false; // the first write error is reported once, then the run goes on
};

} // namespace plateau
