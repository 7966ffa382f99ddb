#include "cli/planflags.h"

#include "cli/clitr.h"
#include "core/auth/authref.h"
#include "core/auth/authrefio.h"
#include "core/auth/authresolver.h"
#include "core/plan/targetguess.h"
#include "core/secrets/envsecretsource.h"
#include "core/secrets/secretstore.h"

#include <QDir>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace plateau {

namespace {

// The settle time a flag-built plan uses unless --settle says otherwise: the workbench's 5 s for the
// guide's 30 s steps, shorter for shorter steps (a settle as long as the step would measure nothing).

QString flag(const char *name)
{
    return QStringLiteral("--") + QLatin1String(name);
}

bool has(int groups, PlanFlagGroup g)
{
    return (groups & g) != 0;
}

// The single value of a flag that takes one; an error when it was given more than once, since which one
// counts would otherwise be a guess.
std::optional<QString> single(const QCommandLineParser &p, const char *name, QStringList *errors)
{
    const QStringList values = p.values(QLatin1String(name));
    if (values.isEmpty())
        return std::nullopt;
    if (values.size() > 1) {
        errors->append(Cli::tr("%1 is given %2 times: give it once").arg(flag(name)).arg(values.size()));
        return std::nullopt;
    }
    return values.first();
}

std::optional<int> wholeNumber(const QCommandLineParser &p, const char *name, const char *example,
                               QStringList *errors)
{
    const auto text = single(p, name, errors);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int v = text->trimmed().toInt(&ok);
    if (!ok) {
        errors->append(Cli::tr("%1 '%2' is not a whole number (e.g. %1 %3)")
                           .arg(flag(name), *text, QLatin1String(example)));
        return std::nullopt;
    }
    return v;
}

std::optional<double> seconds(const QCommandLineParser &p, const char *name, const char *example,
                              QStringList *errors)
{
    const auto text = single(p, name, errors);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double v = text->trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        errors->append(
            Cli::tr("%1 '%2' is not a number (e.g. %1 %3)").arg(flag(name), *text, QLatin1String(example)));
        return std::nullopt;
    }
    return v;
}

QString valueOf(const QCommandLineParser &p, const char *name, QStringList *errors)
{
    return single(p, name, errors).value_or(QString());
}

// "3 --label for 2 --app-url": the order rule of the guide's script, where the n-th belongs to the n-th.
void checkCount(int count, const char *name, int urls, bool fromFile, QStringList *errors)
{
    if (count <= urls)
        return;
    QString message = Cli::tr("%1 %2 for %3 --app-url: the n-th %2 belongs to the n-th --app-url; drop the "
                              "extra ones or add their --app-url")
                          .arg(count)
                          .arg(flag(name))
                          .arg(urls);
    if (fromFile && urls == 0)
        message += Cli::tr(" (with a plan file, %1 comes with --app-url, which replaces the plan's targets)")
                       .arg(flag(name));
    errors->append(message);
}

void buildTargets(const PlanFlags &f, TestPlan &plan, PlanFlagsOutcome &out)
{
    const int urls = int(f.appUrls.size());
    checkCount(int(f.labels.size()), "label", urls, false, &out.errors);
    checkCount(int(f.computeSizes.size()), "compute-size", urls, false, &out.errors);
    checkCount(int(f.workers.size()), "workers", urls, false, &out.errors);
    for (const QString &size : f.computeSizes) {
        if (size.trimmed().isEmpty())
            out.errors.append(Cli::tr("--compute-size is empty: give a size such as medium or large"));
    }
    // Labels the user gave are taken first, so a derived label never collides with a later explicit one.
    QStringList taken;
    for (const QString &label : f.labels)
        taken << label;
    std::vector<Target> targets;
    for (int i = 0; i < urls; ++i) {
        const QString text = f.appUrls[i].trimmed();
        if (text.isEmpty()) {
            out.errors.append(Cli::tr("--app-url is empty: give the endpoint's base URL, e.g. "
                                      "https://my-app.aws.databricksapps.com"));
            continue;
        }
        // The workbench's paste box adds https:// to a bare host; on the command line that guess would
        // silently pick a scheme for a script, so it is an error that says what to type.
        if (!text.contains(QStringLiteral("://"))) {
            out.errors.append(
                Cli::tr("--app-url '%1' has no scheme: add http:// or https:// (e.g. https://%1)").arg(text));
            continue;
        }
        const auto guess = guessTargetFromUrl(text);
        if (!guess) {
            out.errors.append(
                Cli::tr("--app-url '%1' is not an http(s) URL with a host (e.g. https://my-app.example.com)")
                    .arg(text));
            continue;
        }
        Target t;
        t.url = guess->url;
        if (i < f.labels.size()) {
            t.label = f.labels[i];
        } else {
            t.label = uniqueLabel(guess->label, taken);
            taken << t.label;
        }
        if (i < f.computeSizes.size())
            t.computeSize = f.computeSizes[i].trimmed();
        else if (!guess->computeSize.isEmpty())
            t.computeSize = guess->computeSize;
        t.workers = size_t(i) < f.workers.size() ? f.workers[size_t(i)] : guess->workers;
        targets.push_back(std::move(t));
    }
    if (out.errors.isEmpty())
        plan.targets = std::move(targets);
}

