#pragma once
// Shared fixtures for the plan tests.

#include "core/plan/planio.h"

#include <QStringList>
#include <nlohmann/json.hpp>
#include <ostream>

namespace plateau::test {

// A plan where every field differs from its default, so a lossy round trip shows.
inline TestPlan fullPlan()
{
    TestPlan p;
    p.name = QString::fromUtf8("full \"plan\" \xc3\xa9\xf0\x9f\x9a\x80");
    Target a;
    a.label = QStringLiteral("app-small");
    a.url = QStringLiteral("https://agent.example.com/serving-endpoints/a");
    a.computeSize = QStringLiteral("small");
    a.workers = 4;
    a.headers = {{QStringLiteral("X-Trace"), QStringLiteral("on")},
                 {QStringLiteral("X-Tenant"), QStringLiteral("t 1")}};
    a.authRef = QStringLiteral("prod.token_1");
    a.enabled = false;
    Target b;
    b.label = QStringLiteral("app-large");
    b.url = QStringLiteral("http://10.0.0.2:8080");
    b.computeSize = QStringLiteral("large");
    b.workers = 16;
    p.targets = {a, b};
    LoadProfile &l = p.profile();
    l.kind = ProfileKind::Burst;
    l.maxUsers = 120;
    l.stepSize = 7;
    l.stepDurationS = 12.5;
    l.spawnRate = 3.25;
    l.settleS = 0.1;
    l.thinkMinS = 0.3;
    l.thinkMaxS = 1.7;
    l.stopAtKnee = true;
    l.burstUsers = 77;
    l.burstRampS = 2.5;
    l.holdS = 33.3;
    l.sustainedUsers = 9;
    l.durationS = 601;
    l.arrivalRate = 0.1 + 0.2; // not exactly representable: the writer must keep every bit
    l.maxInFlight = 55;
    RequestTemplate &r = p.request;
    r.method = QStringLiteral("PUT");
    r.path = QStringLiteral("/v1/chat/completions");
    r.body = QStringLiteral(R"({"messages":[{"role":"user","content":"{{prompt}}"}],"user":"{{session}}"})");
    r.stream = false;
    r.connectTimeoutS = 3;
    r.idleTimeoutS = 7;
    r.totalTimeoutS = 99;
    r.transport = TransportKind::Qnam;
    r.http2 = true;
    p.prompts = {QStringLiteral("one"), QString::fromUtf8("two\n\"quoted\"\t\\ \xe6\x97\xa5")};
    p.health = HealthCheck{false, 9, 0.5, 4, 0};
    p.thresholds = {{QStringLiteral("ttft_p95_ms"), QStringLiteral("<="), 850.5, ThresholdScope::Step, true},
                    {QStringLiteral("peak_qps_ok"), QStringLiteral(">"), 12}};
    p.saturation = SaturationSettings{0.4, 1500, 0.2};
    p.slo = Slo{640.5, 210, 0.02};
    p.mock = MockSettings{5, 2, 0, 64, 0.01, 0.02, 0.03, 0.04};
    p.engine.threads = 3;
    return p;
}

// A small plan that passes validatePlan; tests break one field at a time.
inline TestPlan validPlan()
{
    return demoPlan(QStringLiteral("http://127.0.0.1:8765"));
}

inline QStringList issueStrings(const std::vector<PlanIssue> &issues)
{
    QStringList out;
    for (const PlanIssue &i : issues)
        out.append(i.toString());
    return out;
}

inline QStringList issuePaths(const std::vector<PlanIssue> &issues)
{
    QStringList out;
    for (const PlanIssue &i : issues)
        out.append(i.path);
    return out;
}

inline nlohmann::json parsed(const QByteArray &json)
{
    return nlohmann::json::parse(json.constBegin(), json.constEnd());
}

inline QByteArray bytes(const nlohmann::json &j)
{
    return QByteArray::fromStdString(j.dump());
}

} // namespace plateau::test

// Readable failure output for QString / QStringList in gtest (printing and streaming into messages).
QT_BEGIN_NAMESPACE
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
inline std::ostream &operator<<(std::ostream &os, const QStringList &l)
{
    return os << l.join(QStringLiteral(" | ")).toStdString();
}
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << '[' << l.join(QStringLiteral(" | ")).toStdString() << ']';
}
QT_END_NAMESPACE
