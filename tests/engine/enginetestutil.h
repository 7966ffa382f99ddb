#pragma once
// Helpers for engine tests: a plan aimed at a local server and a synchronous run.

#include "core/engine/loadengine.h"
#include "core/plan/planio.h"
#include "tests/common/testutil.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>
#include <zlib.h>

namespace plateau::test {

inline TestPlan localPlan(const QString &baseUrl)
{
    TestPlan p;
    p.name = QStringLiteral("engine-test");
    Target t;
    t.label = QStringLiteral("local");
    t.url = baseUrl;
    p.targets.push_back(t);
    p.prompts = {QStringLiteral("hello"), QStringLiteral("what is \"plateau\"?\nsecond line")};
    p.health.enabled = false;
    p.health.warmupRequests = 0;
    p.engine.threads = 2;
    return p;
}

// What a compressing proxy sends. windowBits: 16 + MAX_WBITS gzip, MAX_WBITS zlib-wrapped deflate,
// -MAX_WBITS raw deflate.
inline QByteArray compressed(const QByteArray &in, int windowBits = 16 + MAX_WBITS)
{
    z_stream z = {};
    EXPECT_EQ(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    QByteArray out(int(deflateBound(&z, uLong(in.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

struct EngineRun
{
    RunOutcome outcome;
    std::vector<IntervalSnapshot> snapshots;
    std::vector<StepResult> steps;
    std::vector<QString> messages;
};

inline EngineRun runEngine(const TestPlan &plan, EngineOptions options = {}, int timeoutMs = 180000,
                           const std::function<void(LoadEngine &)> &during = {})
{
    EngineRun run;
    LoadEngine engine;
    bool done = false;
    QObject::connect(&engine, &LoadEngine::finished, [&](const RunOutcome &o) {
        run.outcome = o;
        done = true;
    });
    QObject::connect(&engine, &LoadEngine::snapshot,
                     [&](const IntervalSnapshot &s) { run.snapshots.push_back(s); });
    QObject::connect(&engine, &LoadEngine::stepFinished,
                     [&](int, const StepResult &s) { run.steps.push_back(s); });
    QObject::connect(&engine, &LoadEngine::message, [&](const QString &m) { run.messages.push_back(m); });
    QString error;
    const bool started = engine.start(plan, options, &error);
    EXPECT_TRUE(started) << error.toStdString();
    if (!started)
        return run;
    if (during)
        during(engine);
    EXPECT_TRUE(waitUntil([&] { return done; }, timeoutMs)) << "the run did not finish in time";
    return run;
}

} // namespace plateau::test
