#include "core/metrics/metricdefinitions.h"

#include <QCoreApplication>
#include <QStringList>

namespace plateau {

namespace {

// The order is the order of every list of definitions. Wording: the definition must make sense after
// "Name (unit): ", as a dashboard <dd> and as a Markdown bullet, so it holds no markup and starts with a
// capital letter.
const MetricDefinition kDefinitions[] = {
    {MetricId::Latency, "latency", QT_TRANSLATE_NOOP("MetricDefinitions", "Latency"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Actual send → end of the stream (data: [DONE], or the body's end), per successful "
         "request. Time to headers is reported apart; Plateau's Locust-compatible CSV files use "
         "this latency as their response time.")},
    {MetricId::TimeToHeaders, "headers", QT_TRANSLATE_NOOP("MetricDefinitions", "Time to headers"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Send → response headers complete. Locust-based scripts report only this and call it "
                       "latency; for a streaming agent it says little about what users wait for.")},
    {MetricId::Ttft, "ttft", QT_TRANSLATE_NOOP("MetricDefinitions", "TTFT"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Time to first token: send → the first text delta (an answer token); tool-call and "
                       "other events do not count. Time to first event is reported apart.")},
    {MetricId::TimeToFirstEvent, "first_event", QT_TRANSLATE_NOOP("MetricDefinitions", "Time to first event"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Send → the first SSE event of any kind, reported apart from TTFT.")},
    {MetricId::Itl, "itl", QT_TRANSLATE_NOOP("MetricDefinitions", "ITL"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Inter-token latency, per request: (last delta − first delta) / (deltas − 1).")},
    {MetricId::Tpot, "tpot", QT_TRANSLATE_NOOP("MetricDefinitions", "TPOT"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Time per output token, per request: (latency − TTFT) / (deltas − 1).")},
    {MetricId::OutputTokensPerS, "output_tokens", QT_TRANSLATE_NOOP("MetricDefinitions", "Output tokens/s"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "tokens/s"),
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Output tokens of the requests that ended in a window, from the server's usage report, divided by "
         "the window's length. When the server reports no usage, text deltas per second are shown instead "
         "and labelled deltas/s (a delta may hold several tokens).")},
    {MetricId::StepQps, "qps", QT_TRANSLATE_NOOP("MetricDefinitions", "QPS of a step"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "requests/s"),
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Requests completed inside the step's window (after the settle period), divided by the "
         "window's length. A TTFT sample is never counted as a request.")},
    {MetricId::StepQpsOk, "qps_ok", QT_TRANSLATE_NOOP("MetricDefinitions", "QPS ok"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "requests/s"),
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "Like QPS, counting only the requests that succeeded (failures excluded). Requests "
                       "cancelled at the end of a test are neither ok nor failed.")},
    {MetricId::FailureRate, "failure_rate", QT_TRANSLATE_NOOP("MetricDefinitions", "Failure rate"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "ratio"),
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Failed / completed requests, shown as a percentage (thresholds take the ratio: 0.15 is "
         "15 %). Requests cancelled at the end of a test are not failures. Each failure class "
         "(connect, TLS, HTTP status, 429, redirect, auth, content type, no [DONE], no text "
         "delta, mid-stream error, protocol, stall and total timeout) is counted apart.")},
    {MetricId::LatencyIntended, "latency_intended",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Latency from intended send"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Open-loop profiles: intended send time → end of the stream, which includes any queueing "
         "in the generator (coordinated omission).")},
    {MetricId::Peak, "peak", QT_TRANSLATE_NOOP("MetricDefinitions", "Peak"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "requests/s"),
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "The step with the highest QPS ok: its QPS ok (peak QPS ok) and the number of concurrent "
         "users it ran with (users at peak).")},
    {MetricId::Knee, "knee", QT_TRANSLATE_NOOP("MetricDefinitions", "Knee"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "users"),
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "The last step that still scaled: after it, added users raised QPS by less than the set "
         "fraction of the linear expectation, or latency p95 or the failure rate crossed its "
         "limit (one noisy step is not a knee). When the first step is already over a limit, "
         "the knee is that step.")},
    {MetricId::MaxQpsUnderSlo, "max_qps_under_slo",
     QT_TRANSLATE_NOOP("MetricDefinitions", "Max QPS under SLO"),
     QT_TRANSLATE_NOOP("MetricDefinitions", "requests/s"),
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "The highest QPS ok of a step whose latency p95, TTFT p95 and failure rate all stayed within the "
         "plan's SLO, and the users it ran with: the load the endpoint can promise, where the peak is only "
         "what it survived. When no step met the SLO, that is said instead.")},
    {MetricId::GeneratorBound, "generator_bound", QT_TRANSLATE_NOOP("MetricDefinitions", "Generator bound"),
     "",
     QT_TRANSLATE_NOOP("MetricDefinitions",
                       "The load generator itself ran out of CPU or its event loop lagged: the numbers are a "
                       "floor for the server, not its limit.")},
    {MetricId::Percentiles, "percentiles", QT_TRANSLATE_NOOP("MetricDefinitions", "Percentiles"), "",
     QT_TRANSLATE_NOOP(
         "MetricDefinitions",
         "Real percentiles from log-linear histograms (within 1 % relative error), merged across "
         "worker threads; not Locust's rounded ones. Timings count successful requests only; "
         "whole-target values cover every step of the ramp.")},
};
static_assert(sizeof(kDefinitions) / sizeof(kDefinitions[0]) == kMetricIdCount,
              "one definition per MetricId");

QString text(const char *source, DefinitionText t)
{
    if (!source || !*source)
        return QString();
    return t == DefinitionText::Translated ? QCoreApplication::translate("MetricDefinitions", source)
                                           : QString::fromUtf8(source);
}

// A wrapped line must not start with what Markdown reads as a new block inside a list item.
bool startsBlock(const QString &word)
{
    if (word.isEmpty())
        return false;
    static const QString kMarkers = QStringLiteral("-+*#>|=");
    if (kMarkers.contains(word.front()))
        return true;
    int digits = 0;
    while (digits < word.size() && word[digits].isDigit())
        ++digits;
    return digits > 0 && digits == word.size() - 1 && (word.back() == u'.' || word.back() == u')');
}

// Appends text word-wrapped at kReadmeWidth: the first line after `first` ("- " for a bullet), the others
// after `next` (the indent that keeps them in the bullet).
void wrap(QStringList &lines, const QString &text, const QString &first, const QString &next)
{
    QString line = first;
    bool hasWord = false;
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
        if (hasWord && line.size() + 1 + w.size() > kReadmeWidth && !startsBlock(w)) {
            lines.append(line);
            line = next;
            hasWord = false;
        }
        if (hasWord)
            line += u' ';
        line += w;
        hasWord = true;
    }
    lines.append(line);
}

} // namespace