void applyProfile(const PlanFlags &f, TestPlan &plan, PlanFlagsOutcome &out)
{
    // A plan of several phases has no one profile the flags could mean: changing the first phase alone would
    // quietly run something else than either the plan or the command line says.
    if (f.hasProfileFlags() && plan.phases.size() > 1) {
        out.errors.append(
            Cli::tr("--max-users, --step-size, --step-duration, --spawn-rate and --settle shape "
                    "one step_ramp profile, but this plan has %n phase(s): change them in the "
                    "plan's phases, or drop those flags",
                    nullptr, int(plan.phases.size())));
        return;
    }
    LoadProfile &p = plan.profile();
    if (f.hasProfileFlags() && p.kind != ProfileKind::StepRamp) {
        out.errors.append(
            Cli::tr("--max-users, --step-size, --step-duration, --spawn-rate and --settle shape a "
                    "step_ramp profile, but this plan's profile is %1: change profile.kind in "
                    "the plan, or drop those flags")
                .arg(profileKindName(p.kind)));
        return;
    }
    if (f.maxUsers)
        p.maxUsers = *f.maxUsers;
    if (f.stepSize)
        p.stepSize = *f.stepSize;
    if (f.stepDurationS)
        p.stepDurationS = *f.stepDurationS;
    if (f.spawnRate)
        p.spawnRate = *f.spawnRate;
    // Without --settle the plan's own settle time stands; a plan made from flags alone leaves it unset,
    // so it is derived from the step (LoadProfile::effectiveSettleS), as for a plan file without one.
    if (f.settleS)
        p.settleS = *f.settleS;
}

void applyPrompts(const PlanFlags &f, TestPlan &plan)
{
    PromptSource &source = plan.promptSource;
    if (!f.promptsFile.isEmpty()) {
        // The plan's field belongs to the plan's file: a file from the command line has its own or none.
        source.file = QDir::cleanPath(QDir::current().absoluteFilePath(f.promptsFile));
        source.field.clear();
    }
    if (f.promptField)
        source.field = *f.promptField;
    if (f.promptOrder)
        source.order = *f.promptOrder;
}

// What validateAuthRef says about the command line's reference, in terms of the flags that set it.
QString credentialProblem(const AuthRefIssue &issue)
{
    if (issue.path.endsWith(QLatin1String("host")) && issue.message.startsWith(QLatin1String("missing")))
        return Cli::tr("--client-id needs the workspace URL of its token endpoint: pass --host "
                       "https://<workspace>.cloud.databricks.com or set DATABRICKS_HOST");
    if (issue.path.endsWith(QLatin1String("clientId")))
        return Cli::tr(
            "the service principal needs a client id: pass --client-id ID or set DATABRICKS_CLIENT_ID");
    if (issue.path.endsWith(QLatin1String("host")))
        return Cli::tr("--host (or DATABRICKS_HOST): %1").arg(issue.message);
    return issue.toString();
}

