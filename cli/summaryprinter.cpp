#include "cli/summaryprinter.h"

#include "core/metrics/slo.h"

#include <algorithm>
#include <vector>

namespace plateau {

namespace {

const QString kNone = QStringLiteral("-");

QString qps(double v)
{
    return QString::number(v, 'f', 1);
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}

QString percent(double fraction)
{
    const double p = fraction * 100;
    return QString::number(p, 'f', p < 10 ? 2 : 1);
}

QString rate(double perS)
{
    return QString::number(perS, 'f', perS < 100 ? 1 : 0);
}

// A row's load in a table cell: users, or for an open-loop row the arrival rate it was offered.
QString load(const MatrixRow &r, int users, double rate)
{
    return r.openLoop ? SummaryPrinter::tr("%1 req/s").arg(qps(rate)) : QString::number(users);
}

// The same in a sentence: "40 users", "25.0 req/s".
QString loadText(const MatrixRow &r, int users, double rate)
{
    return r.openLoop ? SummaryPrinter::tr("%1 req/s").arg(qps(rate))
                      : SummaryPrinter::tr("%1 users").arg(users);
}

struct Column
{
    QString title;
    bool left = false; // text columns are left-aligned, figures right-aligned
};

// Columns padded to their widest cell, two spaces apart; below[k], when not empty, goes under row k.
QStringList tableText(const std::vector<Column> &columns, const std::vector<QStringList> &cells,
                      const std::vector<QString> &below)
{
    std::vector<qsizetype> width(columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        width[i] = columns[i].title.size();
        for (const QStringList &c : cells)
            width[i] = std::max(width[i], c[qsizetype(i)].size());
    }
    const auto line = [&](const auto &textOf) {
        QString out = QStringLiteral("  ");
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const QString text = textOf(i);
            out += columns[i].left ? text.leftJustified(width[i]) : text.rightJustified(width[i]);
            if (i + 1 < columns.size())
                out += QStringLiteral("  ");
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1); // the last column is left-aligned: no padding after it
        return out;
    };
    QStringList out;
    out << line([&](std::size_t i) { return columns[i].title; });
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const QStringList &c = cells[k];
        out << line([&](std::size_t i) { return c[qsizetype(i)]; });
        if (k < below.size() && !below[k].isEmpty())
            out << QStringLiteral("      ") + below[k];
    }
    return out;
}

} // namespace

QStringList SummaryPrinter::tagLines(const RunOutcome &outcome)
{
    QStringList out;
    for (const TargetOutcome &t : outcome.targets) {
        if (t.tags.empty())
            continue;
        out << tr("plateau: %1 per journey tag (the key tag makes the table above):").arg(t.label);
        const std::vector<Column> columns = {
            {tr("tag"), true},      {tr("requests")},    {tr("ok")},     {tr("QPS")},
            {tr("latency p95 ms")}, {tr("TTFT p95 ms")}, {tr("fail %")}, {tr("checks %")},
        };
        std::vector<QStringList> cells;
        for (const TagOutcome &g : t.tags) {
            const StepResult &r = g.total;
            const std::uint64_t judged = r.checksPassed + r.checksFailed;
            cells.push_back({g.key ? g.tag + QStringLiteral(" *") : g.tag, QString::number(r.completed),
                             QString::number(r.ok), qps(r.qps), r.latency.count ? ms(r.latency.p95Ms) : kNone,
                             r.ttft.count ? ms(r.ttft.p95Ms) : kNone,
                             r.completed ? percent(r.failureRate) : kNone,
                             judged ? percent(g.checkRate()) : kNone});
        }
        out << tableText(columns, cells, {});
    }
    return out;
}

