#pragma once
// Incremental HTTP/1.x request parser for the mock agent. It reads from a connection's input buffer without
// copying headers, keeps only what the mock routes on (method, target, version, Connection, Expect, the
// body framing) and bounds everything: the head at kMaxHeadBytes (431), the body at kMaxBodyBytes (413).
// Malformed input yields an error status and a message that names the offending field or byte, so a
// hostile client gets a clear 4xx instead of a stuck or crashed server.

#include <QByteArray>
#include <QString>

namespace plateau {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;    // as sent (origin-form), query included
    int minorVersion = 1; // HTTP/1.<minorVersion>
    bool keepAlive = true;
    bool expectContinue = false;
    QByteArray authorization; // the Authorization header's value, for the mock's log-in API
    QByteArray body;          // de-chunked; reused across requests
    QByteArray path() const;
};

class HttpRequestParser
{
public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

    enum class Status
    {
        NeedMore, // everything given was consumed or is waiting for more bytes
        Complete, // request() holds a whole request; call reset() before the next one
        Error,    // errorStatus()/errorMessage() say why; the connection should answer and close
    };

    // Parses buf from pos on; advances pos past the bytes it consumed (the head is consumed only once it is
    // complete, so buf must keep the unconsumed tail).
    Status parse(const QByteArray &buf, qsizetype &pos);
    void reset();

    const HttpRequest &request() const { return m_req; }
    // True once the head is parsed and the body is still missing (for "Expect: 100-continue").
    bool awaitingBody() const { return m_phase != Phase::Head && m_phase != Phase::Done; }
    // True when part of a request has arrived (for the request read timeout).
    bool inProgress(const QByteArray &buf, qsizetype pos) const;
    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    enum class Phase
    {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Failed,
    };

    Status fail(int status, const QString &message);
    Status parseHead(const QByteArray &buf, qsizetype &pos);
    Status parseHeadLines(const char *begin, const char *end);
    Status parseHeader(const char *begin, const char *end);
    Status parseBody(const QByteArray &buf, qsizetype &pos);
    // Returns the end of the line starting at from (pointing at '\n') or -1; lines may end in \r\n or \n.
    static qsizetype findLineEnd(const QByteArray &buf, qsizetype from);

    HttpRequest m_req;
    Phase m_phase = Phase::Head;
    qsizetype m_scanned = 0; // head bytes already searched for the blank line
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    qint64 m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace plateau
