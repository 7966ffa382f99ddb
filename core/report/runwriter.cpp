#include "core/report/runwriter.h"

#include "core/common/fileio.h"
#include "core/plan/planio.h"
#include "core/report/columns.h"
#include "core/report/csv.h"
#include "core/report/histogramsfile.h"
#include "core/report/locustformat.h"
#include "core/report/safename.h"
#include "core/report/tagcolumns.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <algorithm>
#include <bitset>
#include <nlohmann/json.hpp>

namespace plateau {

namespace {

constexpr qint64 kFlushIntervalMs =
    1000; // docs/architecture.md, "The run folder": a crash loses at most about a second
constexpr qsizetype kWriteChunk = 256 * 1024;
// Held from open() to finish(): the folder is proved writable, with space to spare, before the load starts,
// and when the disk fills mid-run this space is what the last run.json and the dashboard are written into.
constexpr std::int64_t kReserveBytes = 4 * 1024 * 1024;
const char *const kReserveName = ".plateau-reserve";
constexpr int kMaxDetailChars = 2000;
constexpr int kMaxRunNameAttempts = 10000;

const char kRequestsHeader[] =
    "intended_ms,send_ms,headers_ms,first_event_ms,first_delta_ms,last_delta_ms,"
    "end_ms,user,step,worker,http_status,failure,deltas,output_tokens,bytes,"
    "latency_ms,ttft_ms,itl_ms,retry_after_s,tag,journey_step,checks_failed,connect_ms,"
    "tls_ms\n";
const char kFailuresHeader[] = "time_ms,user,step,failure,http_status,retry_after_s,detail\n";

QString hostName()
{
    const QString h = QSysInfo::machineHostName();
    return h.isEmpty() ? QStringLiteral("unknown") : h;
}

QString osName()
{
    return QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelType() + QLatin1Char(' ') +
           QSysInfo::kernelVersion() + QStringLiteral(", ") + QSysInfo::currentCpuArchitecture() +
           QLatin1Char(')');
}

bool dirIsEmpty(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

void redactJson(nlohmann::ordered_json &j)
{
    if (j.is_array()) {
        for (auto &e : j)
            redactJson(e);
        return;
    }
    if (!j.is_object())
        return;
    // {"name": "Authorization", "value": "..."} wherever it appears (headers are stored that way).
    const auto name = j.find("name");
    const auto value = j.find("value");
    if (name != j.end() && value != j.end() && name->is_string() && value->is_string() &&
        isSecretName(QString::fromStdString(name->get<std::string>())))
        *value = redactedValue().toStdString();
    for (auto it = j.begin(); it != j.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (key == QLatin1String("headers") && it->is_object()) {
            // A name -> value map form of headers.
            for (auto h = it->begin(); h != it->end(); ++h) {
                if (h->is_string() && isSecretName(QString::fromStdString(h.key())))
                    *h = redactedValue().toStdString();
            }
        } else if (key == QLatin1String("url") && it->is_string()) {
            *it = redactUrl(QString::fromStdString(it->get<std::string>())).toStdString();
        } else {
            redactJson(*it);
        }
    }
}

// After durationS is set: the per-second totals are over the load phase.
void summarizeInto(TargetSummary *t, const MetricSet &total)
{
    t->totals.ok = total.ok;
    t->totals.failed = total.failed();
    t->totals.cancelled = total.cancelled;
    t->totals.requests = total.completed + total.cancelled;
    t->totals.failures = total.failures;
    t->totals.retryAfterCount = total.retryAfterCount;
    t->totals.retryAfterMeanS =
        total.retryAfterCount ? double(total.retryAfterSumS) / double(total.retryAfterCount) : 0.0;
    t->totals.retryAfterMaxS = total.retryAfterMaxS;
    t->totals.failures[static_cast<int>(FailureClass::None)] = 0;
    t->totals.failures[static_cast<int>(FailureClass::Cancelled)] = 0;
    t->totals.deltas = total.deltas;
    t->totals.outputTokens = total.outputTokens;
    t->totals.deltasPerS = t->durationS > 0 ? double(total.deltas) / t->durationS : 0.0;
    t->totals.outputTokensPerS = t->durationS > 0 ? double(total.outputTokens) / t->durationS : 0.0;
    t->latency = summarize(total.latency);
    t->ttft = summarize(total.ttft);
    t->headers = summarize(total.headers);
    t->firstEvent = summarize(total.firstEvent);
    t->itl = summarize(total.itl);
    t->tpot = summarize(total.tpot);
    t->connect = summarize(total.connect);
    t->tlsHandshake = summarize(total.tlsHandshake);
}

// Retry-After in seconds: empty when the answer had none.
void retryAfter(csv::Row &row, std::int32_t seconds)
{
    if (seconds < 0)
        row.empty();
    else
        row.unsignedInteger(std::uint64_t(seconds));
}

// Relative request time: empty when the event did not happen (0 on the engine clock).
void relTime(csv::Row &row, std::int64_t ns, std::int64_t origin)
{
    if (ns == 0)
        row.empty();
    else
        row.msFromNs(ns - origin);
}

void derived(csv::Row &row, std::int64_t ns)
{
    if (ns < 0)
        row.empty();
    else
        row.msFromNs(ns);
}

// The failed checks of a request: the bits of its mask that belong to a check that was judged.
unsigned failedChecks(const RequestRecord &r)
{
    const std::uint32_t judged = r.checksRun >= 32 ? ~0u : ((1u << r.checksRun) - 1u);
    return unsigned(std::bitset<32>(r.checksFailedMask & judged).count());
}

} // namespace

struct RunWriter::Streams
{
    // tagTimeseries stays closed without a journey, histograms without a shard.
    fileio::AppendFile requests, timeseries, failures, history, tagTimeseries, histograms;
    fileio::AppendFile *all[6] = {&requests, &timeseries, &failures, &history, &tagTimeseries, &histograms};
};

QByteArray redactedPlanJson(const TestPlan &plan)
{
    const QByteArray raw = planToJson(plan);
    nlohmann::ordered_json j =
        nlohmann::ordered_json::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
    if (j.is_discarded()) // never write what could not be checked for credentials
        return QByteArrayLiteral("{\"error\": \"the plan could not be serialised\"}\n");
    redactJson(j);
    return QByteArray::fromStdString(
               j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)) +
           '\n';
}

RunWriter::RunWriter() = default;

RunWriter::~RunWriter()
{
    closeStreams();
}

bool RunWriter::open(const QString &runsDir, const QString &runName, const TestPlan &plan, QString *error)
{
    if (isOpen()) {
        if (error)
            *error = QStringLiteral("the run folder %1 is already open").arg(m_runDir);
        return false;
    }
    if (!QDir().mkpath(runsDir)) {
        if (error)
            *error = QStringLiteral("cannot create the runs folder %1").arg(runsDir);
        return false;
    }
    const QString base = sanitizeFileName(runName, QStringLiteral("run"));
    QDir runs(runsDir);
    QString name;
    for (int i = 1; i <= kMaxRunNameAttempts && name.isEmpty(); ++i) {
        const QString candidate = i == 1 ? base : base + QLatin1Char('-') + QString::number(i);
        const QString path = runs.filePath(candidate);
        // mkdir fails when the entry exists, which is what makes two writers never share a folder.
        if (runs.mkdir(candidate) || (QFileInfo(path).isDir() && dirIsEmpty(path)))
            name = candidate;
    }
    if (name.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot create a run folder named %1 in %2").arg(base, runsDir);
        return false;
    }
    m_runDir = QDir::cleanPath(runs.absoluteFilePath(name));
    m_error.clear();
    QString reserveError;
    if (!m_reserve.reserve(QDir(m_runDir).filePath(QLatin1String(kReserveName)), kReserveBytes,
                           &reserveError)) {
        if (error)
            *error = QStringLiteral("the run folder %1 is not writable with %2 MiB to spare: %3")
                         .arg(m_runDir)
                         .arg(kReserveBytes / (1024 * 1024))
                         .arg(reserveError);
        QDir(m_runDir).removeRecursively(); // nothing was written into it yet
        m_runDir.clear();
        return false;
    }
    m_takenDirs = {QString::fromLatin1(runfiles::plan()), QString::fromLatin1(runfiles::run()),
                   QString::fromLatin1(runfiles::dashboard())};

    m_phaseNames.clear();
    for (const Phase &ph : plan.phases)
        m_phaseNames.append(ph.name);
    m_tagNames = plan.journey.enabled() ? plan.journey.tags() : QStringList();
    m_stepNames.clear();
    for (const JourneyStep &st : plan.journey.steps)
        m_stepNames.append(st.name);
    m_summary = RunSummary();
    m_summary.thresholdSet = plan.thresholdSet;
    m_summary.tlsInsecure = plan.tls.insecure;
    m_summary.toolVersion = QStringLiteral(PLATEAU_VERSION);
    m_summary.host = hostName();
    m_summary.os = osName();
    m_summary.runName = name;
    m_summary.status = QStringLiteral("running");
    m_summary.startedAt = QDateTime::currentDateTimeUtc();
    for (size_t i = 0; i < plan.targets.size(); ++i) {
        const Target &t = plan.targets[i];
        TargetSummary ts;
        ts.index = static_cast<int>(i);
        ts.label = t.label;
        ts.url = redactUrl(t.url);
        ts.computeSize = t.computeSize;
        ts.workers = t.workers;
        ts.authMethod = t.authRef.isEmpty() ? QStringLiteral("none") : QString();
        ts.status = t.enabled ? QStringLiteral("pending") : QStringLiteral("disabled");
        m_summary.targets.push_back(ts);
    }

    QString err;
    if (!writeOnce(QDir(m_runDir).filePath(QString::fromLatin1(runfiles::plan())), redactedPlanJson(plan),
                   &err) ||
        !writeRunJson(&err)) {
        if (error)
            *error = err;
        m_reserve.release();
        QDir(m_runDir).removeRecursively(); // a folder that failed here holds no results
        m_runDir.clear();
        return false;
    }
    return true;
}

TargetSummary *RunWriter::targetState(int index)
{
    for (TargetSummary &t : m_summary.targets) {
        if (t.index == index)
            return &t;
    }
    TargetSummary t;
    t.index = index;
    m_summary.targets.push_back(t);
    return &m_summary.targets.back();
}

TargetSummary *RunWriter::current()
{
    return m_current >= 0 ? targetState(m_current) : nullptr;
}

QString RunWriter::targetDir(int index) const
{
    for (const TargetSummary &t : m_summary.targets) {
        if (t.index == index && !t.dir.isEmpty())
            return QDir(m_runDir).filePath(t.dir);
    }
    return QString();
}

void RunWriter::setAuthMethod(int index, const QString &method)
{
    targetState(index)->authMethod = method;
}

bool RunWriter::beginTarget(int index, const Target &t, std::int64_t targetStartNs, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = QStringLiteral("no run folder is open");
        return false;
    }
    closeStreams();
    const QString dirName =
        uniqueName(sanitizeFileName(t.label, QStringLiteral("target-%1").arg(index + 1)), m_takenDirs);
    QDir run(m_runDir);
    if (!run.mkdir(dirName) &&
        !(QFileInfo(run.filePath(dirName)).isDir() && dirIsEmpty(run.filePath(dirName)))) {
        if (error)
            *error = QStringLiteral("cannot create the target folder %1").arg(run.filePath(dirName));
        return false;
    }
    m_takenDirs.append(dirName);
    const QDir dir(run.filePath(dirName));

