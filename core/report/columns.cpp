#include "core/report/columns.h"

#include <cmath>

namespace plateau::columns {

namespace {

// One column: how to write it from a value and read it back into one. Integer columns (decimals < 0) are
// written exactly; the loader reads every column as a double (exact up to 2^53, plenty for counts).
template <class T> struct Col
{
    QByteArray name;
    int decimals; // -1: integer
    double (*get)(const T &) = nullptr;
    void (*set)(T &, double) = nullptr;
    int failure = -1; // >= 0: a failure class counter instead of get/set
    bool required = true;
    bool phaseName = false; // the value's phase index, written as the phase's name
};

constexpr int kInt = -1;
constexpr int kMs = 3;
constexpr int kRate = 6;

double failedOf(const FailureCounts &f)
{
    return static_cast<double>(serverFailureCount(f));
}

std::uint64_t toU64(double v)
{
    return v > 0 ? static_cast<std::uint64_t>(std::llround(v)) : 0;
}

// Macros keep the tables readable: one line per column.
#define COL(T, name, dec, expr)                                                                              \
    Col<T>                                                                                                   \
    {                                                                                                        \
        name, dec, [](const T &s) -> double { return static_cast<double>(s.expr); }, [](T &s, double v) {    \
            s.expr = static_cast<decltype(s.expr)>(v);                                                       \
        }                                                                                                    \
    }
#define COLU(T, name, expr)                                                                                  \
    Col<T>                                                                                                   \
    {                                                                                                        \
        name, kInt, [](const T &s) -> double { return static_cast<double>(s.expr); }, [](T &s, double v) {   \
            s.expr = toU64(v);                                                                               \
        }                                                                                                    \
    }

// The phase columns are text (the phase's name), so they are not in the COL form.
template <class T> Col<T> phaseColumn()
{
    Col<T> c{"phase", kInt};
    c.required = false; // older runs have no phases: every row is the first phase
    c.phaseName = true;
    return c;
}

template <class T> void addOptional(std::vector<Col<T>> &cols, std::vector<Col<T>> more)
{
    for (Col<T> &c : more) {
        c.required = false;
        cols.push_back(c);
    }
}

template <class T> void addFailureColumns(std::vector<Col<T>> &cols)
{
    for (FailureClass c : failureColumns()) {
        Col<T> col{QByteArray("fail_") + failureClassKey(c), kInt};
        col.failure = static_cast<int>(c);
        cols.push_back(col);
    }
}

const std::vector<Col<IntervalSnapshot>> &timeseriesCols()
{
    using S = IntervalSnapshot;
    static const std::vector<Col<S>> cols = [] {
        std::vector<Col<S>> c = {
            COL(S, "t_s", kMs, tEndS),
            COL(S, "users", kInt, users),
            COL(S, "step", kInt, step),
            COLU(S, "started", started),
            COLU(S, "completed", completed),
            COLU(S, "ok", ok),
            Col<S>{"failed", kInt, [](const S &s) { return failedOf(s.failures); }, nullptr},
            COLU(S, "cancelled", cancelled),
            COL(S, "qps", kMs, qps),
            COL(S, "qps_ok", kMs, qpsOk),
            COL(S, "latency_p50_ms", kMs, latency.p50Ms),
            COL(S, "latency_p90_ms", kMs, latency.p90Ms),
            COL(S, "latency_p95_ms", kMs, latency.p95Ms),
            COL(S, "latency_p99_ms", kMs, latency.p99Ms),
            COL(S, "latency_max_ms", kMs, latency.maxMs),
            COL(S, "ttft_p50_ms", kMs, ttft.p50Ms),
            COL(S, "ttft_p95_ms", kMs, ttft.p95Ms),
            COL(S, "ttft_p99_ms", kMs, ttft.p99Ms),
            COL(S, "headers_p50_ms", kMs, headers.p50Ms),
            COL(S, "headers_p95_ms", kMs, headers.p95Ms),
            COL(S, "first_event_p50_ms", kMs, firstEvent.p50Ms),
            COL(S, "itl_p50_ms", kMs, itl.p50Ms),
            COL(S, "itl_p95_ms", kMs, itl.p95Ms),
            COL(S, "tpot_p50_ms", kMs, tpot.p50Ms),
            COL(S, "latency_intended_p95_ms", kMs, latencyIntended.p95Ms),
        };
        addFailureColumns(c);
        const std::vector<Col<S>> tail = {
            COL(S, "gen_cpu_pct", kMs, generator.cpuPercent),
            COL(S, "gen_lag_max_ms", kMs, generator.loopLagMaxMs),
            COLU(S, "gen_late", generator.lateDispatches),
            COL(S, "gen_in_flight", kInt, generator.inFlight),
            // Beyond the documented set: what a loader needs to rebuild the snapshot faithfully.
            COL(S, "t_start_s", kMs, tStartS),
            COL(S, "deltas_per_s", kMs, deltasPerS),
            COL(S, "latency_mean_ms", kMs, latency.meanMs),
            COL(S, "ttft_mean_ms", kMs, ttft.meanMs),
            COL(S, "output_tokens_per_s", kMs, outputTokensPerS),
        };
        c.insert(c.end(), tail.begin(), tail.end());
        // The trailing extras are optional for readers: files from other tools (and older runs) may lack
        // them.
        for (size_t i = c.size() - 5; i < c.size(); ++i)
            c[i].required = false;
        // Phases and open loop (plan schema 2): the phase's name, the arrival rate asked for and the
        // arrivals that found no free user.
        addOptional(c, {phaseColumn<S>(), COL(S, "offered_rate", kMs, offeredRate),
                        COLU(S, "gen_dropped", generator.droppedArrivals)});
        return c;
    }();
    return cols;
}

const std::vector<Col<StepResult>> &stepCols()
{
    using S = StepResult;
    static const std::vector<Col<S>> cols = [] {
        std::vector<Col<S>> c = {
            COL(S, "step", kInt, step),
            COL(S, "users", kInt, users),
            COL(S, "window_start_s", kMs, windowStartS),
            COL(S, "window_end_s", kMs, windowEndS),
            COLU(S, "completed", completed),
            COLU(S, "ok", ok),
            Col<S>{"failed", kInt, [](const S &s) { return failedOf(s.failures); }, nullptr},
            COL(S, "qps", kMs, qps),
            COL(S, "qps_ok", kMs, qpsOk),
            COL(S, "failure_rate", kRate, failureRate),
            COL(S, "latency_p50_ms", kMs, latency.p50Ms),
            COL(S, "latency_p90_ms", kMs, latency.p90Ms),
            COL(S, "latency_p95_ms", kMs, latency.p95Ms),
            COL(S, "latency_p99_ms", kMs, latency.p99Ms),
            COL(S, "latency_max_ms", kMs, latency.maxMs),
            COL(S, "ttft_p50_ms", kMs, ttft.p50Ms),
            COL(S, "ttft_p95_ms", kMs, ttft.p95Ms),
            COL(S, "ttft_p99_ms", kMs, ttft.p99Ms),
            COL(S, "headers_p50_ms", kMs, headers.p50Ms),
            COL(S, "headers_p95_ms", kMs, headers.p95Ms),
            COL(S, "itl_p50_ms", kMs, itl.p50Ms),
            COL(S, "tpot_p50_ms", kMs, tpot.p50Ms),
        };
        addFailureColumns(c);
        const std::vector<Col<S>> tail = {
            COL(S, "gen_cpu_pct", kMs, generatorCpuPercent),
            COL(S, "gen_lag_max_ms", kMs, generatorLagMaxMs),
            COL(S, "latency_mean_ms", kMs, latency.meanMs),
            COLU(S, "latency_count", latency.count),
            COL(S, "ttft_mean_ms", kMs, ttft.meanMs),
            COLU(S, "ttft_count", ttft.count),
            COL(S, "first_event_p50_ms", kMs, firstEvent.p50Ms),
            COL(S, "latency_intended_p95_ms", kMs, latencyIntended.p95Ms),
            COL(S, "itl_p95_ms", kMs, itl.p95Ms),
            COL(S, "deltas_per_s", kMs, deltasPerS),
            COL(S, "output_tokens_per_s", kMs, outputTokensPerS),
        };
        c.insert(c.end(), tail.begin(), tail.end());
        for (size_t i = c.size() - 9; i < c.size(); ++i)
            c[i].required = false;
        // Phases and open loop (plan schema 2): the phase's name, the arrival rate the step asked for and
        // its late and dropped arrivals.
        addOptional(c,
                    {phaseColumn<S>(), COL(S, "offered_rate", kMs, offeredRate),
                     COLU(S, "late_arrivals", lateArrivals), COLU(S, "dropped_arrivals", droppedArrivals)});
        return c;
    }();
    return cols;
}

#undef COL
#undef COLU

template <class T> std::vector<QByteArray> headerOf(const std::vector<Col<T>> &cols)
{
    std::vector<QByteArray> h;
    h.reserve(cols.size());
    for (const Col<T> &c : cols)
        h.push_back(c.name);
    return h;
}

template <class T>
void appendRow(QByteArray &out, const std::vector<Col<T>> &cols, const T &value,
               const QStringList &phaseNames)
{
    csv::Row row(out);
    for (const Col<T> &c : cols) {
        if (c.phaseName) {
            row.text(phaseNameOf(phaseNames, value.phase));
        } else if (c.failure >= 0) {
            row.unsignedInteger(value.failures[c.failure]);
        } else if (c.decimals < 0) {
            row.integer(static_cast<std::int64_t>(std::llround(c.get(value))));
        } else {
            row.fixed(c.get(value), c.decimals);
        }
    }
    row.end();
}

template <class T>
bool fromTable(const csv::Table &t, const QString &file, const std::vector<Col<T>> &cols, std::vector<T> *out,
               const QStringList &phaseNames, QString *error)
{
    QStringList seen; // phase names not in phaseNames, numbered after them in the order they appear
    std::vector<int> index(cols.size(), -1);
    for (size_t i = 0; i < cols.size(); ++i) {
        index[i] = t.column(cols[i].name.constData());
        if (index[i] < 0 && cols[i].required) {
            if (error)
                *error = QStringLiteral("%1 line 1: missing column \"%2\"")
                             .arg(file, QString::fromUtf8(cols[i].name));
            return false;
        }
    }
    out->clear();
    out->reserve(t.rows.size());
    for (const csv::Record &rec : t.rows) {
        if (rec.fields.size() != t.header.size()) {
            if (error) {
                *error = QStringLiteral("%1 line %2: %3 fields where the header has %4")
                             .arg(file)
                             .arg(rec.line)
                             .arg(rec.fields.size())
                             .arg(t.header.size());
            }
            return false;
        }
        T value{};
        for (size_t i = 0; i < cols.size(); ++i) {
            if (index[i] < 0)
                continue;
            const QByteArray &field = rec.fields[static_cast<size_t>(index[i])];
            if (field.isEmpty()) // a metric without samples (e.g. no TTFT when every request failed)
                continue;
            if (cols[i].phaseName) {
                value.phase = phaseIndexOf(phaseNames, &seen, QString::fromUtf8(field));
                continue;
            }
            double v = 0;
            if (!csv::parseDouble(field, &v)) {
                if (error) {
                    *error = QStringLiteral("%1 line %2, column %3: \"%4\" is not a number")
                                 .arg(file)
                                 .arg(rec.line)
                                 .arg(QString::fromUtf8(cols[i].name), QString::fromUtf8(field.left(40)));
                }
                return false;
            }
            if (cols[i].failure >= 0)
                value.failures[cols[i].failure] = toU64(v);
            else if (cols[i].set)
                cols[i].set(value, v);
        }
        out->push_back(value);
    }
    return true;
}

} // namespace

QString phaseNameOf(const QStringList &phaseNames, int phase)
{
    return phase >= 0 && phase < phaseNames.size() ? phaseNames.at(phase) : QString::number(phase);
}

int phaseIndexOf(const QStringList &phaseNames, QStringList *seen, const QString &name)
{
    const qsizetype known = phaseNames.indexOf(name);
    if (known >= 0)
        return int(known);
    // A bare number is what a writer without the plan's names wrote.
    bool isNumber = false;
    const int n = name.toInt(&isNumber);
    if (isNumber && n >= 0)
        return n;
    if (!seen->contains(name))
        seen->append(name);
    return int(phaseNames.size() + seen->indexOf(name));
}

std::vector<FailureClass> failureColumns()
{
    std::vector<FailureClass> out;
    for (int c = 0; c < kFailureClassCount; ++c) {
        if (isServerFailure(static_cast<FailureClass>(c)))
            out.push_back(static_cast<FailureClass>(c));
    }
    return out;
}

std::vector<QByteArray> timeseriesHeader()
{
    return headerOf(timeseriesCols());
}

void appendTimeseriesRow(QByteArray &out, const IntervalSnapshot &s, const QStringList &phaseNames)
{
    appendRow(out, timeseriesCols(), s, phaseNames);
}

bool timeseriesFromTable(const csv::Table &t, const QString &file, std::vector<IntervalSnapshot> *out,
                         QString *error, const QStringList &phaseNames)
{
    return fromTable(t, file, timeseriesCols(), out, phaseNames, error);
}

std::vector<QByteArray> stepsHeader()
{
    return headerOf(stepCols());
}

void appendStepRow(QByteArray &out, const StepResult &s, const QStringList &phaseNames)
{
    appendRow(out, stepCols(), s, phaseNames);
}

bool stepsFromTable(const csv::Table &t, const QString &file, std::vector<StepResult> *out, QString *error,
                    const QStringList &phaseNames)
{
    return fromTable(t, file, stepCols(), out, phaseNames, error);
}

} // namespace plateau::columns
