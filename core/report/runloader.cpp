#include "core/report/runloader.h"

#include "core/common/fileio.h"
#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"
#include "core/plan/planio.h"
#include "core/report/columns.h"
#include "core/report/csv.h"
#include "core/report/runwriter.h"
#include "core/report/tagcolumns.h"

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

// The names the phase columns are read against: the plan's phases, else the ones run.json lists.
QStringList phaseNamesOf(const TargetSummary &s, const std::optional<TestPlan> &plan)
{
    QStringList names;
    if (plan) {
        for (const Phase &p : plan->phases)
            names.append(p.name);
    } else {
        for (const PhaseOutcome &p : s.phases)
            names.append(p.name);
    }
    return names;
}

std::vector<double> settlePerPhase(const std::optional<TestPlan> &plan)
{
    std::vector<double> out;
    if (plan) {
        for (const Phase &p : plan->phases)
            out.push_back(p.profile.effectiveSettleS());
    }
    if (out.empty())
        out.push_back(0.0);
    return out;
}

bool loadTarget(const QDir &runDir, LoadedTarget &t, const std::optional<TestPlan> &plan,
                QStringList *warnings, QString *error)
{
    const QString name = t.summary.dir;
    const QStringList phaseNames = phaseNamesOf(t.summary, plan);
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
            return columns::timeseriesFromTable(table, shown, out, err, phaseNames);
        };
        if (!loadCsv(tsPath, name + QLatin1Char('/') + QString::fromLatin1(runfiles::timeseries()), convert,
                     &t.timeseries, warnings, error))
            return false;
        fillIntervalStarts(t.timeseries, hadStart);
    }
    // A journey's tags per interval (an older run, or one without a journey, has no such file).
    const QString tagTsPath = dir.filePath(QString::fromLatin1(runfiles::tagTimeseries()));
    if (!t.timeseries.empty() && QFileInfo::exists(tagTsPath)) {
        QStringList tagNames = plan && plan->journey.enabled() ? plan->journey.tags() : QStringList();
        if (tagNames.isEmpty()) {
            for (const TagOutcome &tag : t.summary.tags)
                tagNames.append(tag.tag);
        }
        std::vector<columns::TagIntervalRow> rows;
        auto convert = [&](const csv::Table &table, const QString &shown,
                           std::vector<columns::TagIntervalRow> *out, QString *err) {
            QStringList names = tagNames; // a retry after a cut last line starts from the same names
            return columns::tagTimeseriesFromTable(table, shown, out, err, phaseNames, &names);
        };
        if (!loadCsv(tagTsPath, name + QLatin1Char('/') + QString::fromLatin1(runfiles::tagTimeseries()),
                     convert, &rows, warnings, error))
            return false;
        columns::attachTagIntervals(t.timeseries, rows);
    }
    const QString stepsPath = dir.filePath(QString::fromLatin1(runfiles::steps()));
    if (QFileInfo::exists(stepsPath)) {
        auto convert = [&](const csv::Table &table, const QString &shown, std::vector<StepResult> *out,
                           QString *err) {
            return columns::stepsFromTable(table, shown, out, err, phaseNames);
        };
        if (!loadCsv(stepsPath, name + QLatin1Char('/') + QString::fromLatin1(runfiles::steps()), convert,
                     &t.steps, warnings, error))
            return false;
    } else if (!t.timeseries.empty()) {
        t.steps = RunLoader::deriveSteps(t.timeseries, settlePerPhase(plan));
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
    if (s.phases.empty())
        s.phases = RunLoader::synthesizePhases(s, t.steps, plan);
    return true;
}

