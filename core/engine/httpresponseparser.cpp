#include "core/engine/httpresponseparser.h"

#include <cstring>

namespace plateau {

namespace {

constexpr qsizetype kMaxChunkLineBytes = 1024;

// A short, printable excerpt of peer bytes for an error message: control bytes as \xNN, at most 40 bytes.
QString excerpt(const char *data, qsizetype len)
{
    QString out;
    const qsizetype n = qMin<qsizetype>(len, 40);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (len > n)
        out += QStringLiteral("...");
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool equalsNoCase(const char *p, qsizetype n, const char *lit)
{
    return qstrnicmp(p, n, lit) == 0;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Copies a header value into a ResponseHead field only when it changed, so steady traffic (the same
// Content-Type on every response) allocates nothing.
void assignIfChanged(QByteArray &field, const char *p, qsizetype n)
{
    if (QByteArrayView(field) != QByteArrayView(p, n))
        field = QByteArray(p, n);
}

} // namespace

bool headerHasToken(const char *p, qsizetype n, const char *token, bool lastOnly)
{
    bool found = false;
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (isSpace(p[i]) || p[i] == ','))
            ++i;
        const qsizetype start = i;
        while (i < n && p[i] != ',')
            ++i;
        qsizetype stop = i;
        while (stop > start && isSpace(p[stop - 1]))
            --stop;
        if (stop > start) {
            const bool match = equalsNoCase(p + start, stop - start, token);
            found = lastOnly ? match : (found || match);
        }
    }
    return found;
}

Http1ResponseParser::Http1ResponseParser(int maxHeaderBytes) : m_maxHeaderBytes(qMax(maxHeaderBytes, 256))
{}

void Http1ResponseParser::reset(bool headRequest)
{
    m_state = State::Head;
    m_headRequest = headRequest;
    m_keepAlive = true;
    m_http10 = false;
    m_chunked = false;
    m_teOther = false;
    m_connectionClose = false;
    m_connectionKeepAlive = false;
    m_contentLength = -1;
    m_remaining = 0;
    m_bytesSeen = 0;
    m_headBytes = 0;
    m_lineBytes = 0;
    m_trailerBytes = 0;
    m_seen = 0;
    m_lineBuf.resize(0); // keeps the capacity
    m_head.status = 0;
    if (!m_error.isEmpty())
        m_error.clear();
}

Http1ResponseParser::Event Http1ResponseParser::fail(const QString &message)
{
    m_state = State::Error;
    m_error = message;
    return Event::Error;
}

bool Http1ResponseParser::takeLine(const char *&cursor, const char *end, qsizetype &used, qsizetype limit,
                                   const char *what, const char *&line, qsizetype &len)
{
    const auto *nl = static_cast<const char *>(std::memchr(cursor, '\n', size_t(end - cursor)));
    const qsizetype n = (nl ? nl + 1 : end) - cursor;
    if (used + n > limit) {
        fail(QStringLiteral("%1 exceeds %2 bytes").arg(QLatin1String(what)).arg(limit));
        return false;
    }
    used += n;
    m_bytesSeen += n;
    if (!nl) {
        m_lineBuf.append(cursor, n);
        cursor = end;
        return false;
    }
    if (m_lineBuf.isEmpty()) { // the usual case: the whole line is in this read, parse it in place
        line = cursor;
        len = n - 1;
    } else {
        m_lineBuf.append(cursor, n - 1);
        line = m_lineBuf.constData();
        len = m_lineBuf.size();
    }
    cursor = nl + 1;
    if (len > 0 && line[len - 1] == '\r')
        --len;
    return true;
}

Http1ResponseParser::Event Http1ResponseParser::next(const char *&cursor, const char *end,
                                                     const char **bodyData, qsizetype *bodySize)
{
    for (;;) {
        switch (m_state) {
        case State::Head:
            return consumeHead(cursor, end);
        case State::Fixed:
        case State::ChunkData: {
            if (cursor == end)
                return Event::NeedMore;
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, end - cursor));
            *bodyData = cursor;
            *bodySize = n;
            cursor += n;
            m_bytesSeen += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = m_state == State::Fixed ? State::Done : State::ChunkDataEnd;
            return Event::Body;
        }
        case State::UntilEof:
            if (cursor == end)
                return Event::NeedMore;
            *bodyData = cursor;
            *bodySize = end - cursor;
            m_bytesSeen += end - cursor;
            cursor = end;
            return Event::Body;
        case State::ChunkSize: {
            const char *line = nullptr;
            qsizetype len = 0;
            if (!takeLine(cursor, end, m_lineBytes, kMaxChunkLineBytes, "chunk-size line", line, len))
                return m_state == State::Error ? Event::Error : Event::NeedMore;
            const bool ok = parseChunkSize(line, len);
            m_lineBuf.resize(0);
            m_lineBytes = 0;
            if (!ok)
                return Event::Error;
            break;
        }
        case State::ChunkDataEnd: {
            const char *line = nullptr;
            qsizetype len = 0;
            if (!takeLine(cursor, end, m_lineBytes, 2, "the CRLF after chunk data", line, len)) {
                if (m_state == State::Error)
                    return fail(
                        QStringLiteral("expected CRLF after %1 bytes of chunk data").arg(m_chunkSize));
                return Event::NeedMore;
            }
            m_lineBuf.resize(0);
            m_lineBytes = 0;
            if (len != 0)
                return fail(QStringLiteral("expected CRLF after chunk data, got %1").arg(excerpt(line, len)));
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const char *line = nullptr;
            qsizetype len = 0;
            if (!takeLine(cursor, end, m_trailerBytes, m_maxHeaderBytes, "chunked trailer section", line,
                          len))
                return m_state == State::Error ? Event::Error : Event::NeedMore;
            m_lineBuf.resize(0);
            if (len == 0)
                m_state =
                    State::Done; // trailer fields are read and ignored: nothing above the seam needs them
            break;
        }
        case State::Done:
            return Event::Done;
        case State::Error:
            return Event::Error;
        }
    }
}

