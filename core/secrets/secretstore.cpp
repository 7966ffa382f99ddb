#include "core/secrets/secretstore.h"

#include <QEventLoop>
#include <QTimer>
#include <memory>

namespace plateau {

QString secretKey(const QString &refName, const QString &field)
{
    return refName + QLatin1Char('/') + field;
}

bool splitSecretKey(const QString &key, QString *refName, QString *field)
{
    const int slash = key.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    if (refName)
        *refName = key.left(slash);
    if (field)
        *field = key.mid(slash + 1);
    return true;
}

namespace {

// Shared between the blocking caller and a callback that may come after the caller gave up.
struct BlockingState
{
    bool done = false;
    SecretResult result;
    QEventLoop *loop = nullptr;
};

SecretResult runBlocking(const std::function<void(SecretCallback)> &start, int timeoutMs)
{
    auto state = std::make_shared<BlockingState>();
    QEventLoop loop;
    state->loop = &loop;
    start([state](const SecretResult &r) {
        if (state->done)
            return;
        state->done = true;
        state->result = r;
        if (state->loop)
            state->loop->quit();
    });
    if (!state->done) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    state->loop = nullptr;
    if (!state->done) {
        state->done = true; // a late answer is dropped
        SecretResult r = SecretResult::failure(
            QStringLiteral("the secret store did not answer within %1 ms").arg(timeoutMs));
        r.unavailable = true;
        return r;
    }
    return state->result;
}

} // namespace

SecretResult SecretStore::readBlocking(const QString &key, int timeoutMs)
{
    return runBlocking([&](SecretCallback cb) { read(key, std::move(cb)); }, timeoutMs);
}

SecretResult SecretStore::writeBlocking(const QString &key, const QByteArray &secret, int timeoutMs)
{
    return runBlocking([&](SecretCallback cb) { write(key, secret, std::move(cb)); }, timeoutMs);
}

SecretResult SecretStore::removeBlocking(const QString &key, int timeoutMs)
{
    return runBlocking([&](SecretCallback cb) { remove(key, std::move(cb)); }, timeoutMs);
}

void SecretStore::deliverLater(SecretCallback cb, SecretResult result)
{
    if (!cb)
        return;
    // Context object `this`: the call is dropped if the store dies first.
    QMetaObject::invokeMethod(
        this, [cb = std::move(cb), result = std::move(result)]() { cb(result); }, Qt::QueuedConnection);
}

} // namespace plateau
