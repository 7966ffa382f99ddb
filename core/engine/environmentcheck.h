#pragma once
// The environment guard's pre-flight request (TestPlan::guard): one GET before a target is loaded, whose
// JSON answer must hold the expected value (the k6 runbook's GET /api/health -> "app_env": "test"). It runs
// on the engine's thread, before any log-in, so a production host is never logged in to or loaded by
// accident. The answer is read up to JsonAnswer::kMaxBytes and within the timeout, whatever the server does.

#include "core/engine/transport.h"
#include "core/plan/testplan.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace plateau {

struct EnvironmentFinding
{
    bool matches = false;
    QString url;     // where it asked (without user info or query)
    QString found;   // the value the field held; empty when it could not be read
    QString problem; // why nothing could be read (unreachable, HTTP 500, not JSON, no such field)
    // "GET http://h/api/health: $.app_env is "prod", not "test"" / "... : $.app_env is "test""
    QString sentence(const EnvironmentGuard &guard) const;
};

class EnvironmentCheck : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentCheck(QObject *parent = nullptr);
    ~EnvironmentCheck() override;
    // Answers `done` once, from the event loop (never inside the call). A second start() cancels the first.
    void start(const Target &target, const EnvironmentGuard &guard, double timeoutS,
               std::function<void(const EnvironmentFinding &)> done);
    void cancel();
    // How https is trusted for the GETs that follow: the options the load's requests use
    // (transportOptionsFor(plan)).
    void setTls(const TransportOptions &options);

private:
    void finish(EnvironmentFinding finding);

    QNetworkAccessManager *m_nam = nullptr;
    QSslConfiguration m_tls;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QByteArray m_body;
    EnvironmentGuard m_guard;
    EnvironmentFinding m_finding;
    std::function<void(const EnvironmentFinding &)> m_done;
};

} // namespace plateau
