#pragma once
// <label>/histograms.jsonl of a shard's run folder (docs/architecture.md, "Raw histograms"): one JSON
// object per line, appended while the run goes, so that `plateau merge` can add what several processes
// measured bucket by bucket. The first line names the format and its version:
//
//   {"format": "plateau-histograms", "version": 1, "unit": "us", "sub_bucket_bits": 6}
//   {"kind": "interval", "t_start_s": .., "t_end_s": .., "users": .., "step": .., "phase": .., ..., "set":
//   {..}}
//   {"kind": "step", "step": .., "phase": .., "users": .., "window_start_s": .., ..., "set": {..}}
//   {"kind": "phase", "index": .., "state": "ran", "start_s": .., "end_s": .., ..., "set": {..}}
//   {"kind": "total", "load_s": .., "set": {..}}
//
// "set" is metricSetToJson (core/metrics/metricsetjson.h). A reader takes what it does not know (a newer
// field) as absent, refuses another format or version, and reads a file whose last line was cut (a shard
// killed mid-write) up to its last whole line.

#include "core/metrics/metricset.h"
#include "core/metrics/outcome.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace plateau {

constexpr int kHistogramsFileVersion = 1;

QByteArray histogramsHeaderLine();
QByteArray intervalHistogramsLine(const IntervalSnapshot &s, const MetricSet &interval);
QByteArray stepHistogramsLine(const StepResult &step, const MetricSet &set);
QByteArray phaseHistogramsLine(const PhaseOutcome &phase, const MetricSet &set);
QByteArray totalHistogramsLine(double loadS, const MetricSet &total);

struct HistogramsEntry
{
    enum class Kind
    {
        Interval,
        Step,
        Phase,
        Total,
    };
    Kind kind = Kind::Interval;
    IntervalSnapshot interval; // Interval: time, users, step, phase, offered rate, generator health
    StepResult step;           // Step: number, phase, users, window, offered rate, arrivals, generator
    PhaseOutcome phase;        // Phase: index, state, start/end, started, cancelled, arrivals
    double loadS = 0;          // Total
    std::unique_ptr<MetricSet> set = std::make_unique<MetricSet>();
};

struct HistogramsFileInfo
{
    int lines = 0;         // entries read
    bool cutShort = false; // the last line was incomplete: the writer died mid-line
    bool hasTotal = false; // the target finished (its "total" line is there)
};

// Calls visit for every entry, in file order (the entry is reused: copy what must outlive the call). An
// error names the file, the line and the field.
bool readHistogramsFile(const QString &path, const std::function<void(const HistogramsEntry &)> &visit,
                        HistogramsFileInfo *info, QString *error);

} // namespace plateau
