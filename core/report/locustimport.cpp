// Locust --csv output -> LoadedRun, so past Locust results sit on the same charts as Plateau runs.
#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"
#include "core/report/csv.h"
#include "core/report/runloader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace plateau {

namespace {

const char kStatsSuffix[] = "_stats.csv";
const char kHistorySuffix[] = "_stats_history.csv";
constexpr int kMinStepPoints = 3; // shorter user-count plateaus are the spawn ramp between two steps

// Where Locust files have no failure classes, the failures are counted under this one.
constexpr FailureClass kLocustFailureClass = FailureClass::HttpStatus;

enum class RowKind
{
    Request,
    Ttft,
    Aggregated
};

RowKind kindOf(const QByteArray &type, const QByteArray &name)
{
    if (name == "Aggregated" || name == "Total")
        return RowKind::Aggregated;
    const QByteArray t = type.toLower(), n = name.toLower();
    if (t.contains("ttft") || n.contains("ttft") || n.contains("first token") || n.contains("time to first"))
        return RowKind::Ttft;
    return RowKind::Request;
}

// Reads a table; cells are looked up by column name, "N/A" and "" read as absent.
class Sheet
{
public:
    bool load(const QString &path, const QString &shown, QString *error)
    {
        m_shown = shown;
        if (!csv::readFile(path, shown, &m_table, error))
            return false;
        for (const csv::Record &r : m_table.rows) {
            if (r.fields.size() != m_table.header.size()) {
                if (error)
                    *error = QStringLiteral("%1 line %2: %3 fields where the header has %4")
                                 .arg(shown)
                                 .arg(r.line)
                                 .arg(r.fields.size())
                                 .arg(m_table.header.size());
                return false;
            }
        }
        return true;
    }
    bool require(const char *const *names, size_t n, QString *error) const
    {
        for (size_t i = 0; i < n; ++i) {
            if (m_table.column(names[i]) < 0) {
                if (error)
                    *error = QStringLiteral("%1 line 1: missing column \"%2\" (not a Locust 2.x CSV?)")
                                 .arg(m_shown, QString::fromLatin1(names[i]));
                return false;
            }
        }
        return true;
    }
    const std::vector<csv::Record> &rows() const { return m_table.rows; }
    QByteArray text(const csv::Record &r, const char *col) const
    {
        const int i = m_table.column(col);
        return i < 0 ? QByteArray() : r.fields[static_cast<size_t>(i)];
    }
    // false for a missing column, "", "N/A"; an error for anything else that is not a number.
    bool number(const csv::Record &r, const char *col, double *out, QString *error) const
    {
        const QByteArray f = text(r, col);
        if (f.isEmpty() || f == "N/A")
            return false;
        if (!csv::parseDouble(f, out)) {
            if (error && error->isEmpty())
                *error = QStringLiteral("%1 line %2, column %3: \"%4\" is not a number")
                             .arg(m_shown)
                             .arg(r.line)
                             .arg(QString::fromLatin1(col), QString::fromUtf8(f.left(40)));
            return false;
        }
        return true;
    }
    QByteArray typeOf(const csv::Record &r) const
    {
        return m_table.column("Type") >= 0 ? text(r, "Type") : text(r, "Method");
    }

private:
    csv::Table m_table;
    QString m_shown;
};

// Percentile columns of a stats or history row into a Summary (ms).
void readSummary(const Sheet &s, const csv::Record &r, bool history, Summary *out, QString *err)
{
    double v = 0;
    if (s.number(r, "50%", &v, err))
        out->p50Ms = v;
    else if (!history && s.number(r, "Median Response Time", &v, err))
        out->p50Ms = v;
    if (s.number(r, "90%", &v, err))
        out->p90Ms = v;
    if (s.number(r, "95%", &v, err))
        out->p95Ms = v;
    if (s.number(r, "99%", &v, err))
        out->p99Ms = v;
    if (s.number(r, "100%", &v, err))
        out->maxMs = v;
    else if (s.number(r, history ? "Total Max Response Time" : "Max Response Time", &v, err))
        out->maxMs = v;
    if (s.number(r, history ? "Total Average Response Time" : "Average Response Time", &v, err))
        out->meanMs = v;
}

struct Point
{
    double t = 0;
    int users = 0;
    double rps = 0, fps = 0;
    double total = 0, totalFailed = 0;
    Summary latency, ttft;
    bool hasLatency = false, hasTtft = false;
};

QString computeSizeFromLabel(const QString &label)
{
    const QString l = label.toLower();
    for (const char *size : {"xlarge", "large", "medium", "small"}) {
        if (l.contains(QLatin1String(size)))
            return QString::fromLatin1(size);
    }
    return QString();
}

std::uint64_t toCount(double v)
{
    return v > 0 ? static_cast<std::uint64_t>(std::llround(v)) : 0;
}

bool importTarget(const QString &statsPath, const QString &label, int index, LoadedTarget *out,
                  QStringList *warnings, QString *error)
{
    const QString shownStats = label + QLatin1Char('/') + QFileInfo(statsPath).fileName();
    Sheet stats;
    if (!stats.load(statsPath, shownStats, error))
        return false;
    static const char *const kStatsCols[] = {"Name", "Request Count", "Failure Count"};
    if (!stats.require(kStatsCols, std::size(kStatsCols), error))
        return false;

    TargetSummary &ts = out->summary;
    ts.index = index;
    ts.label = label;
    ts.computeSize = computeSizeFromLabel(label);
    ts.status = QStringLiteral("completed");
    ts.authMethod = QStringLiteral("unknown");
    QString err;
    double requests = 0, failures = 0, aggregatedRequests = 0, best = -1;
    bool haveRequestRows = false;
    const csv::Record *aggregated = nullptr;
    for (const csv::Record &r : stats.rows()) {
        const RowKind kind = kindOf(stats.typeOf(r), stats.text(r, "Name"));
        double n = 0, f = 0;
        stats.number(r, "Request Count", &n, &err);
        stats.number(r, "Failure Count", &f, &err);
        if (kind == RowKind::Aggregated) {
            aggregated = &r;
            aggregatedRequests = n;
        } else if (kind == RowKind::Ttft) {
            readSummary(stats, r, false, &ts.ttft, &err);
            ts.ttft.count = toCount(n);
        } else {
            haveRequestRows = true;
            requests += n;
            failures += f;
            if (n > best) { // the busiest request type gives the latency distribution
                best = n;
                ts.latency = Summary();
                readSummary(stats, r, false, &ts.latency, &err);
            }
        }
    }
    if (!haveRequestRows && aggregated) {
        stats.number(*aggregated, "Request Count", &requests, &err);
        stats.number(*aggregated, "Failure Count", &failures, &err);
        readSummary(stats, *aggregated, false, &ts.latency, &err);
    }
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    ts.latency.count = toCount(requests);
    ts.totals.requests = toCount(requests);
    ts.totals.failed = toCount(failures);
    ts.totals.ok = ts.totals.requests > ts.totals.failed ? ts.totals.requests - ts.totals.failed : 0;
    ts.totals.failures[static_cast<int>(kLocustFailureClass)] = ts.totals.failed;
    // The locustfile.py of Databricks' load-testing guide reports TTFT as its own "request": Locust's
    // Aggregated row counts those too, which about doubles QPS. When only Aggregated rows have history, scale
    // them back by this share.
    const double requestShare =
        aggregatedRequests > 0 && haveRequestRows ? requests / aggregatedRequests : 1.0;

    QString historyPath = statsPath;
    historyPath.chop(static_cast<int>(std::strlen(kStatsSuffix)));
    historyPath += QLatin1String(kHistorySuffix);
    if (!QFileInfo::exists(historyPath)) {
        warnings->append(QStringLiteral("%1: no %2 beside it, so no ramp")
                             .arg(shownStats, QFileInfo(historyPath).fileName()));
        return true;
    }
    Sheet history;
    if (!history.load(historyPath, label + QLatin1Char('/') + QFileInfo(historyPath).fileName(), error))
        return false;
    static const char *const kHistoryCols[] = {"Timestamp",          "User Count", "Name",
                                               "Requests/s",         "Failures/s", "Total Request Count",
                                               "Total Failure Count"};
    if (!history.require(kHistoryCols, std::size(kHistoryCols), error))
        return false;

    bool historyHasRequests = false;
    for (const csv::Record &r : history.rows()) {
        if (kindOf(history.typeOf(r), history.text(r, "Name")) == RowKind::Request) {
            historyHasRequests = true;
            break;
        }
    }
    const double scale = historyHasRequests ? 1.0 : requestShare;
    if (!historyHasRequests && requestShare < 1.0) {
        warnings->append(
            QStringLiteral("%1: the history has only Aggregated rows, which count TTFT samples as "
                           "requests; its rates were scaled by %2 (requests / all samples)")
                .arg(label)
                .arg(requestShare, 0, 'f', 3));
    }

    std::map<double, Point> byTime;
    std::map<double, double> busiest; // per timestamp: total count of the row that gave the percentiles
    for (const csv::Record &r : history.rows()) {
        const RowKind kind = kindOf(history.typeOf(r), history.text(r, "Name"));
        double t = 0, users = 0;
        if (!history.number(r, "Timestamp", &t, &err) || !history.number(r, "User Count", &users, &err))
            continue;
        Point &p = byTime[t];
        p.t = t;
        p.users = static_cast<int>(users);
        if (kind == RowKind::Ttft) {
            p.hasTtft = true;
            readSummary(history, r, true, &p.ttft, &err);
            continue;
        }
        if ((kind == RowKind::Aggregated) == historyHasRequests)
            continue;
        double v = 0;
        if (history.number(r, "Requests/s", &v, &err))
            p.rps += v * scale;
        if (history.number(r, "Failures/s", &v, &err))
            p.fps += v * scale;
        double total = 0;
        if (history.number(r, "Total Request Count", &total, &err))
            p.total += total * scale;
        if (history.number(r, "Total Failure Count", &v, &err))
            p.totalFailed += v * scale;
        if (total >= busiest[t]) {
            busiest[t] = total;
            Summary s;
            readSummary(history, r, true, &s, &err);
            if (s.p50Ms > 0 || s.maxMs > 0) {
                p.latency = s;
                p.hasLatency = true;
            }
        }
    }
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    std::vector<Point> points;
    for (const auto &kv : byTime)
        points.push_back(kv.second);
    if (points.empty())
        return true;

    const double t0 = points.front().t;
    ts.startedAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(t0), Qt::UTC);
    ts.finishedAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(points.back().t), Qt::UTC);
    ts.durationS = points.back().t - t0;

    // Timeseries: one snapshot per history row.
    double prevT = t0, prevTotal = 0, prevFailed = 0;
    int step = -1, lastUsers = -1;
    for (const Point &p : points) {
        if (p.users != lastUsers) {
            ++step;
            lastUsers = p.users;
        }
        IntervalSnapshot s;
        s.tStartS = prevT - t0;
        s.tEndS = p.t - t0;
        s.users = p.users;
        s.step = step;
        const double done = std::max(0.0, p.total - prevTotal),
                     failed = std::max(0.0, p.totalFailed - prevFailed);
        s.completed = toCount(done);
        s.failures[static_cast<int>(kLocustFailureClass)] = toCount(failed);
        s.ok = s.completed > toCount(failed) ? s.completed - toCount(failed) : 0;
        s.qps = p.rps;
        s.qpsOk = std::max(0.0, p.rps - p.fps);
        if (p.hasLatency)
            s.latency = p.latency;
        if (p.hasTtft)
            s.ttft = p.ttft;
        out->timeseries.push_back(s);
        prevT = p.t;
        prevTotal = p.total;
        prevFailed = p.totalFailed;
    }

    // Synthetic steps: one per plateau of the user count; the spawn ramp between two plateaus (a few
    // rows with in-between counts) is left out.
    struct Group
    {
        size_t from, to; // [from, to) into points
    };
    std::vector<Group> groups;
    for (size_t i = 0; i < points.size();) {
        size_t j = i;
        while (j < points.size() && points[j].users == points[i].users)
            ++j;
        if (points[i].users > 0)
            groups.push_back({i, j});
        i = j;
    }
    const bool anyLong = std::any_of(groups.begin(), groups.end(),
                                     [](const Group &g) { return g.to - g.from >= size_t(kMinStepPoints); });
    int stepIndex = 0;
    for (const Group &g : groups) {
        if (anyLong && g.to - g.from < size_t(kMinStepPoints))
            continue;
        const Point &last = points[g.to - 1];
        // Settle: measure the second half of the plateau, from cumulative counts (exact, unlike Locust's
        // rolling Requests/s). The count at the start of the window is the row just before it.
        const double mid = points[g.from].t + (last.t - points[g.from].t) / 2;
        size_t w = g.from;
        while (w + 1 < g.to && points[w].t < mid)
            ++w;
        const Point &before = w > 0 ? points[w - 1] : points[w];
        StepResult r;
        r.step = stepIndex++;
        r.users = points[g.from].users;
        r.windowStartS = before.t - t0;
        r.windowEndS = last.t - t0;
        const double window = r.windowEndS - r.windowStartS;
        const double done = std::max(0.0, last.total - before.total);
        const double failed = std::max(0.0, last.totalFailed - before.totalFailed);
        if (window > 0 && done > 0) {
            r.qps = done / window;
            r.qpsOk = std::max(0.0, done - failed) / window;
        } else { // a single row: Locust's own rolling rate is all there is
            r.qps = last.rps;
            r.qpsOk = std::max(0.0, last.rps - last.fps);
        }
        r.completed = toCount(done);
        r.ok = toCount(std::max(0.0, done - failed));
        r.failures[static_cast<int>(kLocustFailureClass)] = toCount(failed);
        r.failureRate = done > 0 ? failed / done : (last.rps > 0 ? last.fps / last.rps : 0);
        for (size_t k = g.to; k-- > g.from;) { // the last row with percentiles
            if (points[k].hasLatency) {
                r.latency = points[k].latency;
                r.latency.count = r.completed;
                break;
            }
        }
        for (size_t k = g.to; k-- > g.from;) {
            if (points[k].hasTtft) {
                r.ttft = points[k].ttft;
                r.ttft.count = r.ok;
                break;
            }
        }
        out->steps.push_back(r);
    }
    if (!out->steps.empty()) {
        ts.verdict = detectSaturation(out->steps, SaturationSettings{});
        ts.verdict.slo = evaluateSlo(out->steps, Slo{});
    }
    return true;
}

