#include "core/mock/httprequestparser.h"

#include <cstring>

namespace plateau {

namespace {

// RFC 9110 token characters (method names and header field names).
bool isTchar(unsigned char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != 0;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

// Field values may hold HTAB, visible ASCII and obs-text; anything else (NUL, bare CR, DEL...) is rejected.
bool isFieldValueByte(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

QString hexByte(unsigned char c)
{
    return QStringLiteral("0x%1").arg(int(c), 2, 16, QLatin1Char('0'));
}

QString printable(const char *b, const char *e)
{
    QString s;
    for (const char *p = b; p < e && s.size() < 60; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        s += (c >= 0x20 && c < 0x7f) ? QChar(c) : QChar('?');
    }
    return s;
}

bool equalsIgnoreCase(const char *b, const char *e, const char *lit)
{
    const auto n = std::strlen(lit);
    return size_t(e - b) == n && qstrnicmp(b, lit, n) == 0;
}

void trimOws(const char *&b, const char *&e)
{
    while (b < e && isOws(*b))
        ++b;
    while (e > b && isOws(e[-1]))
        --e;
}

} // namespace

QByteArray HttpRequest::path() const
{
    qsizetype start = 0;
    // Absolute-form ("http://host/path") is legal in requests; route on its path part.
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        if (slash < 0)
            return QByteArrayLiteral("/");
        start = slash;
    }
    qsizetype end = target.indexOf('?', start);
    if (end < 0)
        end = target.size();
    return target.mid(start, end - start);
}

void HttpRequestParser::reset()
{
    m_req.method.clear();
    m_req.target.clear();
    m_req.minorVersion = 1;
    m_req.keepAlive = true;
    m_req.expectContinue = false;
    m_req.authorization.clear();
    m_req.body.resize(0); // keeps the capacity for the next request
    m_phase = Phase::Head;
    m_scanned = 0;
    m_contentLength = -1;
    m_chunked = false;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    m_errorStatus = 0;
    m_errorMessage.clear();
}

bool HttpRequestParser::inProgress(const QByteArray &buf, qsizetype pos) const
{
    return m_phase != Phase::Head || pos < buf.size();
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString &message)
{
    m_phase = Phase::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Error;
}

qsizetype HttpRequestParser::findLineEnd(const QByteArray &buf, qsizetype from)
{
    if (from >= buf.size())
        return -1;
    const void *hit = std::memchr(buf.constData() + from, '\n', size_t(buf.size() - from));
    return hit ? static_cast<const char *>(hit) - buf.constData() : -1;
}

HttpRequestParser::Status HttpRequestParser::parse(const QByteArray &buf, qsizetype &pos)
{
    for (;;) {
        Status st = Status::NeedMore;
        switch (m_phase) {
        case Phase::Failed:
            return Status::Error;
        case Phase::Done:
            return Status::Complete;
        case Phase::Head:
            st = parseHead(buf, pos);
            break;
        default:
            st = parseBody(buf, pos);
            break;
        }
        if (st != Status::Complete)
            return st;
        if (m_phase == Phase::Done)
            return Status::Complete;
        // Head complete with a body to read: loop into the body phases.
    }
}

HttpRequestParser::Status HttpRequestParser::parseHead(const QByteArray &buf, qsizetype &pos)
{
    // RFC 9112 §2.2: ignore empty lines before the request line (clients add CRLF after a POST body).
    if (m_scanned == 0) {
        while (pos < buf.size() && (buf[pos] == '\n' || buf[pos] == '\r')) {
            if (buf[pos] == '\r') {
                if (pos + 1 == buf.size())
                    return Status::NeedMore; // a CR whose LF is still on its way
                if (buf[pos + 1] != '\n')
                    break;
                ++pos;
            }
            ++pos;
        }
    }
    const char *data = buf.constData();
    const qsizetype size = buf.size();

    // Reject garbage early: the method is a short token ended by a space.
    for (qsizetype i = pos; i < size && i < pos + 33; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == ' ') {
            if (i == pos)
                return fail(400, QStringLiteral("malformed request line: empty method"));
            break;
        }
        if (!isTchar(c))
            return fail(400, QStringLiteral("malformed request line: invalid byte %1 in method at offset %2")
                                 .arg(hexByte(c))
                                 .arg(i - pos));
        if (i == pos + 32)
            return fail(400, QStringLiteral("malformed request line: method longer than 32 bytes"));
    }

