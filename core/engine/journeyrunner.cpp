#include "core/engine/journeyrunner.h"

#include "core/plan/template.h"

namespace plateau {

namespace {
constexpr double kRestartPauseS = 1; // a user starting over after a failed log-in does not hammer it

bool hasPlaceholder(const QString &s)
{
    return !templateNames(s).isEmpty();
}
} // namespace

std::shared_ptr<const JourneyContext> makeJourneyContext(const TestPlan &plan, const Target &target,
                                                         std::vector<UserAccount> accounts)
{
    const Journey &j = plan.journey;
    if (!j.enabled())
        return nullptr;
    auto ctx = std::make_shared<JourneyContext>();
    ctx->target = target;
    ctx->accounts = std::move(accounts);
    const QStringList tags = j.tags();
    ctx->keyTag = j.keyTagIndex();
    ctx->firstRepeat = -1;
    for (std::size_t i = 0; i < j.steps.size(); ++i) {
        const JourneyStep &s = j.steps[i];
        JourneyStepContext c;
        c.name = s.name;
        c.tag = int(tags.indexOf(s.effectiveTag()));
        c.once = s.once;
        c.stream = s.stream;
        c.method = s.method.toLatin1();
        c.path = s.path;
        if (!hasPlaceholder(s.path))
            c.fixedUrl = stepUrl(target, s.path);
        if (!s.body.isEmpty())
            c.fixedHeaders.emplace_back("Content-Type", "application/json");
        c.fixedHeaders.emplace_back("Accept", s.stream ? "text/event-stream" : "application/json");
        bool ownEncoding = false;
        for (const Header &h : target.headers) {
            c.fixedHeaders.emplace_back(h.name.toLatin1(), h.value.toUtf8());
            ownEncoding =
                ownEncoding || h.name.compare(QLatin1String("Accept-Encoding"), Qt::CaseInsensitive) == 0;
        }
        if (!ownEncoding)
            c.fixedHeaders.emplace_back("Accept-Encoding", "identity");
        for (const Header &h : s.headers) {
            if (hasPlaceholder(h.value))
                c.headerTemplates.emplace_back(h.name.toLatin1(), h.value);
            else
                c.fixedHeaders.emplace_back(h.name.toLatin1(), h.value.toUtf8());
        }
        c.body = s.body;
        c.usesAccount = s.body.contains(QLatin1String("{{user.username}}")) ||
                        s.path.contains(QLatin1String("{{user.username}}"));
        c.thinkMinS = s.thinkMinS;
        c.thinkMaxS = s.thinkMaxS;
        c.checks = s.checks;
        for (const JourneyCheck &k : s.checks)
            c.checkPaths.push_back(k.kind == CheckKind::JsonExists || k.kind == CheckKind::JsonEquals
                                       ? JsonPath::compile(k.path)
                                       : std::nullopt);
        for (const Extraction &x : s.extract)
            if (auto p = JsonPath::compile(x.path))
                c.extract.emplace_back(x.variable, *p);
        c.needsAnswer = !c.extract.empty() || std::any_of(c.checkPaths.begin(), c.checkPaths.end(),
                                                          [](const auto &p) { return p.has_value(); });
        if (!c.once && ctx->firstRepeat < 0)
            ctx->firstRepeat = int(i);
        ctx->steps.push_back(std::move(c));
    }
    if (ctx->firstRepeat < 0) // validation requires a repeated step; stay safe without one
        ctx->firstRepeat = 0;
    return ctx;
}

const UserAccount *JourneyState::account(const JourneyContext &ctx, std::uint32_t userId) const
{
    if (ctx.accounts.empty())
        return nullptr;
    return &ctx.accounts[userId % ctx.accounts.size()];
}

void JourneyState::build(const JourneyContext &ctx, std::uint32_t userId, const QString &prompt,
                         const QString &session, HttpRequestSpec &spec)
{
    if (m_step < 0 || m_step >= int(ctx.steps.size()))
        m_step = 0;
    const JourneyStepContext &s = ctx.steps[size_t(m_step)];
    const UserAccount *acc = account(ctx, userId);
    QString username, password;
    if (acc) {
        username = acc->username;
        password = QString::fromUtf8(acc->password);
    }
    const TemplateLookup lookup = [&](QStringView name) -> const QString * {
        if (name == u"prompt")
            return &prompt;
        if (name == u"session")
            return &session;
        if (name == u"user.username" || name == u"user")
            return acc ? &username : nullptr;
        if (name == u"user.password")
            return acc ? &password : nullptr;
        const auto it = m_vars.constFind(name.toString());
        return it == m_vars.constEnd() ? nullptr : &it.value();
    };
    spec.url =
        s.fixedUrl.isEmpty()
            ? stepUrl(ctx.target, QString::fromUtf8(renderTemplate(s.path, lookup, TemplateEscape::Url)))
            : s.fixedUrl;
    spec.method = s.method;
    spec.headers = s.fixedHeaders;
    for (const auto &[name, value] : s.headerTemplates) {
        QByteArray v = renderTemplate(value, lookup, TemplateEscape::None);
        // A value from an answer must not smuggle a header of its own into the request.
        v.replace('\r', ' ').replace('\n', ' ');
        spec.headers.emplace_back(name, std::move(v));
    }
    spec.body = s.body.isEmpty() ? QByteArray() : renderTemplate(s.body, lookup, TemplateEscape::Json);
}

void JourneyState::restart()
{
    m_step = 0;
    m_vars.clear();
    m_pauseMinS = std::max(m_pauseMinS, kRestartPauseS);
    m_pauseMaxS = std::max(m_pauseMaxS, m_pauseMinS);
}

void JourneyState::judge(const JourneyContext &ctx, std::uint32_t userId, RequestRecord &rec,
                         const QByteArray &answer, bool reachedDone, QString *detail)
{
    const JourneyStepContext &s = ctx.steps[size_t(m_step)];
    rec.journeyStep = std::int16_t(m_step);
    rec.tag = std::uint8_t(std::max(0, s.tag));
    m_pauseMinS = s.thinkMinS;
    m_pauseMaxS = s.thinkMaxS;
    if (rec.failure == FailureClass::Cancelled)
        return; // the end of the phase, not an answer: nothing to judge, and the user is gone
    std::optional<JsonAnswer> json;
    if (s.needsAnswer)
        json.emplace(answer);
    std::uint32_t failedMask = 0;
    int bit = 0;
    for (std::size_t i = 0; i < s.checks.size(); ++i, ++bit) {
        const JourneyCheck &c = s.checks[i];
        bool ok = false;
        switch (c.kind) {
        case CheckKind::Status:
            ok = std::find(c.statuses.begin(), c.statuses.end(), int(rec.httpStatus)) != c.statuses.end();
            break;
        case CheckKind::JsonExists:
            ok = json && s.checkPaths[i] && json->lookup(*s.checkPaths[i]).found;
            break;
        case CheckKind::JsonEquals:
            ok = json && s.checkPaths[i] && json->equals(*s.checkPaths[i], c.equals);
            break;
        case CheckKind::StreamDone:
            ok = reachedDone;
            break;
        }
        if (!ok)
            failedMask |= 1u << bit;
    }
    bool extracted = true;
    for (const auto &[variable, path] : s.extract) {
        const JsonLookup v = json && rec.ok() ? json->lookup(path) : JsonLookup{};
        if (v.found && !v.value.isEmpty()) {
            m_vars.insert(variable, v.value);
        } else {
            failedMask |= 1u << bit;
            extracted = false;
            if (rec.ok() && detail && detail->isEmpty())
                *detail =
                    QStringLiteral("step %1: the answer has no %2 for {{%3}}%4")
                        .arg(s.name, path.text(), variable,
                             json && !json->valid() ? QStringLiteral(" (%1)").arg(json->error()) : QString());
        }
        ++bit;
    }
    rec.checksRun = std::uint8_t(bit);
    rec.checksFailedMask = failedMask;

    const UserAccount *acc = account(ctx, userId);
    if (s.usesAccount && (rec.httpStatus == 401 || rec.httpStatus == 403) && detail) {
        *detail = QStringLiteral("log-in failed for user '%1' (HTTP %2): create the account first; every "
                                 "account of the users file must exist on the server")
                      .arg(acc ? acc->username : QString(), QString::number(rec.httpStatus));
    }
    const bool unauthorized = rec.httpStatus == 401;
    if (s.once && (!rec.ok() || !extracted)) {
        restart(); // never chat without the token or the session the once steps give
        return;
    }
    if (!s.once && unauthorized) {
        restart(); // the token ran out: log in again
        return;
    }
    ++m_step;
    if (m_step >= int(ctx.steps.size()))
        m_step = ctx.firstRepeat;
}

QString JourneyState::redact(const JourneyContext &ctx, std::uint32_t userId, QString text) const
{
    const auto hide = [&text](const QString &secret) {
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("[redacted]"));
    };
    if (const UserAccount *acc = account(ctx, userId))
        hide(QString::fromUtf8(acc->password));
    for (auto it = m_vars.constBegin(); it != m_vars.constEnd(); ++it)
        hide(it.value());
    return text;
}

} // namespace plateau