const MetricDefinition *metricDefinitions(std::size_t *count)
{
    if (count)
        *count = kMetricIdCount;
    return kDefinitions;
}

const MetricDefinition &metricDefinition(MetricId id)
{
    // The table is in enum order (checked by the tests), so the id is the index.
    return kDefinitions[static_cast<std::size_t>(id)];
}

const MetricDefinition *findMetricDefinition(const QString &key)
{
    for (const MetricDefinition &d : kDefinitions) {
        if (key == QLatin1String(d.key))
            return &d;
    }
    return nullptr;
}

QString metricName(MetricId id, DefinitionText t)
{
    return text(metricDefinition(id).name, t);
}

QString metricUnit(MetricId id, DefinitionText t)
{
    return text(metricDefinition(id).unit, t);
}

QString metricDefinitionText(MetricId id, DefinitionText t)
{
    return text(metricDefinition(id).definition, t);
}

QString metricSentence(MetricId id, DefinitionText t)
{
    const QString unit = metricUnit(id, t);
    return metricName(id, t) + (unit.isEmpty() ? QString() : QStringLiteral(" (") + unit + u')') +
           QStringLiteral(": ") + metricDefinitionText(id, t);
}

QString metricDefinitionsMarkdown()
{
    QStringList lines = {
        QStringLiteral("## Metrics (as defined everywhere in Plateau)"),
        QString(),
    };
    wrap(
        lines,
        QStringLiteral("The GUI's tooltips, the dashboard and this list state the same definitions, from one "
                       "table: `core/metrics/metricdefinitions.cpp` (a test fails when this section differs "
                       "from it)."),
        QString(), QString());
    lines.append(QString());
    for (const MetricDefinition &d : kDefinitions) {
        const QString unit = text(d.unit, DefinitionText::English);
        wrap(lines,
             QStringLiteral("**") + text(d.name, DefinitionText::English) + QStringLiteral("**") +
                 (unit.isEmpty() ? QString() : QStringLiteral(" (") + unit + u')') + QStringLiteral(": ") +
                 text(d.definition, DefinitionText::English),
             QStringLiteral("- "), QStringLiteral("  "));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace plateau
