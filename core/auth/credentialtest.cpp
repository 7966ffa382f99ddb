#include "core/auth/credentialtest.h"

#include "core/auth/peruserloginprovider.h"
#include "core/auth/redact.h"
#include "core/auth/tokenproviderfactory.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <cmath>

namespace plateau {

namespace {

// The store a test reads from (see credentialtest.h). It never writes.
class DraftSecretStore : public SecretStore
{
public:
    explicit DraftSecretStore(SecretStore *base) : m_base(base) {}
    ~DraftSecretStore() override
    {
        for (QByteArray &v : m_values)
            wipeSecret(v);
    }
    void set(const QString &key, const QByteArray &value) { m_values.insert(key, value); }
    void hide(const QString &key) { m_hidden.insert(key); }
    void alias(const QString &key, const QString &from) { m_aliases.insert(key, from); }

    void read(const QString &key, SecretCallback cb) override
    {
        if (m_values.contains(key)) {
            deliverLater(std::move(cb), SecretResult::success(m_values.value(key)));
            return;
        }
        if (m_hidden.contains(key) || !m_base) {
            // Shown in the form's test result; translated in the form's context, where it was written.
            SecretResult r = SecretResult::failure(
                QCoreApplication::translate("plateau::CredentialsDialog",
                                            "no secret entered for '%1' (type it in the form)")
                    .arg(key));
            r.notFound = true;
            deliverLater(std::move(cb), std::move(r));
            return;
        }
        QPointer<DraftSecretStore> self(this);
        m_base->read(m_aliases.value(key, key), [self, cb = std::move(cb)](const SecretResult &r) {
            if (self && cb)
                cb(r);
        });
    }
    void write(const QString &, const QByteArray &, SecretCallback cb) override
    {
        deliverLater(std::move(cb), SecretResult::failure(QStringLiteral("a test does not store secrets")));
    }
    void remove(const QString &, SecretCallback cb) override
    {
        deliverLater(std::move(cb), SecretResult::failure(QStringLiteral("a test does not remove secrets")));
    }

private:
    QPointer<SecretStore> m_base;
    QHash<QString, QByteArray> m_values;
    QSet<QString> m_hidden;
    QHash<QString, QString> m_aliases;
};

} // namespace

CredentialTest::CredentialTest(QObject *parent) : QObject(parent)
{}

CredentialTest::~CredentialTest()
{
    if (m_deadline != 0)
        m_clock->cancel(m_deadline);
    m_provider.reset(); // before the store it reads from
    m_store.reset();
    for (QByteArray &s : m_typed)
        wipeSecret(s);
}

void CredentialTest::setClock(Clock *clock)
{
    if (isRunning())
        return;
    m_clock = clock ? clock : &systemClock();
}

void CredentialTest::start(const CredentialDraft &draft, SecretStore *store)
{
    stop();
    auto view = std::make_unique<DraftSecretStore>(store);
    for (const QString &field : secretFieldsFor(draft.ref.kind)) {
        const QString key = secretKey(draft.ref.name, field);
        const PendingSecret p = draft.secrets.value(field);
        if (p.forget || draft.secretsFrom.isEmpty()) {
            if (!p.typed.isEmpty())
                view->set(key, p.typed);
            else
                view->hide(key); // a new reference must not test with a stale secret of an old namesake
        } else if (!p.typed.isEmpty()) {
            view->set(key, p.typed);
        } else if (draft.secretsFrom != draft.ref.name) {
            view->alias(key, secretKey(draft.secretsFrom, field));
        }
        if (!p.typed.isEmpty())
            m_typed << p.typed;
    }
    m_store = std::move(view);
    m_kind = draft.ref.kind;
    m_provider = createTokenProvider(draft.ref, m_store.get());
    m_provider->setClock(m_clock);
    m_provider->setStartAttempts(1);
    TokenProvider *p = m_provider.get();
    connect(p, &TokenProvider::ready, this, [this, p] {
        if (p == m_provider.get())
            onReady();
    });
    // A provider failure and a first user's failed log-in end the test the same way.
    const auto failWith = [this, p](const QString &error) {
        if (p != m_provider.get())
            return;
        CredentialTestResult r;
        r.outcome = CredentialTestResult::Outcome::Failed;
        r.error = error;
        finish(std::move(r));
    };
    connect(p, &TokenProvider::failed, this, failWith);
    connect(p, &TokenProvider::userReady, this, [this, p](quint32) {
        if (p != m_provider.get())
            return;
        auto *perUser = qobject_cast<PerUserLoginProvider *>(p);
        CredentialTestResult r;
        r.outcome = CredentialTestResult::Outcome::LoggedIn;
        r.accountCount = perUser ? perUser->accountCount() : 0;
        r.username = perUser ? perUser->usernameFor(0) : QString();
        finish(std::move(r));
    });
    connect(p, &TokenProvider::userFailed, this,
            [failWith](quint32, const QString &error) { failWith(error); });
    m_limitS = int(std::ceil(draft.ref.timeoutS)) + kMarginS;
    m_deadline = m_clock->callAfter(qint64(m_limitS) * 1000, [this] {
        m_deadline = 0;
        CredentialTestResult r;
        r.outcome = CredentialTestResult::Outcome::TimedOut;
        r.limitS = m_limitS;
        finish(std::move(r));
    });
    p->start();
}

void CredentialTest::onReady()
{
    TokenProvider *p = m_provider.get();
    if (p->isPerUser()) {
        p->prepareUser(0); // the provider is ready once the users file is read; log one account in
        return;
    }
    CredentialTestResult r;
    r.expiresAt = p->expiresAt();
    if (r.expiresAt.isValid()) {
        r.outcome = CredentialTestResult::Outcome::TokenReceived;
        r.expiresInMs = r.expiresAt.toMSecsSinceEpoch() - m_clock->wallMs();
    } else if (m_kind == AuthKind::StaticToken) {
        r.outcome = CredentialTestResult::Outcome::StaticToken;
    } else {
        r.outcome = CredentialTestResult::Outcome::TokenReceived;
    }
    finish(std::move(r));
}

void CredentialTest::finish(CredentialTestResult result)
{
    if (!result.error.isEmpty()) {
        if (m_provider)
            result.error = m_provider->redact(result.error);
        result.error = redactSecrets(result.error, m_typed);
    }
    stop();
    emit finished(result);
}

void CredentialTest::cancel()
{
    stop();
}

void CredentialTest::stop()
{
    if (m_deadline != 0) {
        m_clock->cancel(m_deadline);
        m_deadline = 0;
    }
    if (m_provider) {
        // May run inside one of the provider's signals: it is deleted once that returns.
        TokenProvider *p = m_provider.release();
        p->disconnect(this);
        p->stop();
        p->deleteLater();
    }
    if (m_store)
        m_store.release()->deleteLater();
    for (QByteArray &s : m_typed)
        wipeSecret(s);
    m_typed.clear();
}

} // namespace plateau
