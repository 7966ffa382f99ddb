#include "core/mock/mockagent.h"

#include "core/mock/mockstate.h"
#include "core/mock/mockworker.h"
#include "core/plan/mocklimits.h"
#include "core/plan/testplan.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>
#include <QtDebug>
#include <array>

namespace plateau {

namespace {

// Reads a non-negative integer override; an invalid value is reported and ignored (never fatal).
void envOverride(const char *name, int &field)
{
    if (!qEnvironmentVariableIsSet(name))
        return;
    bool ok = false;
    const int v = qEnvironmentVariable(name).trimmed().toInt(&ok);
    if (ok && v >= 0)
        field = v;
    else
        qWarning("%s is not a non-negative integer; ignored", name);
}

// The https side: the certificate chain and key the config names (a key of either algorithm).
QString serverTls(const MockConfig &c, QSslConfiguration *out)
{
    if (c.tlsCertificateFile.isEmpty() && c.tlsKeyFile.isEmpty())
        return QString();
    if (c.tlsCertificateFile.isEmpty() || c.tlsKeyFile.isEmpty())
        return QStringLiteral("https needs both a certificate (--tls-cert) and its key (--tls-key)");
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(c.tlsCertificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return QStringLiteral("--tls-cert: %1 holds no PEM certificate").arg(c.tlsCertificateFile);
    QFile keyFile(c.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return QStringLiteral("--tls-key: cannot read %1: %2").arg(c.tlsKeyFile, keyFile.errorString());
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return QStringLiteral("--tls-key: %1 holds no unencrypted PEM key").arg(c.tlsKeyFile);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates asked for
    *out = tls;
    return QString();
}

QString validate(const MockConfig &c)
{
    auto range = [](const char *field, double v, double lo, double hi) -> QString {
        if (v >= lo && v <= hi)
            return {};
        return QStringLiteral("MockConfig.%1 must be in [%2, %3] (got %4)")
            .arg(QLatin1String(field))
            .arg(lo)
            .arg(hi)
            .arg(v);
    };
    for (const QString &e :
         {range("threads", c.threads, 1, MockLimits::kMaxThreads),
          range("chunkCount", c.chunkCount, 0, MockLimits::kMaxChunks),
          range("chunkDelayMs", c.chunkDelayMs, 0, MockLimits::kMaxChunkDelayMs),
          range("toolCalls", c.toolCalls, 0, MockLimits::kMaxToolCalls),
          range("maxConcurrent", c.maxConcurrent, 0, MockLimits::kMaxConcurrent),
          range("http429Rate", c.http429Rate, 0, 1), range("http500Rate", c.http500Rate, 0, 1),
          range("midStreamErrorRate", c.midStreamErrorRate, 0, 1), range("stallRate", c.stallRate, 0, 1),
          range("requestTimeoutMs", c.requestTimeoutMs, 1, MockLimits::kMaxRequestTimeoutMs)}) {
        if (!e.isEmpty())
            return e;
    }
    return {};
}

constexpr std::array<const char *, 8> kWords = {"The ", "mock ", "agent ", "streams ",
                                                "one ", "word ", "per ",   "delta. "};

} // namespace

int mockDeltaWordCount()
{
    return int(kWords.size());
}

QByteArray mockDeltaText(int index)
{
    const int n = int(kWords.size());
    return QByteArray(kWords[std::size_t(((index % n) + n) % n)]);
}

MockConfig mockConfigFrom(const MockSettings &settings, QString *error)
{
    MockConfig c;
    c.appEnv = settings.appEnv;
    if (!settings.usersFile.isEmpty()) {
        UsersFileResult users = loadUsersFile(settings.usersFile);
        if (users.ok())
            c.accounts = std::move(users.users);
        else if (error)
            *error = QStringLiteral("mock.users_file: ") + users.error;
    }
    c.chunkCount = settings.chunkCount;
    c.chunkDelayMs = settings.chunkDelayMs;
    c.toolCalls = settings.toolCalls;
    c.maxConcurrent = settings.maxConcurrent;
    c.http429Rate = settings.http429Rate;
    c.http500Rate = settings.http500Rate;
    c.midStreamErrorRate = settings.midStreamErrorRate;
    c.stallRate = settings.stallRate;
    envOverride("MOCK_CHUNK_COUNT", c.chunkCount);
    envOverride("MOCK_CHUNK_DELAY_MS", c.chunkDelayMs);
    return c;
}

struct MockAgent::Impl
{
    MockConfig config;
    MockAtomicCounters counters;
    std::unique_ptr<MockShared> shared;
    std::vector<QThread *> threads;
    std::vector<MockWorker *> workers; // deleted in their own threads when those finish
    quint16 port = 0;
};

MockAgent::MockAgent(const MockConfig &config, QObject *parent) : QObject(parent), d(std::make_unique<Impl>())
{
    d->config = config;
}

MockAgent::~MockAgent()
{
    stop();
}

bool MockAgent::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isRunning())
        return fail(QStringLiteral("mock agent already running on port %1").arg(d->port));
    if (const QString e = validate(d->config); !e.isEmpty())
        return fail(e);

