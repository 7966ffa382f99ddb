#pragma once
// What each metric means, stated once. The GUI's tooltips (ui/metricdefs), the dashboard's definitions
// and column titles (core/report) and the README's "Metrics" section are all produced from this table,
// so the three cannot drift apart; a test fails when README.md no longer matches
// metricDefinitionsMarkdown(). See docs/architecture.md for where the metrics are computed.
//
// The table holds untranslated source text. Names, units and definitions are marked for lupdate in the
// "MetricDefinitions" context: the GUI asks for them translated, the dashboard and the README take the
// English source (the dashboard is English on every machine).

#include <QString>
#include <cstddef>

namespace plateau {

enum class MetricId
{
    Latency,
    TimeToHeaders,
    Ttft,
    TimeToFirstEvent,
    Itl,
    Tpot,
    OutputTokensPerS,
    StepQps,
    StepQpsOk,
    FailureRate,
    LatencyIntended,
    Peak,
    Knee,
    MaxQpsUnderSlo,
    GeneratorBound,
    Percentiles,
};
constexpr std::size_t kMetricIdCount = 16;

struct MetricDefinition
{
    MetricId id;
    // Stable lowercase id; the prefix the CSV columns and threshold names use (latency -> latency_p95_ms,
    // headers -> headers_p95_ms, failure_rate). Never translated.
    const char *key;
    const char *name;       // "TTFT", "QPS of a step": English source text
    const char *unit;       // "ms", "requests/s", ...; empty for concepts that have no value of their own
    const char *definition; // one or two sentences, no markup: they are shown as plain text everywhere
};

// Every metric in the order the definitions are listed (README, dashboard, the GUI's definitions dialog).
const MetricDefinition *metricDefinitions(std::size_t *count);
const MetricDefinition &metricDefinition(MetricId id);
// nullptr for an unknown key.
const MetricDefinition *findMetricDefinition(const QString &key);

enum class DefinitionText
{
    English,    // the source text: dashboard, README, files
    Translated, // QCoreApplication::translate("MetricDefinitions", ...): the GUI
};

QString metricName(MetricId id, DefinitionText text = DefinitionText::Translated);
QString metricUnit(MetricId id, DefinitionText text = DefinitionText::Translated);
QString metricDefinitionText(MetricId id, DefinitionText text = DefinitionText::Translated);
// "Latency (ms): Actual send → …": one line for a tooltip.
QString metricSentence(MetricId id, DefinitionText text = DefinitionText::Translated);

// The README's "## Metrics (as defined everywhere in Plateau)" section, heading included, as Markdown:
// one bullet per metric, wrapped at kReadmeWidth columns.
QString metricDefinitionsMarkdown();
constexpr int kReadmeWidth = 110;

} // namespace plateau
