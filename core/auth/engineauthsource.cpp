#include "core/auth/engineauthsource.h"

#include "core/auth/tokenprovider.h"
#include "core/auth/tokenproviderfactory.h"

#include <QObject>
#include <QTimer>

namespace plateau {

EngineAuthSource::EngineAuthSource(std::unique_ptr<TokenProvider> provider, std::shared_ptr<void> keepAlive)
    : m_keepAlive(std::move(keepAlive)), m_provider(std::move(provider))
{}

EngineAuthSource::~EngineAuthSource()
{
    if (m_provider)
        m_provider->stop();
}

QString EngineAuthSource::method() const
{
    return authKindName(m_provider->authRef().kind);
}

void EngineAuthSource::prepare(std::uint32_t users, std::function<void(bool, const QString &)> done)
{
    TokenProvider *p = m_provider.get();
    if (p->isReady()) {
        // Answer later, never inside the call (the engine's contract).
        QTimer::singleShot(0, p, [this, users, done] { prepareUsers(users, done); });
        return;
    }
    // One-shot connections: whichever of ready/failed comes first answers, the other is dropped.
    auto answered = std::make_shared<bool>(false);
    auto conns = std::make_shared<std::vector<QMetaObject::Connection>>();
    auto disconnectAll = [conns] {
        for (const auto &c : *conns)
            QObject::disconnect(c);
    };
    conns->push_back(QObject::connect(p, &TokenProvider::ready, p, [=] {
        if (*answered)
            return;
        *answered = true;
        disconnectAll();
        prepareUsers(users, done);
    }));
    conns->push_back(QObject::connect(p, &TokenProvider::failed, p, [=](const QString &error) {
        if (*answered)
            return;
        *answered = true;
        disconnectAll();
        done(false, p->redact(error));
    }));
    if (p->state() == TokenProvider::State::Idle)
        p->start();
}

void EngineAuthSource::prepareUsers(std::uint32_t users, std::function<void(bool, const QString &)> done)
{
    TokenProvider *p = m_provider.get();
    if (!p->isPerUser() || users == 0) {
        done(true, QString());
        return;
    }
    // Per-user login (as in the k6 runbook): every virtual user logs in before the ramp, as Locust's on_start
    // does.
    struct State
    {
        std::uint32_t pending;
        QString firstError;
        std::uint32_t failures = 0;
        std::vector<QMetaObject::Connection> conns;
    };
    auto st = std::make_shared<State>();
    st->pending = users;
    auto settle = [p, st, done] {
        if (--st->pending > 0)
            return;
        for (const auto &c : st->conns)
            QObject::disconnect(c);
        if (st->failures == 0)
            done(true, QString());
        else
            done(false, p->redact(QStringLiteral("%1 user(s) could not log in; first: %2")
                                      .arg(st->failures)
                                      .arg(st->firstError)));
    };
    st->conns.push_back(QObject::connect(p, &TokenProvider::userReady, p, [settle](quint32) { settle(); }));
    st->conns.push_back(
        QObject::connect(p, &TokenProvider::userFailed, p, [st, settle](quint32, const QString &error) {
            if (st->failures++ == 0)
                st->firstError = error;
            settle();
        }));
    for (std::uint32_t id = 0; id < users; ++id)
        p->prepareUser(id);
}

AuthHeaderSource::Value EngineAuthSource::authorizationFor(std::uint32_t userId) const
{
    const TokenProvider::Header h = m_provider->headerFor(userId);
    return {h.value, h.generation};
}

void EngineAuthSource::reportUnauthorized(std::uint32_t userId, std::uint64_t generation)
{
    if (m_provider->isPerUser())
        m_provider->reportUnauthorizedFor(userId, generation);
    else
        m_provider->reportUnauthorized(generation);
}

QString EngineAuthSource::redact(const QString &text) const
{
    return m_provider->redact(text);
}

std::shared_ptr<AuthHeaderSource> makeEngineAuthSource(const AuthRef &ref, SecretStore *store,
                                                       std::shared_ptr<void> keepAlive)
{
    return std::make_shared<EngineAuthSource>(createTokenProvider(ref, store), std::move(keepAlive));
}

} // namespace plateau