    QSslConfiguration tls;
    if (const QString e = serverTls(d->config, &tls); !e.isEmpty())
        return fail(e);
    d->shared = std::make_unique<MockShared>(d->config, &d->counters);
    d->shared->tls = !d->config.tlsCertificateFile.isEmpty();
    d->shared->tlsConfiguration = tls;
    for (int i = 0; i < d->config.threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("plateau-mock-%1").arg(i));
        auto *worker = new MockWorker(d->shared.get(), i);
        worker->moveToThread(thread);
        // Qt's documented pattern: the worker is deleted in its own thread as that thread finishes.
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        d->threads.push_back(thread);
        d->workers.push_back(worker);
    }
    d->workers.front()->setPeers(d->workers);
    for (std::size_t i = 0; i < d->threads.size(); ++i) {
        d->threads[i]->start();
        MockWorker *w = d->workers[i];
        QMetaObject::invokeMethod(
            w, [w] { w->init(); }, Qt::BlockingQueuedConnection);
    }

    bool ok = false;
    QString listenError;
    MockWorker *acceptor = d->workers.front();
    const MockConfig &cfg = d->config;
    QMetaObject::invokeMethod(
        acceptor,
        [&] {
            ok = acceptor->listen(cfg.address, cfg.port, &listenError);
            d->port = acceptor->listenPort();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return fail(listenError);
    }
    return true;
}

void MockAgent::stop()
{
    if (d->threads.empty())
        return;
    d->shared->admission.close();
    // The acceptor first, so no descriptor is dealt to a worker that has already shut down.
    for (MockWorker *w : d->workers)
        QMetaObject::invokeMethod(
            w, [w] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    for (QThread *t : d->threads) {
        t->quit();
        t->wait();
        delete t;
    }
    d->threads.clear();
    d->workers.clear();
    d->shared.reset();
    d->port = 0;
}

bool MockAgent::isRunning() const
{
    return !d->threads.empty() && d->port != 0;
}

quint16 MockAgent::port() const
{
    return d->port;
}

QString MockAgent::baseUrl() const
{
    const QHostAddress &a = d->config.address;
    QString host;
    if (a == QHostAddress::LocalHost || a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a.isNull())
        host = QStringLiteral("127.0.0.1");
    else if (a == QHostAddress::LocalHostIPv6 || a == QHostAddress::AnyIPv6)
        host = QStringLiteral("[::1]");
    else if (a.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + a.toString() + QLatin1Char(']');
    else
        host = a.toString();
    const QString scheme =
        d->config.tlsCertificateFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(d->port);
}

MockCounters MockAgent::counters() const
{
    const int inService = d->shared ? d->shared->admission.inService() : 0;
    const int queued = d->shared ? d->shared->admission.queued() : 0;
    return d->counters.snapshot(inService, queued);
}

void MockAgent::resetCounters()
{
    const int inService = d->shared ? d->shared->admission.inService() : 0;
    const int queued = d->shared ? d->shared->admission.queued() : 0;
    d->counters.reset(inService, queued);
}

const MockConfig &MockAgent::config() const
{
    return d->config;
}

} // namespace plateau
