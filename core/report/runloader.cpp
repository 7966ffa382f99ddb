#include "core/report/runloader.h"

#include "core/common/fileio.h"
#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"
#include "core/plan/planio.h"
#include "core/report/columns.h"
#include "core/report/csv.h"
#include "core/report/runwriter.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace plateau {

namespace {

constexpr qint64 kMaxJsonBytes = 64LL * 1024 * 1024;

// Parses a CSV file of the run folder into rows via `convert`. A last line without its line break (the
// process died while writing it) that does not read is dropped with a warning instead of failing.
template <class T, class Convert>
bool loadCsv(const QString &path, const QString &shownName, Convert convert, std::vector<T> *out,
             QStringList *warnings, QString *error)
{
    csv::Table table;
    if (!csv::readFile(path, shownName, &table, error))
        return false;
    QString err;
    if (convert(table, shownName, out, &err))
        return true;
    if (table.lastRecordUnterminated && !table.rows.empty()) {
        const qint64 line = table.rows.back().line;
        table.rows.pop_back();
        QString err2;
        if (convert(table, shownName, out, &err2)) {
            warnings->append(QStringLiteral("%1 line %2 was cut short (the run was interrupted): left out")
                                 .arg(shownName)
                                 .arg(line));
            return true;
        }
    }
    if (error)
        *error = err;
    return false;
}

// The first column `t_start_s` is Plateau's own; files without it get each row's start from the row
// before (the first starts at 0).
void fillIntervalStarts(std::vector<IntervalSnapshot> &ts, bool hadStartColumn)
{
    if (hadStartColumn)
        return;
    double prev = 0;
    for (IntervalSnapshot &s : ts) {
        s.tStartS = prev;
        prev = s.tEndS;
    }
}

void approximateSummaries(LoadedTarget &t)
{
    // Completion-weighted means of the step percentiles: not a true percentile of the whole target,
    // but the best the files of an interrupted run allow.
    auto blend = [&](Summary StepResult::*member, std::uint64_t StepResult::*weight) {
        Summary out;
        double wsum = 0;
        for (const StepResult &s : t.steps) {
            const double w = static_cast<double>(s.*weight);
            const Summary &x = s.*member;
            if (w <= 0 || (x.p50Ms == 0 && x.maxMs == 0))
                continue;
            wsum += w;
            out.meanMs += w * x.meanMs;
            out.p50Ms += w * x.p50Ms;
            out.p90Ms += w * x.p90Ms;
            out.p95Ms += w * x.p95Ms;
            out.p99Ms += w * x.p99Ms;
            out.maxMs = std::max(out.maxMs, x.maxMs);
            out.count += s.*weight;
        }
        if (wsum > 0) {
            out.meanMs /= wsum;
            out.p50Ms /= wsum;
            out.p90Ms /= wsum;
            out.p95Ms /= wsum;
            out.p99Ms /= wsum;
        }
        return out;
    };
    TargetSummary &s = t.summary;
    s.latency = blend(&StepResult::latency, &StepResult::completed);
    s.ttft = blend(&StepResult::ttft, &StepResult::ok);
    s.headers = blend(&StepResult::headers, &StepResult::completed);
    s.firstEvent = blend(&StepResult::firstEvent, &StepResult::completed);
    s.itl = blend(&StepResult::itl, &StepResult::ok);
    s.tpot = blend(&StepResult::tpot, &StepResult::ok);
}

bool loadTarget(const QDir &runDir, LoadedTarget &t, const std::optional<TestPlan> &plan,
                QStringList *warnings, QString *error)
{
    const QString name = t.summary.dir;
    // run.json is data: a folder name that leaves the run folder is refused, not followed.
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
        name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        if (!name.isEmpty())
            warnings->append(
                QStringLiteral("run.json: target folder \"%1\" is not a plain name: ignored").arg(name));
        return true;
    }
    const QDir dir(runDir.filePath(name));
    if (!dir.exists()) {
        warnings->append(QStringLiteral("%1/: missing").arg(name));
        return true;
    }
    const QString tsPath = dir.filePath(QString::fromLatin1(runfiles::timeseries()));
    if (QFileInfo::exists(tsPath)) {
        bool hadStart = true;
        auto convert = [&](const csv::Table &table, const QString &shown, std::vector<IntervalSnapshot> *out,
                           QString *err) {
            hadStart = table.column("t_start_s") >= 0;
            return columns::timeseriesFromTable(table, shown, out, err);
        };
        if (!loadCsv(tsPath, name + QLatin1Char('/') + QString::fromLatin1(runfiles::timeseries()), convert,
                     &t.timeseries, warnings, error))
            return false;
        fillIntervalStarts(t.timeseries, hadStart);
    }
    const QString stepsPath = dir.filePath(QString::fromLatin1(runfiles::steps()));
    if (QFileInfo::exists(stepsPath)) {
        if (!loadCsv(stepsPath, name + QLatin1Char('/') + QString::fromLatin1(runfiles::steps()),
                     columns::stepsFromTable, &t.steps, warnings, error))
            return false;
    } else if (!t.timeseries.empty()) {
        t.steps = RunLoader::deriveSteps(t.timeseries, plan ? plan->profile().effectiveSettleS() : 0.0);
        t.stepsDerived = true;
        warnings->append(QStringLiteral("%1/steps.csv: missing (the target did not finish): steps derived "
                                        "from timeseries.csv, percentiles approximate")
                             .arg(name));
    }

