// libFuzzer target for Http1ResponseParser (the lean transport's response parser). The same bytes are parsed
// whole, in the splits the input encodes, and one byte at a time; all three must agree on every event (heads,
// body bytes, where each response ends, errors), since a server decides the split, not the parser. Along
// the way it checks what must hold for any input: body spans lie inside the bytes just given and never
// add up to more than was fed, a final head has a status of 200..599, a HEAD response has no body, and a
// parser in error stays in error. After a keep-alive response the rest is parsed as the next response on the
// same parser, as the client does when it reuses a connection.
//
// Input layout: byte 0: low 4 bits = k split sizes, bits 4-5 pick maxHeaderBytes (small bounds reach the
// limit paths), bit 6 = a HEAD request, bit 7 = the peer closes after the last byte; bytes 1..k: chunk sizes,
// cycled (0 = an empty feed); the rest: the stream.
#include "core/engine/httpresponseparser.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using plateau::Http1ResponseParser;
using Event = Http1ResponseParser::Event;

struct Response
{
    int status = 0;
    std::string contentType, location, retryAfter, contentEncoding, body;
    bool done = false;
    bool keepAlive = false;
    std::size_t endOffset = 0; // stream offset just past the response, when done
    bool operator==(const Response &o) const
    {
        return status == o.status && contentType == o.contentType && location == o.location &&
               retryAfter == o.retryAfter && contentEncoding == o.contentEncoding && body == o.body &&
               done == o.done && keepAlive == o.keepAlive && endOffset == o.endOffset;
    }
};

struct Outcome
{
    std::vector<Response> responses;
    bool error = false;
    bool operator==(const Outcome &o) const { return responses == o.responses && error == o.error; }
};

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "Http1ResponseParser invariant broken: %s\n", what);
    std::abort();
}

std::string bytes(const QByteArray &a)
{
    return std::string(a.constData(), std::size_t(a.size()));
}

class Driver
{
public:
    Driver(int maxHeaderBytes, bool headRequest) : m_parser(maxHeaderBytes), m_headRequest(headRequest)
    {
        m_parser.reset(headRequest);
        m_out.responses.emplace_back();
    }

    // Feeds one piece; stream is the whole input, so offsets can be checked.
    void feed(const char *data, std::size_t size)
    {
        const char *cursor = data;
        const char *const end = data + size;
        while (!m_stopped) {
            const char *before = cursor;
            const char *body = nullptr;
            qsizetype bodySize = -1;
            const Event event = m_parser.next(cursor, end, &body, &bodySize);
            if (cursor < before || cursor > end)
                fail("cursor left [cursor, end)");
            m_fed += std::size_t(cursor - before);
            Response &r = m_out.responses.back();
            switch (event) {
            case Event::NeedMore:
                if (cursor != end)
                    fail("NeedMore without consuming every byte");
                return;
            case Event::Head: {
                if (m_sawHead)
                    fail("two heads for one response");
                m_sawHead = true;
                const auto &head = m_parser.head();
                if (head.status < 200 || head.status > 599)
                    fail("final status outside 200..599");
                if (!m_parser.headComplete())
                    fail("Head before the head is complete");
                r.status = head.status;
                r.contentType = bytes(head.contentType);
                r.location = bytes(head.location);
                r.retryAfter = bytes(head.retryAfter);
                r.contentEncoding = bytes(head.contentEncoding);
                break;
            }
            case Event::Body:
                if (!m_sawHead)
                    fail("body before the head");
                if (m_headRequest)
                    fail("a body for a HEAD request");
                if (bodySize <= 0 || body < before || body + bodySize > end || body + bodySize > cursor)
                    fail("body span outside the bytes just consumed");
                r.body.append(body, std::size_t(bodySize));
                m_bodyBytes += std::size_t(bodySize);
                if (m_bodyBytes > m_fed)
                    fail("more body bytes than bytes fed");
                break;
            case Event::Done:
                finishResponse(r);
                if (!r.keepAlive) {
                    m_stopped = true;
                    return;
                }
                // The next response on the same connection: the parser must forget the previous one.
                m_parser.reset(m_headRequest);
                m_sawHead = false;
                m_out.responses.emplace_back();
                break;
            case Event::Error:
                setError();
                return;
            }
        }
    }

