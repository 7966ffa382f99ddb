// The one rule for the default runs folder, shared by `plateau run` and the workbench.
#include "core/report/runsdir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;

TEST(RunsDir, TheCommandLineDefaultIsRunsOfTheWorkingDirectory)
{
    // Without a fallback the folder need not exist yet: the first `plateau run` creates it.
    EXPECT_EQ(defaultRunsDir(QStringLiteral(".")), QStringLiteral("runs"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_EQ(defaultRunsDir(dir.path()), QDir(dir.path()).filePath(QStringLiteral("runs")));
}

TEST(RunsDir, TheWorkbenchUsesRunsOfTheWorkingDirectoryOnlyWhenItExists)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fallback = dir.filePath(QStringLiteral("documents/Plateau/runs"));
    EXPECT_EQ(defaultRunsDir(dir.path(), fallback), fallback);

    // A file named runs is not a runs folder.
    QFile file(dir.filePath(QStringLiteral("runs")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_EQ(defaultRunsDir(dir.path(), fallback), fallback);
    ASSERT_TRUE(file.remove());

    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("runs")));
    EXPECT_EQ(defaultRunsDir(dir.path(), fallback), dir.filePath(QStringLiteral("runs")));
    // The path is cleaned, so the same folder reads the same however the working directory was written.
    EXPECT_EQ(defaultRunsDir(dir.path() + QStringLiteral("/./"), fallback),
              dir.filePath(QStringLiteral("runs")));
}
