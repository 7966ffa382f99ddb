#pragma once
// The end of `plateau run`: a matrix table with one row per target, one line that names the best
// configuration and why, and for a stopped run how many targets ran. What the lines say is chosen in
// core/metrics/runmatrix; this only formats it. The final verdict line ("plateau: PASS (exit 0)") stays
// cli.cpp's and comes after these.

#include "core/metrics/runmatrix.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace plateau {

class SummaryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(plateau::SummaryPrinter)
public:
    // The title, the table (columns aligned, a note when a figure is deltas/s), the best-configuration
    // line and, for a stopped run, "stopped by user: 1 of 3 targets ran". One string per line.
    static QStringList lines(const RunMatrix &m);
    static QStringList tableLines(const RunMatrix &m);
    static QString bestLine(const RunMatrix &m);
    // A journey's tags, one table per target: requests, QPS, latency, failures and check pass rates.
    static QStringList tagLines(const RunOutcome &outcome);
    static QString stopLine(const RunMatrix &m); // empty unless the user stopped the run
    // Connection setup per target, when the transport measured it: new connections, connect and TLS
    // handshake percentiles, and whether the plan turned certificate checks off.
    static QStringList connectionLines(const RunOutcome &outcome, const TestPlan &plan);

    static void print(QTextStream &out, const RunOutcome &outcome, const TestPlan &plan);
};

} // namespace plateau
