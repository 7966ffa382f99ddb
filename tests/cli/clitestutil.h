#pragma once
// What the command-line tests read back from the run folders the binary wrote.

#include "core/report/runsummary.h"

#include <QFile>
#include <QString>
#include <gtest/gtest.h>

namespace plateau::test {

inline RunSummary readRun(const QString &runDir)
{
    QFile f(runDir + QStringLiteral("/run.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << runDir.toStdString();
    RunSummary s;
    QString error;
    EXPECT_TRUE(runSummaryFromJson(f.readAll(), &s, &error)) << error.toStdString();
    return s;
}

} // namespace plateau::test