void applyCredentials(const PlanFlags &f, TestPlan &plan, bool fromFile, AuthResolverConfig *auth,
                      PlanFlagsOutcome &out)
{
    if (!auth)
        return;
    const QProcessEnvironment &env = auth->environment;
    if (!f.hasCredentialFlags()) {
        const bool flagTargets = !f.appUrls.isEmpty() || !fromFile;
        if (flagTargets && !env.value(QStringLiteral("DATABRICKS_CLIENT_ID")).trimmed().isEmpty())
            out.notes.append(
                Cli::tr("DATABRICKS_CLIENT_ID is set, but no --client-id was given: the targets are "
                        "called without credentials (add --client-id \"$DATABRICKS_CLIENT_ID\" "
                        "--client-secret-env DATABRICKS_CLIENT_SECRET for the service principal)"));
        return;
    }
    const bool m2m =
        !f.clientId.isEmpty() || !f.clientSecretEnv.isEmpty() || f.clientSecretGiven || !f.host.isEmpty();
    if (!m2m) {
        for (Target &t : plan.targets)
            t.authRef = f.authRef;
        return;
    }
    if (!f.authRef.isEmpty()) {
        out.errors.append(Cli::tr("--auth-ref names a reference of the auth references file, and --client-id "
                                  "and its companions make one of their own: give one or the other"));
        return;
    }
    if (f.clientSecretGiven && !f.clientSecretEnv.isEmpty()) {
        out.errors.append(Cli::tr("give --client-secret-env or --client-secret, not both"));
        return;
    }
    if (!f.host.isEmpty() && !f.host.contains(QStringLiteral("://"))) {
        out.errors.append(Cli::tr("--host '%1' has no scheme: add https:// (e.g. https://%1)").arg(f.host));
        return;
    }

    AuthRef ref;
    ref.name = QLatin1String(kCommandLineAuthRef);
    ref.kind = AuthKind::OAuthM2M;
    ref.description = Cli::tr("service principal from the command line");
    ref.host = f.host;
    ref.clientId = f.clientId;
    // The same fill-in the resolver applies: DATABRICKS_HOST and DATABRICKS_CLIENT_ID, as the guide's
    // scripts read them. Checked here too, so a missing host stops before any target is tried.
    AuthRef filled = ref;
    applyDatabricksEnvironment(filled, env);
    for (const AuthRefIssue &issue : validateAuthRef(filled))
        out.errors.append(credentialProblem(issue));

    QString secret;
    if (!f.clientSecretEnv.isEmpty()) {
        secret = env.value(f.clientSecretEnv);
        if (secret.isEmpty())
            out.errors.append(
                Cli::tr("--client-secret-env %1: the variable %1 is not set or is empty (export "
                        "%1=<secret> first, or name the variable that holds the secret)")
                    .arg(f.clientSecretEnv));
    } else if (f.clientSecretGiven) {
        secret = f.clientSecret;
        if (secret.isEmpty())
            out.errors.append(Cli::tr("--client-secret is empty"));
        else
            out.warnings.append(
                Cli::tr("a secret given with --client-secret is visible to other local users in "
                        "the process list; --client-secret-env VAR is the safer form"));
    }
    const QString key = secretKey(ref.name, QString::fromLatin1(kSecretFieldClientSecret));
    if (secret.isEmpty() && out.errors.isEmpty() && !EnvSecretSource(env, nullptr).lookup(key, nullptr)) {
        out.errors.append(
            Cli::tr("the service principal needs its secret: pass --client-secret-env VAR (e.g. "
                    "--client-secret-env DATABRICKS_CLIENT_SECRET) or set %1")
                .arg(EnvSecretSource::candidateVariables(key).join(Cli::tr(" or "))));
    }
    if (!out.errors.isEmpty())
        return;
    // The secret stays in this process: the resolver's private copy of the environment, where
    // EnvSecretSource finds it under the reference's own variable name. Nothing writes that copy out.
    if (!secret.isEmpty())
        auth->environment.insert(
            EnvSecretSource::variableName(ref.name, QString::fromLatin1(kSecretFieldClientSecret)), secret);
    auth->refs.erase(std::remove_if(auth->refs.begin(), auth->refs.end(),
                                    [&](const AuthRef &r) { return r.name == ref.name; }),
                     auth->refs.end());
    auth->refs.push_back(ref);
    for (Target &t : plan.targets)
        t.authRef = ref.name;
}

} // namespace

