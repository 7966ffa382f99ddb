// The command line's plan flags without a process: the guide's defaults, the order rule of --label /
// --compute-size / --workers, labels derived as Add URLs… derives them, overrides of a plan file, the
// command line's own OAuth M2M reference (its secret in memory only), and the commented starter plan.

#include "cli/planflags.h"
#include "cli/starterplan.h"
#include "core/auth/authresolver.h"
#include "core/plan/planio.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

const QString kSecret = QStringLiteral("sp-Secret-Value-4b1e9c0d7a");

PlanFlags parse(const QStringList &args, QStringList *errors, int groups = kAllPlanFlags)
{
    QCommandLineParser p;
    addPlanFlagOptions(p, groups);
    EXPECT_TRUE(p.parse(QStringList{QStringLiteral("plateau")} + args)) << p.errorText().toStdString();
    return readPlanFlags(p, groups, errors);
}

struct Built
{
    TestPlan plan;
    PlanFlagsOutcome outcome;
    QStringList readErrors;
    AuthResolverConfig auth;
};

// Flags without a plan file, as `plateau run --app-url ...` builds its plan.
Built build(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment())
{
    Built b;
    b.auth.environment = env;
    b.auth.useKeychain = false;
    const PlanFlags flags = parse(args, &b.readErrors);
    b.plan = starterPlan();
    b.outcome = applyPlanFlags(flags, b.plan, false, &b.auth);
    return b;
}

bool anyContains(const QStringList &lines, const QString &text)
{
    for (const QString &l : lines) {
        if (l.contains(text))
            return true;
    }
    return false;
}

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

QStringList guideMatrixArgs()
{
    QStringList args;
    for (const char *app : {"medium-w2", "medium-w3", "medium-w4", "large-w6", "large-w8", "large-w10"})
        args << QStringLiteral("--app-url")
             << QStringLiteral("https://my-app-%1.aws.databricksapps.com").arg(QLatin1String(app));
    return args;
}

} // namespace

TEST(PlanFlags, OneUrlGetsTheGuidesRampAndAValidPlan)
{
    const Built b =
        build({QStringLiteral("--app-url"), QStringLiteral("https://my-app.aws.databricksapps.com")});
    ASSERT_TRUE(b.readErrors.isEmpty()) << joined(b.readErrors).toStdString();
    ASSERT_TRUE(b.outcome.ok()) << joined(b.outcome.errors).toStdString();
    ASSERT_EQ(b.plan.targets.size(), 1u);
    EXPECT_EQ(b.plan.targets[0].label, QStringLiteral("my-app"));
    EXPECT_EQ(b.plan.targets[0].url, QStringLiteral("https://my-app.aws.databricksapps.com"));
    EXPECT_TRUE(b.plan.targets[0].authRef.isEmpty());
    // run_load_test.py's defaults.
    EXPECT_EQ(b.plan.profile().kind, ProfileKind::StepRamp);
    EXPECT_EQ(b.plan.profile().maxUsers, 300);
    EXPECT_EQ(b.plan.profile().stepSize, 20);
    EXPECT_DOUBLE_EQ(b.plan.profile().stepDurationS, 30);
    EXPECT_DOUBLE_EQ(b.plan.profile().spawnRate, 20);
    EXPECT_FALSE(b.plan.profile().settleS.has_value()); // derived from the step, as in a plan file
    EXPECT_DOUBLE_EQ(b.plan.profile().effectiveSettleS(), 5);
    EXPECT_TRUE(validatePlan(b.plan).empty());
}

TEST(PlanFlags, TheGuidesSixUrlMatrixDerivesLabelsSizesAndWorkersFromTheHosts)
{
    const Built b = build(guideMatrixArgs());
    ASSERT_TRUE(b.outcome.ok()) << joined(b.outcome.errors).toStdString();
    ASSERT_EQ(b.plan.targets.size(), 6u);
    const QStringList labels = {"my-app-medium-w2", "my-app-medium-w3", "my-app-medium-w4",
                                "my-app-large-w6",  "my-app-large-w8",  "my-app-large-w10"};
    const QStringList sizes = {"medium", "medium", "medium", "large", "large", "large"};
    const int workers[] = {2, 3, 4, 6, 8, 10};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(b.plan.targets[size_t(i)].label, labels[i]);
        EXPECT_EQ(b.plan.targets[size_t(i)].computeSize, sizes[i]);
        EXPECT_EQ(b.plan.targets[size_t(i)].workers, workers[i]);
    }
    EXPECT_TRUE(validatePlan(b.plan).empty());
}

