#pragma once
// Plan <-> JSON ("schema": 1). Loading never throws: every problem comes back with its JSON path.

#include "core/plan/testplan.h"

#include <QByteArray>
#include <QStringView>
#include <optional>
#include <vector>

namespace plateau {

struct PlanIssue
{
    QString path;    // JSON path, e.g. "targets[2].url"; "" for the document itself
    QString message; // e.g. "not an http(s) URL"
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

struct PlanLoadResult
{
    std::optional<TestPlan> plan; // set when the document could be read (it may still have issues)
    std::vector<PlanIssue> issues;
    bool ok() const { return plan.has_value() && issues.empty(); }
};

constexpr qint64 kMaxPlanBytes = 16 * 1024 * 1024;

// Reading reports only problems with the document itself: syntax (with its byte offset), wrong types and
// unrepresentable numbers (with their JSON path), a newer schema, size, and unknown fields at any level
// ("profile.max_user: unknown field — did you mean max_users?"; at most 50 of them, then a count), so a
// typo never runs as the default. // and /* */ comments are allowed. Missing keys keep TestPlan's
// defaults, except what is derived from other keys: a target without a label is named from its URL (and
// takes the compute size and workers its host names, unless given), and an absent settle_s is auto (see
// LoadProfile::effectiveSettleS). Whether the plan makes sense to run is validatePlan's job, so a
// half-edited plan still loads. Inputs over kMaxPlanBytes are refused without being parsed.
PlanLoadResult planFromJson(const QByteArray &json);
// Checks the file size before reading a byte; never reads more than kMaxPlanBytes + 1.
PlanLoadResult loadPlanFile(const QString &path);
// Deterministic, 2-space indented, keys in a fixed order, ends with a newline: a saved file loads and saves
// back byte for byte. It writes no comments (those of a loaded file are not kept) and leaves settle_s out
// while it is auto.
QByteArray planToJson(const TestPlan &plan);
// Atomic save (fileio::writeAtomic): a crash or a full disk never leaves half a plan.
bool savePlanFile(const TestPlan &plan, const QString &path, QString *error = nullptr);

// Every semantic problem at once, each with the JSON path of the field (e.g. "targets[2].url").
std::vector<PlanIssue> validatePlan(const TestPlan &plan);
// The journey's and the environment guard's part of it (core/plan/journeyvalidate.cpp).
std::vector<PlanIssue> validateJourney(const Journey &journey, const EnvironmentGuard &guard);

// The demo plan: one target on the built-in mock agent at baseUrl, a short ramp.
TestPlan demoPlan(const QString &baseUrl);

// The request body for one request: every {{prompt}} and {{session}} in bodyTemplate is replaced by the
// text JSON-string-escaped (the placeholder sits inside a JSON string literal): " and \ are escaped, control
// characters become \n \r \t \b \f or \u00XX, everything else stays UTF-8 (a lone surrogate becomes
// U+FFFD). Other {{...}} text is copied as is. No JSON DOM: cheap enough to call per request.
QByteArray renderRequestBody(const QString &bodyTemplate, const QString &prompt, const QString &sessionId);
// Same, into a caller-owned buffer: replaces out's content and keeps its capacity, so a worker that renders
// into the same buffer each request allocates nothing once the buffer has grown.
void renderRequestBodyInto(QByteArray &out, QStringView bodyTemplate, QStringView prompt,
                           QStringView sessionId);

} // namespace plateau
