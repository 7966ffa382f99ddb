#pragma once
// A tiny OAuth token + login server for tests, on 127.0.0.1 (reusable by the engine tests: link
// plateau_test_tokenserver). It lives in the thread that creates it and serves from that thread's
// event loop; counters are atomic so other threads may read them.
//
// Routes:
//   POST <tokenPath> (default /oidc/v1/token)  form grant_type=client_credentials, client_id,
//        client_secret[, scope] -> {"access_token":"tok-<n>","token_type":"Bearer","expires_in":N}
//        wrong client -> 401 {"error":"invalid_client","error_description":...}
//   POST <loginPath> (default /api/auth/login-json)  {"username","password"}
//        -> {"access_token":"user-<name>-<n>","token_type":"bearer"[,"expires_in":N]}; unknown -> 401
//   ANY  /protected  200 {"ok":true} with "Authorization: Bearer <a live token>", else 401
// Knobs: failNext(n, status) fails the next n token/login requests; setRedirectTo() answers them 302.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <atomic>
#include <mutex>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace plateau::test {

class TokenServer : public QObject
{
    Q_OBJECT
public:
    explicit TokenServer(QObject *parent = nullptr);
    ~TokenServer() override;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:<port>"

    // Token endpoint
    void setClientCredentials(const QString &clientId, const QByteArray &clientSecret);
    void setExpiresInS(double seconds); // < 0: leave expires_in out
    void setTokenPath(const QString &path) { m_tokenPath = path; }
    QString tokenPath() const { return m_tokenPath; }
    void setEchoSecretInError(bool on) { m_echoSecret = on; } // a careless server: quotes the secret back

    // Login endpoint
    void addUser(const QString &username, const QByteArray &password);
    void setLoginPath(const QString &path) { m_loginPath = path; }
    QString loginPath() const { return m_loginPath; }
    void setLoginExpiresInS(double seconds) { m_loginExpiresIn = seconds; } // < 0 (default): none

    // Both endpoints
    void failNext(int count, int status = 500);
    void setRedirectTo(const QByteArray &location) { m_redirect = location; } // empty: off
    void setResponseDelayMs(int ms) { m_delayMs = ms; }

    // Requests read in full, counted on arrival (before setResponseDelayMs() holds their answer back):
    // "the client's request is out and waiting" even while the counters below still wait for the delay.
    int requestsArrived() const { return m_requestsArrived.load(); }
    int tokenRequests() const { return m_tokenRequests.load(); }
    int tokensIssued() const { return m_tokensIssued.load(); }
    int loginRequests() const { return m_loginRequests.load(); }
    int loginsIssued() const { return m_loginsIssued.load(); }
    int loginsIssuedFor(const QString &username) const;
    int protectedRequests() const { return m_protectedRequests.load(); }
    int protectedRejected() const { return m_protectedRejected.load(); }
    QByteArray lastToken() const;
    bool isTokenValid(const QByteArray &token) const; // issued here and not expired
    // Arrival time of every token-endpoint request, ms on a monotonic clock (for backoff checks).
    std::vector<qint64> tokenRequestTimesMs() const;

private:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &req);
    void respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    QByteArray issue(const QByteArray &prefix, double expiresInS);
    bool takeFailure(int *status);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_tokenPath = QStringLiteral("/oidc/v1/token");
    QString m_loginPath = QStringLiteral("/api/auth/login-json");
    QString m_clientId = QStringLiteral("test-client");
    QByteArray m_clientSecret = "test-secret";
    double m_expiresIn = 3600;
    double m_loginExpiresIn = -1;
    bool m_echoSecret = false;
    QHash<QString, QByteArray> m_users;
    QHash<QString, int> m_loginsPerUser;
    int m_failCount = 0;
    int m_failStatus = 500;
    QByteArray m_redirect;
    int m_delayMs = 0;

    std::atomic<int> m_requestsArrived{0};
    std::atomic<int> m_tokenRequests{0};
    std::atomic<int> m_tokensIssued{0};
    std::atomic<int> m_loginRequests{0};
    std::atomic<int> m_loginsIssued{0};
    std::atomic<int> m_protectedRequests{0};
    std::atomic<int> m_protectedRejected{0};
    int m_serial = 0;

    mutable std::mutex m_mutex;         // guards the fields below (read from other threads)
    QHash<QByteArray, qint64> m_tokens; // token -> expiry (monotonic ms), -1 = never
    QByteArray m_lastToken;
    std::vector<qint64> m_tokenTimes;
};

} // namespace plateau::test
