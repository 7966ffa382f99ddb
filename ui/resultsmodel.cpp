#include "ui/resultsmodel.h"

#include "core/metrics/thresholds.h"
#include "ui/format.h"
#include "ui/metricdefs.h"
#include "ui/targetstatus.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace plateau {

namespace {

QString tsvField(QString s)
{
    s.replace(u'\t', u' ');
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    return s;
}

} // namespace

ResultRow ResultRow::fromOutcome(const TargetOutcome &o, const QString &computeSize)
{
    ResultRow r;
    r.target = o.target;
    r.label = o.label;
    r.computeSize = computeSize;
    r.phase = o.phase;
    r.detail = o.detail;
    r.thresholds = o.thresholds;
    r.status = targetStatusText(o.phase, o.detail, o.thresholds);
    r.verdict = o.verdict;
    r.ok = o.total.ok;
    r.failed = serverFailureCount(o.total.failures);
    r.requests = r.ok + r.failed;
    r.cancelled = o.totalCancelled;
    r.failures = o.total.failures;
    r.failureRate = r.requests ? double(r.failed) / double(r.requests) : 0.0;
    r.latency = o.total.latency;
    r.ttft = o.total.ttft;
    r.phases = o.phases;
    r.tags = o.tags;
    r.hasTotals = r.requests > 0 || o.phase == TargetPhase::Completed || o.phase == TargetPhase::Cancelled;
    return r;
}

ResultRow ResultRow::fromSummary(const TargetSummary &s)
{
    ResultRow r;
    r.target = s.index;
    r.label = s.label;
    r.computeSize = s.computeSize;
    r.thresholds = s.thresholds;
    // run.json keeps the status as the recorder wrote it ("completed", "skipped: <why>"); read back, it
    // reads as the live run did. A status that names no finished phase ("running": the run died) stays.
    if (targetPhaseFromStatus(s.status, &r.phase, &r.detail))
        r.status = targetStatusText(r.phase, r.detail, r.thresholds);
    else
        r.status = s.status;
    r.verdict = s.verdict;
    r.ok = s.totals.ok;
    r.failed = s.totals.failed;
    r.requests = r.ok + r.failed;
    r.cancelled = s.totals.cancelled;
    r.failures = s.totals.failures;
    r.failureRate = r.requests ? double(r.failed) / double(r.requests) : 0.0;
    r.latency = s.latency;
    r.ttft = s.ttft;
    r.hasTotals = s.hasTotals();
    r.phases = s.phases; // a reopened run shows its phases as the live one did
    r.tags = s.tags;
    return r;
}

ResultsModel::ResultsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ResultsModel::setRows(std::vector<ResultRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    recomputeBest();
    endResetModel();
}

void ResultsModel::clear()
{
    setRows({});
}

int ResultsModel::rowForTarget(int target) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].target == target)
            return int(i);
    }
    return -1;
}