    TargetSummary &s = t.summary;
    if (!s.hasTotals() && !t.timeseries.empty()) {
        for (const IntervalSnapshot &x : t.timeseries) {
            s.totals.ok += x.ok;
            s.totals.cancelled += x.cancelled;
            for (int c = 0; c < kFailureClassCount; ++c) {
                if (isServerFailure(static_cast<FailureClass>(c)))
                    s.totals.failures[c] += x.failures[c];
            }
        }
        s.totals.failed = serverFailureCount(s.totals.failures);
        s.totals.requests = s.totals.ok + s.totals.failed + s.totals.cancelled;
        s.durationS = t.timeseries.back().tEndS;
    }
    if (s.latency.count == 0 && !t.steps.empty())
        approximateSummaries(t);
    if (!s.verdict.hasData && !t.steps.empty()) {
        s.verdict = detectSaturation(t.steps, plan ? plan->saturation : SaturationSettings{});
    }
    // A run.json from before SLOs (or a crashed run): judge the steps against the plan's SLO here, the
    // same function the engine uses.
    if (!s.verdict.slo.evaluated && !t.steps.empty())
        s.verdict.slo = evaluateSlo(t.steps, plan ? plan->slo : Slo{});
    return true;
}

} // namespace

std::vector<StepResult> RunLoader::deriveSteps(const std::vector<IntervalSnapshot> &timeseries,
                                               double settleS)
{
    std::vector<StepResult> out;
    size_t i = 0;
    while (i < timeseries.size()) {
        size_t j = i;
        while (j < timeseries.size() && timeseries[j].step == timeseries[i].step)
            ++j;
        const double stepStart = timeseries[i].tStartS;
        const double stepEnd = timeseries[j - 1].tEndS;
        // Leave out the settle period like the engine does, unless the step was too short to have one.
        const double from = stepEnd - stepStart > 2 * settleS ? stepStart + settleS : stepStart;
        StepResult r;
        r.step = timeseries[i].step;
        double wLat = 0, wOk = 0, cpu = 0, deltas = 0, tokens = 0;
        int n = 0;
        Summary StepResult::*const summaries[] = {
            &StepResult::latency, &StepResult::ttft, &StepResult::headers,        &StepResult::firstEvent,
            &StepResult::itl,     &StepResult::tpot, &StepResult::latencyIntended};
        Summary IntervalSnapshot::*const sources[] = {
            &IntervalSnapshot::latency,        &IntervalSnapshot::ttft, &IntervalSnapshot::headers,
            &IntervalSnapshot::firstEvent,     &IntervalSnapshot::itl,  &IntervalSnapshot::tpot,
            &IntervalSnapshot::latencyIntended};
        const bool byOk[] = {false, true, false, false, true, true, false};
        r.windowStartS = -1;
        for (size_t k = i; k < j; ++k) {
            const IntervalSnapshot &s = timeseries[k];
            r.users = std::max(r.users, s.users);
            if (s.tStartS + 1e-9 < from)
                continue;
            if (r.windowStartS < 0)
                r.windowStartS = s.tStartS;
            r.windowEndS = s.tEndS;
            r.completed += s.completed;
            r.ok += s.ok;
            for (int c = 0; c < kFailureClassCount; ++c)
                r.failures[c] += s.failures[c];
            for (size_t m = 0; m < std::size(summaries); ++m) {
                const double w = static_cast<double>(byOk[m] ? s.ok : s.completed);
                Summary &to = r.*summaries[m];
                const Summary &x = s.*sources[m];
                to.meanMs += w * x.meanMs;
                to.p50Ms += w * x.p50Ms;
                to.p90Ms += w * x.p90Ms;
                to.p95Ms += w * x.p95Ms;
                to.p99Ms += w * x.p99Ms;
                to.maxMs = std::max(to.maxMs, x.maxMs);
                to.count += byOk[m] ? s.ok : s.completed;
            }
            wLat += static_cast<double>(s.completed);
            wOk += static_cast<double>(s.ok);
            deltas += s.deltasPerS * (s.tEndS - s.tStartS);
            tokens += s.outputTokensPerS * (s.tEndS - s.tStartS);
            cpu += s.generator.cpuPercent;
            r.generatorLagMaxMs = std::max(r.generatorLagMaxMs, s.generator.loopLagMaxMs);
            ++n;
        }
        for (size_t m = 0; m < std::size(summaries); ++m) {
            const double w = byOk[m] ? wOk : wLat;
            Summary &to = r.*summaries[m];
            if (w > 0) {
                to.meanMs /= w;
                to.p50Ms /= w;
                to.p90Ms /= w;
                to.p95Ms /= w;
                to.p99Ms /= w;
            }
        }
        if (r.windowStartS < 0)
            r.windowStartS = r.windowEndS = stepStart;
        const double window = r.windowEndS - r.windowStartS;
        r.qps = window > 0 ? static_cast<double>(r.completed) / window : 0;
        r.qpsOk = window > 0 ? static_cast<double>(r.ok) / window : 0;
        r.deltasPerS = window > 0 ? deltas / window : 0;
        r.outputTokensPerS = window > 0 ? tokens / window : 0;
        r.failureRate = r.completed ? static_cast<double>(serverFailureCount(r.failures)) /
                                          static_cast<double>(r.completed)
                                    : 0;
        r.generatorCpuPercent = n ? cpu / n : 0;
        out.push_back(r);
        i = j;
    }
    return out;
}