// Several steps as one window: counts summed, percentiles completion-weighted means of the steps' (not
// true percentiles: what a folder without the phase's own totals allows).
StepResult combineSteps(const std::vector<const StepResult *> &steps)
{
    StepResult r;
    r.step = -1;
    if (steps.empty())
        return r;
    r.phase = steps.front()->phase;
    r.windowStartS = steps.front()->windowStartS;
    r.windowEndS = steps.back()->windowEndS;
    Summary StepResult::*const summaries[] = {&StepResult::latency, &StepResult::latencyIntended,
                                              &StepResult::headers, &StepResult::firstEvent,
                                              &StepResult::ttft,    &StepResult::itl,
                                              &StepResult::tpot};
    double measured = 0, deltas = 0, tokens = 0;
    for (const StepResult *s : steps) {
        r.users = std::max(r.users, s->users);
        r.offeredRate = std::max(r.offeredRate, s->offeredRate);
        r.lateArrivals += s->lateArrivals;
        r.droppedArrivals += s->droppedArrivals;
        r.completed += s->completed;
        r.ok += s->ok;
        for (int c = 0; c < kFailureClassCount; ++c)
            r.failures[c] += s->failures[c];
        const double window = s->windowEndS - s->windowStartS;
        measured += window;
        deltas += s->deltasPerS * window;
        tokens += s->outputTokensPerS * window;
        r.generatorCpuPercent = std::max(r.generatorCpuPercent, s->generatorCpuPercent);
        r.generatorLagMaxMs = std::max(r.generatorLagMaxMs, s->generatorLagMaxMs);
        for (Summary StepResult::*m : summaries) {
            const Summary &x = s->*m;
            Summary &to = r.*m;
            const double w = static_cast<double>(x.count);
            to.meanMs += w * x.meanMs;
            to.p50Ms += w * x.p50Ms;
            to.p90Ms += w * x.p90Ms;
            to.p95Ms += w * x.p95Ms;
            to.p99Ms += w * x.p99Ms;
            to.maxMs = std::max(to.maxMs, x.maxMs);
            to.count += x.count;
        }
    }
    for (Summary StepResult::*m : summaries) {
        Summary &to = r.*m;
        if (to.count == 0)
            continue;
        const double w = static_cast<double>(to.count);
        to.meanMs /= w;
        to.p50Ms /= w;
        to.p90Ms /= w;
        to.p95Ms /= w;
        to.p99Ms /= w;
    }
    // QPS over the measured windows, not the settle periods between them.
    r.qps = measured > 0 ? static_cast<double>(r.completed) / measured : 0;
    r.qpsOk = measured > 0 ? static_cast<double>(r.ok) / measured : 0;
    r.deltasPerS = measured > 0 ? deltas / measured : 0;
    r.outputTokensPerS = measured > 0 ? tokens / measured : 0;
    r.failureRate =
        r.completed ? static_cast<double>(serverFailureCount(r.failures)) / static_cast<double>(r.completed)
                    : 0;
    return r;
}

// The whole target as its one phase, from run.json's exact totals.
StepResult totalOf(const TargetSummary &s, const std::vector<StepResult> &steps)
{
    std::vector<const StepResult *> all;
    for (const StepResult &x : steps)
        all.push_back(&x);
    StepResult r = combineSteps(all);
    if (!s.hasTotals())
        return r;
    r.completed = s.totals.ok + s.totals.failed;
    r.ok = s.totals.ok;
    r.failures = s.totals.failures;
    r.windowStartS = 0;
    r.windowEndS = s.durationS;
    r.qps = s.durationS > 0 ? static_cast<double>(r.completed) / s.durationS : 0;
    r.qpsOk = s.durationS > 0 ? static_cast<double>(r.ok) / s.durationS : 0;
    r.failureRate = r.completed ? static_cast<double>(s.totals.failed) / static_cast<double>(r.completed) : 0;
    r.deltasPerS = s.totals.deltasPerS;
    r.outputTokensPerS = s.totals.outputTokensPerS;
    r.latency = s.latency;
    r.ttft = s.ttft;
    r.headers = s.headers;
    r.firstEvent = s.firstEvent;
    r.itl = s.itl;
    r.tpot = s.tpot;
    return r;
}

} // namespace

std::vector<StepResult> RunLoader::deriveSteps(const std::vector<IntervalSnapshot> &timeseries,
                                               double settleS)
{
    return deriveSteps(timeseries, std::vector<double>{settleS});
}

