#pragma once
// The built-in mock agent: a real HTTP/1.1 server on Qt Network that streams Responses-style SSE the way
// agent templates do (docs/architecture.md, "The wire"). It runs its sockets on its own thread(s), so
// embedding it in a test or in the CLI demo never competes with the caller's event loop.
//
// Wire format
//   GET  /health, GET /api/health -> 200 {"status":"ok","app_env":"<appEnv>"}
//   POST /api/auth/login-json, /api/sessions, /api/chat: a log-in API for journeys (mockaccounts.h)
//   POST /invocations  body {"input":[...],"stream":true} (Responses) or {"messages":[...],"stream":true}
//                      (chat); "stream" defaults to false. Empty body or bad JSON -> 400.
//     stream:true  -> 200, Content-Type: text/event-stream, Cache-Control: no-cache, Transfer-Encoding:
//                     chunked, one chunk per event, each event "data: <json>\n\n":
//                     1. toolCalls x (response.output_item.added + response.output_item.done) for a
//                        function_call "lookup" with call_id "call_<n>", sent with the headers at once;
//                     2. chunkCount x {"type":"response.output_text.delta","item_id":"msg_1",
//                        "delta":"<word> "}, delta k (0-based) due at start + (k+1) * chunkDelayMs on an
//                        absolute schedule (start = when the request got its slot);
//                     3. {"type":"response.completed","response":{"usage":{"output_tokens":chunkCount}}};
//                     4. data: [DONE], then the terminating chunk.
//                     An HTTP/1.0 request gets the same events close-delimited (no chunking).
//     stream:false -> after chunkCount * chunkDelayMs, 200 with Content-Length and
//                     {"output":[{"type":"message","content":[{"type":"output_text","text":"..."}]}],
//                      "usage":{"output_tokens":chunkCount}}
//   Other paths 404; wrong method 405 (with Allow); malformed request 400, head over 64 KiB 431, body over
//   8 MiB 413, Transfer-Encoding other than chunked 501, HTTP/2+ request line 505 (all four close the
//   connection); a request left incomplete for requestTimeoutMs 408 and close. Error bodies are
//   {"error":"<message naming the field or byte>"}. "Expect: 100-continue" is answered.
//   Connections are persistent (HTTP/1.1 default, "Connection: close" honoured, HTTP/1.0 closes);
//   pipelined requests are served one after another.
//
// Knobs (MockConfig)
//   chunkCount, chunkDelayMs, toolCalls: the stream's shape (D = chunkCount * chunkDelayMs per request).
//   maxConcurrent > 0: at most that many invocations in service at once, the rest wait in one FIFO queue
//     across threads; queue time is not part of the stream timing, so the capacity is maxConcurrent / D
//     requests per second. 429/500 injections and /health are answered at once, outside the queue. A stalled
//     request keeps its slot until the client closes (like a hung server worker).
//   Failure injection, one seeded draw per invocation (seed + invocation index, so runs repeat):
//     http429Rate -> 429 + Retry-After: 1; http500Rate -> 500; midStreamErrorRate -> after chunkCount/2
//     deltas, data: {"error":"mock: injected failure"} then [DONE], HTTP 200; stallRate -> after
//     chunkCount/2 deltas nothing more is sent, the connection is held open (a stream:false request
//     stalls before its answer). The rates are checked in that order and should sum to <= 1.
//   threads: event-loop threads; accepted sockets go round-robin to them.
//
// Timing: each worker thread keeps one min-heap of due events and one Qt::PreciseTimer armed for the
// earliest, fires everything due within half a millisecond (events go out within about +-0.5 ms of their
// due time on an idle machine), and writes each event with one write of pre-formatted bytes on a
// TCP_NODELAY socket. A mock that falls behind sends late events as soon as it can; MockCounters'
// lateEvents / maxLatenessUs say when the mock itself, not the system under test, was the bottleneck.

#include "core/plan/usersfile.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace plateau {

struct MockSettings;

struct MockConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    int threads = 1;
    int chunkCount = 80;
    int chunkDelayMs = 10;
    int toolCalls = 1;     // tool-call item events sent before the text
    int maxConcurrent = 0; // 0 = unlimited; beyond it requests wait in a FIFO queue (a known capacity)
    double http429Rate = 0;
    double http500Rate = 0;
    double midStreamErrorRate = 0; // data: {"error":...} half-way, HTTP 200, then [DONE]
    double stallRate = 0;          // stop sending half-way and hold the connection open
    std::uint64_t seed = 1;
    int requestTimeoutMs = 30000; // a started request must be complete within this (slowloris guard)
    QString appEnv = QStringLiteral("test"); // what GET /health and GET /api/health report as app_env
    std::vector<UserAccount> accounts{};     // the log-in API's accounts (core/mock/mockaccounts.h)
    // https: a PEM certificate (chain) and its unencrypted key; both empty = plain http.
    QString tlsCertificateFile{};
    QString tlsKeyFile{};
};

