#include "core/engine/requestcontext.h"

#include "core/common/durations.h"
#include "core/plan/planio.h"

namespace plateau {

std::shared_ptr<const RequestContext> makeRequestContext(const TestPlan &plan, const Target &target,
                                                         std::shared_ptr<AuthHeaderSource> auth,
                                                         const QString &sessionPrefix)
{
    auto ctx = std::make_shared<RequestContext>();
    ctx->url = endpointUrl(target, plan.request);
    ctx->method = plan.request.method.toLatin1();
    ctx->headers.emplace_back("Content-Type", "application/json");
    if (plan.request.stream)
        ctx->headers.emplace_back("Accept", "text/event-stream");
    bool ownEncoding = false;
    for (const Header &h : target.headers) {
        ctx->headers.emplace_back(h.name.toLatin1(), h.value.toUtf8());
        ownEncoding =
            ownEncoding || h.name.compare(QLatin1String("Accept-Encoding"), Qt::CaseInsensitive) == 0;
    }
    // A compressing proxy holds events back until its buffer fills, which hides TTFT: ask for the stream
    // as it is. Plateau still decodes gzip and deflate when a proxy compresses anyway.
    if (!ownEncoding)
        ctx->headers.emplace_back("Accept-Encoding", "identity");
    ctx->bodyTemplate = plan.request.body;
    ctx->bodyHasSession = plan.request.body.contains(QLatin1String("{{session}}"));
    ctx->prompts = plan.prompts;
    if (ctx->prompts.isEmpty())
        ctx->prompts << QString();
    ctx->promptPicker =
        std::make_shared<PromptPicker>(plan.promptSource.order, std::size_t(ctx->prompts.size()));
    if (!ctx->bodyHasSession) {
        // Bodies do not depend on the user: render each prompt once instead of once per request.
        for (const QString &p : ctx->prompts)
            ctx->bodiesByPrompt.push_back(renderRequestBody(ctx->bodyTemplate, p, QString()));
    }
    ctx->stream = plan.request.stream;
    ctx->idleTimeoutNs = nsFromSeconds(plan.request.idleTimeoutS);
    ctx->totalTimeoutNs = nsFromSeconds(plan.request.totalTimeoutS);
    ctx->thinkMinS = plan.profile().thinkMinS;
    ctx->thinkMaxS = plan.profile().thinkMaxS;
    ctx->auth = std::move(auth);
    ctx->sessionPrefix = sessionPrefix;
    return ctx;
}

QByteArray renderRequestBodyFor(const RequestContext &context, size_t promptIndex, std::uint32_t userId)
{
    if (!context.bodyHasSession)
        return context.bodiesByPrompt[promptIndex];
    return renderRequestBody(context.bodyTemplate, context.prompts[qsizetype(promptIndex)],
                             context.sessionPrefix + QString::number(userId));
}

} // namespace plateau