bool PlanFlags::hasProfileFlags() const
{
    return maxUsers || stepSize || stepDurationS || spawnRate || settleS;
}

bool PlanFlags::hasPromptFlags() const
{
    return !promptsFile.isEmpty() || promptField || promptOrder;
}

bool PlanFlags::hasCredentialFlags() const
{
    return !clientId.isEmpty() || !clientSecretEnv.isEmpty() || clientSecretGiven || !host.isEmpty() ||
           !authRef.isEmpty();
}

void addPlanFlagOptions(QCommandLineParser &p, int groups)
{
    const auto add = [&](const char *name, const QString &description, const char *valueName = nullptr) {
        QCommandLineOption o(QLatin1String(name), description);
        if (valueName)
            o.setValueName(QLatin1String(valueName));
        p.addOption(o);
    };
    if (has(groups, kTargetFlags)) {
        add("app-url",
            Cli::tr("Endpoint base URL to test, with http:// or https://; repeat it for a matrix, tested one "
                    "after another. Replaces a plan file's targets."),
            "url");
        add("label",
            Cli::tr("Label of the n-th --app-url, names its results folder (default: from the host name, as "
                    "the workbench's Add URLs… makes it)."),
            "label");
        add("compute-size",
            Cli::tr("Compute size of the n-th --app-url: small, medium, large, xlarge or any tag (default: "
                    "from the host name, else medium)."),
            "size");
        add("workers",
            Cli::tr("Server workers of the n-th --app-url, for the report (default: from the host name, e.g. "
                    "-w8, else 0 = unknown)."),
            "n");
    }
    if (has(groups, kProfileFlags)) {
        add("max-users", Cli::tr("Most concurrent users of the step ramp (default 300)."), "n");
        add("step-size", Cli::tr("Users added per step (default 20)."), "n");
        add("step-duration", Cli::tr("Seconds each step is held (default 30)."), "s");
        add("spawn-rate", Cli::tr("Users started per second (default 20)."), "r");
        add("settle",
            Cli::tr("Seconds at the start of each step left out of its statistics (default: a sixth of "
                    "--step-duration, at most 5; with a plan file, the plan's)."),
            "s");
    }
    if (has(groups, kPromptFlags)) {
        add("prompts",
            Cli::tr("Prompt file for every request: .txt (one per line), .jsonl or .csv (with a header row). "
                    "Read when the run starts; replaces the plan's prompts and prompt_source.file."),
            "file");
        add("prompt-field",
            Cli::tr("JSONL field or CSV column that holds the prompt (default: prompt, then content; a CSV "
                    "also text, question, input)."),
            "name");
        add("prompt-order",
            Cli::tr("random (each request picks one, the default) or sequential (in file order, round robin "
                    "across all users of a target)."),
            "order");
    }
    if (has(groups, kCredentialFlags)) {
        add("client-id",
            Cli::tr("OAuth M2M service principal client id for every target (default: DATABRICKS_CLIENT_ID "
                    "once a secret flag is given)."),
            "id");
        add("client-secret-env",
            Cli::tr("Name of the environment variable that holds the client secret, e.g. "
                    "DATABRICKS_CLIENT_SECRET (default: PLATEAU_SECRET_CLI_M2M_CLIENT_SECRET, then "
                    "DATABRICKS_CLIENT_SECRET). Never written anywhere."),
            "var");
        add("client-secret",
            Cli::tr("The client secret itself, kept in memory only; other local users can see it in the "
                    "process list, so prefer --client-secret-env."),
            "secret");
        add("host",
            Cli::tr("Workspace URL for the OAuth token endpoint {host}/oidc/v1/token (default: "
                    "DATABRICKS_HOST)."),
            "url");
        add("auth-ref",
            Cli::tr(
                "Auth reference of the auth references file (the workbench's Run > Credentials…) for every "
                "target (default: none, or the plan's)."),
            "name");
    }
}

