#include "core/report/shardmerge.h"

#include "core/metrics/intervalaggregator.h"
#include "core/metrics/phasejudge.h"
#include "core/metrics/phaseverdict.h"
#include "core/metrics/saturation.h"
#include "core/metrics/slo.h"
#include "core/plan/planio.h"
#include "core/report/histogramsfile.h"
#include "core/report/runrecorder.h"
#include "core/report/runsummary.h"
#include "core/report/runwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>

namespace plateau {

namespace {

struct Shard
{
    QString dir;
    RunSummary summary;
    QByteArray planJson;
    bool finished() const { return summary.status != QLatin1String("running"); }
};

bool readFile(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

bool loadShard(const QString &dir, Shard *s, QString *error)
{
    s->dir = QDir(dir).absolutePath();
    QByteArray run;
    if (!readFile(QDir(dir).filePath(QString::fromLatin1(runfiles::run())), &run, error))
        return false;
    QString why;
    if (!runSummaryFromJson(run, &s->summary, &why)) {
        *error =
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(dir + QStringLiteral("/run.json")), why);
        return false;
    }
    if (!s->summary.shard.sharded()) {
        *error = QStringLiteral("%1 is not a shard's run folder (its run.json has no \"shard\"): merge the "
                                "folders of plateau run --shard i/N")
                     .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    return readFile(QDir(dir).filePath(QString::fromLatin1(runfiles::plan())), &s->planJson, error);
}

// What the shards agree on, or why they do not belong to one run.
bool checkShards(std::vector<Shard> &shards, QString *error)
{
    std::sort(shards.begin(), shards.end(),
              [](const Shard &a, const Shard &b) { return a.summary.shard.index < b.summary.shard.index; });
    const Shard &first = shards.front();
    const int n = first.summary.shard.count;
    std::vector<const Shard *> byIndex(size_t(n), nullptr);
    for (const Shard &s : shards) {
        const QString name = QDir::toNativeSeparators(s.dir);
        if (s.summary.shard.count != n) {
            *error = QStringLiteral("%1 is shard %2, but %3 is one of %4: merge the shards of one run")
                         .arg(name, s.summary.shard.text(), QDir::toNativeSeparators(first.dir))
                         .arg(n);
            return false;
        }
        if (s.planJson != first.planJson) {
            *error = QStringLiteral("%1 ran another plan than %2 (their plan.json differ): merge the shards "
                                    "of one run")
                         .arg(name, QDir::toNativeSeparators(first.dir));
            return false;
        }
        // "+30" on each command line gives starts a few milliseconds apart; a second is another schedule.
        const QDateTime &a = s.summary.scheduleStart, &b = first.summary.scheduleStart;
        if (a.isValid() != b.isValid() || (a.isValid() && std::abs(a.msecsTo(b)) > 1000)) {
            *error = QStringLiteral("%1 was scheduled to start at %2, %3 at %4: merge the shards of one run")
                         .arg(name, s.summary.scheduleStart.toString(Qt::ISODateWithMs),
                              QDir::toNativeSeparators(first.dir),
                              first.summary.scheduleStart.toString(Qt::ISODateWithMs));
            return false;
        }
        const Shard *&slot = byIndex[size_t(s.summary.shard.index)];
        if (slot) {
            *error = QStringLiteral("%1 and %2 are both shard %3: pass each shard's folder once")
                         .arg(QDir::toNativeSeparators(slot->dir), name, s.summary.shard.text());
            return false;
        }
        slot = &s;
    }
    QStringList missing;
    for (int i = 0; i < n; ++i)
        if (!byIndex[size_t(i)])
            missing << ShardSlice{i, n}.text();
    if (!missing.isEmpty()) {
        *error =
            QStringLiteral("shard%1 %2 of this run %3 missing: pass all %4 shard folders")
                .arg(missing.size() > 1 ? QStringLiteral("s") : QString(), missing.join(QStringLiteral(", ")),
                     missing.size() > 1 ? QStringLiteral("are") : QStringLiteral("is"))
                .arg(n);
        return false;
    }
    return true;
}

struct StepAcc
{
    StepResult meta;
    MetricSet set;
};

struct IntervalAcc
{
    IntervalSnapshot meta;
    double startSum = 0, endSum = 0;
    int shards = 0;
    MetricSet set;
};

struct PhaseAcc
{
    PhaseOutcome meta;
    MetricSet set;
    bool any = false;
};

// One target's figures over every shard.
struct TargetAcc
{
    std::map<int, std::unique_ptr<StepAcc>> steps;
    // Keyed by (phase, the interval's place in its phase): every shard snapshots its phase at the same pace
    // from the phase's start, so the k-th intervals of the shards cover the same seconds.
    std::map<std::pair<int, int>, std::unique_ptr<IntervalAcc>> intervals;
    std::map<int, std::unique_ptr<PhaseAcc>> phases;
    MetricSet total;
    double loadS = 0;
};

template <typename T, typename K> T &slot(std::map<K, std::unique_ptr<T>> &m, const K &key, bool *fresh)
{
    auto &p = m[key];
    *fresh = !p;
    if (!p)
        p = std::make_unique<T>();
    return *p;
}

void addStep(TargetAcc &acc, const StepResult &s, const MetricSet &set)
{
    bool fresh = false;
    StepAcc &a = slot(acc.steps, s.step, &fresh);
    if (fresh) {
        a.meta = s;
    } else {
        a.meta.users += s.users;
        a.meta.offeredRate += s.offeredRate;
        a.meta.lateArrivals += s.lateArrivals;
        a.meta.droppedArrivals += s.droppedArrivals;
        // The busiest shard says whether a generator was the bottleneck.
        a.meta.generatorCpuPercent = std::max(a.meta.generatorCpuPercent, s.generatorCpuPercent);
        a.meta.generatorLagMaxMs = std::max(a.meta.generatorLagMaxMs, s.generatorLagMaxMs);
    }
    a.set.merge(set);
}

void addInterval(TargetAcc &acc, int ordinal, const IntervalSnapshot &s, const MetricSet &set)
{
    bool fresh = false;
    IntervalAcc &a = slot(acc.intervals, std::make_pair(s.phase, ordinal), &fresh);
    if (fresh) {
        a.meta = s;
    } else {
        a.meta.users += s.users;
        a.meta.offeredRate += s.offeredRate;
        a.meta.generator.cpuPercent = std::max(a.meta.generator.cpuPercent, s.generator.cpuPercent);
        a.meta.generator.loopLagMaxMs = std::max(a.meta.generator.loopLagMaxMs, s.generator.loopLagMaxMs);
        a.meta.generator.lateDispatches += s.generator.lateDispatches;
        a.meta.generator.droppedArrivals += s.generator.droppedArrivals;
        a.meta.generator.inFlight += s.generator.inFlight;
    }
    a.startSum += s.tStartS;
    a.endSum += s.tEndS;
    ++a.shards;
    a.set.merge(set);
}

void addPhase(TargetAcc &acc, const PhaseOutcome &p, const MetricSet &set)
{
    bool fresh = false;
    PhaseAcc &a = slot(acc.phases, p.index, &fresh);
    if (!a.any) {
        a.meta = p;
        a.any = true;
    } else {
        a.meta.startS = std::min(a.meta.startS, p.startS);
        a.meta.endS = std::max(a.meta.endS, p.endS);
        a.meta.started += p.started;
        a.meta.cancelled += p.cancelled;
        a.meta.lateArrivals += p.lateArrivals;
        a.meta.droppedArrivals += p.droppedArrivals;
        if (p.state == PhaseState::Cancelled)
            a.meta.state = PhaseState::Cancelled;
    }
    a.set.merge(set);
}

// Reads one shard's histograms of one target into acc. A shard that did not finish the target has no
// "phase" or "total" line for what it cut short: those are rebuilt from its intervals (the same requests).
bool readShardTarget(const QString &path, TargetAcc &acc, QString *error)
{
    auto derivedTotal = std::make_unique<MetricSet>();
    std::map<int, std::unique_ptr<PhaseAcc>> derivedPhases;
    std::map<int, int> ordinals; // phase -> intervals seen
    std::vector<bool> phaseLine;
    double lastEnd = 0;
    HistogramsFileInfo info;
    const bool ok = readHistogramsFile(
        path,
        [&](const HistogramsEntry &e) {
            switch (e.kind) {
            case HistogramsEntry::Kind::Interval: {
                addInterval(acc, ordinals[e.interval.phase]++, e.interval, *e.set);
                derivedTotal->merge(*e.set);
                bool fresh = false;
                PhaseAcc &d = slot(derivedPhases, e.interval.phase, &fresh);
                if (fresh) {
                    d.meta.index = e.interval.phase;
                    d.meta.state = PhaseState::Cancelled;
                    d.meta.startS = e.interval.tStartS;
                }
                d.meta.endS = e.interval.tEndS;
                d.meta.started += e.set->started;
                d.meta.cancelled += e.set->cancelled;
                d.set.merge(*e.set);
                lastEnd = std::max(lastEnd, e.interval.tEndS);
                break;
            }
            case HistogramsEntry::Kind::Step:
                addStep(acc, e.step, *e.set);
                break;
            case HistogramsEntry::Kind::Phase:
                addPhase(acc, e.phase, *e.set);
                if (phaseLine.size() <= size_t(e.phase.index))
                    phaseLine.resize(size_t(e.phase.index) + 1, false);
                phaseLine[size_t(e.phase.index)] = true;
                break;
            case HistogramsEntry::Kind::Total:
                acc.total.merge(*e.set);
                acc.loadS = std::max(acc.loadS, e.loadS);
                break;
            }
        },
        &info, error);
    if (!ok)
        return false;
    for (auto &[index, d] : derivedPhases)
        if (size_t(index) >= phaseLine.size() || !phaseLine[size_t(index)])
            addPhase(acc, d->meta, d->set);
    if (!info.hasTotal) {
        acc.total.merge(*derivedTotal);
        acc.loadS = std::max(acc.loadS, lastEnd);
    }
    return true;
}

// The merged target as the engine would have reported it: steps, phases judged, the target's verdict.
TargetOutcome judgeTarget(const TestPlan &plan, int index, const TargetAcc &acc,
                          const std::vector<Threshold> &thresholds)
{
    TargetOutcome o;
    o.target = index;
    o.label = plan.targets[size_t(index)].label;
    for (const auto &[n, a] : acc.steps) {
        StepResult sr = makeStepResult(n, a->meta.users, a->meta.windowStartS, a->meta.windowEndS, a->set);
        sr.phase = a->meta.phase;
        sr.offeredRate = a->meta.offeredRate;
        sr.lateArrivals = a->meta.lateArrivals;
        sr.droppedArrivals = a->meta.droppedArrivals;
        sr.generatorCpuPercent = a->meta.generatorCpuPercent;
        sr.generatorLagMaxMs = a->meta.generatorLagMaxMs;
        o.steps.push_back(sr);
    }
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &ph = plan.phases[i];
        PhaseOutcome po;
        po.index = int(i);
        po.name = ph.name;
        po.kind = profileKindName(ph.profile.kind);
        const auto it = acc.phases.find(int(i));
        if (it == acc.phases.end()) {
            po.reason = QStringLiteral("no shard reached it");
            o.phases.push_back(po);
            continue;
        }
        const PhaseAcc &a = *it->second;
        std::vector<StepResult> ps;
        for (const StepResult &s : o.steps)
            if (s.phase == int(i))
                ps.push_back(s);
        po.state = a.meta.state;
        po.startS = a.meta.startS;
        po.endS = a.meta.endS;
        if (!ps.empty()) {
            po.firstStep = ps.front().step;
            po.lastStep = ps.back().step;
        }
        po.total = makeStepResult(-1, ps.empty() ? 0 : ps.back().users, po.startS, po.endS, a.set);
        po.total.phase = int(i);
        po.total.lateArrivals = po.lateArrivals = a.meta.lateArrivals;
        po.total.droppedArrivals = po.droppedArrivals = a.meta.droppedArrivals;
        po.started = a.meta.started;
        po.cancelled = a.set.cancelled;
        po.verdict = phaseSaturation(ph.profile, ps, plan.saturation);
        po.verdict.slo = evaluateSlo(ps, plan.slo);
        const double planned = estimatedTargetSeconds(ph.profile);
        std::unique_ptr<PhaseWindows> windows;
        if (ph.profile.kind == ProfileKind::Burst)
            windows = std::make_unique<PhaseWindows>(PhaseWindows::coldStart(planned));
        else if (ph.profile.kind == ProfileKind::Sustained || ph.profile.kind == ProfileKind::ConstantRate)
            windows = std::make_unique<PhaseWindows>(PhaseWindows::equalParts(planned));
        if (windows) {
            for (const auto &[key, iv] : acc.intervals)
                if (key.first == int(i))
                    windows->add(iv->startSum / iv->shards - po.startS, iv->endSum / iv->shards - po.startS,
                                 iv->set);
            if (ph.profile.kind == ProfileKind::Burst)
                po.coldStart = coldStartVerdict(*windows);
            else
                po.drift = driftVerdict(*windows);
        }
        po.thresholds = judgePhaseThresholds(phaseThresholds(thresholds, po.name), po, ps);
        o.phases.push_back(po);
    }
    const PhaseOutcome *judged = judgedPhase(plan.phases, o.phases);
    o.verdict = judged ? judged->verdict : detectSaturation({}, plan.saturation);
    if (!judged)
        o.verdict.slo = evaluateSlo({}, plan.slo);
    o.loadSeconds = acc.loadS;
    for (const PhaseOutcome &po : o.phases)
        if (po.ran())
            o.loadSeconds = std::max(o.loadSeconds, po.endS);
    o.total = makeStepResult(-1, o.steps.empty() ? 0 : o.steps.back().users, 0, o.loadSeconds, acc.total);
    o.totalCancelled = acc.total.cancelled;
    o.totalStarted = acc.total.started;
    for (const PhaseOutcome &po : o.phases)
        o.thresholds.insert(o.thresholds.end(), po.thresholds.begin(), po.thresholds.end());
    o.detail = o.detailSource = o.verdict.explanation;
    return o;
}

// Appends the rows (not the header) of every shard's CSV file `name` to the merged target's.
bool appendRows(const std::vector<Shard> &shards, int index, const QString &name, const QString &outDir,
                QString *error)
{
    QFile out(QDir(outDir).filePath(name));
    if (!out.open(QIODevice::Append)) {
        *error = QStringLiteral("cannot append to %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    for (const Shard &s : shards) {
        const TargetSummary *t = s.summary.targetByIndex(index);
        if (!t || t->dir.isEmpty())
            continue;
        QFile in(QDir(QDir(s.dir).filePath(t->dir)).filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            continue;  // a skipped target, or a shard that died before writing it
        in.readLine(); // the header
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            // A shard killed mid-row: only whole rows go on.
            const qsizetype cut = in.atEnd() ? chunk.lastIndexOf('\n') + 1 : chunk.size();
            if (out.write(chunk.constData(), cut) != cut) {
                *error = QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString());
                return false;
            }
        }
    }
    return out.flush();
}

// An existing --out is replaced only when it holds an earlier merge (re-running while shards write).
bool makeRoom(const QString &outDir, QString *aside, QString *error)
{
    const QFileInfo fi(outDir);
    if (!fi.exists() ||
        (fi.isDir() && QDir(outDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return true;
    QByteArray run;
    RunSummary s;
    QString why;
    if (!fi.isDir() || !readFile(QDir(outDir).filePath(QString::fromLatin1(runfiles::run())), &run, &why) ||
        !runSummaryFromJson(run, &s, &why) || s.mergedShards <= 0) {
        *error = QStringLiteral("%1 exists and is not a merged run folder: choose another --out")
                     .arg(QDir::toNativeSeparators(outDir));
        return false;
    }
    *aside = outDir + QStringLiteral(".previous-merge");
    QDir(*aside).removeRecursively();
    if (!QDir().rename(outDir, *aside)) {
        *error =
            QStringLiteral("cannot move the earlier merge %1 aside").arg(QDir::toNativeSeparators(outDir));
        return false;
    }
    return true;
}

} // namespace

QStringList shardFolders(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        const QDir d(p);
        if (d.exists(QString::fromLatin1(runfiles::run()))) {
            out << p;
            continue;
        }
        const QStringList subs = d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &sub : subs) {
            Shard s;
            QString ignored;
            if (loadShard(d.filePath(sub), &s, &ignored))
                out << d.filePath(sub);
        }
    }
    return out;
}

ShardProgress shardProgress(const QStringList &shardDirs)
{
    ShardProgress p;
    for (const QString &dir : shardDirs) {
        Shard s;
        QString ignored;
        if (!loadShard(dir, &s, &ignored))
            continue;
        p.expected = std::max(p.expected, s.summary.shard.count);
        ++p.present;
        if (s.finished())
            ++p.finished;
    }
    return p;
}

bool mergeShards(const QStringList &shardDirsIn, const QString &outDirIn, MergeReport *report, QString *error)
{
    const QStringList shardDirs = shardFolders(shardDirsIn);
    QString local;
    QString &err = error ? *error : local;
    if (shardDirs.isEmpty()) {
        err = QStringLiteral("no shard's run folder in %1").arg(shardDirsIn.join(QStringLiteral(", ")));
        return false;
    }
    std::vector<Shard> shards(size_t(shardDirs.size()));
    for (qsizetype i = 0; i < shardDirs.size(); ++i)
        if (!loadShard(shardDirs[i], &shards[size_t(i)], &err))
            return false;
    if (!checkShards(shards, &err))
        return false;
    const PlanLoadResult loaded = planFromJson(shards.front().planJson);
    if (!loaded.plan) {
        err = QStringLiteral("%1/plan.json cannot be read: %2")
                  .arg(QDir::toNativeSeparators(shards.front().dir),
                       loaded.issues.empty() ? QString() : loaded.issues.front().toString());
        return false;
    }
    const TestPlan &plan = *loaded.plan;
    const std::vector<Threshold> thresholds = activeThresholds(plan);

    MergeReport r;
    r.shards = int(shards.size());
    for (const Shard &s : shards)
        if (!s.finished())
            r.incomplete << s.summary.shard.text();
    // Shards that began a target far apart did not run their steps together: the sums still hold, the
    // per-second figures blur.
    for (const TargetSummary &t : shards.front().summary.targets) {
        QDateTime lo, hi;
        for (const Shard &s : shards)
            if (const TargetSummary *st = s.summary.targetByIndex(t.index); st && st->startedAt.isValid()) {
                lo = lo.isValid() ? std::min(lo, st->startedAt) : st->startedAt;
                hi = hi.isValid() ? std::max(hi, st->startedAt) : st->startedAt;
            }
        if (lo.isValid() && lo.msecsTo(hi) > 2000)
            r.warnings << QStringLiteral("%1: the shards began %2 s apart; give them a common --start-at")
                              .arg(t.label)
                              .arg(double(lo.msecsTo(hi)) / 1000, 0, 'f', 1);
    }

    const QString outDir = QDir(outDirIn).absolutePath();
    QString aside;
    if (!makeRoom(outDir, &aside, &err))
        return false;
    RunRecorder recorder;
    // A merge that fails half-way leaves no half-merged folder: it goes, and the earlier merge comes back.
    auto restore = [&] {
        if (!recorder.runDir().isEmpty())
            QDir(recorder.runDir()).removeRecursively();
        if (!aside.isEmpty())
            QDir().rename(aside, outDir);
    };
    const QFileInfo out(outDir);
    if (!recorder.open(out.absolutePath(), out.fileName(), plan, &err)) {
        restore();
        return false;
    }
    recorder.writer()->setMerged(r.shards, r.incomplete);

    RunOutcome outcome;
    // Every target some shard came to, in plan order (a shard that died early has not come to all).
    std::map<int, const TargetSummary *> firsts;
    for (const Shard &s : shards)
        for (const TargetSummary &t : s.summary.targets)
            if (t.index >= 0 && t.index < int(plan.targets.size()) && !firsts.count(t.index))
                firsts[t.index] = &t;
    for (const auto &[index, firstSeen] : firsts) {
        const Target &target = plan.targets[size_t(index)];
        // A target is skipped when every shard skipped it; one that some shard ran is merged from those.
        const TargetSummary *ran = nullptr;
        for (const Shard &s : shards)
            if (const TargetSummary *t = s.summary.targetByIndex(index);
                t && !ran && !t->status.startsWith(QLatin1String("skipped")))
                ran = t;
        const TargetSummary &first = ran ? *ran : *firstSeen;
        if (!ran) {
            // Every shard checked the same endpoint; the first one's reason stands for all.
            const QString why = first.status.mid(int(qstrlen("skipped: ")));
            recorder.targetSkipped(index, target, first.authMethod, why);
            TargetOutcome o;
            o.target = index;
            o.label = target.label;
            o.phase = TargetPhase::Skipped;
            o.detail = o.detailSource = why;
            if (why.startsWith(QLatin1String("health check")))
                outcome.healthFailed = true;
            outcome.targets.push_back(o);
            continue;
        }
        TargetAcc acc;
        bool cancelled = false;
        for (const Shard &s : shards) {
            const TargetSummary *t = s.summary.targetByIndex(index);
            if (!t || t->dir.isEmpty())
                continue; // this shard has not come to the target yet
            if (t->status != QLatin1String("completed"))
                cancelled = true; // cut short, still running, or skipped by this shard alone
            const QString path =
                QDir(QDir(s.dir).filePath(t->dir)).filePath(QString::fromLatin1(runfiles::histograms()));
            if (!QFileInfo::exists(path) && t->status.startsWith(QLatin1String("skipped")))
                continue;
            if (!readShardTarget(path, acc, &err)) {
                restore();
                return false;
            }
        }
        TargetOutcome o = judgeTarget(plan, index, acc, thresholds);
        o.phase = cancelled ? TargetPhase::Cancelled : TargetPhase::Completed;
        recorder.targetStarted(index, target, first.authMethod, 0);
        IntervalAggregator agg;
        for (const auto &[key, iv] : acc.intervals) {
            agg.addWorkerDelta(iv->set);
            IntervalSnapshot s = agg.takeSnapshot(index, iv->startSum / iv->shards, iv->endSum / iv->shards,
                                                  iv->meta.users, iv->meta.step, iv->meta.generator);
            s.phase = iv->meta.phase;
            s.offeredRate = iv->meta.offeredRate;
            recorder.intervalRecorded(s, agg.total());
        }
        recorder.targetFinished(o, acc.total);
        const QString dir = recorder.writer()->targetDir(index);
        if (!appendRows(shards, index, QString::fromLatin1(runfiles::requests()), dir, &err) ||
            !appendRows(shards, index, QString::fromLatin1(runfiles::failures()), dir, &err)) {
            restore();
            return false;
        }
        for (const ThresholdResult &t : o.thresholds)
            if (!t.passed)
                outcome.thresholdsPassed = false;
        outcome.targets.push_back(std::move(o));
    }
    recorder.runFinished(outcome);
    if (!outcome.error.isEmpty()) {
        err = outcome.error;
        restore();
        return false;
    }
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    r.runDir = outcome.runDir;
    r.outcome = outcome;
    r.plan = plan;
    if (report)
        *report = std::move(r);
    return true;
}

} // namespace plateau