TEST(PlanFlags, TheNthLabelSizeAndWorkersBelongToTheNthUrlAndTheRestAreDerived)
{
    const Built b = build({"--app-url", "https://a-small-w1.example.com", "--app-url",
                           "https://b.example.com", "--app-url", "https://c-large-w8.example.com", "--label",
                           "first", "--label", "second", "--compute-size", "xlarge", "--workers", "16"});
    ASSERT_TRUE(b.outcome.ok()) << joined(b.outcome.errors).toStdString();
    ASSERT_EQ(b.plan.targets.size(), 3u);
    EXPECT_EQ(b.plan.targets[0].label, QStringLiteral("first"));
    EXPECT_EQ(b.plan.targets[0].computeSize, QStringLiteral("xlarge"));
    EXPECT_EQ(b.plan.targets[0].workers, 16);
    EXPECT_EQ(b.plan.targets[1].label, QStringLiteral("second"));
    EXPECT_EQ(b.plan.targets[1].computeSize, QStringLiteral("medium")); // nothing in the host: the default
    EXPECT_EQ(b.plan.targets[1].workers, 0);
    EXPECT_EQ(b.plan.targets[2].label, QStringLiteral("c-large-w8"));
    EXPECT_EQ(b.plan.targets[2].computeSize, QStringLiteral("large"));
    EXPECT_EQ(b.plan.targets[2].workers, 8);
}

TEST(PlanFlags, SameHostTwiceGetsUniqueLabelsThatAvoidTheGivenOnes)
{
    const Built b = build({"--app-url", "http://127.0.0.1:8000", "--app-url", "https://app.example.com/x",
                           "--app-url", "https://app.example.com/y", "--label", "app"});
    ASSERT_TRUE(b.outcome.ok()) << joined(b.outcome.errors).toStdString();
    ASSERT_EQ(b.plan.targets.size(), 3u);
    EXPECT_EQ(b.plan.targets[0].label, QStringLiteral("app"));
    EXPECT_EQ(b.plan.targets[1].label, QStringLiteral("app-2"));
    EXPECT_EQ(b.plan.targets[2].label, QStringLiteral("app-3"));
    EXPECT_TRUE(validatePlan(b.plan).empty());
}

TEST(PlanFlags, MoreLabelsSizesOrWorkersThanUrlsIsAnErrorNamingTheFlag)
{
    for (const char *name : {"--label", "--compute-size", "--workers"}) {
        const Built b =
            build({"--app-url", "https://a.example.com", QLatin1String(name), "1", QLatin1String(name), "2"});
        ASSERT_FALSE(b.outcome.ok()) << name;
        EXPECT_TRUE(
            anyContains(b.outcome.errors, QStringLiteral("2 %1 for 1 --app-url").arg(QLatin1String(name))))
            << joined(b.outcome.errors).toStdString();
        EXPECT_TRUE(b.plan.targets.empty()) << "a rejected matrix leaves the plan's targets alone";
    }
}

TEST(PlanFlags, AUrlWithoutSchemeIsAnErrorThatSaysWhatToAdd)
{
    const Built b = build({"--app-url", "my-app.aws.databricksapps.com"});
    ASSERT_FALSE(b.outcome.ok());
    EXPECT_TRUE(anyContains(b.outcome.errors, QStringLiteral("add http:// or https://")))
        << joined(b.outcome.errors).toStdString();
    const Built ftp = build({"--app-url", "ftp://files.example.com"});
    EXPECT_TRUE(anyContains(ftp.outcome.errors, QStringLiteral("not an http(s) URL")))
        << joined(ftp.outcome.errors).toStdString();
}

TEST(PlanFlags, ValuesThatAreNotNumbersOrGivenTwiceAreErrorsNamingTheFlag)
{
    QStringList errors;
    parse({"--max-users", "lots", "--step-duration", "inf", "--workers", "-1", "--spawn-rate", "5",
           "--spawn-rate", "6"},
          &errors);
    EXPECT_TRUE(anyContains(errors, QStringLiteral("--max-users 'lots' is not a whole number")))
        << joined(errors).toStdString();
    EXPECT_TRUE(anyContains(errors, QStringLiteral("--step-duration 'inf' is not a number")));
    EXPECT_TRUE(anyContains(errors, QStringLiteral("--workers '-1'")));
    EXPECT_TRUE(anyContains(errors, QStringLiteral("--spawn-rate is given 2 times")));
}

