#include "core/report/tagcolumns.h"

#include "core/report/columns.h"

#include <cmath>
#include <map>
#include <utility>

namespace plateau::columns {

namespace {

constexpr int kMs = 3;
constexpr int kRate = 6;

QString tagNameOf(const QStringList &tagNames, int tag)
{
    return tag >= 0 && tag < tagNames.size() ? tagNames.at(tag) : QString::number(tag);
}

// The interval's end in whole milliseconds: what the file's 3 decimals keep of it.
std::int64_t msKey(double s)
{
    return std::llround(s * 1000.0);
}

// A percentile of no samples is no value: an empty field, not 0 (a log-in has no TTFT).
void percentile(csv::Row &row, const Summary &s, double Summary::*field)
{
    if (s.count)
        row.fixed(s.*field, kMs);
    else
        row.empty();
}

} // namespace

std::vector<QByteArray> tagsHeader()
{
    return {"phase",
            "tag",
            "key",
            "completed",
            "ok",
            "failed",
            "failure_rate",
            "qps",
            "qps_ok",
            "latency_p50_ms",
            "latency_p95_ms",
            "latency_p99_ms",
            "ttft_p95_ms",
            "checks_passed",
            "checks_failed",
            "check_rate"};
}

void appendTagRow(QByteArray &out, const QString &phase, const TagOutcome &t)
{
    const StepResult &r = t.total;
    csv::Row row(out);
    row.text(phase).text(t.tag).unsignedInteger(t.key ? 1 : 0);
    row.unsignedInteger(r.completed).unsignedInteger(r.ok).unsignedInteger(serverFailureCount(r.failures));
    row.fixed(r.failureRate, kRate).fixed(r.qps, kMs).fixed(r.qpsOk, kMs);
    percentile(row, r.latency, &Summary::p50Ms);
    percentile(row, r.latency, &Summary::p95Ms);
    percentile(row, r.latency, &Summary::p99Ms);
    percentile(row, r.ttft, &Summary::p95Ms);
    row.unsignedInteger(r.checksPassed).unsignedInteger(r.checksFailed).fixed(t.checkRate(), kRate);
    row.end();
}

std::vector<QByteArray> tagTimeseriesHeader()
{
    // The documented set first; then what a loader needs to rebuild the interval faithfully.
    return {"t_s",
            "phase",
            "tag",
            "completed",
            "ok",
            "failed",
            "qps",
            "latency_p95_ms",
            "ttft_p95_ms",
            "checks_passed",
            "checks_failed",
            "t_start_s",
            "qps_ok",
            "latency_p50_ms",
            "latency_p99_ms",
            "latency_count",
            "ttft_p50_ms",
            "ttft_count"};
}

void appendTagIntervalRow(QByteArray &out, const IntervalSnapshot &s, const TagInterval &t,
                          const QStringList &phaseNames, const QStringList &tagNames)
{
    csv::Row row(out);
    row.fixed(s.tEndS, kMs).text(phaseNameOf(phaseNames, s.phase)).text(tagNameOf(tagNames, t.tag));
    row.unsignedInteger(t.completed).unsignedInteger(t.ok).unsignedInteger(t.failed);
    row.fixed(t.qps, kMs);
    percentile(row, t.latency, &Summary::p95Ms);
    percentile(row, t.ttft, &Summary::p95Ms);
    row.unsignedInteger(t.checksPassed).unsignedInteger(t.checksFailed);
    row.fixed(s.tStartS, kMs).fixed(t.qpsOk, kMs);
    percentile(row, t.latency, &Summary::p50Ms);
    percentile(row, t.latency, &Summary::p99Ms);
    row.unsignedInteger(t.latency.count);
    percentile(row, t.ttft, &Summary::p50Ms);
    row.unsignedInteger(t.ttft.count);
    row.end();
}

bool tagTimeseriesFromTable(const csv::Table &t, const QString &file, std::vector<TagIntervalRow> *out,
                            QString *error, const QStringList &phaseNames, QStringList *tagNames)
{
    const std::vector<QByteArray> names = tagTimeseriesHeader();
    std::map<QByteArray, int> col;
    for (const QByteArray &n : names)
        col[n] = t.column(n.constData());
    for (const char *required : {"t_s", "tag", "completed", "ok", "failed"}) {
        if (col[required] < 0) {
            if (error)
                *error =
                    QStringLiteral("%1 line 1: missing column \"%2\"").arg(file, QLatin1String(required));
            return false;
        }
    }
    QStringList seenPhases;
    out->clear();
    out->reserve(t.rows.size());
    for (const csv::Record &rec : t.rows) {
        if (rec.fields.size() != t.header.size()) {
            if (error)
                *error = QStringLiteral("%1 line %2: %3 fields where the header has %4")
                             .arg(file)
                             .arg(rec.line)
                             .arg(rec.fields.size())
                             .arg(t.header.size());
            return false;
        }
        bool ok = true;
        auto field = [&](const char *name) -> const QByteArray * {
            const int i = col[name];
            return i >= 0 ? &rec.fields[static_cast<std::size_t>(i)] : nullptr;
        };
        auto number = [&](const char *name, double *v) {
            const QByteArray *f = field(name);
            if (!ok || !f || f->isEmpty()) // absent, or a metric without samples
                return;
            if (!csv::parseDouble(*f, v)) {
                ok = false;
                if (error)
                    *error = QStringLiteral("%1 line %2, column %3: \"%4\" is not a number")
                                 .arg(file)
                                 .arg(rec.line)
                                 .arg(QLatin1String(name), QString::fromUtf8(f->left(40)));
            }
        };
        auto count = [&](const char *name, std::uint64_t *v) {
            double d = 0;
            number(name, &d);
            *v = d > 0 ? static_cast<std::uint64_t>(std::llround(d)) : 0;
        };
        TagIntervalRow r;
        number("t_s", &r.tEndS);
        number("t_start_s", &r.tStartS);
        if (const QByteArray *ph = field("phase"); ph && !ph->isEmpty())
            r.phase = phaseIndexOf(phaseNames, &seenPhases, QString::fromUtf8(*ph));
        const QString tag = QString::fromUtf8(*field("tag"));
        qsizetype idx = tagNames->indexOf(tag);
        if (idx < 0) {
            tagNames->append(tag);
            idx = tagNames->size() - 1;
        }
        r.value.tag = int(idx);
        count("completed", &r.value.completed);
        count("ok", &r.value.ok);
        count("failed", &r.value.failed);
        count("checks_passed", &r.value.checksPassed);
        count("checks_failed", &r.value.checksFailed);
        number("qps", &r.value.qps);
        number("qps_ok", &r.value.qpsOk);
        number("latency_p50_ms", &r.value.latency.p50Ms);
        number("latency_p95_ms", &r.value.latency.p95Ms);
        number("latency_p99_ms", &r.value.latency.p99Ms);
        count("latency_count", &r.value.latency.count);
        number("ttft_p50_ms", &r.value.ttft.p50Ms);
        number("ttft_p95_ms", &r.value.ttft.p95Ms);
        count("ttft_count", &r.value.ttft.count);
        if (!ok)
            return false;
        out->push_back(r);
    }
    return true;
}

std::size_t attachTagIntervals(std::vector<IntervalSnapshot> &snapshots,
                               const std::vector<TagIntervalRow> &rows)
{
    std::map<std::pair<int, std::int64_t>, std::size_t> byEnd;
    for (std::size_t i = 0; i < snapshots.size(); ++i)
        byEnd.emplace(std::make_pair(snapshots[i].phase, msKey(snapshots[i].tEndS)), i);
    std::size_t attached = 0;
    for (const TagIntervalRow &r : rows) {
        const auto it = byEnd.find(std::make_pair(r.phase, msKey(r.tEndS)));
        if (it == byEnd.end())
            continue;
        snapshots[it->second].tags.push_back(r.value);
        ++attached;
    }
    return attached;
}

} // namespace plateau::columns
