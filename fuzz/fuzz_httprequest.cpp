// libFuzzer target for HttpRequestParser (the mock agent's request parser). The same bytes are parsed whole,
// in the splits the input encodes (dropping consumed bytes from the buffer before each read, as the mock's
// connections do), and one byte at a time; all three must agree on every request (method, target, version,
// keep-alive, Expect, body) and on the error status and message, since a client decides the split, not the
// parser. Along the way it checks what must hold for any input: the cursor only moves forward and stays in
// the buffer, bodies stay within kMaxBodyBytes and never exceed the bytes fed, methods are tokens and targets
// have no spaces or controls, an error is a 4xx/5xx the mock can send and stays an error. Complete requests
// are followed by the next one on the same parser (pipelining).
//
// Input layout: byte 0: low 4 bits = k split sizes; bytes 1..k: chunk sizes, cycled (0 = an empty read); the
// rest: the stream.
#include "core/mock/httprequestparser.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using plateau::HttpRequestParser;
using Status = HttpRequestParser::Status;

struct Request
{
    std::string method, target, path, body;
    int minorVersion = 0;
    bool keepAlive = false;
    bool expectContinue = false;
    bool operator==(const Request &o) const
    {
        return method == o.method && target == o.target && path == o.path && body == o.body &&
               minorVersion == o.minorVersion && keepAlive == o.keepAlive &&
               expectContinue == o.expectContinue;
    }
};

struct Outcome
{
    std::vector<Request> requests;
    int errorStatus = 0;
    QString errorMessage;
    bool operator==(const Outcome &o) const
    {
        return requests == o.requests && errorStatus == o.errorStatus && errorMessage == o.errorMessage;
    }
};

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "HttpRequestParser invariant broken: %s\n", what);
    std::abort();
}

std::string bytes(const QByteArray &a)
{
    return std::string(a.constData(), std::size_t(a.size()));
}

bool isTchar(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c != 0 && std::string_view("!#$%&'*+-.^_`|~").find(char(c)) != std::string_view::npos);
}

class Driver
{
public:
    // Appends one read to the buffer and parses what it can.
    void feed(std::string_view piece, bool compact)
    {
        if (m_stopped)
            return;
        if (compact && m_pos > 0) {
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        m_buf.append(piece.data(), qsizetype(piece.size()));
        m_fed += piece.size();
        for (;;) {
            const qsizetype before = m_pos;
            const Status st = m_parser.parse(m_buf, m_pos);
            if (m_pos < before || m_pos > m_buf.size())
                fail("cursor moved backwards or past the buffer");
            if (st == Status::NeedMore)
                return;
            if (st == Status::Error) {
                setError();
                return;
            }
            record();
            m_parser.reset();
        }
    }

    Outcome finish() const { return m_out; }

private:
    void record()
    {
        const auto &req = m_parser.request();
        if (req.method.isEmpty() || req.method.size() > 32)
            fail("method empty or longer than 32 bytes");
        for (const char c : req.method)
            if (!isTchar(static_cast<unsigned char>(c)))
                fail("method is not a token");
        if (req.target.isEmpty())
            fail("empty target");
        for (const char c : req.target)
            if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
                fail("space or control byte in the target");
        if (req.minorVersion != 0 && req.minorVersion != 1)
            fail("HTTP/1 minor version other than 0 or 1");
        if (req.body.size() > HttpRequestParser::kMaxBodyBytes)
            fail("body over kMaxBodyBytes");
        m_bodyBytes += std::size_t(req.body.size());
        if (m_bodyBytes > m_fed)
            fail("more body bytes than bytes fed");
        if (m_parser.awaitingBody())
            fail("a complete request still awaiting its body");
        const QByteArray path = req.path();
        if (path != "/" && !req.target.contains(path)) // "/" stands in for an absolute-form without a path
            fail("path() is not part of the target");
        m_out.requests.push_back(Request{bytes(req.method), bytes(req.target), bytes(path), bytes(req.body),
                                         req.minorVersion, req.keepAlive, req.expectContinue});
        // Complete is sticky until reset(), with nothing more consumed.
        const qsizetype at = m_pos;
        if (m_parser.parse(m_buf, m_pos) != Status::Complete || m_pos != at)
            fail("Complete is not sticky");
    }

    void setError()
    {
        m_stopped = true;
        m_out.errorStatus = m_parser.errorStatus();
        m_out.errorMessage = m_parser.errorMessage();
        switch (m_out.errorStatus) {
        case 400:
        case 413:
        case 431:
        case 501:
        case 505:
            break;
        default:
            fail("an error status the mock does not send");
        }
        if (m_out.errorMessage.isEmpty() || m_out.errorMessage.size() > 512)
            fail("an empty or unbounded error message");
        const qsizetype at = m_pos;
        if (m_parser.parse(m_buf, m_pos) != Status::Error || m_pos != at)
            fail("a parser in error parsed on");
    }

    HttpRequestParser m_parser;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_stopped = false;
    std::size_t m_fed = 0;
    std::size_t m_bodyBytes = 0;
    Outcome m_out;
};

Outcome run(std::string_view stream, const std::vector<std::size_t> &sizes)
{
    Driver driver;
    if (sizes.empty()) {
        driver.feed(stream, false);
    } else {
        std::size_t at = 0;
        for (std::size_t i = 0; at < stream.size(); ++i) {
            const std::size_t n = std::min(sizes[i % sizes.size()], stream.size() - at);
            driver.feed(stream.substr(at, n), true);
            at += n;
        }
    }
    return driver.finish();
}

void check(const Outcome &a, const Outcome &b, const char *what)
{
    if (a == b)
        return;
    std::fprintf(stderr, "HttpRequestParser mismatch: %s (requests %zu vs %zu, error %d vs %d: %s / %s)\n",
                 what, a.requests.size(), b.requests.size(), a.errorStatus, b.errorStatus,
                 qPrintable(a.errorMessage), qPrintable(b.errorMessage));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t k = std::min<std::size_t>(data[0] & 15u, size - 1);
    std::vector<std::size_t> sizes(data + 1, data + 1 + k);
    sizes.push_back(1); // guarantees progress when every encoded size is 0
    const std::string_view stream(reinterpret_cast<const char *>(data + 1 + k), size - 1 - k);

    const Outcome whole = run(stream, {});
    check(whole, run(stream, sizes), "whole vs split");
    check(whole, run(stream, {1}), "whole vs byte-at-a-time");
    return 0;
}