TEST(PlanFlags, ProfileFlagsSetTheRampAndShortStepsGetAShortSettle)
{
    const Built b = build({"--app-url", "http://127.0.0.1:9000", "--max-users", "4", "--step-size", "2",
                           "--step-duration", "1", "--spawn-rate", "100"});
    ASSERT_TRUE(b.outcome.ok());
    EXPECT_EQ(b.plan.profile().maxUsers, 4);
    EXPECT_EQ(b.plan.profile().stepSize, 2);
    EXPECT_DOUBLE_EQ(b.plan.profile().stepDurationS, 1);
    EXPECT_DOUBLE_EQ(b.plan.profile().spawnRate, 100);
    EXPECT_FALSE(b.plan.profile().settleS.has_value());
    EXPECT_DOUBLE_EQ(b.plan.profile().effectiveSettleS(), 1.0 / 3.0);
    EXPECT_TRUE(validatePlan(b.plan).empty());
    const Built given =
        build({"--app-url", "http://127.0.0.1:9000", "--step-duration", "10", "--settle", "0"});
    EXPECT_EQ(given.plan.profile().settleS, std::optional<double>(0));
}

TEST(PlanFlags, OverridesOnAPlanFileKeepItsOtherFields)
{
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:9000"));
    plan.targets[0].headers.push_back({QStringLiteral("X-Team"), QStringLiteral("a")});
    QStringList errors;
    const PlanFlags flags = parse({"--max-users", "50", "--step-duration", "10"}, &errors);
    const PlanFlagsOutcome o = applyPlanFlags(flags, plan, true, nullptr);
    ASSERT_TRUE(o.ok()) << joined(o.errors).toStdString();
    EXPECT_EQ(plan.profile().maxUsers, 50);
    EXPECT_DOUBLE_EQ(plan.profile().stepDurationS, 10);
    EXPECT_EQ(plan.profile().stepSize, 10);                      // the demo's, untouched
    EXPECT_EQ(plan.profile().settleS, std::optional<double>(1)); // the file's settle time stays the file's
    ASSERT_EQ(plan.targets.size(), 1u);
    EXPECT_EQ(plan.targets[0].headers.size(), 1u);

    const PlanFlags urls = parse({"--app-url", "https://new-large.example.com"}, &errors);
    ASSERT_TRUE(applyPlanFlags(urls, plan, true, nullptr).ok());
    ASSERT_EQ(plan.targets.size(), 1u);
    EXPECT_EQ(plan.targets[0].label, QStringLiteral("new-large"));
    EXPECT_TRUE(plan.targets[0].headers.empty()) << "--app-url replaces the targets";
}

TEST(PlanFlags, RampFlagsOnAnotherProfileKindAreAnError)
{
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:9000"));
    plan.profile().kind = ProfileKind::Sustained;
    QStringList errors;
    const PlanFlags flags = parse({"--max-users", "50"}, &errors);
    const PlanFlagsOutcome o = applyPlanFlags(flags, plan, true, nullptr);
    ASSERT_FALSE(o.ok());
    EXPECT_TRUE(anyContains(o.errors, QStringLiteral("this plan's profile is sustained")))
        << joined(o.errors).toStdString();
    EXPECT_EQ(plan.profile().maxUsers, 40) << "nothing changes silently";
}

TEST(PlanFlags, RampFlagsOnAPlanOfSeveralPhasesAreAnError)
{
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:9000"));
    Phase second = plan.phases[0];
    second.name = QStringLiteral("again");
    plan.phases.push_back(second);
    QStringList errors;
    const PlanFlagsOutcome o = applyPlanFlags(parse({"--max-users", "50"}, &errors), plan, true, nullptr);
    ASSERT_FALSE(o.ok());
    EXPECT_TRUE(anyContains(o.errors, QStringLiteral("this plan has 2 phase(s)")))
        << joined(o.errors).toStdString();
    EXPECT_EQ(plan.phases[0].profile.maxUsers, 40) << "nothing changes silently";
    EXPECT_EQ(plan.phases[1].profile.maxUsers, 40);
}

