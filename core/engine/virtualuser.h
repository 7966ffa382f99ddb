#pragma once
// One virtual user: sends a request, parses its SSE stream as it arrives, stamps the timestamps of
// RequestRecord (docs/architecture.md, "Metric definitions") and classifies the outcome. Lives on its
// worker's thread; the worker owns it.

#include "core/engine/bodydecoder.h"
#include "core/engine/journeyrunner.h"
#include "core/engine/requestcontext.h"
#include "core/engine/sseparser.h"
#include "core/engine/transport.h"
#include "core/metrics/requestrecord.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <random>

namespace plateau {

class VirtualUserHost
{
public:
    virtual ~VirtualUserHost() = default;
    // The request ended (any outcome). detail is empty for successes. The user may be restarted from here.
    virtual void requestFinished(class VirtualUser *user, const RequestRecord &record,
                                 const QString &detail) = 0;
};

class VirtualUser final : public TransportObserver
{
public:
    VirtualUser(VirtualUserHost *host, std::uint32_t id, std::uint32_t worker,
                std::unique_ptr<HttpClient> client);
    ~VirtualUser() override;

    void setContext(std::shared_ptr<const RequestContext> context) { m_ctx = std::move(context); }
    std::uint32_t id() const { return m_id; }
    bool busy() const { return m_busy; }

    // Bytes that the SSE parsers of this thread's users hold: bounded by kSseBudgetBytes in total, so
    // many users receiving giant events cannot take the machine's memory (each parser alone is bounded
    // at 4 MiB). Over the budget, the stream that asks for more fails as a protocol error.
    static constexpr std::size_t kSseBudgetBytes = 64u << 20;
    static std::size_t sseBytesHeldOnThisThread();

    // intendedNs: when the shape wanted it sent (0 = now, closed loop). True when the request is one of
    // the key tag's (always without a journey): what the steps count as started.
    bool startRequest(std::int64_t intendedNs = 0);
    // The tag the user's last request had, and whether it is the key tag.
    bool lastWasKey() const { return m_lastKey; }
    // Ends the request in flight as Cancelled (test end); no-op when idle.
    void cancel();
    // Called a few times a second by the worker: stall and total deadlines.
    void checkDeadlines(std::int64_t nowNs);
    // Next pause before a new request, from the plan's think time.
    int thinkTimeMs();

    bool retiring = false; // set by the worker: finish the current request, then go

    // TransportObserver
    void onConnection(const ConnectionSetup &setup) override;
    void onHeaders(const ResponseHead &head) override;
    void onBody(const char *data, qsizetype size) override;
    void onFinished(TransportError error, const QString &detail) override;

private:
    void handleEvent(const SseEvent &event, std::int64_t now);
    void finish(FailureClass failure, const QString &detail);
    void complete(TransportError error, const QString &detail); // classification at the end of a stream
    bool parse(const char *data, qsizetype size, std::int64_t now);
    void chargeBuffers(); // keeps the thread's total of SSE buffer bytes in step with this parser's
    void finishWith(FailureClass failure, const QString &detail);
    FailureClass classifyStatus(int status) const;

    VirtualUserHost *m_host;
    std::uint32_t m_id;
    std::uint32_t m_worker;
    std::unique_ptr<HttpClient> m_client;
    std::shared_ptr<const RequestContext> m_ctx;
    SseParser m_parser;
    BodyDecoder m_decoder;
    std::size_t m_chargedBytes = 0; // this user's share of the thread's SSE buffer budget
    std::int64_t m_doneNs = 0;      // when [DONE] arrived
    HttpRequestSpec m_spec;
    RequestRecord m_rec;
    std::minstd_rand m_rng;
    QByteArray m_errorBody; // first bytes of a non-2xx or non-stream body, for the failure detail
    QString m_streamError;
    std::int64_t m_lastByteNs = 0;
    std::uint64_t m_authGeneration = 0;
    FailureClass m_pendingFailure = FailureClass::None; // decided at headers, reported at the end
    bool m_busy = false;
    bool m_done = false;
    bool m_streamBody = false; // response is an event stream we parse
    bool m_overBudget = false;
    bool m_stream = true;  // this request's answer is an event stream (the plan's or the journey step's)
    bool m_lastKey = true; // the last request was of the key tag
    bool m_keepAnswer = false;
    QByteArray m_answer; // a journey step's JSON answer, for its checks and extractions (bounded)
    JourneyState m_journey;
};

} // namespace plateau
