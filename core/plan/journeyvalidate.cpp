// The journey's part of plan validation: every step's request, its variables and checks, and the
// environment guard. Each problem names its field ("journey.steps[2].extract.token").
#include "core/common/secretnames.h"
#include "core/plan/jsonpath.h"
#include "core/plan/planio.h"
#include "core/plan/template.h"

#include <QSet>
#include <QUrl>

namespace plateau {

namespace {

constexpr std::size_t kMaxSteps = 32;
constexpr std::size_t kMaxChecks = 32; // a record keeps one bit per check of its step
constexpr double kMaxThinkS = 3600;

bool isName(const QString &s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
              u == '-'))
            return false;
    }
    return true;
}

bool isMethod(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (!(c >= u'A' && c <= u'Z'))
            return false;
    return true;
}

bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

// "Bearer {{token}}": a credential header whose value comes from the journey itself carries no secret.
bool onlyTemplated(const QString &value)
{
    const QStringList names = templateNames(value);
    if (names.isEmpty())
        return false;
    QString rest = value;
    for (const QString &n : names)
        rest.remove(QStringLiteral("{{") + n + QStringLiteral("}}"));
    rest = rest.trimmed();
    return rest.isEmpty() || rest.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0 ||
           rest.compare(QLatin1String("Token"), Qt::CaseInsensitive) == 0 ||
           rest.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0;
}

class JourneyValidator
{
public:
    std::vector<PlanIssue> issues;

    void add(const QString &path, const QString &message) { issues.push_back(PlanIssue{path, message}); }

    void path(const QString &at, const QString &p)
    {
        if (p.startsWith(QLatin1String("http://")) || p.startsWith(QLatin1String("https://"))) {
            const QUrl u(p, QUrl::StrictMode);
            if (!u.isValid() || u.host().isEmpty())
                add(at, QStringLiteral("not a valid http(s) URL"));
            else if (!u.userInfo().isEmpty())
                add(at, QStringLiteral("must not hold a user name or password"));
        } else if (!p.startsWith(u'/')) {
            add(at, QStringLiteral("must start with / (relative to the target's URL) or be an http(s) URL, "
                                   "e.g. /api/auth/login-json"));
        } else if (hasControl(p) || p.contains(u' ')) {
            add(at, QStringLiteral("must not contain spaces or control characters"));
        }
    }

    void jsonPath(const QString &at, const QString &p)
    {
        QString why;
        if (!JsonPath::compile(p, &why))
            add(at, why);
    }

    // Every {{name}} must be known by the time the step runs: a built-in, or extracted by an earlier step.
    void names(const QString &at, const QString &text, const QSet<QString> &known, bool usersFile)
    {
        for (const QString &n : templateNames(text)) {
            if (n == QLatin1String("user.username") || n == QLatin1String("user.password")) {
                if (!usersFile)
                    add(at, QStringLiteral("{{%1}} needs the journey's users_file (the accounts to log in "
                                           "with)")
                                .arg(n));
            } else if (!isBuiltinTemplateName(n) && !known.contains(n)) {
                add(at, QStringLiteral("{{%1}} is not extracted by an earlier step (known here: %2)")
                            .arg(n, knownText(known)));
            }
        }
    }

    static QString knownText(const QSet<QString> &known)
    {
        QStringList all = {QStringLiteral("prompt"), QStringLiteral("session"),
                           QStringLiteral("user.username"), QStringLiteral("user.password")};
        QStringList own(known.begin(), known.end());
        own.sort();
        all += own;
        return all.join(QStringLiteral(", "));
    }

    void check(const QString &at, const JourneyCheck &c, const JourneyStep &step)
    {
        if (c.kind == CheckKind::JsonExists || c.kind == CheckKind::JsonEquals) {
            jsonPath(at + QStringLiteral(".json"), c.path);
            if (step.stream)
                add(at + QStringLiteral(".json"),
                    QStringLiteral("a streaming step has no JSON answer to look into: check \"done\" or the "
                                   "status"));
        }
        if (c.kind == CheckKind::StreamDone && !step.stream)
            add(at + QStringLiteral(".done"),
                QStringLiteral("the step does not stream: set \"stream\": true or check the status"));
    }