TEST(PlanFlags, ALabelWithoutUrlOnAPlanFileSaysThatUrlsReplaceTheTargets)
{
    TestPlan plan = demoPlan(QStringLiteral("http://127.0.0.1:9000"));
    QStringList errors;
    const PlanFlagsOutcome o = applyPlanFlags(parse({"--label", "x"}, &errors), plan, true, nullptr);
    ASSERT_FALSE(o.ok());
    EXPECT_TRUE(anyContains(o.errors, QStringLiteral("replaces the plan's targets")))
        << joined(o.errors).toStdString();
}

TEST(PlanFlags, ClientIdMakesAnInMemoryM2MReferenceWhoseSecretStaysOutOfThePlan)
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("MY_SP_SECRET"), kSecret);
    Built b =
        build({"--app-url", "https://a.example.com", "--app-url", "https://b.example.com", "--client-id",
               "sp-client", "--client-secret-env", "MY_SP_SECRET", "--host", "http://127.0.0.1:9"},
              env);
    ASSERT_TRUE(b.outcome.ok()) << joined(b.outcome.errors).toStdString();
    EXPECT_TRUE(b.outcome.warnings.isEmpty());
    for (const Target &t : b.plan.targets)
        EXPECT_EQ(t.authRef, QLatin1String(kCommandLineAuthRef));
    ASSERT_EQ(b.auth.refs.size(), 1u);
    EXPECT_EQ(b.auth.refs[0].kind, AuthKind::OAuthM2M);
    EXPECT_EQ(b.auth.refs[0].clientId, QStringLiteral("sp-client"));
    EXPECT_EQ(b.auth.refs[0].host, QStringLiteral("http://127.0.0.1:9"));
    EXPECT_EQ(b.auth.environment.value(QStringLiteral("PLATEAU_SECRET_CLI_M2M_CLIENT_SECRET")), kSecret);
    EXPECT_TRUE(validatePlan(b.plan).empty());
    EXPECT_FALSE(planToJson(b.plan).contains(kSecret.toUtf8()));

    // The resolver finds the reference without any auth references file.
    b.auth.authRefsPath = dir.filePath(QStringLiteral("none.json"));
    QString error;
    const auto source = resolveAuthRef(QLatin1String(kCommandLineAuthRef), b.auth, &error);
    ASSERT_TRUE(source) << error.toStdString();
    EXPECT_EQ(source->method(), QStringLiteral("oauth-m2m"));
    EXPECT_FALSE(resolveAuthRef(QStringLiteral("other"), b.auth, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'other' is not defined"))) << error.toStdString();
}

TEST(PlanFlags, ASecretOnTheCommandLineWorksWithAWarningAboutTheProcessList)
{
    const Built b = build({"--app-url", "https://a.example.com", "--client-id", "sp-client",
                           "--client-secret", kSecret, "--host", "https://ws.cloud.databricks.com"});
    ASSERT_TRUE(b.outcome.ok()) << joined(b.outcome.errors).toStdString();
    ASSERT_EQ(b.outcome.warnings.size(), 1);
    EXPECT_TRUE(b.outcome.warnings[0].contains(QStringLiteral("process list")));
    EXPECT_TRUE(b.outcome.warnings[0].contains(QStringLiteral("--client-secret-env")));
    EXPECT_FALSE(b.outcome.warnings[0].contains(kSecret));
    EXPECT_EQ(b.auth.environment.value(QStringLiteral("PLATEAU_SECRET_CLI_M2M_CLIENT_SECRET")), kSecret);
    EXPECT_FALSE(planToJson(b.plan).contains(kSecret.toUtf8()));
}

TEST(PlanFlags, HostAndClientIdComeFromDatabricksVariablesAsTheResolverFillsThem)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABRICKS_HOST"), QStringLiteral("ws.cloud.databricks.com"));
    env.insert(QStringLiteral("DATABRICKS_CLIENT_ID"), QStringLiteral("env-client"));
    env.insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), kSecret);
    const Built b =
        build({"--app-url", "https://a.example.com", "--client-secret-env", "DATABRICKS_CLIENT_SECRET"}, env);
    ASSERT_TRUE(b.outcome.ok()) << joined(b.outcome.errors).toStdString();
    ASSERT_EQ(b.auth.refs.size(), 1u);
    EXPECT_TRUE(b.auth.refs[0].host.isEmpty()) << "left for the resolver's own fill-in";
    QString error;
    EXPECT_TRUE(resolveAuthRef(QLatin1String(kCommandLineAuthRef), b.auth, &error)) << error.toStdString();

    // --client-id alone: the secret comes the existing way, from DATABRICKS_CLIENT_SECRET.
    const Built idOnly = build({"--app-url", "https://a.example.com", "--client-id", "sp"}, env);
    EXPECT_TRUE(idOnly.outcome.ok()) << joined(idOnly.outcome.errors).toStdString();
}