PlanFlags readPlanFlags(const QCommandLineParser &p, int groups, QStringList *errors)
{
    PlanFlags f;
    if (has(groups, kTargetFlags)) {
        f.appUrls = p.values(QStringLiteral("app-url"));
        f.labels = p.values(QStringLiteral("label"));
        f.computeSizes = p.values(QStringLiteral("compute-size"));
        for (const QString &w : p.values(QStringLiteral("workers"))) {
            bool ok = false;
            const int n = w.trimmed().toInt(&ok);
            if (!ok || n < 0)
                errors->append(Cli::tr("--workers '%1' is not a whole number of server workers, 0 or more "
                                       "(e.g. --workers 4)")
                                   .arg(w));
            f.workers.push_back(ok ? n : 0);
        }
    }
    if (has(groups, kProfileFlags)) {
        f.maxUsers = wholeNumber(p, "max-users", "300", errors);
        f.stepSize = wholeNumber(p, "step-size", "20", errors);
        f.stepDurationS = seconds(p, "step-duration", "30", errors);
        f.spawnRate = seconds(p, "spawn-rate", "20", errors);
        f.settleS = seconds(p, "settle", "5", errors);
    }
    if (has(groups, kPromptFlags)) {
        f.promptsFile = valueOf(p, "prompts", errors);
        if (p.isSet(QStringLiteral("prompts")) && f.promptsFile.trimmed().isEmpty())
            errors->append(Cli::tr("--prompts is empty: give a prompt file, e.g. --prompts prompts.csv"));
        if (const auto field = single(p, "prompt-field", errors)) {
            if (field->trimmed().isEmpty())
                errors->append(
                    Cli::tr("--prompt-field is empty: give the column or field, e.g. --prompt-field "
                            "question"));
            else
                f.promptField = field->trimmed();
        }
        if (const auto order = single(p, "prompt-order", errors)) {
            f.promptOrder = promptOrderFromName(order->trimmed());
            if (!f.promptOrder)
                errors->append(
                    Cli::tr("--prompt-order '%1' is not an order: give random or sequential").arg(*order));
        }
    }
    if (has(groups, kCredentialFlags)) {
        f.clientId = valueOf(p, "client-id", errors).trimmed();
        f.clientSecretEnv = valueOf(p, "client-secret-env", errors).trimmed();
        f.clientSecretGiven = p.isSet(QStringLiteral("client-secret"));
        f.clientSecret = valueOf(p, "client-secret", errors);
        f.host = valueOf(p, "host", errors).trimmed();
        f.authRef = valueOf(p, "auth-ref", errors).trimmed();
    }
    return f;
}

PlanFlagsOutcome applyPlanFlags(const PlanFlags &flags, TestPlan &plan, bool fromFile,
                                AuthResolverConfig *auth)
{
    PlanFlagsOutcome out;
    if (!flags.appUrls.isEmpty()) {
        buildTargets(flags, plan, out);
    } else {
        checkCount(int(flags.labels.size()), "label", 0, fromFile, &out.errors);
        checkCount(int(flags.computeSizes.size()), "compute-size", 0, fromFile, &out.errors);
        checkCount(int(flags.workers.size()), "workers", 0, fromFile, &out.errors);
    }
    applyProfile(flags, plan, out);
    applyPrompts(flags, plan);
    if (out.errors.isEmpty())
        applyCredentials(flags, plan, fromFile, auth, out);
    return out;
}

QString flagForPlanPath(const QString &path)
{
    static const QRegularExpression target(
        QStringLiteral("^targets\\[\\d+\\]\\.(label|url|workers|auth_ref)$"));
    if (const auto m = target.match(path); m.hasMatch()) {
        const QString field = m.captured(1);
        if (field == QLatin1String("url"))
            return QStringLiteral("--app-url");
        if (field == QLatin1String("auth_ref"))
            return QStringLiteral("--auth-ref");
        return QStringLiteral("--") + field;
    }
    static const struct
    {
        const char *path;
        const char *flag;
    } kProfile[] = {{"profile.max_users", "--max-users"},
                    {"profile.step_size", "--step-size"},
                    {"profile.step_duration_s", "--step-duration"},
                    {"profile.spawn_rate", "--spawn-rate"},
                    {"profile.settle_s", "--settle"},
                    {"prompt_source.file", "--prompts"},
                    {"prompt_source.field", "--prompt-field"},
                    {"prompt_source.order", "--prompt-order"},
                    {"targets", "--app-url"}};
    for (const auto &e : kProfile) {
        if (path == QLatin1String(e.path))
            return QLatin1String(e.flag);
    }
    return QString();
}

} // namespace plateau