QStringList SummaryPrinter::tableLines(const RunMatrix &m)
{
    // Output tokens where any server reported them; a row whose server did not is marked and explained.
    const bool mixed = m.anyTokens && m.anyDeltas;
    // Several phases: one row per target and phase, the phase's name beside the target's.
    std::vector<Column> columns = {
        {tr("target"), true},
        {tr("peak QPS ok")},
        {tr("users at peak")},
        {tr("knee")},
        {tr("max QPS under SLO")},
        {tr("latency p95 ms")},
        {tr("TTFT p95 ms")},
        {tr("fail %")},
        {TokenRate{0, !(m.anyDeltas && !m.anyTokens)}.unit()},
        {tr("thresholds")},
        {tr("status"), true},
    };
    if (m.phased)
        columns.insert(columns.begin() + 1, Column{tr("phase"), true});
    std::vector<QStringList> cells;
    std::vector<QString> below; // per row of cells: the sentence printed under it ("" = none)
    std::vector<const MatrixRow *> shown;
    for (const MatrixRow &r : m.rows) {
        if (m.phased && !r.phases.empty()) {
            for (const MatrixRow &p : r.phases)
                shown.push_back(&p);
        } else {
            shown.push_back(&r);
        }
    }
    for (const MatrixRow *row : shown) {
        const MatrixRow &r = *row;
        QStringList c;
        c << r.label;
        if (m.phased)
            c << (r.phaseName.isEmpty() ? kNone : r.phaseName);
        c << (r.hasData ? qps(r.peakQpsOk) : kNone);
        c << (r.hasData ? load(r, r.usersAtPeak, r.rateAtPeak) : kNone);
        c << (!r.hasData                     ? kNone
              : r.hasKnee || r.kneeUsers > 0 ? load(r, r.kneeUsers, r.kneeRate)
                                             : tr("none"));
        c << (r.slo.met
                  ? QStringLiteral("%1 (%2)").arg(qps(r.slo.maxQpsOk), loadText(r, r.slo.users, r.slo.rate))
              : r.hasData ? tr("not met")
                          : kNone);
        c << (r.hasData && r.hasLatency ? ms(r.latencyP95Ms) : kNone);
        c << (r.hasData && r.hasTtft ? ms(r.ttftP95Ms) : kNone);
        c << (r.hasData ? percent(r.failureRate) : kNone);
        c << (r.hasData ? rate(r.tokens.perS) + (mixed && !r.tokens.tokens ? QStringLiteral("*") : QString())
                        : kNone);
        c << (r.thresholdsTotal == 0
                  ? kNone
                  : (r.thresholdsPassed == r.thresholdsTotal ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                        QStringLiteral("%1/%2").arg(r.thresholdsPassed).arg(r.thresholdsTotal));
        if (m.phased && !r.phaseName.isEmpty()) {
            // A phase that did not run says why in its row; one that ran gets its verdict below it.
            const bool ran = r.phaseState == PhaseState::Ran || r.phaseState == PhaseState::Cancelled;
            c << (ran ? (r.phaseState == PhaseState::Ran ? tr("ran") : tr("stopped")) : r.verdictText);
            below.push_back(ran ? r.verdictText : QString());
        } else {
            c << (r.aborted ? tr("aborted") : targetPhaseText(r.phase));
            below.push_back(QString());
        }
        cells.push_back(c);
    }

    QStringList out = tableText(columns, cells, below);
    if (mixed)
        out << QStringLiteral("  * ") + TokenRate{0, false}.label();
    else if (m.anyDeltas)
        out << QStringLiteral("  ") + tr("note: %1").arg(TokenRate{0, false}.label());
    return out;
}

QString SummaryPrinter::bestLine(const RunMatrix &m)
{
    if (m.best < 0)
        return tr("plateau: no best configuration: no target completed its load phase");
    const MatrixRow &r = m.rows[std::size_t(m.best)];
    const QString among =
        m.candidates == 1 ? tr("the only target that completed its load phase")
                          : tr("the highest of %1 targets that completed their load phase").arg(m.candidates);
    QString text;
    double figure = 0;
    if (m.basis == BestBasis::MaxQpsUnderSlo) {
        figure = r.slo.maxQpsOk;
        text = tr("plateau: best configuration: %1: %2 QPS ok at %3 within the SLO (%4), %5")
                   .arg(r.label, qps(figure), loadText(r, r.slo.users, r.slo.rate), sloText(m.slo), among);
    } else {
        figure = r.peakQpsOk;
        text =
            tr("plateau: best configuration: %1: peak %2 QPS ok at %3, %4; no target met the SLO (%5)")
                .arg(r.label, qps(figure), loadText(r, r.usersAtPeak, r.rateAtPeak), among, sloText(m.slo));
    }
    // Without a knee the ramp ended before the endpoint did: the figure is a floor.
    if (m.bestIsLowerBound) {
        text += QStringLiteral("; ") +
                (m.rampCanGrow ? tr("no knee within %1: raise max_users to see its ceiling (%2 QPS ok is "
                                    "a lower bound)")
                               : tr("no knee within %1: %2 QPS ok is a lower bound"))
                    .arg(loadText(r, r.usersReached, r.rateReached), qps(figure));
    }
    if (r.generatorBound)
        text +=
            QStringLiteral("; ") + tr("the load generator itself was saturated, so the figures are a floor");
    return text;
}

QStringList SummaryPrinter::connectionLines(const RunOutcome &outcome, const TestPlan &plan)
{
    QStringList out;
    for (const TargetOutcome &t : outcome.targets) {
        const Summary &c = t.total.connect;
        if (c.count == 0)
            continue;
        QString line =
            tr("plateau: %1: %n new connection(s), connect p50 %2 / p99 %3 ms", nullptr, int(c.count))
                .arg(t.label, ms(c.p50Ms), ms(c.p99Ms));
        const Summary &h = t.total.tlsHandshake;
        if (h.count > 0)
            line += tr(", TLS handshake p50 %1 / p99 %2 ms").arg(ms(h.p50Ms), ms(h.p99Ms));
        // The setup is inside the first request's TTFT on each connection: say which dominates the tail.
        const double setupP99 = c.p99Ms + (h.count > 0 ? h.p99Ms : 0.0);
        if (t.total.ttft.count > 0 && setupP99 > 0.5 * t.total.ttft.p99Ms)
            line += tr(" (connection setup is a large part of the TTFT p99 of %1 ms)")
                        .arg(ms(t.total.ttft.p99Ms));
        out << line;
    }
    if (plan.tls.insecure)
        out << tr("plateau: TLS certificates were not verified (tls.insecure): figures for a test host only");
    return out;
}

QString SummaryPrinter::stopLine(const RunMatrix &m)
{
    if (!m.stoppedByUser)
        return QString();
    return tr("plateau: stopped by user: %1 of %2 targets ran").arg(m.targetsRun).arg(m.targetsTotal);
}

QStringList SummaryPrinter::lines(const RunMatrix &m)
{
    QStringList out;
    out << tr("plateau: summary (SLO: %1)").arg(sloText(m.slo));
    out << tableLines(m);
    out << bestLine(m);
    const QString stop = stopLine(m);
    if (!stop.isEmpty())
        out << stop;
    return out;
}

void SummaryPrinter::print(QTextStream &out, const RunOutcome &outcome, const TestPlan &plan)
{
    for (const QString &l : lines(runMatrix(outcome, plan)))
        out << l << Qt::endl;
    for (const QString &l : tagLines(outcome))
        out << l << Qt::endl;
    for (const QString &l : connectionLines(outcome, plan))
        out << l << Qt::endl;
}

} // namespace plateau