Http1ResponseParser::Event Http1ResponseParser::consumeHead(const char *&cursor, const char *end)
{
    while (cursor < end) {
        if ((m_seen & kSeenStatus) == 0) {
            // Reject a non-HTTP reply at its first bytes instead of waiting for a line end that may never
            // come.
            const qsizetype have = m_lineBuf.size();
            const qsizetype avail = end - cursor;
            const qsizetype want = qMin<qsizetype>(5, have + avail);
            for (qsizetype i = 0; i < want; ++i) {
                const char c = i < have ? m_lineBuf.at(i) : cursor[i - have];
                if (c == "HTTP/"[i])
                    continue;
                char sample[41];
                qsizetype n = 0;
                for (; n < 41 && n < have + avail; ++n)
                    sample[n] = n < have ? m_lineBuf.at(n) : cursor[n - have];
                return fail(QStringLiteral("malformed status line: %1").arg(excerpt(sample, n)));
            }
        }
        const char *line = nullptr;
        qsizetype len = 0;
        if (!takeLine(cursor, end, m_headBytes, m_maxHeaderBytes, "response head (maxResponseHeaderBytes)",
                      line, len))
            return m_state == State::Error ? Event::Error : Event::NeedMore;
        bool ok = true;
        bool headEnd = false;
        if ((m_seen & kSeenStatus) == 0)
            ok = parseStatusLine(line, len);
        else if (len == 0)
            headEnd = true;
        else
            ok = parseHeaderLine(line, len);
        m_lineBuf.resize(0);
        if (!ok)
            return Event::Error;
        if (!headEnd)
            continue;
        if (m_head.status < 200) {
            if (m_head.status == 101)
                return fail(QStringLiteral("unexpected 101 Switching Protocols"));
            // An interim response (100 Continue, 103 Early Hints): the real one follows.
            const bool headRequest = m_headRequest;
            const qint64 seen = m_bytesSeen;
            reset(headRequest);
            m_bytesSeen = seen;
            continue;
        }
        return afterHead();
    }
    return Event::NeedMore;
}

bool Http1ResponseParser::parseStatusLine(const char *line, qsizetype len)
{
    // HTTP-version SP 3DIGIT [SP reason-phrase]
    auto bad = [&](const char *why) {
        fail(QStringLiteral("malformed status line (%1): %2").arg(QLatin1String(why), excerpt(line, len)));
        return false;
    };
    if (len < 12 || std::memcmp(line, "HTTP/1.", 7) != 0)
        return bad("expected HTTP/1.x and a three-digit status");
    if (line[7] != '0' && line[7] != '1')
        return bad("unknown HTTP/1 minor version");
    if (line[8] != ' ')
        return bad("expected a space after the version");
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        if (line[i] < '0' || line[i] > '9')
            return bad("status code is not three digits");
        status = status * 10 + (line[i] - '0');
    }
    if (len > 12 && line[12] != ' ')
        return bad("status code is not three digits");
    if (status < 100 || status > 599)
        return bad("status code out of range");
    m_http10 = line[7] == '0';
    m_head.status = status;
    m_seen |= kSeenStatus;
    return true;
}

