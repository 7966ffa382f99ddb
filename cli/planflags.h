#pragma once
// A plan described by command-line flags, spelled and defaulted as run_load_test.py of Databricks'
// load-testing guide spells them: --app-url (repeatable), --label / --compute-size / --workers (the n-th
// belongs to the n-th --app-url), --max-users 300 --step-size 20 --step-duration 30 --spawn-rate 20, and
// --client-id with --client-secret-env. Without a plan file they build the whole plan; with one they
// override its fields. No widget, no process, no network: unit tests drive it through a QCommandLineParser.

#include "core/plan/testplan.h"

#include <QCommandLineParser>
#include <QStringList>
#include <optional>
#include <vector>

namespace plateau {

struct AuthResolverConfig;

// Which flags a command takes: `run` all of them; `validate` and `init` write or check a plan file,
// which never holds credentials, so they take no credential flags.
enum PlanFlagGroup
{
    kTargetFlags = 1,     // --app-url --label --compute-size --workers
    kProfileFlags = 2,    // --max-users --step-size --step-duration --spawn-rate --settle
    kCredentialFlags = 4, // --client-id --client-secret-env --client-secret --host --auth-ref
    kPromptFlags = 8,     // --prompts --prompt-field --prompt-order
    kAllPlanFlags = 15
};

// The auth reference that --client-id and its companions define for one run: it exists only in memory
// (AuthResolverConfig::refs), and a plan saved with --save-plan names it.
inline constexpr char kCommandLineAuthRef[] = "cli-m2m";

struct PlanFlags
{
    QStringList appUrls;
    QStringList labels;
    QStringList computeSizes;
    std::vector<int> workers;
    std::optional<int> maxUsers;
    std::optional<int> stepSize;
    std::optional<double> stepDurationS;
    std::optional<double> spawnRate;
    std::optional<double> settleS;
    QString clientId;
    QString clientSecretEnv; // the name of the variable that holds the secret
    QString clientSecret;    // the secret itself, when typed on the command line (kept in memory only)
    bool clientSecretGiven = false;
    QString host;
    QString authRef;
    QString promptsFile; // as given: relative to the working directory
    std::optional<QString> promptField;
    std::optional<PromptOrder> promptOrder;

    bool hasProfileFlags() const;
    bool hasPromptFlags() const;
    bool hasCredentialFlags() const;
};

void addPlanFlagOptions(QCommandLineParser &parser, int groups);
// Reads what addPlanFlagOptions(parser, groups) added; *errors gets one line per unusable value, naming
// the flag and saying what it takes.
PlanFlags readPlanFlags(const QCommandLineParser &parser, int groups, QStringList *errors);

struct PlanFlagsOutcome
{
    QStringList errors;   // bad input: nothing runs
    QStringList warnings; // runs, but the user should know (a secret typed on the command line)
    QStringList notes;    // a hint about the environment
    bool ok() const { return errors.isEmpty(); }
};

// Applies the flags to `plan`: --app-url replaces its targets (labels, compute size and workers from the
// flags or, as the workbench's Add URLs… does, from each host name), the profile flags set its step ramp,
// the credential flags name an auth reference for every target, and --prompts (made absolute against the
// working directory) with --prompt-field replaces the plan's prompt source, --prompt-order its order.
// fromFile: the plan came from a file (its settle time is then the file's unless --settle says otherwise).
// auth: where --client-id puts its reference and its secret (the secret into auth->environment, in memory
// only); null when the command takes no credential flags. The caller validates the plan afterwards.
PlanFlagsOutcome applyPlanFlags(const PlanFlags &flags, TestPlan &plan, bool fromFile,
                                AuthResolverConfig *auth);

// The flag that sets the field an issue names ("profile.max_users" -> "--max-users",
// "targets[1].label" -> "--label"), or empty when no flag sets it.
QString flagForPlanPath(const QString &path);

} // namespace plateau