void ResultsModel::setRow(const ResultRow &row)
{
    const int i = rowForTarget(row.target);
    const int oldBest = m_best;
    if (i < 0) {
        // The highlight moves only after the insertion: a row's text must not change inside it.
        beginInsertRows(QModelIndex(), rowCount(), rowCount());
        m_rows.push_back(row);
        endInsertRows();
        recomputeBest();
    } else {
        m_rows[std::size_t(i)] = row;
        recomputeBest();
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    if (oldBest != m_best) {
        for (int r : {oldBest, m_best}) {
            if (r >= 0 && r < rowCount())
                emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
}

void ResultsModel::setStatus(int target, const QString &status)
{
    const int i = rowForTarget(target);
    if (i < 0 || m_rows[std::size_t(i)].status == status)
        return;
    m_rows[std::size_t(i)].status = status;
    emit dataChanged(index(i, StatusColumn), index(i, StatusColumn));
}

void ResultsModel::setPhase(int target, TargetPhase phase, const QString &detail)
{
    const int i = rowForTarget(target);
    if (i < 0)
        return;
    ResultRow &r = m_rows[std::size_t(i)];
    r.phase = phase;
    r.detail = detail;
    const QString status = targetStatusText(phase, detail, r.thresholds);
    if (r.status == status)
        return;
    r.status = status;
    emit dataChanged(index(i, StatusColumn), index(i, StatusColumn));
}

void ResultsModel::setVerdict(int target, const SaturationVerdict &verdict)
{
    const int i = rowForTarget(target);
    if (i < 0)
        return;
    ResultRow row = m_rows[std::size_t(i)];
    row.verdict = verdict;
    setRow(row);
}

int ResultsModel::bestRow() const
{
    return m_best;
}

void ResultsModel::recomputeBest()
{
    m_best = -1;
    double best = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const SaturationVerdict &v = m_rows[i].verdict;
        if (v.hasData && v.peakQpsOk > best) {
            best = v.peakQpsOk;
            m_best = int(i);
        }
    }
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::failuresText(const FailureCounts &f)
{
    QStringList parts;
    for (int c = 0; c < kFailureClassCount; ++c) {
        if (isServerFailure(FailureClass(c)) && f[std::size_t(c)] > 0)
            parts << QStringLiteral("%1 %2")
                         .arg(QString::fromLatin1(failureClassKey(FailureClass(c))))
                         .arg(f[std::size_t(c)]);
    }
    return parts.join(QStringLiteral(", "));
}

bool ResultsModel::statusIsProblem(const ResultRow &r)
{
    return r.phase == TargetPhase::Skipped || failedThresholdCount(r.thresholds) > 0;
}

QVariant ResultsModel::value(const ResultRow &r, int column) const
{
    const bool verdict = r.verdict.hasData;
    switch (column) {
    case TargetColumn:
        return r.run.isEmpty() ? r.label : r.run + QStringLiteral(" / ") + r.label;
    case ComputeColumn:
        return r.computeSize;
    case PeakQpsOkColumn:
        return verdict ? QVariant(r.verdict.peakQpsOk) : QVariant();
    case PeakQpsColumn:
        return verdict ? QVariant(r.verdict.peakQps) : QVariant();
    case UsersAtPeakColumn:
        return verdict ? QVariant(r.verdict.usersAtPeak) : QVariant();
    case KneeColumn:
        return verdict && r.verdict.kneeUsers > 0 ? QVariant(r.verdict.kneeUsers) : QVariant();
    case MaxQpsSloColumn:
        return r.verdict.slo.evaluated && r.verdict.slo.met ? QVariant(r.verdict.slo.maxQpsOk) : QVariant();
    case TtftP50Column:
        return r.ttft.count ? QVariant(r.ttft.p50Ms) : QVariant();
    case TtftP95Column:
        return r.ttft.count ? QVariant(r.ttft.p95Ms) : QVariant();
    case LatencyP50Column:
        return r.latency.count ? QVariant(r.latency.p50Ms) : QVariant();
    case LatencyP95Column:
        return r.latency.count ? QVariant(r.latency.p95Ms) : QVariant();
    case LatencyP99Column:
        return r.latency.count ? QVariant(r.latency.p99Ms) : QVariant();
    case FailureRateColumn:
        return r.hasTotals && r.requests ? QVariant(r.failureRate) : QVariant();
    case FailuresByClassColumn:
        return failuresText(r.failures);
    case RequestsColumn:
        return r.hasTotals ? QVariant(qulonglong(r.requests)) : QVariant();
    case StatusColumn:
        return r.status;
    }
    return QVariant();
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const ResultRow &r = m_rows[std::size_t(index.row())];
    const int col = index.column();
    const bool best = index.row() == m_best;
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(r, col);
        // Judged and no step met it: a dash, so it does not read as "not measured"; the tooltip says why.
        if (col == MaxQpsSloColumn && r.verdict.slo.evaluated && !r.verdict.slo.met)
            return QStringLiteral("—");
        if (!v.isValid())
            return QString();
        switch (col) {
        case PeakQpsOkColumn:
        case PeakQpsColumn:
        case TtftP50Column:
        case TtftP95Column:
        case LatencyP50Column:
        case LatencyP95Column:
        case LatencyP99Column:
            return formatMetric(v.toDouble());
        case FailureRateColumn:
            return QString(QString::number(v.toDouble() * 100.0, 'f', 2) + u'%');
        case KneeColumn: {
            const QString reason = kneeReasonText(r.verdict.reason);
            return reason.isEmpty() ? v.toString() : tr("%1 (%2)").arg(v.toInt()).arg(reason);
        }
        case MaxQpsSloColumn:
            return tr("%1 (%2 users)").arg(formatMetric(v.toDouble())).arg(r.verdict.slo.users);
        case TargetColumn:
            return best ? QStringLiteral("★ ") + v.toString() : v.toString();
        default:
            return v;
        }
    }
    case SortRole: {
        const QVariant v = value(r, col);
        return v.isValid() ? v : QVariant(-1.0);
    }
    case Qt::ToolTipRole:
        if (col == KneeColumn || col == PeakQpsOkColumn || col == UsersAtPeakColumn || col == TargetColumn) {
            QString tip = r.verdict.explanation;
            if (best && col == TargetColumn)
                tip =
                    tr("Best configuration: highest peak QPS ok.") + (tip.isEmpty() ? QString() : u' ' + tip);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        if (col == MaxQpsSloColumn)
            return r.verdict.slo.explanation.isEmpty() ? QVariant() : QVariant(r.verdict.slo.explanation);
        if (col == RequestsColumn && r.cancelled > 0)
            return tr("%1 ok, %2 failed; %3 cancelled at the end of the test (not counted)")
                .arg(r.ok)
                .arg(r.failed)
                .arg(r.cancelled);
        if (col == StatusColumn) {
            // Every threshold with its outcome, so the cell explains its count without the table below.
            QStringList lines;
            if (r.phase == TargetPhase::Skipped)
                lines << r.status;
            for (const ThresholdResult &t : r.thresholds)
                lines << (t.passed ? tr("✓ %1: actual %2") : tr("✗ %1: actual %2"))
                             .arg(thresholdExpression(t), thresholdValueText(t.metric, t.actual));
            if (r.verdict.generatorBound)
                lines << tr("The load generator itself was saturated: these numbers are a floor.");
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (col == TargetColumn || col == ComputeColumn || col == FailuresByClassColumn ||
            col == StatusColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (best)
            return QBrush(QColor(0xdf, 0xf2, 0xdc));
        return QVariant();
    case Qt::ForegroundRole:
        // A failed threshold or a skipped target stays red, on the best row too: it must not read as fine.
        if (col == StatusColumn && statusIsProblem(r))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (best)
            return QBrush(QColor(0x1b, 0x3d, 0x17));
        if (col == FailureRateColumn && r.failureRate > 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (col == StatusColumn && r.verdict.generatorBound)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        return QVariant();
    case Qt::FontRole:
        if (best) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    }
    return QVariant();
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TargetColumn:
            return tr("Target");
        case ComputeColumn:
            return tr("Compute");
        case PeakQpsOkColumn:
            return tr("Peak\nQPS ok");
        case PeakQpsColumn:
            return tr("Peak\nQPS");
        case UsersAtPeakColumn:
            return tr("Users\nat peak");
        case KneeColumn:
            return tr("Knee\n(users)");
        case MaxQpsSloColumn:
            return tr("Max QPS\nunder SLO");
        case TtftP50Column:
            return tr("TTFT\np50 ms");
        case TtftP95Column:
            return tr("TTFT\np95 ms");
        case LatencyP50Column:
            return tr("Latency\np50 ms");
        case LatencyP95Column:
            return tr("Latency\np95 ms");
        case LatencyP99Column:
            return tr("Latency\np99 ms");
        case FailureRateColumn:
            return tr("Failure\nrate");
        case FailuresByClassColumn:
            return tr("Failures\nby class");
        case RequestsColumn:
            return tr("Requests");
        case StatusColumn:
            return tr("Status");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TargetColumn:
            return tr("The configuration (target label). ★ marks the best one: the highest peak QPS ok.");
        case ComputeColumn:
            return tr("Compute size of the app");
        case PeakQpsOkColumn:
            return QString(metricTooltip(MetricId::StepQpsOk) + u' ' +
                           tr("Peak QPS ok: the highest QPS ok of any step."));
        case PeakQpsColumn:
            return QString(metricTooltip(MetricId::StepQps) + u' ' +
                           tr("Peak QPS: the highest QPS of any step, failures included."));
        case UsersAtPeakColumn:
            return metricTooltip(MetricId::Peak);
        case KneeColumn:
            return metricTooltip(MetricId::Knee);
        case MaxQpsSloColumn:
            return tr("The highest QPS ok of a step within the plan's SLO (latency p95, TTFT p95, failure "
                      "rate), with its users: the capacity that can be promised. — when no step met it.");
        case TtftP50Column:
        case TtftP95Column:
            return QString(metricTooltip(MetricId::Ttft) + u' ' + tr("Over the whole load phase."));
        case LatencyP50Column:
        case LatencyP95Column:
        case LatencyP99Column:
            return QString(metricTooltip(MetricId::Latency) + u' ' + tr("Over the whole load phase."));
        case FailureRateColumn:
            return metricTooltip(MetricId::FailureRate);
        case FailuresByClassColumn:
            return tr(
                "Server failures counted apart by class: connect, TLS, HTTP status, 429, redirect, auth, "
                "content type, no [DONE], no text delta, mid-stream error event, protocol, stall and "
                "total timeouts.");
        case RequestsColumn:
            return tr(
                "Completed requests over the load phase (ok + failed); requests cancelled at the end of "
                "the test are not counted.");
        case StatusColumn:
            return tr("How the target's run ended");
        }
    }
    return QVariant();
}

QString ResultsModel::toTsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c) {
        // The table breaks long headers over two lines; a sheet wants them on one.
        header << headerData(c, Qt::Horizontal).toString().replace(u'\n', u' ');
        if (c == KneeColumn)
            header << tr("Knee reason"); // the table shows it in the knee cell; a sheet wants a number there
        if (c == MaxQpsSloColumn)
            header << tr("Users at max QPS under SLO");
    }
    lines << header.join(u'\t');
    for (const ResultRow &r : m_rows) {
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c) {
            const QVariant v = value(r, c);
            QString text;
            if (!v.isValid())
                text = QString();
            else if (v.typeId() == QMetaType::Double)
                text = QString::number(v.toDouble(), 'g', 10);
            else
                text = v.toString();
            fields << tsvField(text);
            if (c == KneeColumn)
                fields << (r.verdict.kneeUsers > 0 ? kneeReasonKey(r.verdict.reason) : QString());
            if (c == MaxQpsSloColumn)
                fields << (r.verdict.slo.met ? QString::number(r.verdict.slo.users) : QString());
        }
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace plateau
