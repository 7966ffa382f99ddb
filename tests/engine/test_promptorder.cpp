// The order in which a target's requests take its prompts: sequential walks the list in order, round robin,
// across all users and worker threads of the target; random stays uniform.
#include "core/engine/promptpicker.h"
#include "core/engine/requestcontext.h"
#include "core/engine/virtualuser.h"

#include <QThread>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using namespace plateau;

namespace {

// Keeps the body of every request a user starts.
class RecordingClient final : public HttpClient
{
public:
    explicit RecordingClient(std::vector<QByteArray> *bodies) : m_bodies(bodies) {}
    void start(const HttpRequestSpec &spec, TransportObserver *) override { m_bodies->push_back(spec.body); }
    void abort() override {}
    quint64 connectionsOpened() const override { return 0; }

private:
    std::vector<QByteArray> *m_bodies;
};

struct Host final : VirtualUserHost
{
    void requestFinished(VirtualUser *, const RequestRecord &, const QString &) override {}
};

TestPlan planWithPrompts(const QStringList &prompts, PromptOrder order)
{
    TestPlan plan;
    Target t;
    t.label = QStringLiteral("t");
    t.url = QStringLiteral("http://127.0.0.1:9");
    plan.targets.push_back(t);
    plan.request.body = QStringLiteral(R"({"input":"{{prompt}}","stream":true})");
    plan.prompts = prompts;
    plan.promptSource.order = order;
    return plan;
}

} // namespace

TEST(PromptPicker, SequentialWalksTheListInOrderAndWrapsAround)
{
    PromptPicker picker(PromptOrder::Sequential, 3);
    std::minstd_rand rng(1);
    std::vector<std::size_t> got;
    for (int i = 0; i < 7; ++i)
        got.push_back(picker.next(rng));
    EXPECT_EQ(got, (std::vector<std::size_t>{0, 1, 2, 0, 1, 2, 0}));
}

TEST(PromptPicker, SequentialSharedByThreadsSendsEachPromptInTurn)
{
    constexpr std::size_t kPrompts = 7;
    constexpr int kThreads = 4, kPerThread = 1000;
    PromptPicker picker(PromptOrder::Sequential, kPrompts);
    std::vector<std::vector<std::size_t>> picks(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            std::minstd_rand rng(std::uint32_t(t + 1));
            for (int i = 0; i < kPerThread; ++i)
                picks[std::size_t(t)].push_back(picker.next(rng));
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    std::vector<int> counts(kPrompts, 0);
    for (const auto &list : picks)
        for (std::size_t p : list)
            ++counts[p];
    // 4000 turns over 7 prompts: every prompt 571 or 572 times, whatever the threads' interleaving.
    for (std::size_t p = 0; p < kPrompts; ++p) {
        EXPECT_GE(counts[p], kThreads * kPerThread / int(kPrompts)) << p;
        EXPECT_LE(counts[p], kThreads * kPerThread / int(kPrompts) + 1) << p;
    }
}

TEST(PromptPicker, RandomUsesEveryPrompt)
{
    PromptPicker picker(PromptOrder::Random, 5);
    std::minstd_rand rng(42);
    std::vector<int> counts(5, 0);
    for (int i = 0; i < 5000; ++i)
        ++counts[picker.next(rng)];
    for (int c : counts)
        EXPECT_GT(c, 500) << "each of 5 prompts gets about 1000 of 5000";
}

TEST(PromptOrder, UsersOfATargetSendThePromptsInFileOrder)
{
    const QStringList prompts = {QStringLiteral("p0"), QStringLiteral("p1"), QStringLiteral("p2")};
    const TestPlan plan = planWithPrompts(prompts, PromptOrder::Sequential);
    const auto ctx = makeRequestContext(plan, plan.targets[0], nullptr, QStringLiteral("u"));
    std::vector<QByteArray> bodies;
    Host host;
    std::vector<std::unique_ptr<VirtualUser>> users;
    for (std::uint32_t id = 0; id < 2; ++id) {
        users.push_back(
            std::make_unique<VirtualUser>(&host, id, 0, std::make_unique<RecordingClient>(&bodies)));
        users.back()->setContext(ctx);
    }
    // Two users taking turns, and the second sending twice in a row: the target's requests still go
    // p0 p1 p2 p0 p1 p2 p0.
    const int order[] = {0, 1, 0, 1, 1, 0, 1};
    for (int u : order) {
        users[std::size_t(u)]->startRequest();
        users[std::size_t(u)]->cancel();
    }
    ASSERT_EQ(bodies.size(), 7u);
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        const QByteArray expected = "\"input\":\"p" + QByteArray::number(int(i % 3)) + "\"";
        EXPECT_TRUE(bodies[i].contains(expected)) << i << ": " << bodies[i].toStdString();
    }
}

TEST(PromptOrder, RandomIsTheDefault)
{
    EXPECT_EQ(TestPlan().promptSource.order, PromptOrder::Random);
    const TestPlan plan = planWithPrompts({QStringLiteral("a"), QStringLiteral("b")}, PromptOrder::Random);
    const auto ctx = makeRequestContext(plan, plan.targets[0], nullptr, QStringLiteral("u"));
    ASSERT_TRUE(ctx->promptPicker);
    EXPECT_EQ(ctx->promptPicker->order(), PromptOrder::Random);
    EXPECT_EQ(ctx->promptPicker->count(), 2u);
}