    qsizetype from = pos + qMax<qsizetype>(0, m_scanned - 3);
    qsizetype headEnd = -1;
    while (from < size) {
        const qsizetype nl = findLineEnd(buf, from);
        if (nl < 0)
            break;
        if (nl + 1 < size && data[nl + 1] == '\n') {
            headEnd = nl + 2;
            break;
        }
        if (nl + 2 < size && data[nl + 1] == '\r' && data[nl + 2] == '\n') {
            headEnd = nl + 3;
            break;
        }
        if (nl + 2 >= size) // cannot tell yet whether a blank line follows
            break;
        from = nl + 1;
    }
    if (headEnd < 0) {
        if (size - pos > kMaxHeadBytes)
            return fail(431,
                        QStringLiteral("request head exceeds the 64 KiB (%1-byte) limit").arg(kMaxHeadBytes));
        m_scanned = size - pos;
        return Status::NeedMore;
    }
    if (headEnd - pos > kMaxHeadBytes)
        return fail(431,
                    QStringLiteral("request head exceeds the 64 KiB (%1-byte) limit").arg(kMaxHeadBytes));

    const Status st = parseHeadLines(data + pos, data + headEnd);
    if (st != Status::Complete)
        return st;
    pos = headEnd;
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseHeadLines(const char *begin, const char *end)
{
    // Request line.
    const char *nl = static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin)));
    const char *lineEnd = (nl > begin && nl[-1] == '\r') ? nl - 1 : nl;
    const char *sp1 = static_cast<const char *>(std::memchr(begin, ' ', size_t(lineEnd - begin)));
    if (!sp1)
        return fail(400, QStringLiteral("malformed request line: no space after the method"));
    const char *sp2 = static_cast<const char *>(std::memchr(sp1 + 1, ' ', size_t(lineEnd - sp1 - 1)));
    if (!sp2 || sp2 == sp1 + 1)
        return fail(400, QStringLiteral("malformed request line: expected METHOD SP TARGET SP VERSION"));
    for (const char *p = sp1 + 1; p < sp2; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c <= 0x20 || c == 0x7f)
            return fail(400, QStringLiteral("invalid byte %1 in request target").arg(hexByte(c)));
    }
    const char *ver = sp2 + 1;
    const qsizetype verLen = lineEnd - ver;
    if (verLen == 8 && std::memcmp(ver, "HTTP/1.", 7) == 0 && (ver[7] == '0' || ver[7] == '1')) {
        m_req.minorVersion = ver[7] - '0';
    } else if (verLen == 8 && std::memcmp(ver, "HTTP/", 5) == 0 && ver[5] >= '0' && ver[5] <= '9' &&
               ver[6] == '.' && ver[7] >= '0' && ver[7] <= '9') {
        return fail(505, QStringLiteral("HTTP version %1 not supported").arg(printable(ver, lineEnd)));
    } else {
        return fail(400,
                    QStringLiteral("malformed request line: bad version '%1'").arg(printable(ver, lineEnd)));
    }
    m_req.method = QByteArray(begin, sp1 - begin);
    m_req.target = QByteArray(sp1 + 1, sp2 - sp1 - 1);

    bool closeToken = false;
    bool keepAliveToken = false;
    const char *line = nl + 1;
    while (line < end) {
        nl = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        lineEnd = (nl > line && nl[-1] == '\r') ? nl - 1 : nl;
        if (lineEnd == line)
            break; // the blank line
        const Status st = parseHeader(line, lineEnd);
        if (st != Status::Complete)
            return st;
        // Connection tokens are collected here because they need both flags.
        const char *colon = static_cast<const char *>(std::memchr(line, ':', size_t(lineEnd - line)));
        if (equalsIgnoreCase(line, colon, "connection")) {
            const char *v = colon + 1;
            while (v < lineEnd) {
                const char *comma = static_cast<const char *>(std::memchr(v, ',', size_t(lineEnd - v)));
                const char *tokEnd = comma ? comma : lineEnd;
                const char *b = v;
                const char *e = tokEnd;
                trimOws(b, e);
                closeToken = closeToken || equalsIgnoreCase(b, e, "close");
                keepAliveToken = keepAliveToken || equalsIgnoreCase(b, e, "keep-alive");
                v = tokEnd + 1;
            }
        }
        line = nl + 1;
    }
    m_req.keepAlive = !closeToken && (m_req.minorVersion == 1 || keepAliveToken);

    if (m_chunked && m_contentLength >= 0)
        return fail(400, QStringLiteral("both Content-Length and Transfer-Encoding: chunked given"));
    if (m_contentLength > kMaxBodyBytes)
        return fail(413, QStringLiteral("Content-Length %1 exceeds the %2-byte body limit")
                             .arg(m_contentLength)
                             .arg(kMaxBodyBytes));
    if (m_chunked)
        m_phase = Phase::ChunkSize;
    else if (m_contentLength > 0)
        m_phase = Phase::FixedBody;
    else
        m_phase = Phase::Done;
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseHeader(const char *begin, const char *end)
{
    if (isOws(*begin))
        return fail(400, QStringLiteral("obsolete header line folding is not accepted"));
    const char *colon = static_cast<const char *>(std::memchr(begin, ':', size_t(end - begin)));
    if (!colon || colon == begin)
        return fail(
            400,
            QStringLiteral("malformed header line '%1': no field name and colon").arg(printable(begin, end)));
    for (const char *p = begin; p < colon; ++p) {
        if (!isTchar(static_cast<unsigned char>(*p)))
            return fail(400, QStringLiteral("invalid byte %1 in header name '%2'")
                                 .arg(hexByte(static_cast<unsigned char>(*p)), printable(begin, colon)));
    }
    const char *v = colon + 1;
    const char *ve = end;
    trimOws(v, ve);
    for (const char *p = v; p < ve; ++p) {
        if (!isFieldValueByte(static_cast<unsigned char>(*p)))
            return fail(400, QStringLiteral("invalid byte %1 in the value of header '%2'")
                                 .arg(hexByte(static_cast<unsigned char>(*p)), printable(begin, colon)));
    }

    if (equalsIgnoreCase(begin, colon, "content-length")) {
        if (v == ve || ve - v > 18)
            return fail(400, QStringLiteral("invalid Content-Length '%1'").arg(printable(v, ve)));
        qint64 n = 0;
        for (const char *p = v; p < ve; ++p) {
            if (*p < '0' || *p > '9')
                return fail(400, QStringLiteral("invalid Content-Length '%1'").arg(printable(v, ve)));
            n = n * 10 + (*p - '0');
        }
        if (m_contentLength >= 0 && m_contentLength != n)
            return fail(400, QStringLiteral("conflicting Content-Length headers"));
        m_contentLength = n;
    } else if (equalsIgnoreCase(begin, colon, "transfer-encoding")) {
        if (!equalsIgnoreCase(v, ve, "chunked"))
            return fail(501, QStringLiteral("unsupported Transfer-Encoding '%1'").arg(printable(v, ve)));
        if (m_chunked)
            return fail(400, QStringLiteral("Transfer-Encoding given twice"));
        m_chunked = true;
    } else if (equalsIgnoreCase(begin, colon, "expect")) {
        m_req.expectContinue = equalsIgnoreCase(v, ve, "100-continue");
    } else if (equalsIgnoreCase(begin, colon, "authorization")) {
        m_req.authorization = QByteArray(v, ve - v);
    }
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseBody(const QByteArray &buf, qsizetype &pos)
{
    const char *data = buf.constData();
    const qsizetype size = buf.size();
    for (;;) {
        switch (m_phase) {
        case Phase::FixedBody:
            // Wait for the whole body, then copy it once.
            if (size - pos < m_contentLength)
                return Status::NeedMore;
            m_req.body.resize(0);
            m_req.body.append(data + pos, m_contentLength);
            pos += m_contentLength;
            m_phase = Phase::Done;
            return Status::Complete;
        case Phase::ChunkSize: {
            const qsizetype nl = findLineEnd(buf, pos);
            if (nl < 0) {
                if (size - pos > 1024)
                    return fail(400, QStringLiteral("chunk size line longer than 1024 bytes"));
                return Status::NeedMore;
            }
            if (nl - pos > 1024)
                return fail(400, QStringLiteral("chunk size line longer than 1024 bytes"));
            qsizetype p = pos;
            qint64 n = 0;
            int digits = 0;
            for (; p < nl; ++p) {
                const char c = data[p];
                int v = -1;
                if (c >= '0' && c <= '9')
                    v = c - '0';
                else if (c >= 'a' && c <= 'f')
                    v = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    v = c - 'A' + 10;
                if (v < 0)
                    break;
                if (++digits > 15)
                    return fail(
                        413, QStringLiteral("chunk size exceeds the %1-byte body limit").arg(kMaxBodyBytes));
                n = n * 16 + v;
            }
            if (digits == 0)
                return fail(400, QStringLiteral("invalid chunk size line: no hex digits (byte %1)")
                                     .arg(hexByte(static_cast<unsigned char>(data[pos]))));
            // After the size: optional whitespace, then end of line or chunk extensions (";name=value"),
            // which are skipped; control bytes are not.
            const qsizetype lineEnd = (nl > p && data[nl - 1] == '\r') ? nl - 1 : nl;
            while (p < lineEnd && isOws(data[p]))
                ++p;
            if (p < lineEnd && data[p] != ';')
                return fail(400, QStringLiteral("invalid byte %1 after the chunk size")
                                     .arg(hexByte(static_cast<unsigned char>(data[p]))));
            for (; p < lineEnd; ++p) {
                const auto c = static_cast<unsigned char>(data[p]);
                if (!isFieldValueByte(c))
                    return fail(400, QStringLiteral("invalid byte %1 in chunk size line").arg(hexByte(c)));
            }
            pos = nl + 1;
            if (m_req.body.size() + n > kMaxBodyBytes)
                return fail(413, QStringLiteral("chunked body exceeds the %1-byte limit").arg(kMaxBodyBytes));
            if (n == 0) {
                m_phase = Phase::Trailers;
            } else {
                m_chunkLeft = n;
                m_phase = Phase::ChunkData;
            }
            break;
        }
        case Phase::ChunkData: {
            const qint64 take = qMin<qint64>(m_chunkLeft, size - pos);
            m_req.body.append(data + pos, take);
            pos += take;
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return Status::NeedMore;
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd:
            if (pos >= size)
                return Status::NeedMore;
            if (data[pos] == '\n') {
                pos += 1;
            } else if (data[pos] == '\r') {
                if (pos + 1 >= size)
                    return Status::NeedMore;
                if (data[pos + 1] != '\n')
                    return fail(400, QStringLiteral("chunk data not followed by CRLF (byte %1)")
                                         .arg(hexByte(static_cast<unsigned char>(data[pos + 1]))));
                pos += 2;
            } else {
                return fail(400,
                            QStringLiteral("chunk data longer than its size (byte %1 where CRLF expected)")
                                .arg(hexByte(static_cast<unsigned char>(data[pos]))));
            }
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            const qsizetype nl = findLineEnd(buf, pos);
            if (nl < 0) {
                if (m_trailerBytes + (size - pos) > kMaxHeadBytes)
                    return fail(431, QStringLiteral("trailer section exceeds the 64 KiB (%1-byte) limit")
                                         .arg(kMaxHeadBytes));
                return Status::NeedMore;
            }
            const bool blank = nl == pos || (nl == pos + 1 && data[pos] == '\r');
            m_trailerBytes += nl + 1 - pos;
            pos = nl + 1;
            if (m_trailerBytes > kMaxHeadBytes)
                return fail(
                    431,
                    QStringLiteral("trailer section exceeds the 64 KiB (%1-byte) limit").arg(kMaxHeadBytes));
            if (blank) {
                m_phase = Phase::Done;
                return Status::Complete;
            }
            break;
        }
        case Phase::Done:
            return Status::Complete;
        case Phase::Head:
        case Phase::Failed:
            return Status::Error;
        }
    }
}

} // namespace plateau
