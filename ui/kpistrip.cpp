#include "ui/kpistrip.h"

#include <QGridLayout>
#include <QLabel>

namespace plateau {

namespace {

// The precision of `plateau run`'s progress line (cli/progressprinter.cpp): one decimal for QPS and
// shares, milliseconds with one decimal below 10 ms.
QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}

constexpr int kNameColumn = 0;

} // namespace

KpiStrip::KpiStrip(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(6, 2, 6, 2);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(2);
    const QString tip = tr("The last snapshot interval of each target: the numbers plateau run prints as it "
                           "goes.");
    auto *caption = new QLabel(tr("Live"), this);
    caption->setToolTip(tip);
    m_headers.push_back(caption);
    m_grid->addWidget(caption, 0, kNameColumn);
    for (int k = 0; k < KpiCount; ++k) {
        auto *h = new QLabel(kpiTitle(Kpi(k)), this);
        h->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        h->setToolTip(tip);
        m_headers.push_back(h);
        m_grid->addWidget(h, 0, 1 + k);
    }
    for (QLabel *h : m_headers) {
        QFont f = h->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        h->setFont(f);
        h->setForegroundRole(QPalette::PlaceholderText);
    }
    m_grid->setColumnStretch(1 + KpiCount, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

QString KpiStrip::kpiTitle(Kpi kpi)
{
    switch (kpi) {
    case UsersKpi:
        return tr("Users");
    case QpsOkKpi:
        return tr("QPS ok");
    case LatencyP95Kpi:
        return tr("Latency p95");
    case TtftP95Kpi:
        return tr("TTFT p95");
    case FailuresKpi:
        return tr("Failures");
    case KpiCount:
        break;
    }
    return QString();
}

void KpiStrip::removeRows()
{
    for (Row &r : m_rows) {
        delete r.name;
        for (QLabel *v : r.values)
            delete v;
    }
    m_rows.clear();
}

void KpiStrip::clear()
{
    removeRows();
    setVisible(false);
}

void KpiStrip::reset(const std::vector<Target> &targets)
{
    removeRows();
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    for (const Target &t : targets) {
        Row row;
        row.target = t.target;
        const int line = int(m_rows.size()) + 1;
        row.name = new QLabel(this);
        row.name->setTextFormat(Qt::RichText);
        row.name->setText(QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                              .arg(t.color.name(), t.label.toHtmlEscaped()));
        m_grid->addWidget(row.name, line, kNameColumn);
        for (int k = 0; k < KpiCount; ++k) {
            auto *v = new QLabel(QStringLiteral("—"), this);
            v->setFont(big);
            v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            v->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_grid->addWidget(v, line, 1 + k);
            row.values[k] = v;
        }
        m_rows.push_back(row);
    }
    setVisible(!m_rows.empty());
}

int KpiStrip::rowForTarget(int target) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].target == target)
            return int(i);
    }
    return -1;
}

bool KpiStrip::addSnapshot(const IntervalSnapshot &s)
{
    const int i = rowForTarget(s.target);
    if (i < 0)
        return false;
    Row &r = m_rows[std::size_t(i)];
    r.values[UsersKpi]->setText(QString::number(s.users));
    r.values[QpsOkKpi]->setText(QString::number(s.qpsOk, 'f', 1));
    r.values[QpsOkKpi]->setToolTip(tr("%1 QPS completed, failures included").arg(s.qps, 0, 'f', 1));
    // No successful request in the interval: no latency to show, rather than a misleading 0.
    r.values[LatencyP95Kpi]->setText(s.latency.count ? tr("%1 ms").arg(ms(s.latency.p95Ms))
                                                     : QStringLiteral("—"));
    r.values[TtftP95Kpi]->setText(s.ttft.count ? tr("%1 ms").arg(ms(s.ttft.p95Ms)) : QStringLiteral("—"));
    r.values[FailuresKpi]->setText(tr("%1 (%2%)").arg(s.failed()).arg(s.failureRate() * 100.0, 0, 'f', 1));
    r.values[FailuresKpi]->setStyleSheet(s.failed() > 0 ? QStringLiteral("color: #b71c1c;") : QString());
    return true;
}

void KpiStrip::setFinished(int target)
{
    const int i = rowForTarget(target);
    if (i < 0)
        return;
    for (QLabel *v : m_rows[std::size_t(i)].values) {
        v->setEnabled(false);
        v->setToolTip(tr("The last interval before this target finished"));
    }
}

bool KpiStrip::isFinished(int row) const
{
    return row >= 0 && row < rowCount() && !m_rows[std::size_t(row)].values[0]->isEnabled();
}

QString KpiStrip::text(int row, Kpi kpi) const
{
    if (row < 0 || row >= rowCount() || kpi < 0 || kpi >= KpiCount)
        return QString();
    return m_rows[std::size_t(row)].values[kpi]->text();
}

} // namespace plateau