TEST(PlanFlags, CredentialMistakesAreErrorsThatSayWhatToDo)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("S"), kSecret);
    const Built noHost =
        build({"--app-url", "https://a.example.com", "--client-id", "x", "--client-secret-env", "S"}, env);
    EXPECT_TRUE(anyContains(noHost.outcome.errors, QStringLiteral("--host https://")));
    EXPECT_TRUE(anyContains(noHost.outcome.errors, QStringLiteral("DATABRICKS_HOST")));
    EXPECT_TRUE(noHost.auth.refs.empty());
    EXPECT_TRUE(
        noHost.auth.environment.value(QStringLiteral("PLATEAU_SECRET_CLI_M2M_CLIENT_SECRET")).isEmpty());

    const Built unset = build({"--app-url", "https://a.example.com", "--client-id", "x", "--host",
                               "https://ws.example.com", "--client-secret-env", "UNSET_VARIABLE"});
    EXPECT_TRUE(anyContains(unset.outcome.errors, QStringLiteral("UNSET_VARIABLE is not set")))
        << joined(unset.outcome.errors).toStdString();

    const Built noSecret =
        build({"--app-url", "https://a.example.com", "--client-id", "x", "--host", "https://ws.example.com"});
    EXPECT_TRUE(anyContains(noSecret.outcome.errors, QStringLiteral("--client-secret-env")))
        << joined(noSecret.outcome.errors).toStdString();

    const Built both =
        build({"--app-url", "https://a.example.com", "--client-id", "x", "--auth-ref", "prod"});
    EXPECT_TRUE(anyContains(both.outcome.errors, QStringLiteral("give one or the other")));

    const Built bareHost = build({"--app-url", "https://a.example.com", "--client-id", "x",
                                  "--client-secret-env", "S", "--host", "ws.example.com"},
                                 env);
    EXPECT_TRUE(anyContains(bareHost.outcome.errors, QStringLiteral("add https://")));
}

TEST(PlanFlags, AuthRefNamesAFileReferenceForEveryTarget)
{
    const Built b = build({"--app-url", "https://a.example.com", "--app-url", "https://b.example.com",
                           "--auth-ref", "prod-sp"});
    ASSERT_TRUE(b.outcome.ok());
    for (const Target &t : b.plan.targets)
        EXPECT_EQ(t.authRef, QStringLiteral("prod-sp"));
    EXPECT_TRUE(b.auth.refs.empty());
}

TEST(PlanFlags, DatabricksClientIdInTheEnvironmentAloneSendsNoCredentialsButSaysSo)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABRICKS_CLIENT_ID"), QStringLiteral("env-client"));
    env.insert(QStringLiteral("DATABRICKS_CLIENT_SECRET"), kSecret);
    const Built b = build({"--app-url", "https://a.example.com"}, env);
    ASSERT_TRUE(b.outcome.ok());
    EXPECT_TRUE(b.plan.targets[0].authRef.isEmpty());
    EXPECT_TRUE(b.auth.refs.empty());
    ASSERT_EQ(b.outcome.notes.size(), 1);
    EXPECT_TRUE(b.outcome.notes[0].contains(QStringLiteral("--client-id")));
}

TEST(PlanFlags, IssuePathsMapToTheFlagsThatSetThem)
{
    EXPECT_EQ(flagForPlanPath(QStringLiteral("profile.max_users")), QStringLiteral("--max-users"));
    EXPECT_EQ(flagForPlanPath(QStringLiteral("profile.step_duration_s")), QStringLiteral("--step-duration"));
    EXPECT_EQ(flagForPlanPath(QStringLiteral("profile.settle_s")), QStringLiteral("--settle"));
    EXPECT_EQ(flagForPlanPath(QStringLiteral("targets[3].label")), QStringLiteral("--label"));
    EXPECT_EQ(flagForPlanPath(QStringLiteral("targets[0].url")), QStringLiteral("--app-url"));
    EXPECT_EQ(flagForPlanPath(QStringLiteral("targets[0].workers")), QStringLiteral("--workers"));
    EXPECT_TRUE(flagForPlanPath(QStringLiteral("request.body")).isEmpty());
}

