#include "core/report/histogramsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;

namespace {
QString write(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("histograms.jsonl"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

std::unique_ptr<MetricSet> someRequests(int n)
{
    auto m = std::make_unique<MetricSet>();
    for (int i = 0; i < n; ++i) {
        RequestRecord r;
        r.sendNs = 1000;
        r.endNs = 1000 + (i + 1) * 1'000'000;
        m->add(r);
    }
    m->started = std::uint64_t(n);
    return m;
}
} // namespace

TEST(HistogramsFile, EveryKindReadsBackAndACutLastLineIsToleratedAndSaid)
{
    QTemporaryDir dir;
    IntervalSnapshot s;
    s.tStartS = 1;
    s.tEndS = 2;
    s.users = 3;
    s.step = 1;
    StepResult step;
    step.step = 1;
    step.users = 3;
    step.windowStartS = 0.5;
    step.windowEndS = 2;
    PhaseOutcome phase;
    phase.index = 0;
    phase.state = PhaseState::Ran;
    phase.endS = 2;
    const auto set = someRequests(5);
    const QByteArray total = totalHistogramsLine(2, *set);
    const QByteArray whole = histogramsHeaderLine() + intervalHistogramsLine(s, *set) +
                             stepHistogramsLine(step, *set) + phaseHistogramsLine(phase, *set) + total;
    std::vector<HistogramsEntry::Kind> kinds;
    std::uint64_t completed = 0;
    HistogramsFileInfo info;
    QString error;
    ASSERT_TRUE(readHistogramsFile(
        write(dir, whole),
        [&](const HistogramsEntry &e) {
            kinds.push_back(e.kind);
            completed += e.set->completed;
            if (e.kind == HistogramsEntry::Kind::Interval) {
                EXPECT_EQ(e.interval.users, 3);
            }
            if (e.kind == HistogramsEntry::Kind::Step) {
                EXPECT_EQ(e.step.windowStartS, 0.5);
            }
            if (e.kind == HistogramsEntry::Kind::Phase) {
                EXPECT_EQ(e.phase.state, PhaseState::Ran);
            }
        },
        &info, &error))
        << error.toStdString();
    EXPECT_EQ(kinds.size(), 4u);
    EXPECT_EQ(completed, 20u);
    EXPECT_TRUE(info.hasTotal);
    EXPECT_FALSE(info.cutShort);

    // A shard killed while writing its last line: the lines before it count, and the reader says so.
    kinds.clear();
    ASSERT_TRUE(readHistogramsFile(
        write(dir, whole.left(whole.size() - total.size() / 2)),
        [&](const HistogramsEntry &e) { kinds.push_back(e.kind); }, &info, &error))
        << error.toStdString();
    EXPECT_EQ(kinds.size(), 3u);
    EXPECT_TRUE(info.cutShort);
    EXPECT_FALSE(info.hasTotal);
}

TEST(HistogramsFile, AnotherFormatVersionOrABrokenLineIsRefusedWithItsLine)
{
    QTemporaryDir dir;
    QString error;
    const auto nothing = [](const HistogramsEntry &) {
    };
    EXPECT_FALSE(readHistogramsFile(write(dir, "{\"format\": \"plateau-histograms\", \"version\": 2}\n"),
                                    nothing, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 1: version 2"))) << error.toStdString();
    EXPECT_FALSE(readHistogramsFile(write(dir, "{\"kind\": \"step\"}\n"), nothing, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a Plateau histograms file"))) << error.toStdString();
    EXPECT_FALSE(
        readHistogramsFile(write(dir, histogramsHeaderLine() + "{\"kind\": \"lunch\", \"set\": {}}\n"),
                           nothing, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 2: kind: unknown kind"))) << error.toStdString();
    EXPECT_FALSE(readHistogramsFile(
        write(dir, histogramsHeaderLine() + "{\"kind\": \"step\", \"step\": -4, \"set\": {}}\n"), nothing,
        nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 2: step or phase index out of range")))
        << error.toStdString();
}
