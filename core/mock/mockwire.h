#pragma once
// The mock's response bytes, formatted once per configuration (MockAgent::start) and shared read-only by
// every worker thread: each SSE event is a ready-made chunk ("<hex>\r\n" + "data: ...\n\n" + "\r\n"), so
// sending an event is one write of an implicitly shared QByteArray: no JSON building, no allocation.

#include "core/mock/mockagent.h"

#include <QByteArray>
#include <vector>

namespace plateau {

// Bytes of one body framing: HTTP/1.1 chunked, or HTTP/1.0 close-delimited (raw events, end = close).
struct MockStreamBytes
{
    QByteArray preludeKeepAlive;    // status line + headers + tool-call events
    QByteArray preludeClose;        // the same with "Connection: close"
    std::vector<QByteArray> deltas; // text delta events, indexed by delta index % mockDeltaWordCount()
    QByteArray finalDelta;          // the last delta + response.completed + [DONE] + end of body
    QByteArray end;                 // response.completed + [DONE] + end of body (chunkCount == 0)
    QByteArray errorEnd;            // the injected error event + [DONE] + end of body
};

struct MockWire
{
    MockStreamBytes chunked;
    MockStreamBytes raw;
    QByteArray nonStreamKeepAlive, nonStreamClose; // full stream:false answers
    QByteArray healthKeepAlive, healthClose;
    QByteArray http429KeepAlive, http429Close;
    QByteArray http500KeepAlive, http500Close;
    QByteArray continue100;

    static MockWire build(const MockConfig &config);
};

// "HTTP/1.1 <status> <reason>\r\n" + Content-Type: application/json + Content-Length + extraHeaders (each
// ending in \r\n) + optional Connection: close + body. For the rare, per-request error answers.
QByteArray mockJsonResponse(int status, const QByteArray &body, bool close,
                            const QByteArray &extraHeaders = {});
// {"error":"<message>"} with JSON escaping (messages may quote client bytes).
QByteArray mockErrorBody(const QString &message);
const char *httpReasonPhrase(int status);

} // namespace plateau
