#include "core/auth/clitokenprovider.h"

#include "core/auth/tokenresponse.h"

#include <QProcess>

namespace plateau {

namespace {
constexpr qint64 kMaxOutputBytes = 1 << 20;
}

CliTokenProvider::CliTokenProvider(const AuthRef &ref, QObject *parent) : TokenProvider(ref, nullptr, parent)
{}

void CliTokenProvider::onDeadline()
{
    m_deadline = 0;
    endProcess();
    tokenFailed(
        QStringLiteral("'%1' did not finish within %2 s").arg(commandLine()).arg(timeoutMs() / 1000.0),
        false);
}

CliTokenProvider::~CliTokenProvider()
{
    // ~QProcess would kill and wait, emitting finished() into a half-destroyed object: end it first.
    endProcess();
}

QString CliTokenProvider::commandLine() const
{
    QString s = expandedCliCommand(authRef()).join(QLatin1Char(' '));
    if (s.size() > 200)
        s = s.left(200) + QStringLiteral("…");
    return s;
}

void CliTokenProvider::endProcess()
{
    if (m_deadline != 0) {
        clock().cancel(m_deadline);
        m_deadline = 0;
    }
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        p->kill();
        p->waitForFinished(2000);
    }
    p->deleteLater();
}

void CliTokenProvider::cancelFetch()
{
    endProcess();
}

void CliTokenProvider::fetchToken()
{
    const QStringList cmd = expandedCliCommand(authRef());
    if (cmd.isEmpty() || cmd.first().trimmed().isEmpty()) {
        tokenFailed(QStringLiteral("no command is configured (cliCommand)"), true);
        return;
    }
    m_stdout.clear();
    m_stderr.clear();
    m_tooLarge = false;
    m_process = new QProcess(this);
    m_process->setProgram(cmd.first());
    m_process->setArguments(cmd.mid(1));
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this]() {
        m_stdout += m_process->readAllStandardOutput();
        if (m_stdout.size() > kMaxOutputBytes) {
            m_tooLarge = true;
            m_process->kill();
        }
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this]() {
        const QByteArray chunk = m_process->readAllStandardError();
        if (m_stderr.size() < 4096)
            m_stderr += chunk.left(4096 - m_stderr.size());
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // crashes and kills arrive through finished()
        const QString why = m_process ? m_process->errorString() : QString();
        const QString program = authRef().cliCommand.value(0);
        endProcess();
        tokenFailed(
            QStringLiteral("could not start '%1' (%2): install it or fix the command of this auth reference")
                .arg(program, why),
            true);
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        onFinished(exitCode, status == QProcess::CrashExit);
    });
    m_deadline = clock().callAfter(timeoutMs(), [this] { onDeadline(); });
    m_process->start();
}

void CliTokenProvider::onFinished(int exitCode, bool crashed)
{
    if (m_process) {
        m_stdout += m_process->readAllStandardOutput();
        const QByteArray rest = m_process->readAllStandardError();
        if (m_stderr.size() < 4096)
            m_stderr += rest.left(4096 - m_stderr.size());
    }
    endProcess();
    if (m_tooLarge) {
        tokenFailed(QStringLiteral("'%1' printed more than 1 MiB").arg(commandLine()), true);
        return;
    }
    if (crashed || exitCode != 0) {
        QString err = QString::fromUtf8(m_stderr).simplified();
        if (err.size() > 400)
            err = err.left(400) + QStringLiteral("…");
        QString msg = crashed ? QStringLiteral("'%1' crashed").arg(commandLine())
                              : QStringLiteral("'%1' exited with code %2").arg(commandLine()).arg(exitCode);
        if (!err.isEmpty())
            msg += QStringLiteral(": ") + err;
        if (authRef().cliCommand.value(0).endsWith(QLatin1String("databricks")))
            msg += QStringLiteral(" (is the CLI logged in? run 'databricks auth login --host %1')")
                       .arg(authRef().host);
        m_stdout.clear();
        tokenFailed(msg, true);
        return;
    }
    const TokenResponse t = parseTokenResponse(m_stdout.trimmed(), nowUtc());
    m_stdout.fill('\0'); // the token is in there
    m_stdout.clear();
    if (!t.ok) {
        tokenFailed(QStringLiteral("'%1' succeeded but %2").arg(commandLine(), t.error), true);
        return;
    }
    tokenReceived(t.accessToken, t.lifetimeMs);
}

} // namespace plateau
