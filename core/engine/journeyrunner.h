#pragma once
// A virtual user's walk through the plan's journey (docs/architecture.md, "Journeys"): which step it sends
// next, the variables earlier answers gave it ({{token}}, {{session_id}}), and the judging of each answer
// (checks, extractions, the log-in diagnosis). The compiled steps are built once per target and shared
// read-only by every user; each user owns one JourneyState.

#include "core/engine/transport.h"
#include "core/metrics/requestrecord.h"
#include "core/plan/jsonpath.h"
#include "core/plan/testplan.h"
#include "core/plan/usersfile.h"

#include <QHash>
#include <optional>
#include <vector>

namespace plateau {

struct JourneyStepContext
{
    QString name;
    int tag = 0; // index into Journey::tags()
    bool once = false;
    bool stream = false;
    bool usesAccount = false; // sends {{user.username}}: a log-in
    QByteArray method;
    QString path;  // as the plan has it; rendered per request when it holds a placeholder
    QUrl fixedUrl; // the URL when the path holds none
    HeaderPairs fixedHeaders;
    std::vector<std::pair<QByteArray, QString>> headerTemplates;
    QString body;
    double thinkMinS = 0, thinkMaxS = 0;
    std::vector<JourneyCheck> checks;
    std::vector<std::optional<JsonPath>> checkPaths; // parallel to checks
    std::vector<std::pair<QString, JsonPath>> extract;
    bool needsAnswer = false; // JSON checks or extractions: the answer's body is kept for them
};

struct JourneyContext
{
    Target target;
    std::vector<JourneyStepContext> steps;
    int firstRepeat = 0; // the first step that is not once
    int keyTag = 0;
    std::vector<UserAccount> accounts; // virtual user i is accounts[i % size]
};

// Null for a plan without a journey; the accounts come from the journey's users file, read once per run.
std::shared_ptr<const JourneyContext> makeJourneyContext(const TestPlan &plan, const Target &target,
                                                         std::vector<UserAccount> accounts);

class JourneyState
{
public:
    // The request of the step the user is at. prompt and session fill {{prompt}} and {{session}}.
    void build(const JourneyContext &ctx, std::uint32_t userId, const QString &prompt, const QString &session,
               HttpRequestSpec &spec);
    const JourneyStepContext &current(const JourneyContext &ctx) const { return ctx.steps[size_t(m_step)]; }
    int step() const { return m_step; }
    // The answer to the current step came: stamps the record's step, tag and checks, takes the extractions,
    // rewrites *detail where it can say more (a rejected log-in), and moves on to the next step, or back to
    // the first after a failed once step (the user logs in again).
    void judge(const JourneyContext &ctx, std::uint32_t userId, RequestRecord &rec, const QByteArray &answer,
               bool reachedDone, QString *detail);
    // The pause before the next step: the finished step's think time; at least a second before starting over.
    double pauseMinS() const { return m_pauseMinS; }
    double pauseMaxS() const { return m_pauseMaxS; }
    // Removes what this user knows that is secret (its password, extracted tokens) from a text.
    QString redact(const JourneyContext &ctx, std::uint32_t userId, QString text) const;

private:
    const UserAccount *account(const JourneyContext &ctx, std::uint32_t userId) const;
    void restart();

    int m_step = 0;
    QHash<QString, QString> m_vars;
    double m_pauseMinS = 0, m_pauseMaxS = 0;
};

} // namespace plateau
