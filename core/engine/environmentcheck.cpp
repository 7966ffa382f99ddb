#include "core/engine/environmentcheck.h"

#include "core/common/durations.h"
#include "core/engine/qttlsconfiguration.h"
#include "core/engine/transport.h"
#include "core/plan/jsonpath.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace plateau {

QString EnvironmentFinding::sentence(const EnvironmentGuard &guard) const
{
    if (!problem.isEmpty())
        return QStringLiteral("GET %1: %2, so it cannot tell whether %3 is \"%4\"")
            .arg(url, problem, guard.field, guard.equals);
    if (matches)
        return QStringLiteral("GET %1: %2 is \"%3\"").arg(url, guard.field, found);
    return QStringLiteral("GET %1: %2 is \"%3\", not \"%4\"")
        .arg(url, guard.field, found.left(200), guard.equals);
}

EnvironmentCheck::EnvironmentCheck(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_tls(qtTlsConfiguration(TransportOptions()))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        EnvironmentFinding f = m_finding;
        f.problem = QStringLiteral("no answer within the timeout");
        finish(f);
    });
}

EnvironmentCheck::~EnvironmentCheck()
{
    cancel();
}

void EnvironmentCheck::cancel()
{
    m_done = nullptr;
    m_timeout.stop();
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void EnvironmentCheck::setTls(const TransportOptions &options)
{
    m_tls = qtTlsConfiguration(options);
}

void EnvironmentCheck::start(const Target &target, const EnvironmentGuard &guard, double timeoutS,
                             std::function<void(const EnvironmentFinding &)> done)
{
    cancel();
    m_done = std::move(done);
    m_guard = guard;
    m_body.clear();
    const QUrl url = stepUrl(target, guard.path);
    m_finding = EnvironmentFinding{};
    m_finding.url = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    for (const Header &h : target.headers)
        request.setRawHeader(h.name.toLatin1(), h.value.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls);
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_body += reply->read(JsonAnswer::kMaxBytes + 1 - m_body.size());
        if (m_body.size() > JsonAnswer::kMaxBytes) {
            EnvironmentFinding f = m_finding;
            f.problem = QStringLiteral("the answer is larger than %1 bytes").arg(JsonAnswer::kMaxBytes);
            finish(f);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply != m_reply)
            return;
        EnvironmentFinding f = m_finding;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            f.problem = reply->errorString();
        } else if (status < 200 || status >= 300) {
            f.problem = QStringLiteral("HTTP %1").arg(status);
        } else {
            m_body += reply->read(JsonAnswer::kMaxBytes + 1 - m_body.size());
            const JsonAnswer answer(m_body);
            const std::optional<JsonPath> path = JsonPath::compile(m_guard.field);
            const JsonLookup v = path ? answer.lookup(*path) : JsonLookup{};
            if (!answer.valid())
                f.problem = answer.error();
            else if (!v.found)
                f.problem = QStringLiteral("the answer has no %1").arg(m_guard.field);
            else {
                f.found = v.value;
                f.matches = v.value == m_guard.equals;
            }
        }
        finish(f);
    });
    m_timeout.start(msFromSeconds(timeoutS));
}

void EnvironmentCheck::finish(EnvironmentFinding finding)
{
    auto done = std::move(m_done);
    cancel();
    if (done)
        QTimer::singleShot(0, this, [done, finding] { done(finding); });
}

} // namespace plateau
