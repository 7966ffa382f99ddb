#include "core/plan/planio.h"

namespace plateau {

TestPlan demoPlan(const QString &baseUrl)
{
    TestPlan plan;
    plan.name = QStringLiteral("demo");

    Target target;
    target.label = QStringLiteral("mock-local");
    target.url = baseUrl;
    target.computeSize = QStringLiteral("local");
    plan.targets.push_back(target);

    // Short enough to finish in about 20 s against the built-in mock: 10, 20, 30, 40 users, 5 s each.
    plan.profile().kind = ProfileKind::StepRamp;
    plan.profile().maxUsers = 40;
    plan.profile().stepSize = 10;
    plan.profile().stepDurationS = 5;
    plan.profile().spawnRate = 50;
    plan.profile().settleS = 1;

    // Varied lengths and topics, like a real agent's traffic; the last one exercises body escaping
    // (quotes, a backslash, newlines, a tab, accents, CJK and an emoji outside the BMP).
    plan.prompts = {
        QStringLiteral("What is the capital of France? Answer in one sentence."),
        QStringLiteral("Summarise the main causes of the 2008 financial crisis in three bullet points."),
        QStringLiteral(
            "Write a Python function that checks whether a string is a palindrome, with two unit tests."),
        QStringLiteral(
            "Explain the difference between TCP and UDP to a new engineer, with one example of each."),
        QStringLiteral(
            "Draft a polite email asking a supplier to confirm the delivery date for order #4471."),
        QStringLiteral("List the steps to rotate an API key for a production service without downtime."),
        QStringLiteral(
            "Compare PostgreSQL and SQLite for a small internal tool used by ten people. Be brief."),
        QString::fromUtf8("Translate \"Where is the station?\" into French and Japanese.\n"
                          "Keep the quotes, a back\\slash and this tab:\tthen add: caf\xc3\xa9, "
                          "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e, \xf0\x9f\x9a\x80"),
    };

    Threshold p95;
    p95.metric = QStringLiteral("latency_p95_ms");
    p95.op = QStringLiteral("<");
    p95.value = 2000;
    Threshold failures;
    failures.metric = QStringLiteral("failure_rate");
    failures.op = QStringLiteral("<");
    failures.value = 0.05;
    plan.thresholds = {p95, failures};

    plan.mock.chunkCount = 20;
    plan.mock.chunkDelayMs = 10;
    return plan;
}

} // namespace plateau