struct Found
{
    QString statsPath;
    QString label;
};

QString prefixOf(const QString &statsFile)
{
    QString n = QFileInfo(statsFile).fileName();
    n.chop(static_cast<int>(std::strlen(kStatsSuffix)));
    return n;
}

std::vector<Found> findStatsFiles(const QString &path)
{
    std::vector<Found> found;
    const QFileInfo fi(path);
    const QStringList pattern{QStringLiteral("*") + QLatin1String(kStatsSuffix)};
    if (fi.isFile()) {
        const QString prefix = prefixOf(path);
        const bool generic = prefix == QLatin1String("results") || prefix.isEmpty();
        found.push_back({fi.absoluteFilePath(), generic ? fi.dir().dirName() : prefix});
        return found;
    }
    const QDir dir(path);
    const QStringList direct = dir.entryList(pattern, QDir::Files, QDir::Name);
    for (const QString &f : direct) {
        const QString prefix = prefixOf(f);
        found.push_back({dir.filePath(f),
                         direct.size() == 1 && prefix == QLatin1String("results") ? dir.dirName() : prefix});
    }
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir d(dir.filePath(sub));
        const QStringList files = d.entryList(pattern, QDir::Files, QDir::Name);
        for (const QString &f : files)
            found.push_back({d.filePath(f), files.size() == 1 ? sub : sub + QLatin1Char('/') + prefixOf(f)});
    }
    return found;
}

} // namespace

