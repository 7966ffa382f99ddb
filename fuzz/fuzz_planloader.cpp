// libFuzzer target for the plan loader. Loading may report any number of issues for hostile input; what must
// hold is:
//  - planFromJson never crashes, hangs or throws, and a load that yields no plan says why;
//  - every load issue has a message, every validatePlan issue has a path and a message;
//  - any plan that comes back, with issues or not, saves with planToJson and loads back with no issue to an
//    equal plan, and saving that again gives the same bytes (a saved file round-trips byte for byte);
//  - validatePlan gives the same issues for the plan and its reloaded copy.
#include "core/plan/planio.h"

#include <QByteArray>
#include <QString>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using plateau::PlanIssue;
using plateau::PlanLoadResult;

[[noreturn]] void fail(const char *what, const QByteArray &detail = QByteArray())
{
    std::fprintf(stderr, "plan loader invariant broken: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "%.*s\n", int(std::min<qsizetype>(detail.size(), 4000)), detail.constData());
    std::abort();
}

QByteArray describe(const std::vector<PlanIssue> &issues)
{
    QByteArray text;
    for (const PlanIssue &i : issues)
        text += "  [" + i.path.toUtf8() + "] " + i.message.toUtf8() + '\n';
    return text;
}

void checkIssues(const std::vector<PlanIssue> &issues, bool needPath, const char *what)
{
    for (const PlanIssue &i : issues) {
        if (i.message.isEmpty() || (needPath && i.path.isEmpty()))
            fail(what, describe(issues));
    }
}

bool sameIssues(const std::vector<PlanIssue> &a, const std::vector<PlanIssue> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].path != b[i].path || a[i].message != b[i].message)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));

    const PlanLoadResult r = plateau::planFromJson(data);
    checkIssues(r.issues, false, "a load issue without a message");
    if (!r.plan) {
        if (r.issues.empty())
            fail("no plan and no issue");
        return 0;
    }
    if (r.ok() != r.issues.empty())
        fail("ok() disagrees with the issue list");

    const std::vector<PlanIssue> semantic = plateau::validatePlan(*r.plan);
    checkIssues(semantic, true, "a validatePlan issue without a path or a message");

    const QByteArray saved = plateau::planToJson(*r.plan);
    if (!saved.endsWith('\n'))
        fail("planToJson output does not end with a newline", saved);
    const PlanLoadResult again = plateau::planFromJson(saved);
    if (!again.ok())
        fail(r.ok() ? "a plan that loaded cleanly does not reload from planToJson"
                    : "a plan that loaded with issues does not reload from planToJson",
             describe(again.issues) + saved);
    if (!(*again.plan == *r.plan))
        fail(r.ok() ? "planToJson round trip changed a plan that loaded cleanly"
                    : "planToJson round trip changed a plan that loaded with issues",
             saved + "--- saved again:\n" + plateau::planToJson(*again.plan));
    const QByteArray savedAgain = plateau::planToJson(*again.plan);
    if (savedAgain != saved)
        fail("planToJson is not stable across a round trip", saved + "--- saved again:\n" + savedAgain);
    if (!sameIssues(plateau::validatePlan(*again.plan), semantic))
        fail("validatePlan differs between a plan and its reloaded copy", describe(semantic));
    return 0;
}
