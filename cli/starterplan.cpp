#include "cli/starterplan.h"

#include "cli/clitr.h"
#include "core/plan/planio.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <map>

namespace plateau {

namespace {

// One comment per JSON path ("phases.profile.max_users"; "targets.label" for the first target's fields). A
// '\n' in a text starts another comment line.
struct Note
{
    const char *path;
    const char *text;
};

const Note kNotes[] = {
    {"schema",
     QT_TRANSLATE_NOOP("plateau::Cli", "Plateau test plan, format version 2. Open it in the workbench, "
                                       "or: plateau validate FILE, plateau run FILE.")},
    {"name", QT_TRANSLATE_NOOP("plateau::Cli", "Names the run folders (runs/<name>-<time>) unless --run-name "
                                               "gives one.")},
    {"targets",
     QT_TRANSLATE_NOOP("plateau::Cli",
                       "The endpoints, tested one after another, each through all phases.\n"
                       "Replace the example with your apps; http://127.0.0.1:8765 is `plateau mock`.")},
    {"targets.label", QT_TRANSLATE_NOOP("plateau::Cli", "Unique; names the target's folder in a run.")},
    {"targets.url", QT_TRANSLATE_NOOP("plateau::Cli", "Base URL with http:// or https://; request.path is "
                                                      "appended.")},
    {"targets.compute_size", QT_TRANSLATE_NOOP("plateau::Cli", "A tag for the report: small, medium, large, "
                                                               "xlarge or any text.")},
    {"targets.workers",
     QT_TRANSLATE_NOOP("plateau::Cli", "Server-side workers, for the report (0 = unknown).")},
    {"targets.headers",
     QT_TRANSLATE_NOOP("plateau::Cli", "Extra request headers, e.g. [{\"name\": \"X-Team\", "
                                       "\"value\": \"a\"}]; never a credential.")},
    {"targets.auth_ref",
     QT_TRANSLATE_NOOP("plateau::Cli", "An auth reference (the workbench's Run > Credentials…); \"\" = no "
                                       "Authorization header.\nOn the command line, --client-id with "
                                       "--client-secret-env sets one for every target.")},
    {"targets.enabled", QT_TRANSLATE_NOOP("plateau::Cli", "false skips the target.")},
    {"phases",
     QT_TRANSLATE_NOOP("plateau::Cli",
                       "The load, in phases run in order (e.g. smoke, then ramp). Examples of several: "
                       "resources/examples.")},
    {"phases.name", QT_TRANSLATE_NOOP("plateau::Cli", "Unique; names the phase in the summary and the "
                                                      "charts.")},
    {"phases.gate", QT_TRANSLATE_NOOP("plateau::Cli", "true runs the phase only if the phase before passed "
                                                      "its thresholds.")},
    {"phases.profile",
     QT_TRANSLATE_NOOP("plateau::Cli", "step_ramp: step_size more users every step_duration_s seconds, up to "
                                       "max_users\n(Databricks' load-testing guide's ramp to saturation).")},
    {"phases.profile.kind",
     QT_TRANSLATE_NOOP("plateau::Cli",
                       "step_ramp, linear_ramp, burst, sustained, constant_rate, arrival_ramp "
                       "or sweep.")},
    {"phases.profile.max_users", QT_TRANSLATE_NOOP("plateau::Cli", "step_ramp: most concurrent users.")},
    {"phases.profile.step_size", QT_TRANSLATE_NOOP("plateau::Cli", "step_ramp: users added per step.")},
    {"phases.profile.step_duration_s",
     QT_TRANSLATE_NOOP("plateau::Cli", "step_ramp: seconds each step is held.")},
    {"phases.profile.spawn_rate", QT_TRANSLATE_NOOP("plateau::Cli", "Users started per second.")},
    {"phases.profile.settle_s",
     QT_TRANSLATE_NOOP("plateau::Cli", "Seconds at the start of each step left out of its "
                                       "statistics.")},
    {"phases.profile.think_min_s",
     QT_TRANSLATE_NOOP("plateau::Cli", "Seconds a user pauses between requests: at "
                                       "random between think_min_s and think_max_s.")},
    {"phases.profile.stop_at_knee", QT_TRANSLATE_NOOP("plateau::Cli", "true ends the ramp once the knee is "
                                                                      "confirmed.")},
    {"phases.profile.burst_users",
     QT_TRANSLATE_NOOP("plateau::Cli", "burst: users started within burst_ramp_s "
                                       "seconds, then held for hold_s seconds.")},
    {"phases.profile.sustained_users",
     QT_TRANSLATE_NOOP("plateau::Cli", "sustained: users held for duration_s "
                                       "seconds.")},
    {"phases.profile.duration_s",
     QT_TRANSLATE_NOOP("plateau::Cli", "sustained and constant_rate: seconds of load.")},
    {"phases.profile.arrival_rate",
     QT_TRANSLATE_NOOP("plateau::Cli", "constant_rate: requests started per second, "
                                       "whatever the answers take (open loop).")},
    {"phases.profile.max_in_flight",
     QT_TRANSLATE_NOOP("plateau::Cli", "constant_rate: most requests in flight at "
                                       "once.")},
    {"phases.profile.start_users",
     QT_TRANSLATE_NOOP("plateau::Cli", "linear_ramp: users at the start, rising to max_users over "
                                       "duration_s; sweep on users: the first probe.")},
    {"phases.profile.start_rate",
     QT_TRANSLATE_NOOP("plateau::Cli", "arrival_ramp: requests/s at the start, rising to end_rate over "
                                       "duration_s (rate_steps levels, 0 = linear); sweep: the first probe, "
                                       "end_rate the bound.")},
    {"phases.profile.sweep_on",
     QT_TRANSLATE_NOOP("plateau::Cli", "sweep: rate or users; it searches for the highest load within the "
                                       "slo, probes of step_duration_s, within sweep_tolerance.")},
    {"request", QT_TRANSLATE_NOOP("plateau::Cli", "What every virtual user sends.")},
    {"request.path", QT_TRANSLATE_NOOP("plateau::Cli", "Appended to each target's url, unless the url "
                                                       "already ends in it.")},
    {"request.body", QT_TRANSLATE_NOOP("plateau::Cli", "JSON; {{prompt}} becomes one of the prompts, "
                                                       "{{session}} the user's session id.")},
    {"request.stream",
     QT_TRANSLATE_NOOP("plateau::Cli", "true: the answer is read as Server-Sent Events as it "
                                       "arrives (TTFT, inter-token latency).")},
    {"request.connect_timeout_s", QT_TRANSLATE_NOOP("plateau::Cli", "Seconds to connect.")},
    {"request.idle_timeout_s",
     QT_TRANSLATE_NOOP("plateau::Cli", "Seconds without a byte before a request fails "
                                       "as a stall.")},
    {"request.total_timeout_s", QT_TRANSLATE_NOOP("plateau::Cli", "Seconds a whole request may take.")},
    {"request.transport", QT_TRANSLATE_NOOP("plateau::Cli", "lean judges a server; qnam (Qt's network stack) "
                                                            "for proxies, redirects and HTTP/2.")},
    {"request.http2", QT_TRANSLATE_NOOP("plateau::Cli", "qnam only.")},
    {"prompts", QT_TRANSLATE_NOOP("plateau::Cli", "Sent in place of {{prompt}}, one picked at random per "
                                                  "request; at least one. Or from a file: \"prompt_source\": "
                                                  "{\"file\": \"prompts.csv\", \"order\": \"sequential\"}.")},
    {"health",
     QT_TRANSLATE_NOOP("plateau::Cli", "Before each target's ramp: a health check (a streamed answer "
                                       "that ends in [DONE]), then warm-up requests.")},
    {"health.attempts", QT_TRANSLATE_NOOP("plateau::Cli", "Tries before the target is skipped.")},
    {"health.retry_delay_s", QT_TRANSLATE_NOOP("plateau::Cli", "Seconds between tries.")},
    {"health.timeout_s", QT_TRANSLATE_NOOP("plateau::Cli", "Seconds one try may take.")},
    {"health.warmup_requests", QT_TRANSLATE_NOOP("plateau::Cli", "Requests sent one after another before the "
                                                                 "ramp, not measured.")},
    {"thresholds",
     QT_TRANSLATE_NOOP("plateau::Cli", "Pass/fail gates per target; a failed one makes the run exit 1, e.g.\n"
                                       "[{\"metric\": \"latency_p95_ms\", \"op\": \"<\", \"value\": 2000}]; "
                                       "metrics: %1. \"scope\": \"step\" judges every step, "
                                       "\"abort_on_fail\": true stops the ramp when crossed.")},
    {"saturation", QT_TRANSLATE_NOOP("plateau::Cli", "How the knee (the last step that still scaled) is "
                                                     "found.")},
    {"saturation.flat_fraction",
     QT_TRANSLATE_NOOP("plateau::Cli", "A step that adds less than this share (0 to "
                                       "1) of the linear QPS gain is flat.")},
    {"saturation.p95_limit_ms",
     QT_TRANSLATE_NOOP("plateau::Cli", "Milliseconds; a step whose p95 latency is "
                                       "over it is past the knee (0 = no limit).")},
    {"saturation.error_rate_limit",
     QT_TRANSLATE_NOOP("plateau::Cli", "Share of failed requests (0 to 1) past "
                                       "which a step is past the knee.")},
    {"slo", QT_TRANSLATE_NOOP("plateau::Cli", "What a step must deliver to count as served; the summary's "
                                              "\"max QPS under SLO\" is the best step within all three.")},
    {"slo.latency_p95_ms", QT_TRANSLATE_NOOP("plateau::Cli", "Milliseconds (0 = no limit).")},
    {"slo.ttft_p95_ms", QT_TRANSLATE_NOOP("plateau::Cli", "Milliseconds to the first token (0 = no limit).")},
    {"slo.failure_rate", QT_TRANSLATE_NOOP("plateau::Cli", "Share of failed requests (0 to 1).")},
    {"mock", QT_TRANSLATE_NOOP("plateau::Cli", "The built-in mock agent, when the workbench starts it for "
                                               "this plan; real endpoints ignore this.")},
    {"mock.chunk_count", QT_TRANSLATE_NOOP("plateau::Cli", "Text deltas per answer.")},
    {"mock.chunk_delay_ms", QT_TRANSLATE_NOOP("plateau::Cli", "Milliseconds between deltas.")},
    {"mock.tool_calls", QT_TRANSLATE_NOOP("plateau::Cli", "Tool-call items before the text.")},
    {"mock.max_concurrent", QT_TRANSLATE_NOOP("plateau::Cli", "Answers streamed at once, the rest queue (0 = "
                                                              "unlimited).")},
    {"mock.http429_rate",
     QT_TRANSLATE_NOOP("plateau::Cli", "Shares (0 to 1) of answers that are a 429, a 500, "
                                       "an error mid-stream, a stall.")},
    {"engine", QT_TRANSLATE_NOOP("plateau::Cli", "The load generator: threads = 0 is one per core.")},
};

// Comment lines end by this column, as the code's own do, so the file reads in any editor.
constexpr int kCommentColumns = 110;

// Greedy word wrap: no line longer than `width` unless a single word is.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString noteFor(const QString &path)
{
    for (const Note &n : kNotes) {
        if (path == QLatin1String(n.path)) {
            QString text = QCoreApplication::translate("plateau::Cli", n.text);
            if (path == QLatin1String("thresholds"))
                text = text.arg(thresholdMetricNames().join(QStringLiteral(", ")));
            return text;
        }
    }
    return QString();
}

} // namespace

TestPlan starterPlan()
{
    TestPlan plan; // its profile is the guide's ramp: 300 users, steps of 20 held 30 s, 20 users/s
    plan.name = QStringLiteral("plateau-run");
    // The demo's prompts without its last one, which is there to test body escaping, not to read well.
    plan.prompts = demoPlan(QString()).prompts;
    if (plan.prompts.size() > 1)
        plan.prompts.removeLast();
    return plan;
}

Target starterMockTarget()
{
    Target t;
    t.label = QStringLiteral("mock-local");
    t.url = QStringLiteral("http://127.0.0.1:8765");
    t.computeSize = QStringLiteral("local");
    return t;
}

QByteArray commentedPlanJson(const TestPlan &plan)
{
    // planToJson indents by two spaces per level; a key's path is the keys of the objects around it, array
    // elements left out ("phases.profile.max_users" for a phase's field).
    static const QRegularExpression keyLine(QStringLiteral("^( *)\"([a-z0-9_]+)\": "));
    static const QRegularExpression openLine(QStringLiteral("^( *)[{\\[]"));
    const QStringList lines = QString::fromUtf8(planToJson(plan)).split(QLatin1Char('\n'));
    QString out;
    std::map<int, QString> keyAt; // indent -> the key open there
    QSet<QString> done;           // each path once: the first target's fields, not every target's
    for (const QString &line : lines) {
        const auto m = keyLine.match(line);
        const auto open = openLine.match(line);
        if (open.hasMatch())
            keyAt.erase(keyAt.lower_bound(int(open.capturedLength(1))), keyAt.end());
        if (m.hasMatch()) {
            const int indent = int(m.capturedLength(1));
            const QString key = m.captured(2);
            keyAt.erase(keyAt.lower_bound(indent), keyAt.end());
            QStringList parts;
            for (const auto &[at, k] : keyAt)
                parts << k;
            parts << key;
            keyAt[indent] = key;
            const QString path = parts.join(QLatin1Char('.'));
            const QString note = done.contains(path) ? QString() : noteFor(path);
            if (!note.isEmpty()) {
                done.insert(path);
                for (const QString &part : note.split(QLatin1Char('\n'))) {
                    for (const QString &piece : wrapped(part, kCommentColumns - indent - 3))
                        out += m.captured(1) + QStringLiteral("// ") + piece + QLatin1Char('\n');
                }
            }
        }
        out += line + QLatin1Char('\n');
    }
    out.chop(1); // split() saw the final newline as one more, empty line
    return out.toUtf8();
}

} // namespace plateau