    void journey(const Journey &j)
    {
        if (!j.enabled()) {
            if (!j.keyTag.isEmpty())
                add(QStringLiteral("journey.key_tag"), QStringLiteral("the journey has no steps"));
            return;
        }
        if (j.steps.size() > kMaxSteps)
            add(QStringLiteral("journey.steps"), QStringLiteral("at most %1 steps").arg(kMaxSteps));
        if (j.usersFile.contains(QChar(0)))
            add(QStringLiteral("journey.users_file"), QStringLiteral("must not contain NUL"));
        QSet<QString> known;
        QSet<QString> stepNames;
        bool repeats = false;
        bool onceAfterRepeat = false;
        const bool usersFile = !j.usersFile.trimmed().isEmpty();
        for (std::size_t i = 0; i < j.steps.size(); ++i) {
            const JourneyStep &s = j.steps[i];
            const QString at = QStringLiteral("journey.steps[%1]").arg(i);
            if (!isName(s.name))
                add(at + QStringLiteral(".name"),
                    QStringLiteral("give it a name of letters, digits, '_' or '-' (login, chat)"));
            else if (stepNames.contains(s.name))
                add(at + QStringLiteral(".name"), QStringLiteral("another step is named %1").arg(s.name));
            stepNames.insert(s.name);
            if (!s.tag.isEmpty() && !isName(s.tag))
                add(at + QStringLiteral(".tag"), QStringLiteral("letters, digits, '_' or '-' (auth, chat)"));
            if (!isMethod(s.method))
                add(at + QStringLiteral(".method"), QStringLiteral("an HTTP method in capitals (GET, POST)"));
            path(at + QStringLiteral(".path"), s.path);
            names(at + QStringLiteral(".path"), s.path, known, usersFile);
            for (std::size_t h = 0; h < s.headers.size(); ++h) {
                const Header &hd = s.headers[h];
                const QString hp = at + QStringLiteral(".headers[%1]").arg(h);
                if (hd.name.isEmpty() || hasControl(hd.name) || hd.name.contains(u':') ||
                    hd.name.contains(u' '))
                    add(hp + QStringLiteral(".name"), QStringLiteral("not a valid HTTP header name"));
                else if (isCredentialHeader(hd.name) && !onlyTemplated(hd.value))
                    add(hp + QStringLiteral(".value"),
                        QStringLiteral(
                            "%1 may only hold a value the journey extracts (\"Bearer {{token}}\"): a "
                            "secret never lives in a plan")
                            .arg(hd.name));
                if (hasControl(hd.value))
                    add(hp + QStringLiteral(".value"), QStringLiteral("must not contain CR, LF or NUL"));
                names(hp + QStringLiteral(".value"), hd.value, known, usersFile);
            }
            names(at + QStringLiteral(".body"), s.body, known, usersFile);
            if (!(s.thinkMinS >= 0 && s.thinkMinS <= kMaxThinkS))
                add(at + QStringLiteral(".think_min_s"), QStringLiteral("must be between 0 and 3600"));
            if (!(s.thinkMaxS >= s.thinkMinS && s.thinkMaxS <= kMaxThinkS))
                add(at + QStringLiteral(".think_max_s"),
                    QStringLiteral("must be between think_min_s and 3600"));
            for (const Extraction &x : s.extract) {
                const QString xp = at + QStringLiteral(".extract.") + x.variable;
                if (!isName(x.variable) || x.variable.contains(u'-') || isBuiltinTemplateName(x.variable))
                    add(xp,
                        QStringLiteral("a variable is named with letters, digits and '_', and not prompt, "
                                       "session or user"));
                if (s.stream)
                    add(xp, QStringLiteral("a streaming step has no JSON answer to extract from"));
                jsonPath(xp, x.path);
                known.insert(x.variable);
            }
            if (s.checks.size() + s.extract.size() > kMaxChecks)
                add(at + QStringLiteral(".checks"),
                    QStringLiteral("at most %1 checks and extractions together").arg(kMaxChecks));
            for (std::size_t c = 0; c < s.checks.size(); ++c)
                check(at + QStringLiteral(".checks[%1]").arg(c), s.checks[c], s);
            if (s.once && repeats)
                onceAfterRepeat = true;
            repeats = repeats || !s.once;
        }
        if (onceAfterRepeat)
            add(QStringLiteral("journey.steps"),
                QStringLiteral("\"once\" steps come first (they run at the user's start, like Locust's "
                               "on_start): move them before the repeated steps"));
        if (!repeats)
            add(QStringLiteral("journey.steps"),
                QStringLiteral("every step is \"once\": at least one step must repeat (the chat)"));
        if (!j.keyTag.isEmpty() && !j.tags().contains(j.keyTag))
            add(QStringLiteral("journey.key_tag"), QStringLiteral("no step has the tag %1 (tags: %2)")
                                                       .arg(j.keyTag, j.tags().join(QStringLiteral(", "))));
    }

    void guard(const EnvironmentGuard &g)
    {
        if (!g.enabled)
            return;
        path(QStringLiteral("environment_guard.path"), g.path);
        jsonPath(QStringLiteral("environment_guard.field"), g.field);
        if (g.equals.isEmpty())
            add(QStringLiteral("environment_guard.equals"),
                QStringLiteral("give the value a test environment reports, e.g. \"test\""));
    }
};

} // namespace

std::vector<PlanIssue> validateJourney(const Journey &journey, const EnvironmentGuard &guard)
{
    JourneyValidator v;
    v.journey(journey);
    v.guard(guard);
    return std::move(v.issues);
}

} // namespace plateau