    Outcome finish(bool eof)
    {
        if (eof && !m_stopped) {
            const Event event = m_parser.finishAtEof();
            if (event == Event::Done)
                finishResponse(m_out.responses.back());
            else if (event == Event::Error)
                setError();
            else
                fail("finishAtEof returned neither Done nor Error");
        }
        return m_out;
    }

private:
    void finishResponse(Response &r)
    {
        if (!m_sawHead)
            fail("Done without a head");
        r.done = true;
        r.keepAlive = m_parser.keepAlive();
        r.endOffset = m_fed;
        // Done is sticky until reset(), with nothing more consumed.
        const char *none = nullptr;
        qsizetype size = 0;
        if (m_parser.next(none, none, nullptr, &size) != Event::Done)
            fail("Done is not sticky");
    }

    void setError()
    {
        m_out.error = true;
        m_stopped = true;
        if (m_parser.errorString().isEmpty())
            fail("an error without a message");
        if (m_parser.errorString().size() > 512)
            fail("an unbounded error message");
        const char probe[] = "HTTP/1.1 200 OK\r\n\r\n";
        const char *cursor = probe;
        const char *body = nullptr;
        qsizetype size = 0;
        if (m_parser.next(cursor, probe + sizeof probe - 1, &body, &size) != Event::Error || cursor != probe)
            fail("events after an error");
        if (m_parser.finishAtEof() != Event::Error)
            fail("finishAtEof after an error is not an error");
    }

    Http1ResponseParser m_parser;
    bool m_headRequest;
    bool m_sawHead = false;
    bool m_stopped = false;
    std::size_t m_fed = 0;
    std::size_t m_bodyBytes = 0;
    Outcome m_out;
};

Outcome run(int maxHeaderBytes, bool headRequest, bool eof, std::string_view stream,
            const std::vector<std::size_t> &sizes)
{
    Driver driver(maxHeaderBytes, headRequest);
    if (sizes.empty()) {
        driver.feed(stream.data(), stream.size());
    } else {
        std::size_t at = 0;
        for (std::size_t i = 0; at < stream.size(); ++i) {
            const std::size_t n = std::min(sizes[i % sizes.size()], stream.size() - at);
            // Each piece in a buffer of its own, so a span that strays outside it is caught by ASan.
            const std::string piece(stream.substr(at, n));
            driver.feed(piece.data(), piece.size());
            at += n;
        }
    }
    return driver.finish(eof);
}

void check(const Outcome &a, const Outcome &b, const char *what)
{
    if (a == b)
        return;
    std::fprintf(stderr, "Http1ResponseParser mismatch: %s (responses %zu vs %zu, error %d vs %d)\n", what,
                 a.responses.size(), b.responses.size(), int(a.error), int(b.error));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static constexpr int kBounds[4] = {64 * 1024, 256, 300, 1000};
    const int maxHeaderBytes = kBounds[(data[0] >> 4) & 3u];
    const bool headRequest = data[0] & 0x40u;
    const bool eof = data[0] & 0x80u;
    const std::size_t k = std::min<std::size_t>(data[0] & 15u, size - 1);
    std::vector<std::size_t> sizes(data + 1, data + 1 + k);
    sizes.push_back(1); // guarantees progress when every encoded size is 0
    const std::string_view stream(reinterpret_cast<const char *>(data + 1 + k), size - 1 - k);

    const Outcome whole = run(maxHeaderBytes, headRequest, eof, stream, {});
    check(whole, run(maxHeaderBytes, headRequest, eof, stream, sizes), "whole vs split");
    check(whole, run(maxHeaderBytes, headRequest, eof, stream, {1}), "whole vs byte-at-a-time");
    return 0;
}