// Plan settings, then MOCK_CHUNK_COUNT / MOCK_CHUNK_DELAY_MS from the environment (as in Databricks'
// load-testing guide) when they hold a valid non-negative integer. The settings' users file is read into
// accounts; when it cannot be, *error says why (prefixed "mock.users_file: ") and accounts stay empty.
MockConfig mockConfigFrom(const MockSettings &settings, QString *error = nullptr);

// The text of delta k: mockDeltaText(k % mockDeltaWordCount()), each a word and a space. The stream:false
// answer's text is the concatenation of deltas 0..chunkCount-1.
int mockDeltaWordCount();
QByteArray mockDeltaText(int index);

// Outcome invariant: every POST /invocations with a valid body counts once in `invocations` and, when done,
// in exactly one outcome:
//   invocations == streamsCompleted + nonStreaming + http429 + http500 + stalls + clientAborts
//                  + stoppedInFlight + inFlight
// (inFlight is 0 once the mock is idle; a snapshot taken while requests run may be torn by a few).
// midStreamErrors is a subset of streamsCompleted (those streams reach [DONE]). A stall counts when the
// stall begins. clientAborts: the client closed before the answer ended (queued, waiting or mid-stream).
// stoppedInFlight: stop() cut the answer off. An answer is counted (and its slot freed) just before its last
// bytes are written, so a client that has read [DONE] or a whole response already finds it in counters().
struct MockCounters
{
    std::uint64_t connections = 0;
    std::uint64_t requests = 0;         // every parsed request, any path
    std::uint64_t invocations = 0;      // POST /invocations accepted (any outcome)
    std::uint64_t streamsCompleted = 0; // [DONE] written (includes mid-stream-error streams)
    std::uint64_t nonStreaming = 0;     // stream:false answers completed
    std::uint64_t http429 = 0, http500 = 0, midStreamErrors = 0, stalls = 0;
    std::uint64_t health = 0;
    // The log-in API: requests per endpoint (any outcome) and those it refused for their credentials.
    std::uint64_t apiLogins = 0, apiSessions = 0, apiChats = 0;
    std::uint64_t loginsRefused = 0;   // 401 on log-in: unknown account or wrong password
    std::uint64_t tokensRefused = 0;   // 401 on sessions/chat: missing or unknown token
    std::uint64_t sessionsRefused = 0; // 403/404 on chat: another user's or an unknown session
    std::uint64_t badRequests = 0;     // 400/404/405/408/413/431/501/505 (requests or garbage we answered)
    std::uint64_t clientAborts = 0;    // client closed before the answer ended
    std::uint64_t stoppedInFlight = 0;
    std::uint64_t requestTimeouts = 0; // 408s (subset of badRequests)
    std::uint64_t deltasSent = 0;      // text delta events written
    std::uint64_t maxConcurrentSeen = 0;
    std::uint64_t maxQueuedSeen = 0;
    // Pacing health: timed events (deltas, delayed answers) and how late they went out against their due
    // time. lateEvents (over 1 ms late) rising means the mock itself is saturated, not the system under test.
    std::uint64_t timedEvents = 0, lateEvents = 0, latenessSumUs = 0, maxLatenessUs = 0;
    std::uint64_t inFlight = 0;  // invocations without an outcome yet (gauge)
    std::uint64_t inService = 0; // invocations holding a concurrency slot now (gauge, stalls included)
    std::uint64_t queued = 0;    // invocations waiting for a slot now (gauge)
    std::map<int, std::uint64_t> servedByStatus; // response heads written, by status (100 included)
};

class MockAgent : public QObject
{
    Q_OBJECT
public:
    explicit MockAgent(const MockConfig &config, QObject *parent = nullptr);
    ~MockAgent() override; // stop()s

    // Validates the config, starts the threads and listens; returns false with a message naming the field or
    // the listen error. Call start/stop from the thread that owns the agent.
    bool start(QString *error = nullptr);
    void stop(); // closes every connection (in-flight answers count stoppedInFlight), joins the threads
    bool isRunning() const;
    quint16 port() const;
    QString baseUrl() const;       // http://127.0.0.1:PORT
    MockCounters counters() const; // thread-safe
    void resetCounters();          // call while idle (see the invariant above)
    const MockConfig &config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace plateau