    auto streams = std::make_unique<Streams>();
    const char *names[4] = {runfiles::requests(), runfiles::timeseries(), runfiles::failures(),
                            runfiles::statsHistory()};
    for (int i = 0; i < 4; ++i) {
        QString err;
        if (!streams->all[i]->open(dir.filePath(QString::fromLatin1(names[i])), &err)) {
            noteError(err);
            if (error)
                *error = err;
            return false;
        }
    }
    streams->requests.append(QByteArray(kRequestsHeader));
    streams->timeseries.append(csv::headerLine(columns::timeseriesHeader()));
    streams->failures.append(QByteArray(kFailuresHeader));
    streams->history.append(QByteArray(locust::kHistoryHeader) + '\n');
    if (!m_tagNames.isEmpty()) {
        QString err;
        if (!streams->tagTimeseries.open(dir.filePath(QString::fromLatin1(runfiles::tagTimeseries())),
                                         &err)) {
            noteError(err);
            if (error)
                *error = err;
            return false;
        }
        streams->tagTimeseries.append(csv::headerLine(columns::tagTimeseriesHeader()));
    }
    if (m_keepHistograms) {
        QString err;
        if (!streams->histograms.open(dir.filePath(QString::fromLatin1(runfiles::histograms())), &err)) {
            noteError(err);
            if (error)
                *error = err;
            return false;
        }
        streams->histograms.append(histogramsHeaderLine());
    }
    m_streams = std::move(streams);
    flush();