bool Http1ResponseParser::parseHeaderLine(const char *line, qsizetype len)
{
    if (isSpace(line[0]))
        return true; // obsolete line folding continues a field; none we interpret is ever folded
    const auto *colon = static_cast<const char *>(std::memchr(line, ':', size_t(len)));
    if (!colon || colon == line) {
        fail(QStringLiteral("malformed header line (no field name or colon): %1").arg(excerpt(line, len)));
        return false;
    }
    const qsizetype nameLen = colon - line;
    for (qsizetype i = 0; i < nameLen; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c <= 0x20 || c >= 0x7f) {
            fail(QStringLiteral("malformed header field name: %1").arg(excerpt(line, len)));
            return false;
        }
    }
    const char *v = colon + 1;
    const char *vend = line + len;
    while (v < vend && isSpace(*v))
        ++v;
    while (vend > v && isSpace(vend[-1]))
        --vend;
    const qsizetype vlen = vend - v;

    if (equalsNoCase(line, nameLen, "content-length")) {
        if (vlen == 0 || vlen > 18) {
            fail(QStringLiteral("invalid Content-Length: %1").arg(excerpt(v, vlen)));
            return false;
        }
        qint64 value = 0;
        for (qsizetype i = 0; i < vlen; ++i) {
            if (v[i] < '0' || v[i] > '9') {
                fail(QStringLiteral("invalid Content-Length: %1").arg(excerpt(v, vlen)));
                return false;
            }
            value = value * 10 + (v[i] - '0');
        }
        if (m_contentLength >= 0 && m_contentLength != value) {
            fail(QStringLiteral("conflicting Content-Length headers (%1 and %2)")
                     .arg(m_contentLength)
                     .arg(value));
            return false;
        }
        m_contentLength = value;
    } else if (equalsNoCase(line, nameLen, "transfer-encoding")) {
        // Only a final "chunked" frames the body; any other coding leaves it delimited by the close.
        m_chunked = headerHasToken(v, vlen, "chunked", true);
        m_teOther = !m_chunked;
    } else if (equalsNoCase(line, nameLen, "connection")) {
        m_connectionClose = m_connectionClose || headerHasToken(v, vlen, "close", false);
        m_connectionKeepAlive = m_connectionKeepAlive || headerHasToken(v, vlen, "keep-alive", false);
    } else if (equalsNoCase(line, nameLen, "content-type")) {
        assignIfChanged(m_head.contentType, v, vlen);
        m_seen |= kSeenContentType;
    } else if (equalsNoCase(line, nameLen, "location")) {
        assignIfChanged(m_head.location, v, vlen);
        m_seen |= kSeenLocation;
    } else if (equalsNoCase(line, nameLen, "retry-after")) {
        assignIfChanged(m_head.retryAfter, v, vlen);
        m_seen |= kSeenRetryAfter;
    } else if (equalsNoCase(line, nameLen, "content-encoding")) {
        assignIfChanged(m_head.contentEncoding, v, vlen);
        m_seen |= kSeenContentEncoding;
    }
    return true;
}

Http1ResponseParser::Event Http1ResponseParser::afterHead()
{
    // Fields this response did not send must not keep the previous response's values.
    if (!(m_seen & kSeenContentType) && !m_head.contentType.isNull())
        m_head.contentType = QByteArray();
    if (!(m_seen & kSeenLocation) && !m_head.location.isNull())
        m_head.location = QByteArray();
    if (!(m_seen & kSeenRetryAfter) && !m_head.retryAfter.isNull())
        m_head.retryAfter = QByteArray();
    if (!(m_seen & kSeenContentEncoding) && !m_head.contentEncoding.isNull())
        m_head.contentEncoding = QByteArray();

    m_keepAlive = m_http10 ? (m_connectionKeepAlive && !m_connectionClose) : !m_connectionClose;
    const int status = m_head.status;
    if (m_headRequest || status == 204 || status == 304) {
        m_state = State::Done;
    } else if (m_chunked) {
        m_state = State::ChunkSize;
    } else if (m_teOther) {
        m_state = State::UntilEof;
        m_keepAlive = false;
    } else if (m_contentLength >= 0) {
        m_remaining = m_contentLength;
        m_state = m_contentLength == 0 ? State::Done : State::Fixed;
    } else {
        m_state = State::UntilEof;
        m_keepAlive = false;
    }
    return Event::Head;
}

bool Http1ResponseParser::parseChunkSize(const char *line, qsizetype len)
{
    // chunk-size [BWS] [; chunk-ext] ; extensions are read and ignored
    qint64 size = 0;
    qsizetype i = 0;
    for (; i < len; ++i) {
        const char c = line[i];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            break;
        if (i >= 15) {
            fail(QStringLiteral("chunk size too large: %1").arg(excerpt(line, len)));
            return false;
        }
        size = size * 16 + digit;
    }
    if (i == 0) {
        fail(QStringLiteral("malformed chunk-size line: %1").arg(excerpt(line, len)));
        return false;
    }
    while (i < len && isSpace(line[i]))
        ++i;
    if (i < len && line[i] != ';') {
        fail(QStringLiteral("malformed chunk-size line: %1").arg(excerpt(line, len)));
        return false;
    }
    m_chunkSize = size;
    if (size == 0) {
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return true;
}

Http1ResponseParser::Event Http1ResponseParser::finishAtEof()
{
    switch (m_state) {
    case State::UntilEof:
        m_state = State::Done;
        return Event::Done;
    case State::Done:
        return Event::Done;
    case State::Error:
        return Event::Error;
    case State::Head:
        return fail(m_bytesSeen == 0 ? QStringLiteral("peer closed the connection before any response byte")
                                     : QStringLiteral("peer closed the connection inside the response head"));
    case State::Fixed:
        return fail(QStringLiteral("peer closed the connection with %1 of %2 body bytes missing")
                        .arg(m_remaining)
                        .arg(m_contentLength));
    default:
        return fail(QStringLiteral("peer closed the connection inside the chunked body"));
    }
}

} // namespace plateau
