#pragma once
// Kind "cli-token": runs a command that prints a token as JSON, e.g. `databricks auth token --host H`
// ({"access_token":..,"expiry":"<RFC 3339>"}) or anything printing {"access_token":..,"expires_in":N}.
// Each run has a deadline (timeoutS, default 30 s); stdin is /dev/null so a command that wants to
// prompt fails instead of hanging. Refreshed like OAuth M2M.

#include "core/auth/tokenprovider.h"

class QProcess;

namespace plateau {

class CliTokenProvider : public TokenProvider
{
    Q_OBJECT
public:
    explicit CliTokenProvider(const AuthRef &ref, QObject *parent = nullptr);
    ~CliTokenProvider() override;

protected:
    void fetchToken() override;
    void cancelFetch() override;

private:
    void onFinished(int exitCode, bool crashed);
    void endProcess();
    void onDeadline();
    QString commandLine() const;

    QProcess *m_process = nullptr;
    Clock::TimerId m_deadline = 0; // the running command's; 0: none
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_tooLarge = false;
};

} // namespace plateau
