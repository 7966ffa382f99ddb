#pragma once
// The lean transport's HTTP/1.1 response parser: bytes in, head and de-chunked body spans out. Pure (no
// sockets, no QObject), so it is unit-tested and fuzzed on its own (tests/engine/test_transport_parser.cpp,
// fuzz/fuzz_httpresponse.cpp). Every length it trusts is bounded: the head and the trailers by
// maxHeaderBytes, a chunk-size line by 1 KiB, a chunk size to 15 hex digits, a Content-Length to 18 decimal
// digits (both far below qint64's limit).

#include "core/engine/transport.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace plateau {

// Does a comma-separated header value (Connection, Transfer-Encoding) contain token (case-insensitive)?
// With lastOnly, only the last element counts, since only a final "chunked" coding frames the body.
bool headerHasToken(const char *p, qsizetype n, const char *token, bool lastOnly);

// Incremental HTTP/1.1 response parser, pull style: next() returns one event at a time so the caller can
// hand it to an observer and stop at once if the observer aborted. Body spans point into the caller's
// buffer (zero copy); only the head (bounded) and chunk-size/trailer lines are copied, into buffers whose
// capacity is kept across responses.
class Http1ResponseParser
{
public:
    enum class Event
    {
        NeedMore, // every byte given was consumed; feed more
        Head,     // head() holds the final (non-1xx) response head
        Body,     // a span of de-chunked body bytes
        Done,     // the message is complete; the cursor points just past it
        Error,    // malformed: errorString() says which byte or field; the connection is unusable
    };

    explicit Http1ResponseParser(int maxHeaderBytes = 64 * 1024);

    // Ready for the next response. A response to HEAD has no body whatever its headers say.
    void reset(bool headRequest);
    // Consumes from cursor (advanced past what it used) up to end. For Body, *bodyData/*bodySize give the
    // span, which lies inside [cursor-before, end).
    Event next(const char *&cursor, const char *end, const char **bodyData, qsizetype *bodySize);
    // The peer closed: Done when the body is delimited by the close and the head was complete, else Error.
    Event finishAtEof();

    const ResponseHead &head() const { return m_head; }
    // Whether the connection may carry another request after Done (HTTP version, Connection header,
    // close-delimited body).
    bool keepAlive() const { return m_keepAlive; }
    bool startedResponse() const { return m_bytesSeen > 0; } // any byte of this response consumed
    bool headComplete() const { return m_state > State::Head; }
    const QString &errorString() const { return m_error; }

private:
    enum class State
    {
        Head,
        Fixed,     // Content-Length body
        UntilEof,  // body delimited by the close
        ChunkSize, // reading a chunk-size line (with optional extensions)
        ChunkData,
        ChunkDataEnd, // the CRLF after a chunk's data
        Trailers,
        Done,
        Error,
    };

    Event consumeHead(const char *&cursor, const char *end);
    bool parseStatusLine(const char *line, qsizetype len);
    bool parseHeaderLine(const char *line, qsizetype len);
    bool parseChunkSize(const char *line, qsizetype len);
    Event afterHead();
    Event fail(const QString &message);
    // Takes one line (without its CR LF) either in place or, when split across reads, from m_lineBuf; false
    // when more input is needed or the line would push `used` past `limit` (then the parser is in error).
    bool takeLine(const char *&cursor, const char *end, qsizetype &used, qsizetype limit, const char *what,
                  const char *&line, qsizetype &len);

    enum : unsigned
    {
        kSeenStatus = 1,
        kSeenContentType = 2,
        kSeenLocation = 4,
        kSeenRetryAfter = 8,
        kSeenContentEncoding = 16,
    };

    int m_maxHeaderBytes;
    State m_state = State::Head;
    unsigned m_seen = 0;
    bool m_headRequest = false;
    bool m_keepAlive = true;
    bool m_http10 = false;
    bool m_chunked = false;
    bool m_teOther = false; // a Transfer-Encoding without a final "chunked": the body ends at the close
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    qint64 m_contentLength = -1; // -1: none given
    qint64 m_remaining = 0;      // bytes left of a fixed body or of the current chunk
    qint64 m_chunkSize = 0;
    qint64 m_bytesSeen = 0;
    qsizetype m_headBytes = 0;    // bounded by m_maxHeaderBytes
    qsizetype m_lineBytes = 0;    // of the chunk-size line or chunk CRLF being read
    qsizetype m_trailerBytes = 0; // bounded by m_maxHeaderBytes
    QByteArray m_lineBuf;         // a line split across reads; capacity reused
    ResponseHead m_head;
    QString m_error;
};

} // namespace plateau
