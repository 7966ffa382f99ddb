#include "core/report/histogramsfile.h"

#include "core/metrics/metricsetjson.h"
#include "core/report/jsonutil.h"
#include "core/report/runsummary.h"

#include <QFile>
#include <cmath>

namespace plateau {

namespace {

using json = nlohmann::json;

QByteArray line(const json &j)
{
    return QByteArray::fromStdString(j.dump(-1, ' ', false, json::error_handler_t::replace)) + '\n';
}

json finite(double v)
{
    return std::isfinite(v) ? json(v) : json(nullptr);
}

} // namespace

QByteArray histogramsHeaderLine()
{
    return line({{"format", "plateau-histograms"},
                 {"version", kHistogramsFileVersion},
                 {"unit", "us"},
                 {"sub_bucket_bits", Histogram::kSubBucketBits}});
}

QByteArray intervalHistogramsLine(const IntervalSnapshot &s, const MetricSet &interval)
{
    return line({{"kind", "interval"},
                 {"t_start_s", finite(s.tStartS)},
                 {"t_end_s", finite(s.tEndS)},
                 {"users", s.users},
                 {"step", s.step},
                 {"phase", s.phase},
                 {"offered_rate", finite(s.offeredRate)},
                 {"generator_cpu_percent", finite(s.generator.cpuPercent)},
                 {"generator_lag_max_ms", finite(s.generator.loopLagMaxMs)},
                 {"late_dispatches", s.generator.lateDispatches},
                 {"dropped_arrivals", s.generator.droppedArrivals},
                 {"in_flight", s.generator.inFlight},
                 {"set", metricSetToJson(interval)}});
}

QByteArray stepHistogramsLine(const StepResult &step, const MetricSet &set)
{
    return line({{"kind", "step"},
                 {"step", step.step},
                 {"phase", step.phase},
                 {"users", step.users},
                 {"offered_rate", finite(step.offeredRate)},
                 {"late_arrivals", step.lateArrivals},
                 {"dropped_arrivals", step.droppedArrivals},
                 {"window_start_s", finite(step.windowStartS)},
                 {"window_end_s", finite(step.windowEndS)},
                 {"generator_cpu_percent", finite(step.generatorCpuPercent)},
                 {"generator_lag_max_ms", finite(step.generatorLagMaxMs)},
                 {"set", metricSetToJson(set)}});
}

QByteArray phaseHistogramsLine(const PhaseOutcome &phase, const MetricSet &set)
{
    return line({{"kind", "phase"},
                 {"index", phase.index},
                 {"state", phaseStateKey(phase.state).toStdString()},
                 {"start_s", finite(phase.startS)},
                 {"end_s", finite(phase.endS)},
                 {"started", phase.started},
                 {"cancelled", phase.cancelled},
                 {"late_arrivals", phase.lateArrivals},
                 {"dropped_arrivals", phase.droppedArrivals},
                 {"set", metricSetToJson(set)}});
}

QByteArray totalHistogramsLine(double loadS, const MetricSet &total)
{
    return line({{"kind", "total"}, {"load_s", finite(loadS)}, {"set", metricSetToJson(total)}});
}

namespace {

bool readEntry(const json &j, HistogramsEntry *e, QString *error)
{
    jsonutil::Reader r;
    QString kind;
    if (!r.str(j, "kind", &kind))
        r.failAt("kind", QStringLiteral("missing"));
    if (kind == QLatin1String("interval")) {
        e->kind = HistogramsEntry::Kind::Interval;
        IntervalSnapshot &s = e->interval;
        s = IntervalSnapshot{};
        r.real(j, "t_start_s", &s.tStartS);
        r.real(j, "t_end_s", &s.tEndS);
        r.integer(j, "users", &s.users);
        r.integer(j, "step", &s.step);
        r.integer(j, "phase", &s.phase);
        r.real(j, "offered_rate", &s.offeredRate);
        r.real(j, "generator_cpu_percent", &s.generator.cpuPercent);
        r.real(j, "generator_lag_max_ms", &s.generator.loopLagMaxMs);
        r.u64(j, "late_dispatches", &s.generator.lateDispatches);
        r.u64(j, "dropped_arrivals", &s.generator.droppedArrivals);
        r.integer(j, "in_flight", &s.generator.inFlight);
    } else if (kind == QLatin1String("step")) {
        e->kind = HistogramsEntry::Kind::Step;
        StepResult &s = e->step;
        s = StepResult{};
        r.integer(j, "step", &s.step);
        r.integer(j, "phase", &s.phase);
        r.integer(j, "users", &s.users);
        r.real(j, "offered_rate", &s.offeredRate);
        r.u64(j, "late_arrivals", &s.lateArrivals);
        r.u64(j, "dropped_arrivals", &s.droppedArrivals);
        r.real(j, "window_start_s", &s.windowStartS);
        r.real(j, "window_end_s", &s.windowEndS);
        r.real(j, "generator_cpu_percent", &s.generatorCpuPercent);
        r.real(j, "generator_lag_max_ms", &s.generatorLagMaxMs);
    } else if (kind == QLatin1String("phase")) {
        e->kind = HistogramsEntry::Kind::Phase;
        PhaseOutcome &p = e->phase;
        p = PhaseOutcome{};
        QString state;
        r.integer(j, "index", &p.index);
        if (r.str(j, "state", &state) && !phaseStateFromKey(state, &p.state))
            r.failAt("state", QStringLiteral("unknown phase state \"%1\"").arg(state.left(40)));
        r.real(j, "start_s", &p.startS);
        r.real(j, "end_s", &p.endS);
        r.u64(j, "started", &p.started);
        r.u64(j, "cancelled", &p.cancelled);
        r.u64(j, "late_arrivals", &p.lateArrivals);
        r.u64(j, "dropped_arrivals", &p.droppedArrivals);
    } else if (kind == QLatin1String("total")) {
        e->kind = HistogramsEntry::Kind::Total;
        e->loadS = 0;
        r.real(j, "load_s", &e->loadS);
    } else if (r.ok()) {
        r.failAt("kind",
                 QStringLiteral("unknown kind \"%1\" (interval, step, phase or total)").arg(kind.left(40)));
    }
    if (!r.ok()) {
        *error = r.error();
        return false;
    }
    const auto set = j.find("set");
    if (set == j.end()) {
        *error = QStringLiteral("set: missing");
        return false;
    }
    QString e2;
    if (!metricSetFromJson(*set, e->set.get(), &e2)) {
        *error = QStringLiteral("set.") + e2;
        return false;
    }
    // Indices pick the bucket an entry is merged into: refuse what no run writes, rather than allocate.
    const int step = e->kind == HistogramsEntry::Kind::Step ? e->step.step : e->interval.step;
    const int phase = e->kind == HistogramsEntry::Kind::Phase  ? e->phase.index
                      : e->kind == HistogramsEntry::Kind::Step ? e->step.phase
                                                               : e->interval.phase;
    if (step < 0 || step > 100000 || phase < 0 || phase > 1000) {
        *error = QStringLiteral("step or phase index out of range (step %1, phase %2)").arg(step).arg(phase);
        return false;
    }
    return true;
}

} // namespace

bool readHistogramsFile(const QString &path, const std::function<void(const HistogramsEntry &)> &visit,
                        HistogramsFileInfo *info, QString *error)
{
    HistogramsFileInfo local;
    HistogramsFileInfo &inf = info ? *info : local;
    inf = HistogramsFileInfo{};
    auto fail = [&](int lineNo, const QString &what) {
        if (error)
            *error = lineNo > 0 ? QStringLiteral("%1, line %2: %3").arg(path).arg(lineNo).arg(what)
                                : QStringLiteral("%1: %2").arg(path, what);
        return false;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(0, QStringLiteral("cannot read it: %1").arg(f.errorString()));
    HistogramsEntry entry;
    int lineNo = 0;
    // A line holds one MetricSet (9 histograms of at most 3712 buckets): well under this bound.
    constexpr qint64 kMaxLine = 8 * 1024 * 1024;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine(kMaxLine);
        ++lineNo;
        if (!raw.endsWith('\n')) {
            if (raw.size() >= kMaxLine - 1)
                return fail(lineNo, QStringLiteral("longer than %1 bytes").arg(kMaxLine));
            inf.cutShort = true; // the last line of a shard that died while writing it
            break;
        }
        json j;
        QString err;
        if (!jsonutil::parse(raw, &j, &err))
            return fail(lineNo, err);
        if (lineNo == 1) {
            auto field = [&j](const char *key) {
                const auto it = j.is_object() ? j.find(key) : j.end();
                return it != j.end() ? *it : json();
            };
            if (field("format") != "plateau-histograms")
                return fail(lineNo, QStringLiteral("not a Plateau histograms file (its first line names "
                                                   "\"format\": \"plateau-histograms\")"));
            const json version = field("version");
            if (version != kHistogramsFileVersion)
                return fail(lineNo, QStringLiteral("version %1; this Plateau reads version %2: merge with "
                                                   "the version the shards ran")
                                        .arg(QString::fromStdString(version.dump()).left(20))
                                        .arg(kHistogramsFileVersion));
            if (field("sub_bucket_bits") != Histogram::kSubBucketBits || field("unit") != "us")
                return fail(lineNo, QStringLiteral("another histogram layout (unit or sub_bucket_bits)"));
            continue;
        }
        if (!j.is_object())
            return fail(lineNo, QStringLiteral("not a JSON object"));
        if (!readEntry(j, &entry, &err))
            return fail(lineNo, err);
        ++inf.lines;
        if (entry.kind == HistogramsEntry::Kind::Total)
            inf.hasTotal = true;
        visit(entry);
    }
    if (lineNo == 0)
        return fail(0, QStringLiteral("empty"));
    return true;
}

} // namespace plateau