TEST(StarterPlan, TheCommentedFileIsThePlanFormatPlusCommentLines)
{
    TestPlan plan = starterPlan();
    plan.targets.push_back(starterMockTarget());
    const QByteArray commented = commentedPlanJson(plan);
    QByteArray stripped;
    int comments = 0;
    for (const QByteArray &line : commented.split('\n')) {
        if (line.trimmed().startsWith("//")) {
            ++comments;
            continue;
        }
        stripped += line + '\n';
    }
    stripped.chop(1);
    EXPECT_EQ(stripped, planToJson(plan))
        << "only comment lines are added, so every key is one the format writes";
    EXPECT_GT(comments, 40);
    // Every section says what it does.
    for (const char *section : {"targets", "phases", "request", "prompts", "health", "thresholds",
                                "saturation", "mock", "engine"}) {
        const QByteArray key = QByteArray("\n  \"") + section + "\":";
        const qsizetype at = commented.indexOf(key);
        ASSERT_GE(at, 0) << section;
        const qsizetype lineStart = commented.lastIndexOf('\n', at - 1);
        EXPECT_TRUE(commented.mid(lineStart + 1, at - lineStart).trimmed().startsWith("//")) << section;
    }
    const PlanLoadResult loaded = planFromJson(commented);
    ASSERT_TRUE(loaded.ok()) << (loaded.issues.empty() ? "" : loaded.issues[0].toString().toStdString());
    EXPECT_EQ(*loaded.plan, plan);
    EXPECT_TRUE(validatePlan(*loaded.plan).empty());
}

TEST(PlanFlags, PromptFlagsSetThePromptSource)
{
    Built b = build({"--app-url", "https://a.example.com", "--prompts", "data/prompts.csv", "--prompt-field",
                     "question", "--prompt-order", "sequential"});
    ASSERT_TRUE(b.readErrors.isEmpty()) << joined(b.readErrors).toStdString();
    ASSERT_TRUE(b.outcome.ok()) << joined(b.outcome.errors).toStdString();
    // A command line's path is the working directory's, wherever the plan file lies.
    EXPECT_EQ(b.plan.promptSource.file,
              QDir::cleanPath(QDir::current().absoluteFilePath("data/prompts.csv")));
    EXPECT_EQ(b.plan.promptSource.field, QStringLiteral("question"));
    EXPECT_EQ(b.plan.promptSource.order, PromptOrder::Sequential);
    EXPECT_TRUE(validatePlan(b.plan).empty());

    // --prompts replaces a plan's file and its field; --prompt-order alone keeps the file.
    TestPlan plan = starterPlan();
    plan.promptSource =
        PromptSource{QStringLiteral("old.csv"), QStringLiteral("old_column"), PromptOrder::Random};
    QStringList errors;
    PlanFlagsOutcome o = applyPlanFlags(parse({"--prompts", "/tmp/new.jsonl"}, &errors), plan, true, nullptr);
    EXPECT_TRUE(o.ok());
    EXPECT_EQ(plan.promptSource.file, QStringLiteral("/tmp/new.jsonl"));
    EXPECT_TRUE(plan.promptSource.field.isEmpty());
    o = applyPlanFlags(parse({"--prompt-order", "sequential"}, &errors), plan, true, nullptr);
    EXPECT_EQ(plan.promptSource.file, QStringLiteral("/tmp/new.jsonl"));
    EXPECT_EQ(plan.promptSource.order, PromptOrder::Sequential);
    EXPECT_TRUE(errors.isEmpty()) << joined(errors).toStdString();
}

TEST(PlanFlags, BadPromptFlagsSayWhatTheyTake)
{
    QStringList errors;
    parse({"--prompt-order", "shuffled"}, &errors);
    EXPECT_TRUE(anyContains(errors, QStringLiteral("random or sequential"))) << joined(errors).toStdString();
    errors.clear();
    parse({"--prompts", "", "--prompt-field", " "}, &errors);
    EXPECT_TRUE(anyContains(errors, QStringLiteral("--prompts is empty"))) << joined(errors).toStdString();
    EXPECT_TRUE(anyContains(errors, QStringLiteral("--prompt-field is empty")))
        << joined(errors).toStdString();
    EXPECT_EQ(flagForPlanPath(QStringLiteral("prompt_source.field")), QStringLiteral("--prompt-field"));
    EXPECT_EQ(flagForPlanPath(QStringLiteral("prompt_source.file")), QStringLiteral("--prompts"));
}
