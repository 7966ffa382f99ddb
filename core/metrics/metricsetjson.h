#pragma once
// A MetricSet as JSON, losslessly: every count, and every histogram as its non-empty buckets with the exact
// count, min, max and sum (docs/architecture.md, "Raw histograms"). What a shard's run folder keeps so that
// `plateau merge` adds bucket to bucket what separate processes measured.

#include "core/metrics/metricset.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace plateau {

// The bucket layout the serialization assumes (Histogram's): a reader refuses another.
constexpr int kHistogramFormatSubBucketBits = Histogram::kSubBucketBits;

nlohmann::json histogramToJson(const Histogram &h);
nlohmann::json metricSetToJson(const MetricSet &m);

// Reads what metricSetToJson wrote into *out (reset first). Hostile input is refused, never trusted: a
// bucket index out of range, a count that does not add up, a negative or non-integer value; the error names
// the field ("latency.buckets[3]: ...").
bool metricSetFromJson(const nlohmann::json &j, MetricSet *out, QString *error);
bool histogramFromJson(const nlohmann::json &j, Histogram *out, QString *error);

} // namespace plateau
