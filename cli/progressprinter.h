#pragma once
// One line per snapshot on stdout while a run goes on: users, QPS, latency, TTFT, failures, elapsed/estimate.

#include "core/metrics/outcome.h"
#include "core/plan/testplan.h"

#include <QObject>
#include <QTextStream>

namespace plateau {

class LoadEngine;

class ProgressPrinter : public QObject
{
    Q_OBJECT
public:
    ProgressPrinter(LoadEngine *engine, const TestPlan &plan, QTextStream &out, QObject *parent = nullptr);

    static QString formatSnapshot(const IntervalSnapshot &s, const TestPlan &plan);
    static QString formatOutcome(const TargetOutcome &o);

private:
    static QString formatPhasedSnapshot(const IntervalSnapshot &s, const TestPlan &plan,
                                        const QString &label);
    const TestPlan &m_plan;
    QTextStream &m_out;
};

} // namespace plateau
