#pragma once
// A small, strict HTTP/1.1 response reader for the mock agent's tests. It is written apart from the engine on
// purpose: the tests check the mock's bytes with an independent parser (chunk framing included), over raw
// QTcpSocket connections.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpSocket>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace plateau::test {

struct RawResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;                   // de-chunked
    std::vector<QByteArray> chunks;    // each chunk's payload, when chunked
    std::vector<std::int64_t> chunkNs; // monotonic time each chunk was complete
    bool chunked = false;
    bool complete = false;
    std::vector<int> interim;     // 1xx statuses seen before this response
    std::int64_t firstBodyNs = 0; // monotonic time the first body byte arrived
    QByteArray header(const QByteArray &name) const;
};

// Feeds bytes as they arrive; tracks one response at a time (call next() to start the following one).
class ResponseReader
{
public:
    // Returns false on a framing error (error() says what).
    bool feed(const char *data, qsizetype size, std::int64_t nowNs);
    bool feed(const QByteArray &bytes, std::int64_t nowNs)
    {
        return feed(bytes.constData(), bytes.size(), nowNs);
    }
    void peerClosed(); // completes a close-delimited body
    bool complete() const { return m_resp.complete; }
    const RawResponse &response() const { return m_resp; }
    RawResponse take();
    const QString &error() const { return m_error; }
    // Bytes received after the complete response (pipelining).
    qsizetype leftover() const { return m_buf.size() - m_pos; }

private:
    bool fail(const QString &e);
    bool parse(std::int64_t nowNs);

    enum class Phase
    {
        Head,
        Fixed,
        ChunkSize,
        ChunkData,
        Trailer,
        UntilClose,
        Done
    };
    Phase m_phase = Phase::Head;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_left = 0;
    std::int64_t m_lastNs = 0;
    RawResponse m_resp;
    QString m_error;
};

// SSE "data:" payloads of a body, in order. Every event must be "data: <payload>\n\n".
std::optional<std::vector<QByteArray>> sseData(const QByteArray &body, QString *error = nullptr);

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                       const QByteArray &extraHeaders = {});
QByteArray invocationBody(bool stream);

// Blocking helpers: the mock serves from its own threads, so a test may block its own.
bool connectTo(QTcpSocket &s, quint16 port, int timeoutMs = 5000);
std::optional<RawResponse> readResponse(QTcpSocket &s, ResponseReader &reader, int timeoutMs = 10000);
std::optional<RawResponse> roundTrip(quint16 port, const QByteArray &request, int timeoutMs = 10000);
// True when the server closes the connection within timeoutMs (reading and dropping whatever comes).
bool waitClosed(QTcpSocket &s, int timeoutMs = 5000);

} // namespace plateau::test