std::vector<PhaseOutcome> RunLoader::synthesizePhases(const TargetSummary &summary,
                                                      const std::vector<StepResult> &steps,
                                                      const std::optional<TestPlan> &plan)
{
    std::vector<Phase> planned = plan ? plan->phases : std::vector<Phase>{};
    if (planned.empty())
        planned.push_back(Phase{}); // "load"
    bool skipped = false;
    const QString status = summary.status;
    skipped = status.startsWith(QLatin1String("skipped")) || status == QLatin1String("pending") ||
              status == QLatin1String("disabled");
    std::vector<PhaseOutcome> out;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        PhaseOutcome p;
        p.index = int(i);
        p.name = planned[i].name;
        p.kind = plan ? profileKindName(planned[i].profile.kind) : QString();
        std::vector<const StepResult *> mine;
        for (const StepResult &s : steps) {
            // A one-phase plan's phase covers every step, whatever the files say.
            if (planned.size() == 1 || s.phase == int(i))
                mine.push_back(&s);
        }
        if (!mine.empty()) {
            p.firstStep = mine.front()->step;
            p.lastStep = mine.back()->step;
            p.startS = mine.front()->windowStartS;
            p.endS = mine.back()->windowEndS;
        }
        if (planned.size() == 1) {
            p.total = totalOf(summary, steps);
            p.startS = 0;
            p.endS = summary.durationS > 0 ? summary.durationS : p.endS;
            p.cancelled = summary.totals.cancelled;
            p.verdict = summary.verdict;
            p.thresholds = summary.thresholds;
        } else {
            p.total = combineSteps(mine);
            if (planned[i].profile.ramps() && !mine.empty()) {
                std::vector<StepResult> own;
                for (const StepResult *s : mine)
                    own.push_back(*s);
                p.verdict = detectSaturation(own, plan->saturation);
                p.verdict.slo = evaluateSlo(own, plan->slo);
            }
            for (const ThresholdResult &th : summary.thresholds) {
                if (th.phase == p.name)
                    p.thresholds.push_back(th);
            }
        }
        p.total.phase = p.index;
        for (ThresholdResult &th : p.thresholds) {
            if (th.phase.isEmpty())
                th.phase = p.name;
        }
        for (const StepResult *s : mine) {
            p.lateArrivals += s->lateArrivals;
            p.droppedArrivals += s->droppedArrivals;
        }
        if (skipped) {
            p.state = PhaseState::NotReached;
            p.reason = status;
        } else if (!mine.empty() || (planned.size() == 1 && summary.hasTotals())) {
            p.state = status == QLatin1String("cancelled") ? PhaseState::Cancelled : PhaseState::Ran;
        } else {
            p.state = PhaseState::NotReached;
            p.reason = QStringLiteral("no step of this phase was recorded");
        }
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<StepResult> RunLoader::deriveSteps(const std::vector<IntervalSnapshot> &timeseries,
                                               const std::vector<double> &settlePerPhase)
{
    std::vector<StepResult> out;
    size_t i = 0;
    while (i < timeseries.size()) {
        size_t j = i;
        while (j < timeseries.size() && timeseries[j].step == timeseries[i].step)
            ++j;
        const double stepStart = timeseries[i].tStartS;
        const double stepEnd = timeseries[j - 1].tEndS;
        const int phase = timeseries[i].phase;
        const double settleS = settlePerPhase.empty() ? 0.0
                               : phase >= 0 && std::size_t(phase) < settlePerPhase.size()
                                   ? settlePerPhase[std::size_t(phase)]
                                   : settlePerPhase.back();
        // Leave out the settle period like the engine does, unless the step was too short to have one.
        const double from = stepEnd - stepStart > 2 * settleS ? stepStart + settleS : stepStart;
        StepResult r;
        r.step = timeseries[i].step;
        r.phase = phase;
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
            r.offeredRate = std::max(r.offeredRate, s.offeredRate);
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
            r.lateArrivals += s.generator.lateDispatches;
            r.droppedArrivals += s.generator.droppedArrivals;
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
