#pragma once
// A journey: what one virtual user does, as an ordered list of requests (docs/architecture.md,
// "Journeys"). Log in once, create a session once, then chat again and again: the k6 runbook's
// auth -> session -> chat and the Locust user's on_start + task. Each step carries a tag; every figure
// (requests, latency, failures, checks) is kept per tag, and the saturation verdict reads the key tag.

#include <QString>
#include <QStringList>
#include <vector>

namespace plateau {

struct Header;

// A value taken from a step's JSON answer into a variable, used as {{name}} in later steps.
struct Extraction
{
    QString variable; // letters, digits, '_' ("token", "session_id")
    QString path;     // "$.access_token", "$.data[0].id" or a JSON pointer "/data/0/id"
    bool operator==(const Extraction &o) const { return variable == o.variable && path == o.path; }
    bool operator!=(const Extraction &o) const { return !(*this == o); }
};

enum class CheckKind
{
    Status,     // the HTTP status is one of `statuses`
    JsonExists, // the JSON answer has a value at `path`
    JsonEquals, // ... and it equals `equals`
    StreamDone, // the event stream reached data: [DONE]
};

// k6's check(): judged on every answer of its step, counted as a pass rate per tag; a failed check does not
// make the request a failure (the request's own outcome is judged as always).
struct JourneyCheck
{
    CheckKind kind = CheckKind::Status;
    std::vector<int> statuses = {200}; // Status
    QString path;                      // JsonExists, JsonEquals: as Extraction::path
    QString equals; // JsonEquals: the expected value as JSON text ("\"test\"", "42", "true")
    QString name;   // shown in results; empty = described from the check itself
    bool operator==(const JourneyCheck &o) const;
    bool operator!=(const JourneyCheck &o) const { return !(*this == o); }
};

struct JourneyStep
{
    QString name;
    QString tag; // empty = the step's name
    QString method = QStringLiteral("POST");
    // Relative to the target's URL ("/api/auth/login-json"), or an absolute http(s) URL.
    QString path;
    std::vector<Header> headers; // values may use {{variables}}
    // Text; {{prompt}}, {{session}}, {{user.username}}, {{user.password}} and {{variable}} are replaced
    // (JSON-escaped: they sit inside JSON strings).
    QString body;
    bool stream = false; // the answer is an event stream, judged as the plan's request is
    // At the user's start only, in order, before the repeated steps (Locust's on_start). A failed once step
    // starts the user over from its first step after a pause: it never chats without its token.
    bool once = false;
    double thinkMinS = 0, thinkMaxS = 0; // pause after this step
    std::vector<Extraction> extract;
    std::vector<JourneyCheck> checks;
    QString effectiveTag() const { return tag.isEmpty() ? name : tag; }
    bool operator==(const JourneyStep &o) const;
    bool operator!=(const JourneyStep &o) const { return !(*this == o); }
};

struct Journey
{
    std::vector<JourneyStep> steps; // empty: no journey, every user sends the plan's `request`
    // Accounts for {{user.username}} / {{user.password}}: virtual user i is account i % N (the per-user
    // login's file format, core/plan/usersfile.h). Empty: the steps use no account.
    QString usersFile;
    // The tag whose requests make the steps, the charts and the saturation verdict; empty = the tag of the
    // first streaming step that repeats (the chat), else of the last step.
    QString keyTag;
    bool enabled() const { return !steps.empty(); }
    QStringList tags() const; // distinct, in step order
    QString effectiveKeyTag() const;
    int keyTagIndex() const; // into tags(); 0 without a journey
    bool operator==(const Journey &o) const;
    bool operator!=(const Journey &o) const { return !(*this == o); }
};

// Before a target runs: one GET whose JSON answer must hold an expected value (the k6 runbook's
// GET /api/health -> "app_env": "test"), so a load test never hits production by accident. A mismatch
// skips the target unless the run allows it (--allow-non-test; the GUI asks).
struct EnvironmentGuard
{
    bool enabled = false;
    QString path = QStringLiteral("/api/health"); // relative to the target's URL, or absolute
    QString field = QStringLiteral("$.app_env");
    QString equals = QStringLiteral("test"); // compared with the field's string value (a number as JSON text)
    bool operator==(const EnvironmentGuard &o) const;
    bool operator!=(const EnvironmentGuard &o) const { return !(*this == o); }
};

// What a step's check bits stand for, in bit order: its checks, then one per extraction ("token <- $.id":
// an answer without the value fails it).
QStringList journeyCheckNames(const JourneyStep &step);

QString checkKindName(CheckKind k); // "status", "json_exists", "json_equals", "done"
// "status 200", "$.id exists", "$.app_env == \"test\"", "stream reached [DONE]"
QString describeCheck(const JourneyCheck &c);

} // namespace plateau
