#pragma once
// Everything a virtual user needs to build and judge requests against one target. Built once per target by
// the controller, shared read-only by the workers.

#include "core/engine/promptpicker.h"
#include "core/engine/transport.h"
#include "core/plan/testplan.h"

#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace plateau {

class AuthHeaderSource;
struct JourneyContext;

struct RequestContext
{
    QUrl url;
    QByteArray method = "POST";
    HeaderPairs headers; // Content-Type, Accept and the target's extra headers (never Authorization)
    QString bodyTemplate;
    bool bodyHasSession = false;
    std::vector<QByteArray> bodiesByPrompt; // pre-rendered when the template has no {{session}}
    QStringList prompts;
    // Picks each request's prompt; shared by every copy of the context, so sequential order is one walk
    // through the prompts for the whole target.
    std::shared_ptr<PromptPicker> promptPicker;
    bool stream = true;
    std::int64_t idleTimeoutNs = 30'000'000'000;
    std::int64_t totalTimeoutNs = 120'000'000'000;
    double thinkMinS = 0, thinkMaxS = 0;
    std::shared_ptr<AuthHeaderSource> auth;
    QString sessionPrefix; // session id = prefix + user id
    std::int64_t t0Ns = 0; // the target's load phase began (monotonic)
    // The plan's journey for this target; null: every request is the plan's `request`. Then the steps, the
    // intervals and the verdict count only the key tag's requests (keyTag), the others are kept per tag.
    std::shared_ptr<const JourneyContext> journey;
    int keyTag = 0;
};

std::shared_ptr<const RequestContext> makeRequestContext(const TestPlan &plan, const Target &target,
                                                         std::shared_ptr<AuthHeaderSource> auth,
                                                         const QString &sessionPrefix);

// The request body for one request: the pre-rendered one, or rendered with the user's session id.
QByteArray renderRequestBodyFor(const RequestContext &context, size_t promptIndex, std::uint32_t userId);

} // namespace plateau
