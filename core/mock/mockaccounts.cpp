#include "core/mock/mockaccounts.h"

#include "core/mock/mockwire.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace plateau {

namespace {

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

MockApiAnswer refuse(int status, const QString &message)
{
    return {status, mockErrorBody(message)};
}

QString quoted(const QString &s)
{
    return QLatin1Char('\'') + s.left(80) + QLatin1Char('\'');
}

} // namespace

MockAccounts::MockAccounts(const std::vector<UserAccount> &accounts, std::uint64_t seed) : m_seed(seed)
{
    for (const UserAccount &a : accounts)
        m_accounts.insert(a.username, a.password);
}

MockApiAnswer MockAccounts::login(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(400,
                      QStringLiteral("log-in body must be a JSON object {\"username\":..,\"password\":..}"));
    const QJsonObject o = doc.object();
    const QJsonValue name = o.contains(QLatin1String("username")) ? o.value(QLatin1String("username"))
                                                                  : o.value(QLatin1String("email"));
    const QJsonValue password = o.value(QLatin1String("password"));
    if (!name.isString() || name.toString().isEmpty())
        return refuse(400, QStringLiteral("field \"username\" must be a non-empty string"));
    if (!password.isString() || password.toString().isEmpty())
        return refuse(400, QStringLiteral("field \"password\" must be a non-empty string"));
    const QString user = name.toString();
    if (!m_accounts.isEmpty()) {
        const auto it = m_accounts.constFind(user);
        if (it == m_accounts.constEnd())
            return refuse(401, QStringLiteral("log-in failed for %1: no such account on this server; "
                                              "create the account first")
                                   .arg(quoted(user)));
        if (!it->isEmpty() && *it != password.toString().toUtf8())
            return refuse(401, QStringLiteral("log-in failed for %1: wrong password").arg(quoted(user)));
    }
    QByteArray token;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_tokens.size() >= kMaxEntries)
            return refuse(503, QStringLiteral("mock: token store full; restart the mock"));
        token = "mock-" + QByteArray::number(qulonglong(splitmix64(m_seed ^ ++m_nextToken)), 16);
        m_tokens.insert(token, user);
    }
    return {200, R"({"access_token":")" + token + R"(","token_type":"bearer"})"};
}

QString MockAccounts::userFor(const QByteArray &authorization, QString *why) const
{
    static const QByteArray kBearer = "Bearer ";
    if (!authorization.startsWith(kBearer)) {
        *why = authorization.isEmpty() ? QStringLiteral("missing Authorization header; log in first")
                                       : QStringLiteral("Authorization must be \"Bearer <token>\"");
        return {};
    }
    const QByteArray token = authorization.mid(kBearer.size()).trimmed();
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd()) {
        *why = QStringLiteral("unknown token; log in with POST /api/auth/login-json for a new one");
        return {};
    }
    return *it;
}

MockApiAnswer MockAccounts::createSession(const QByteArray &authorization)
{
    QString why;
    const QString user = userFor(authorization, &why);
    if (user.isEmpty())
        return refuse(401, why);
    QByteArray id;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_sessions.size() >= kMaxEntries)
            return refuse(503, QStringLiteral("mock: session store full; restart the mock"));
        id = "sess-" + QByteArray::number(qulonglong(++m_nextSession));
        m_sessions.insert(id, user);
    }
    return {201, R"({"id":")" + id + R"("})"};
}

MockApiAnswer MockAccounts::admitChat(const QByteArray &authorization, const QByteArray &sessionId)
{
    QString why;
    const QString user = userFor(authorization, &why);
    if (user.isEmpty())
        return refuse(401, why);
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_sessions.constFind(sessionId);
    if (it == m_sessions.constEnd())
        return refuse(404, QStringLiteral("unknown session %1; create one with POST /api/sessions")
                               .arg(quoted(QString::fromUtf8(sessionId))));
    if (*it != user)
        return refuse(
            403,
            QStringLiteral("session %1 belongs to another user").arg(quoted(QString::fromUtf8(sessionId))));
    return {};
}

} // namespace plateau
