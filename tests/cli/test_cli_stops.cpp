// Stops and full disks, end to end through the real binary: every wait ends at Ctrl-C, stops exit with
// 130/143, and a disk that fills never leaves a short file or a run.json that contradicts the exit code.

#include "core/plan/planio.h"
#include "core/report/runsummary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/statvfs.h>

using namespace plateau;

namespace {

struct Result
{
    int code = -1;
    QString out, err;
};

// Starts plateau, optionally waits for `waitFor` on stdout and sends `signal`, then waits for the end.
Result runPlateau(const QStringList &args, const QByteArray &waitFor = {}, int signal = 0)
{
    QProcess p;
    p.setProgram(QStringLiteral(PLATEAU_BINARY));
    p.setArguments(args);
    p.start();
    EXPECT_TRUE(p.waitForStarted());
    QByteArray seen;
    if (!waitFor.isEmpty()) {
        while (!seen.contains(waitFor) && p.waitForReadyRead(30000))
            seen += p.readAllStandardOutput();
        EXPECT_TRUE(seen.contains(waitFor)) << seen.toStdString() << p.readAllStandardError().toStdString();
        // processId() is 0 once it ended, and kill(0) would signal this test's own process group.
        if (p.state() == QProcess::Running && p.processId() > 0)
            ::kill(pid_t(p.processId()), signal);
    }
    // Generous: a stop that waits out a retry delay of an hour would never get here.
    const bool finished = p.waitForFinished(90000);
    EXPECT_TRUE(finished) << args.join(' ').toStdString();
    if (!finished)
        p.kill();
    Result r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(seen + p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

RunSummary readRun(const QString &runDir, QString *error)
{
    QFile f(runDir + QStringLiteral("/run.json"));
    RunSummary s;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no run.json");
        return s;
    }
    runSummaryFromJson(f.readAll(), &s, error);
    return s;
}

// A plan whose only target refuses connections, with a health check that retries for a long time.
QString unreachablePlan(const QTemporaryDir &dir)
{
    TestPlan plan;
    plan.name = QStringLiteral("unreachable");
    plan.targets.resize(1);
    plan.targets[0].label = QStringLiteral("closed");
    plan.targets[0].url = QStringLiteral("http://127.0.0.1:1");
    plan.health.attempts = 100;
    plan.health.retryDelayS = 3600;
    plan.prompts = {QStringLiteral("hello")};
    const QString path = dir.filePath(QStringLiteral("unreachable.plateau.json"));
    QString error;
    EXPECT_TRUE(savePlanFile(plan, path, &error)) << error.toStdString();
    return path;
}

} // namespace

TEST(CliStop, CtrlCEndsAHealthCheckRetryDelayAtOnce)
{
    QTemporaryDir dir;
    const Result r = runPlateau({QStringLiteral("run"), unreachablePlan(dir), QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("runs")), QStringLiteral("--run-name"),
                                 QStringLiteral("unreachable")},
                                "health_check", SIGINT);
    EXPECT_EQ(r.code, 130) << r.out.toStdString() << r.err.toStdString();
    QString error;
    const RunSummary s = readRun(dir.filePath(QStringLiteral("runs/unreachable")), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(s.exitStatus, 130);
    EXPECT_EQ(s.status, QStringLiteral("cancelled"));
}

TEST(CliStop, SigtermExitsWith143)
{
    QTemporaryDir dir;
    const Result r = runPlateau({QStringLiteral("run"), unreachablePlan(dir), QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("runs")), QStringLiteral("--run-name"),
                                 QStringLiteral("unreachable")},
                                "health_check", SIGTERM);
    EXPECT_EQ(r.code, 143) << r.out.toStdString() << r.err.toStdString();
    QString error;
    EXPECT_EQ(readRun(dir.filePath(QStringLiteral("runs/unreachable")), &error).exitStatus, 143);
}

namespace {

// A tmpfs of a given size, mounted for one test (needs root; skipped with the reason otherwise).
class SmallDisk
{
public:
    explicit SmallDisk(const QString &size)
    {
        m_path = m_dir.filePath(QStringLiteral("disk"));
        QDir().mkpath(m_path);
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=") + size, QStringLiteral("plateau-test"), m_path});
        m_mounted = mount.waitForFinished(20000) && mount.exitCode() == 0;
        m_why = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_path});
    }
    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path() const { return m_path; }
    // Leaves `bytes` free by writing one filler file.
    bool leaveFree(qint64 bytes) const
    {
        struct statvfs st = {};
        if (::statvfs(QFile::encodeName(m_path).constData(), &st) != 0)
            return false;
        const qint64 avail = qint64(st.f_bavail) * qint64(st.f_frsize);
        QFile filler(m_path + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(64 * 1024, 'x');
        for (qint64 left = avail - bytes; left > 0; left -= block.size())
            if (filler.write(block.constData(), std::min<qint64>(left, block.size())) < 0)
                return false;
        return filler.flush();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_mounted = false;
    QString m_why;
};

} // namespace

TEST(CliDiskFull, NoSpaceIsReportedBeforeTheLoadStarts)
{
    SmallDisk disk(QStringLiteral("1m"));
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root): " << disk.why().toStdString();
    const QString runs = disk.path() + QStringLiteral("/runs");
    const Result r = runPlateau({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--out"),
                                 runs, QStringLiteral("--run-name"), QStringLiteral("full")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no space left on device"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(runs + QStringLiteral("/full"))) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("users=")))
        << "no load without a run folder: " << r.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(runs + QStringLiteral("/full"))) << "nothing half-written is left";
}

TEST(CliDiskFull, ADiskThatFillsMidRunStopsItAndLeavesOnlyWholeFiles)
{
    SmallDisk disk(QStringLiteral("16m"));
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root): " << disk.why().toStdString();
    // Space for the 4 MiB reserve, plan.json, run.json and a few seconds of requests.csv.
    ASSERT_TRUE(disk.leaveFree(4 * 1024 * 1024 + 160 * 1024));
    const QString runs = disk.path() + QStringLiteral("/runs");
    const Result r = runPlateau({QStringLiteral("run"), QStringLiteral("--demo"), QStringLiteral("--out"),
                                 runs, QStringLiteral("--run-name"), QStringLiteral("filling")});
    const QString runDir = runs + QStringLiteral("/filling");
    EXPECT_EQ(r.code, 2) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("no space left on device"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(runDir)) << "names the file: " << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("incomplete results in"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("PASS"))) << r.out.toStdString();

    // run.json says what the process said.
    QString error;
    const RunSummary s = readRun(runDir, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(s.exitStatus, 2);
    EXPECT_EQ(s.status, QStringLiteral("failed"));
    EXPECT_TRUE(s.exitReason.contains(QStringLiteral("no space left on device")))
        << s.exitReason.toStdString();
    ASSERT_EQ(s.targets.size(), 1u);
    EXPECT_EQ(s.targets[0].status, QStringLiteral("cancelled")) << "the load stopped when the disk filled";

    // Every file is whole: CSVs end at a row end, nothing temporary is left behind.
    int csvs = 0;
    for (QDirIterator it(runDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        EXPECT_FALSE(path.contains(QStringLiteral(".plateau-"))) << path.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        if (path.endsWith(QStringLiteral(".csv"))) {
            ++csvs;
            ASSERT_FALSE(data.isEmpty()) << path.toStdString() << " is empty";
            EXPECT_TRUE(data.endsWith('\n')) << path.toStdString() << " ends mid-row";
        }
    }
    EXPECT_GE(csvs, 4);
}