    m_current = index;
    m_originNs = targetStartNs;
    m_lastSnapshotEndS = 0;
    m_sinceFlush.start();

    TargetSummary *ts = targetState(index);
    ts->label = t.label;
    ts->url = redactUrl(t.url);
    ts->computeSize = t.computeSize;
    ts->workers = t.workers;
    ts->dir = dirName;
    ts->status = QStringLiteral("running");
    ts->startedAt = QDateTime::currentDateTimeUtc();
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return false;
    }
    return writeRunJson(error);
}

void RunWriter::writeStream(fileio::AppendFile *f, const QByteArray &data)
{
    if (data.isEmpty())
        return;
    f->append(data);
    if (f->failed())
        noteError(f->error());
}

void RunWriter::noteError(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

void RunWriter::appendRequests(const RequestRecord *records, size_t n, const QStringList *details)
{
    if (!m_streams || !records)
        return;
    m_buf.resize(0); // keeps the capacity (clear() would free it)
    m_failBuf.resize(0);
    for (size_t i = 0; i < n; ++i) {
        const RequestRecord &r = records[i];
        csv::Row row(m_buf);
        relTime(row, r.intendedNs, m_originNs);
        relTime(row, r.sendNs, m_originNs);
        relTime(row, r.headersNs, m_originNs);
        relTime(row, r.firstEventNs, m_originNs);
        relTime(row, r.firstDeltaNs, m_originNs);
        relTime(row, r.lastDeltaNs, m_originNs);
        relTime(row, r.endNs, m_originNs);
        row.unsignedInteger(r.userId).unsignedInteger(r.step).unsignedInteger(r.worker);
        row.unsignedInteger(r.httpStatus).text(failureClassKey(r.failure));
        row.unsignedInteger(r.deltas).unsignedInteger(r.outputTokens).unsignedInteger(r.bytes);
        derived(row, r.latencyNs());
        derived(row, r.ttftNs());
        derived(row, r.itlNs());
        retryAfter(row, r.retryAfterS);
        // Journeys: the tag and step that sent it, and how many of its checks failed (empty columns for the
        // plan's request, so a reader of the older columns is unaffected).
        if (r.journeyStep >= 0 && !m_tagNames.isEmpty()) {
            row.text(r.tag < m_tagNames.size() ? m_tagNames.at(r.tag) : QString::number(r.tag));
            row.text(r.journeyStep < m_stepNames.size() ? m_stepNames.at(r.journeyStep)
                                                        : QString::number(r.journeyStep));
            row.unsignedInteger(failedChecks(r));
        } else {
            row.empty().empty().empty();
        }
        // Connection setup: 0 on a reused connection, empty when the transport does not report it.
        if (r.connectionReported)
            row.msFromNs(std::int64_t(r.connectUs) * 1000).msFromNs(std::int64_t(r.tlsUs) * 1000);
        else
            row.empty().empty();
        row.end();

        if (isServerFailure(r.failure)) {
            csv::Row f(m_failBuf);
            relTime(f, r.endNs ? r.endNs : r.sendNs, m_originNs);
            f.unsignedInteger(r.userId).unsignedInteger(r.step).text(failureClassKey(r.failure));
            f.unsignedInteger(r.httpStatus);
            retryAfter(f, r.retryAfterS);
            if (details && static_cast<qsizetype>(i) < details->size())
                f.text(details->at(static_cast<qsizetype>(i)).left(kMaxDetailChars));
            else
                f.empty();
            f.end();
        }
        if (m_buf.size() > kWriteChunk) {
            writeStream(&m_streams->requests, m_buf);
            m_buf.resize(0);
            // Only whole rows are in the buffer: a write that fails part-way is cut back to a row end.
            if (!m_streams->requests.flush())
                noteError(m_streams->requests.error());
        }
    }
    writeStream(&m_streams->requests, m_buf);
    writeStream(&m_streams->failures, m_failBuf);
    if (m_sinceFlush.elapsed() >= kFlushIntervalMs)
        flush();
}

void RunWriter::appendInterval(const IntervalSnapshot &s, const MetricSet &cumulative)
{
    if (!m_streams)
        return;
    m_buf.resize(0);
    columns::appendTimeseriesRow(m_buf, s, m_phaseNames);
    writeStream(&m_streams->timeseries, m_buf);

    const std::uint64_t failed = serverFailureCount(s.failures);
    const double interval = s.tEndS - s.tStartS;
    m_buf.resize(0);
    // Locust stamps history rows with the wall clock when it writes them; so do we.
    locust::appendHistoryRows(m_buf, QDateTime::currentSecsSinceEpoch(), s.users, s.qps,
                              interval > 0 ? static_cast<double>(failed) / interval : 0.0, cumulative);
    writeStream(&m_streams->history, m_buf);
    if (!m_tagNames.isEmpty() && !s.tags.empty()) {
        m_buf.resize(0);
        for (const TagInterval &t : s.tags)
            columns::appendTagIntervalRow(m_buf, s, t, m_phaseNames, m_tagNames);
        writeStream(&m_streams->tagTimeseries, m_buf);
    }
    m_lastSnapshotEndS = std::max(m_lastSnapshotEndS, s.tEndS);
    // Snapshots come a few times per second: flushing on each is cheap and keeps the files current.
    flush();
}

void RunWriter::setShard(const ShardSlice &slice, const QDateTime &scheduleStart)
{
    m_summary.shard = slice;
    m_summary.scheduleStart = scheduleStart;
    m_keepHistograms = slice.sharded();
}

void RunWriter::setMerged(int shards, const QStringList &incomplete)
{
    m_summary.mergedShards = shards;
    m_summary.incompleteShards = incomplete;
}

void RunWriter::appendIntervalSet(const IntervalSnapshot &s, const MetricSet &interval)
{
    if (m_streams && m_keepHistograms)
        writeStream(&m_streams->histograms, intervalHistogramsLine(s, interval));
}

void RunWriter::appendStepSet(const StepResult &step, const MetricSet &set)
{
    if (m_streams && m_keepHistograms)
        writeStream(&m_streams->histograms, stepHistogramsLine(step, set));
}

void RunWriter::appendPhaseSet(const PhaseOutcome &phase, const MetricSet &set)
{
    if (m_streams && m_keepHistograms)
        writeStream(&m_streams->histograms, phaseHistogramsLine(phase, set));
}

void RunWriter::flush()
{
    if (!m_streams)
        return;
    for (fileio::AppendFile *f : m_streams->all) {
        if (!f->flush())
            noteError(f->error());
    }
    m_sinceFlush.restart();
}

void RunWriter::closeStreams()
{
    if (!m_streams)
        return;
    for (fileio::AppendFile *f : m_streams->all) {
        if (!f->close())
            noteError(f->error());
    }
    m_streams.reset();
}

void RunWriter::setPhases(int index, const std::vector<PhaseOutcome> &phases)
{
    targetState(index)->phases = phases;
}

void RunWriter::setTags(int index, const std::vector<TagOutcome> &tags)
{
    targetState(index)->tags = tags;
}

void RunWriter::setEnvironmentGuard(int index, const QString &detail, bool overridden)
{
    TargetSummary *ts = targetState(index);
    ts->guardDetail = detail;
    ts->guardOverridden = overridden;
}

bool RunWriter::finishTarget(const std::vector<StepResult> &steps, const SaturationVerdict &v,
                             const MetricSet &total, const QString &status, QString *error)
{
    TargetSummary *ts = current();
    if (!ts || ts->dir.isEmpty()) {
        if (error)
            *error = QStringLiteral("finishTarget without beginTarget");
        return false;
    }
    const QDir dir(QDir(m_runDir).filePath(ts->dir));
    if (m_streams && m_keepHistograms)
        writeStream(&m_streams->histograms, totalHistogramsLine(m_lastSnapshotEndS, total));
    closeStreams();

    QByteArray stepsCsv = csv::headerLine(columns::stepsHeader());
    for (const StepResult &s : steps)
        columns::appendStepRow(stepsCsv, s, m_phaseNames);
    QByteArray stats = QByteArray(locust::kStatsHeader) + '\n';
    locust::appendStatsRows(stats, total, m_lastSnapshotEndS);
    // One row per phase and tag; a target whose phases carry no tags (yet) gets its whole-load ones under
    // the first phase's name.
    QByteArray tagsCsv;
    if (!m_tagNames.isEmpty()) {
        tagsCsv = csv::headerLine(columns::tagsHeader());
        bool anyPhaseTags = false;
        for (const PhaseOutcome &p : ts->phases) {
            for (const TagOutcome &t : p.tags)
                columns::appendTagRow(tagsCsv, p.name, t);
            anyPhaseTags = anyPhaseTags || !p.tags.empty();
        }
        if (!anyPhaseTags) {
            for (const TagOutcome &t : ts->tags)
                columns::appendTagRow(tagsCsv, columns::phaseNameOf(m_phaseNames, 0), t);
        }
    }

    ts->status = status.isEmpty() ? QStringLiteral("completed") : status;
    ts->finishedAt = QDateTime::currentDateTimeUtc();
    ts->durationS = m_lastSnapshotEndS;
    ts->verdict = v;
    summarizeInto(ts, total);
    m_current = -1;

    QString err;
    const bool ok = writeOnce(dir.filePath(QString::fromLatin1(runfiles::steps())), stepsCsv, &err) &&
                    writeOnce(dir.filePath(QString::fromLatin1(runfiles::stats())), stats, &err) &&
                    (tagsCsv.isEmpty() ||
                     writeOnce(dir.filePath(QString::fromLatin1(runfiles::tags())), tagsCsv, &err)) &&
                    writeRunJson(&err);
    if (!ok && error)
        *error = err;
    return ok && m_error.isEmpty();
}

bool RunWriter::finish(const RunSummary &summary, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = QStringLiteral("no run folder is open");
        return false;
    }
    closeStreams();
    // The last files go into the space held since open(): they fit even when the disk filled mid-run.
    m_reserve.release();
    RunSummary merged = summary;
    merged.runName = m_summary.runName;
    if (merged.toolVersion.isEmpty())
        merged.toolVersion = m_summary.toolVersion;
    if (merged.host.isEmpty())
        merged.host = m_summary.host;
    if (merged.os.isEmpty())
        merged.os = m_summary.os;
    if (!merged.startedAt.isValid())
        merged.startedAt = m_summary.startedAt;
    if (merged.thresholdSet.isEmpty())
        merged.thresholdSet = m_summary.thresholdSet;
    merged.tlsInsecure = merged.tlsInsecure || m_summary.tlsInsecure;
    if (!merged.finishedAt.isValid())
        merged.finishedAt = QDateTime::currentDateTimeUtc();
    if (merged.status.isEmpty() || merged.status == QLatin1String("running"))
        merged.status = QStringLiteral("completed");
    merged.shard = m_summary.shard;
    merged.scheduleStart = m_summary.scheduleStart;
    merged.mergedShards = m_summary.mergedShards;
    merged.incompleteShards = m_summary.incompleteShards;
    if (!merged.incompleteShards.isEmpty()) {
        // A merge of shards that had not finished holds what they had written: never a finished run.
        merged.status = QStringLiteral("incomplete");
        merged.exitReason =
            QStringLiteral("shard%1 %2 had not finished: the figures hold what %3 written; %4")
                .arg(merged.incompleteShards.size() > 1 ? QStringLiteral("s") : QString(),
                     merged.incompleteShards.join(QStringLiteral(", ")),
                     merged.incompleteShards.size() > 1 ? QStringLiteral("they had")
                                                        : QStringLiteral("it had"),
                     merged.exitReason);
    }

    for (TargetSummary &t : merged.targets) {
        const TargetSummary *mine = m_summary.targetByIndex(t.index);
        if (!mine)
            continue;
        t.dir = mine->dir; // only the writer knows the folder names
        if (t.label.isEmpty())
            t.label = mine->label;
        t.url = redactUrl(t.url.isEmpty() ? mine->url : t.url);
        if (t.computeSize.isEmpty())
            t.computeSize = mine->computeSize;
        if (t.workers == 0)
            t.workers = mine->workers;
        if (t.authMethod.isEmpty())
            t.authMethod = mine->authMethod;
        if (t.status.isEmpty())
            t.status = mine->status;
        if (!t.startedAt.isValid())
            t.startedAt = mine->startedAt;
        if (!t.finishedAt.isValid())
            t.finishedAt = mine->finishedAt;
        if (t.durationS == 0)
            t.durationS = mine->durationS;
        if (!t.hasTotals())
            t.totals = mine->totals;
        if (t.latency.count == 0) {
            t.latency = mine->latency;
            t.ttft = mine->ttft;
            t.headers = mine->headers;
            t.firstEvent = mine->firstEvent;
            t.itl = mine->itl;
            t.tpot = mine->tpot;
            t.connect = mine->connect;
            t.tlsHandshake = mine->tlsHandshake;
        }
        if (!t.verdict.hasData)
            t.verdict = mine->verdict;
        if (t.phases.empty())
            t.phases = mine->phases;
        if (t.tags.empty())
            t.tags = mine->tags;
        if (t.guardDetail.isEmpty()) {
            t.guardDetail = mine->guardDetail;
            t.guardOverridden = mine->guardOverridden;
        }
    }
    // Targets the engine did not mention keep what the writer recorded.
    for (const TargetSummary &mine : m_summary.targets) {
        if (!merged.targetByIndex(mine.index))
            merged.targets.push_back(mine);
    }
    std::sort(merged.targets.begin(), merged.targets.end(),
              [](const TargetSummary &a, const TargetSummary &b) { return a.index < b.index; });
    m_summary = std::move(merged);
    return writeRunJson(error);
}

bool RunWriter::writeRunJson(QString *error)
{
    return writeOnce(QDir(m_runDir).filePath(QString::fromLatin1(runfiles::run())),
                     runSummaryToJson(m_summary), error);
}

bool RunWriter::writeOnce(const QString &path, const QByteArray &data, QString *error)
{
    QString err;
    if (fileio::writeAtomic(path, data, &err))
        return true;
    noteError(err);
    if (error)
        *error = err;
    return false;
}

} // namespace plateau
