#pragma once
// An engine run that also writes a run folder, wired as the CLI and the GUI wire it: a RunRecorder given to
// the engine as an observer.

#include "core/report/runrecorder.h"
#include "tests/engine/enginetestutil.h"

namespace plateau::test {

inline EngineRun runEngineRecorded(const TestPlan &plan, const QString &runsDir, const QString &runName,
                                   EngineOptions options = {}, int timeoutMs = 180000,
                                   const std::function<void(LoadEngine &)> &during = {})
{
    RunRecorder recorder;
    QString error;
    EXPECT_TRUE(recorder.open(runsDir, runName, plan, &error)) << error.toStdString();
    options.observers.push_back(&recorder);
    return runEngine(plan, options, timeoutMs, during);
}

} // namespace plateau::test
