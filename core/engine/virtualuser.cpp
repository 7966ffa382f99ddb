#include "core/engine/virtualuser.h"

#include "core/common/monoclock.h"
#include "core/engine/agentevent.h"
#include "core/engine/authheadersource.h"
#include "core/engine/retryafter.h"

#include <QDateTime>
#include <algorithm>

namespace plateau {

namespace {
constexpr qsizetype kErrorBodyKeep = 512; // enough to show a server's error message, never a whole page
constexpr std::size_t kParserKeepBytes = 256 * 1024;
// After [DONE] a well-behaved server ends the body at once; one that keeps the response open is cut after
// this grace (the request already ended at [DONE]; the connection cannot be reused then).
constexpr std::int64_t kDoneGraceNs = 200'000'000;

// Each worker thread has its own users and its own budget: no lock, no sharing.
thread_local std::size_t t_sseBytesHeld = 0;

QString printable(const QByteArray &bytes)
{
    QString s = QString::fromUtf8(bytes.left(kErrorBodyKeep)).simplified();
    return s.left(200);
}
} // namespace

VirtualUser::VirtualUser(VirtualUserHost *host, std::uint32_t id, std::uint32_t worker,
                         std::unique_ptr<HttpClient> client)
    : m_host(host), m_id(id), m_worker(worker), m_client(std::move(client)),
      m_rng(0x9E3779B9u ^ (id * 2654435761u))
{}

VirtualUser::~VirtualUser()
{
    if (m_busy)
        m_client->abort();
    t_sseBytesHeld -= m_chargedBytes;
}

std::size_t VirtualUser::sseBytesHeldOnThisThread()
{
    return t_sseBytesHeld;
}

void VirtualUser::chargeBuffers()
{
    const std::size_t now = m_parser.capacityBytes();
    t_sseBytesHeld = t_sseBytesHeld - m_chargedBytes + now;
    m_chargedBytes = now;
}

int VirtualUser::thinkTimeMs()
{
    if (!m_ctx)
        return 0;
    // A journey pauses after each step by the step's own think time (and before starting over).
    const double lo = m_ctx->journey ? m_journey.pauseMinS() : m_ctx->thinkMinS;
    const double hi = m_ctx->journey ? m_journey.pauseMaxS() : m_ctx->thinkMaxS;
    if (hi <= 0)
        return 0;
    std::uniform_real_distribution<double> d(lo, std::max(lo, hi));
    return int(d(m_rng) * 1000.0);
}

bool VirtualUser::startRequest(std::int64_t intendedNs)
{
    const RequestContext &ctx = *m_ctx;
    const std::int64_t now = monotonicNs();
    m_rec = RequestRecord{};
    m_rec.userId = m_id;
    m_rec.worker = m_worker;
    m_rec.sendNs = now;
    m_rec.intendedNs = intendedNs ? intendedNs : now;
    // A hostile stream may have grown the parser's buffers to its bound: start the next one small again.
    if (m_parser.error() != SseParser::Error::None || m_parser.capacityBytes() > kParserKeepBytes)
        m_parser = SseParser();
    else
        m_parser.reset();
    chargeBuffers();
    m_decoder.reset(BodyDecoder::Coding::Identity);
    m_doneNs = 0;
    m_overBudget = false;
    m_errorBody.clear();
    m_streamError.clear();
    m_pendingFailure = FailureClass::None;
    m_done = false;
    m_streamBody = false;
    m_lastByteNs = now;
    m_busy = true;
    m_answer.clear();

    const auto promptIndex = ctx.promptPicker ? ctx.promptPicker->next(m_rng)
                                              : size_t(m_rng() % std::uint32_t(ctx.prompts.size()));
    bool ownAuthorization = false;
    if (ctx.journey) {
        m_journey.build(*ctx.journey, m_id, ctx.prompts[qsizetype(promptIndex)],
                        ctx.sessionPrefix + QString::number(m_id), m_spec);
        const JourneyStepContext &step = m_journey.current(*ctx.journey);
        m_stream = step.stream;
        m_keepAnswer = step.needsAnswer;
        m_lastKey = step.tag == ctx.keyTag;
        for (const auto &h : m_spec.headers)
            ownAuthorization = ownAuthorization || h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
    } else {
        m_stream = ctx.stream;
        m_keepAnswer = false;
        m_lastKey = true;
        m_spec.url = ctx.url;
        m_spec.method = ctx.method;
        m_spec.headers = ctx.headers;
    }
    if (ctx.auth && !ownAuthorization) {
        AuthHeaderSource::Value auth = ctx.auth->authorizationFor(m_id);
        m_authGeneration = auth.generation;
        if (!auth.header.isEmpty())
            m_spec.headers.emplace_back("Authorization", std::move(auth.header));
    }
    if (!ctx.journey) // a journey step's body is built above
        m_spec.body = ctx.bodyHasSession ? renderRequestBodyFor(ctx, promptIndex, m_id)
                                         : ctx.bodiesByPrompt[promptIndex];
    m_client->start(m_spec, this);
    return m_lastKey;
}

void VirtualUser::cancel()
{
    if (!m_busy)
        return;
    m_client->abort();
    finish(FailureClass::Cancelled, QStringLiteral("cancelled at test end"));
}

void VirtualUser::checkDeadlines(std::int64_t now)
{
    if (!m_busy)
        return;
    if (m_done) {
        // The request ended at [DONE]; only a server that keeps the response open gets here.
        if (now - m_doneNs > kDoneGraceNs) {
            m_client->abort();
            complete(TransportError::None, QString());
        }
        return;
    }
    if (now - m_rec.sendNs > m_ctx->totalTimeoutNs) {
        m_client->abort();
        finish(FailureClass::TotalTimeout, QStringLiteral("no end of stream within the total timeout"));
    } else if (now - m_lastByteNs > m_ctx->idleTimeoutNs) {
        m_client->abort();
        finish(FailureClass::StallTimeout, QStringLiteral("no byte within the idle timeout (stall)"));
    }
}

FailureClass VirtualUser::classifyStatus(int status) const
{
    if (status >= 200 && status < 300)
        return FailureClass::None;
    if (status == 429)
        return FailureClass::RateLimited;
    if (status == 401 || status == 403)
        return FailureClass::Auth;
    if (status >= 300 && status < 400)
        return FailureClass::Redirect;
    return FailureClass::HttpStatus;
}

void VirtualUser::onConnection(const ConnectionSetup &setup)
{
    auto micros = [](std::int64_t ns) {
        return std::uint32_t(std::clamp<std::int64_t>(ns / 1000, 0, UINT32_MAX));
    };
    m_rec.connectionReported = true;
    m_rec.newConnection = !setup.reused;
    m_rec.connectUs = micros(setup.connectNs);
    m_rec.tlsUs = micros(setup.tlsNs);
}

void VirtualUser::onHeaders(const ResponseHead &head)
{
    const std::int64_t now = monotonicNs();
    m_rec.headersNs = now;
    m_lastByteNs = now;
    m_rec.httpStatus = std::uint16_t(std::clamp(head.status, 0, 65535));
    m_pendingFailure = classifyStatus(head.status);
    // Rate limits (429) and overload (503) say when to come back; other answers' values are not advice.
    if (head.status == 429 || head.status == 503)
        m_rec.retryAfterS = parseRetryAfter(head.retryAfter, QDateTime::currentDateTimeUtc());
    if (m_pendingFailure == FailureClass::Redirect) {
        m_streamError = QStringLiteral("HTTP %1 redirect to %2: this endpoint wants OAuth, not a personal "
                                       "access token")
                            .arg(head.status)
                            .arg(QString::fromLatin1(head.location.left(200)));
    }
    if (m_pendingFailure == FailureClass::Auth && m_ctx->auth)
        m_ctx->auth->reportUnauthorized(m_id, m_authGeneration);
    if (m_pendingFailure == FailureClass::None && m_stream) {
        const QByteArray type = head.contentType.trimmed().toLower();
        if (type.startsWith("text/event-stream"))
            m_streamBody = true;
        else
            m_pendingFailure = FailureClass::ContentType;
    }
    if (m_streamBody) {
        const std::optional<BodyDecoder::Coding> coding = BodyDecoder::codingFor(head.contentEncoding);
        if (!coding) {
            m_client->abort();
            finish(
                FailureClass::Protocol,
                QStringLiteral("the stream came with Content-Encoding: %1 although Plateau asked for "
                               "identity; Plateau decodes gzip and deflate only (check the proxy in front)")
                    .arg(QString::fromLatin1(head.contentEncoding.left(40))));
            return;
        }
        m_decoder.reset(*coding);
    }
}

void VirtualUser::onBody(const char *data, qsizetype size)
{
    const std::int64_t now = monotonicNs();
    m_lastByteNs = now;
    m_rec.bytes += std::uint64_t(size);
    if (!m_streamBody) {
        // One byte over the bound is kept, so the answer is known to be too large to read as JSON.
        if (m_keepAnswer && m_answer.size() <= JsonAnswer::kMaxBytes)
            m_answer.append(data, std::min(size, JsonAnswer::kMaxBytes + 1 - m_answer.size()));
        if (m_errorBody.size() < kErrorBodyKeep)
            m_errorBody.append(data, std::min(size, kErrorBodyKeep - m_errorBody.size()));
        return;
    }
    if (m_done)
        return; // bytes after [DONE] are ignored
    // The usual stream is not compressed: straight to the parser, without the decoder's indirection.
    const bool ok =
        m_decoder.coding() == BodyDecoder::Coding::Identity
            ? parse(data, size, now)
            : m_decoder.feed(data, size, [&](const char *d, qsizetype n) { return parse(d, n, now); });
    if (!ok && m_busy) {
        m_client->abort();
        if (m_overBudget)
            finish(FailureClass::Protocol,
                   QStringLiteral("SSE events too large: this worker's %1 MiB of stream buffers are used up "
                                  "by users receiving giant events")
                       .arg(kSseBudgetBytes >> 20));
        else if (!m_decoder.error().isEmpty())
            finish(FailureClass::Protocol, m_decoder.error());
        else // an endless line or a giant event: stop reading instead of buffering without bound
            finish(FailureClass::Protocol, m_parser.error() == SseParser::Error::LineTooLong
                                               ? QStringLiteral("SSE line longer than the limit")
                                               : QStringLiteral("SSE event larger than the limit"));
    }
}

bool VirtualUser::parse(const char *data, qsizetype size, std::int64_t now)
{
    if (m_done)
        return true;
    const bool ok = m_parser.feed(data, size_t(size), [&](const SseEvent &e) { handleEvent(e, now); });
    chargeBuffers();
    if (ok && t_sseBytesHeld > kSseBudgetBytes && m_parser.capacityBytes() > kParserKeepBytes) {
        m_overBudget = true;
        return false;
    }
    return ok;
}

void VirtualUser::handleEvent(const SseEvent &event, std::int64_t now)
{
    if (m_done)
        return;
    if (!m_rec.firstEventNs)
        m_rec.firstEventNs = now;
    const AgentEvent ev = classifyAgentEvent(event.data);
    if (ev.outputTokens > 0)
        m_rec.outputTokens = std::uint32_t(ev.outputTokens);
    switch (ev.kind) {
    case AgentEventKind::TextDelta:
        if (!m_rec.firstDeltaNs)
            m_rec.firstDeltaNs = now;
        m_rec.lastDeltaNs = now;
        ++m_rec.deltas;
        break;
    case AgentEventKind::Done:
        m_done = true;
        m_doneNs = now;
        m_rec.endNs = now; // the end of the stream as the user sees it
        break;
    case AgentEventKind::Error:
        if (m_streamError.isEmpty())
            m_streamError =
                QStringLiteral("error event: ") +
                QString::fromUtf8(ev.detail.data(), qsizetype(std::min<size_t>(ev.detail.size(), 200)));
        break;
    case AgentEventKind::Invalid:
        // Garbage in a data field is not fatal by itself; a stream without deltas or [DONE] fails below.
        break;
    default:
        break;
    }
}

void VirtualUser::onFinished(TransportError error, const QString &detail)
{
    if (!m_busy)
        return;
    complete(error, detail);
}

void VirtualUser::complete(TransportError error, const QString &detail)
{
    if (error != TransportError::None && !m_done) {
        switch (error) {
        case TransportError::Connect:
            finish(FailureClass::Connect, detail);
            return;
        case TransportError::Tls:
            finish(FailureClass::Tls, detail);
            return;
        case TransportError::Protocol:
            finish(FailureClass::Protocol, detail);
            return;
        case TransportError::Closed:
        case TransportError::None:
            break;
        }
    }
    if (m_pendingFailure != FailureClass::None) {
        QString why = m_streamError;
        if (why.isEmpty()) {
            why = QStringLiteral("HTTP %1").arg(m_rec.httpStatus);
            if (m_pendingFailure == FailureClass::ContentType)
                why += QStringLiteral(" without text/event-stream");
            const QString body = printable(m_errorBody);
            if (!body.isEmpty())
                why += QStringLiteral(": ") + body;
        }
        finish(m_pendingFailure, why);
        return;
    }
    if (!m_stream) {
        finish(error == TransportError::None ? FailureClass::None : FailureClass::NoDone, detail);
        return;
    }
    if (!m_done) {
        finish(FailureClass::NoDone, error == TransportError::Closed
                                         ? QStringLiteral("connection closed before [DONE]: ") + detail
                                         : QStringLiteral("stream ended without [DONE]"));
        return;
    }
    if (!m_streamError.isEmpty()) {
        finish(FailureClass::StreamError, m_streamError);
        return;
    }
    if (m_rec.deltas == 0) {
        finish(FailureClass::NoTextDelta, QStringLiteral("[DONE] without a text delta"));
        return;
    }
    finish(FailureClass::None, QString());
}

void VirtualUser::finish(FailureClass failure, const QString &detail)
{
    if (m_ctx->journey) {
        // The answer judged: checks, extractions, and where the user goes next. Its text may hold what the
        // journey sent (a password) or was given (a token): never let those reach a file or a log.
        // Redacted before judging: a failed once step makes the user forget its variables.
        QString text = detail.isEmpty() ? detail : m_journey.redact(*m_ctx->journey, m_id, detail);
        if (!text.isEmpty() && m_ctx->auth)
            text = m_ctx->auth->redact(text);
        m_rec.failure = failure;
        m_journey.judge(*m_ctx->journey, m_id, m_rec, m_answer, m_done, &text);
        m_answer.clear();
        finishWith(failure, text);
        return;
    }
    if (!detail.isEmpty() && m_ctx->auth) {
        // A server may echo the request's token in its error text: never let it reach a file or a log.
        finishWith(failure, m_ctx->auth->redact(detail));
        return;
    }
    finishWith(failure, detail);
}

void VirtualUser::finishWith(FailureClass failure, const QString &detail)
{
    m_busy = false;
    // A parser that grew for a giant event gives its memory back now, not at this user's next request.
    if (m_parser.capacityBytes() > kParserKeepBytes) {
        m_parser = SseParser();
        chargeBuffers();
    }
    m_rec.failure = failure;
    if (!m_rec.endNs || !m_done)
        m_rec.endNs = monotonicNs();
    m_host->requestFinished(this, m_rec, detail);
}

} // namespace plateau