bool RunLoader::load(const QString &runDir, LoadedRun *out, QString *error)
{
    LoadedRun run;
    const QDir dir(runDir);
    run.dir = QDir::cleanPath(dir.absolutePath());
    const QString runJson = dir.filePath(QString::fromLatin1(runfiles::run()));
    if (!QFileInfo::exists(runJson)) {
        if (error)
            *error = QStringLiteral("%1: missing, so %2 is not a Plateau run folder").arg(runJson, runDir);
        return false;
    }
    QByteArray data;
    if (!fileio::readAll(runJson, kMaxJsonBytes, &data, error))
        return false;
    QString err;
    if (!runSummaryFromJson(data, &run.summary, &err)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QString::fromLatin1(runfiles::run()), err);
        return false;
    }
    if (run.interrupted())
        run.warnings.append(
            QStringLiteral("run.json says \"running\": the run was interrupted before it ended"));

    const QString planPath = dir.filePath(QString::fromLatin1(runfiles::plan()));
    if (QFileInfo::exists(planPath)) {
        PlanLoadResult p = loadPlanFile(planPath);
        if (p.plan)
            run.plan = std::move(p.plan);
        else if (!p.issues.empty())
            run.warnings.append(QStringLiteral("plan.json: ") + p.issues.front().toString());
    } else {
        run.warnings.append(QStringLiteral("plan.json: missing"));
    }

    QStringList known;
    for (const TargetSummary &s : run.summary.targets) {
        LoadedTarget t;
        t.summary = s;
        if (!loadTarget(dir, t, run.plan, &run.warnings, error))
            return false;
        known.append(s.dir);
        run.targets.push_back(std::move(t));
    }
    // Folders run.json does not name (it was written before they began): recover what they hold.
    int nextIndex = 0;
    for (const TargetSummary &s : run.summary.targets)
        nextIndex = std::max(nextIndex, s.index + 1);
    const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &sub : subdirs) {
        if (known.contains(sub) ||
            !QFileInfo::exists(QDir(dir.filePath(sub)).filePath(QString::fromLatin1(runfiles::timeseries()))))
            continue;
        LoadedTarget t;
        t.summary.index = nextIndex++;
        t.summary.label = sub;
        t.summary.dir = sub;
        t.summary.status = QStringLiteral("running");
        run.warnings.append(QStringLiteral("%1/: not in run.json, recovered from its files").arg(sub));
        if (!loadTarget(dir, t, run.plan, &run.warnings, error))
            return false;
        run.targets.push_back(std::move(t));
    }
    *out = std::move(run);
    return true;
}

bool RunLoader::loadAny(const QString &path, LoadedRun *out, QString *error)
{
    const QFileInfo fi(path);
    if (fi.isDir() && QFileInfo::exists(QDir(path).filePath(QString::fromLatin1(runfiles::run()))))
        return load(path, out, error);
    if (!fi.exists()) {
        if (error)
            *error = QStringLiteral("%1: no such file or folder").arg(path);
        return false;
    }
    return loadLocust(path, out, error);
}

} // namespace plateau