bool RunLoader::loadLocust(const QString &path, LoadedRun *out, QString *error)
{
    const QFileInfo fi(path);
    if (fi.isFile() && !fi.fileName().endsWith(QLatin1String(kStatsSuffix))) {
        if (error)
            *error = QStringLiteral("%1: not a Locust *_stats.csv file").arg(path);
        return false;
    }
    const std::vector<Found> files = findStatsFiles(path);
    if (files.empty()) {
        if (error)
            *error = QStringLiteral("%1: neither run.json nor any Locust *_stats.csv found").arg(path);
        return false;
    }
    LoadedRun run;
    run.source = QStringLiteral("locust");
    run.dir = fi.absoluteFilePath();
    run.summary.runName = fi.isFile() ? fi.dir().dirName() : QDir(path).dirName();
    run.summary.toolVersion = QStringLiteral("locust");
    run.summary.status = QStringLiteral("completed");
    run.warnings.append(
        QStringLiteral("Locust results: response time is what the locustfile measured (often "
                       "time to headers), failures are not classified (shown as http_status)"));
    int index = 0;
    for (const Found &f : files) {
        LoadedTarget t;
        if (!importTarget(f.statsPath, f.label, index++, &t, &run.warnings, error))
            return false;
        t.summary.dir = QFileInfo(f.statsPath).dir().dirName();
        if (t.summary.startedAt.isValid() &&
            (!run.summary.startedAt.isValid() || t.summary.startedAt < run.summary.startedAt))
            run.summary.startedAt = t.summary.startedAt;
        if (t.summary.finishedAt.isValid() &&
            (!run.summary.finishedAt.isValid() || t.summary.finishedAt > run.summary.finishedAt))
            run.summary.finishedAt = t.summary.finishedAt;
        run.summary.targets.push_back(t.summary);
        run.targets.push_back(std::move(t));
    }
    *out = std::move(run);
    return true;
}

} // namespace plateau
