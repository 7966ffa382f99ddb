#include "core/mock/mockwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plateau {

namespace {

QByteArray sseEvent(const QByteArray &json)
{
    return "data: " + json + "\n\n";
}

QByteArray chunk(const QByteArray &payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
}

QByteArray toolCallEvent(const char *type, int n)
{
    return sseEvent(QByteArray(R"({"type":")") + type +
                    R"(","item":{"type":"function_call","name":"lookup","call_id":"call_)" +
                    QByteArray::number(n) + R"(","arguments":"{}"}})");
}

QByteArray deltaEvent(int index)
{
    return sseEvent(R"({"type":"response.output_text.delta","item_id":"msg_1","delta":")" +
                    mockDeltaText(index) + R"("})");
}

QByteArray streamHead(bool close, bool chunked)
{
    QByteArray h = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n";
    if (chunked)
        h += "Transfer-Encoding: chunked\r\n";
    if (close)
        h += "Connection: close\r\n";
    return h + "\r\n";
}

MockStreamBytes buildStream(const MockConfig &config, bool chunked)
{
    auto frame = [chunked](const QByteArray &event) {
        return chunked ? chunk(event) : event;
    };
    const QByteArray terminator = chunked ? QByteArray("0\r\n\r\n") : QByteArray();
    const QByteArray done = frame(sseEvent("[DONE]"));
    const QByteArray completed =
        frame(sseEvent(R"({"type":"response.completed","response":{"usage":{"output_tokens":)" +
                       QByteArray::number(config.chunkCount) + "}}}"));

    QByteArray tools;
    for (int i = 1; i <= config.toolCalls; ++i)
        tools += frame(toolCallEvent("response.output_item.added", i)) +
                 frame(toolCallEvent("response.output_item.done", i));

    MockStreamBytes s;
    s.preludeKeepAlive = streamHead(false, chunked) + tools;
    s.preludeClose = streamHead(true, chunked) + tools;
    for (int i = 0; i < mockDeltaWordCount(); ++i)
        s.deltas.push_back(frame(deltaEvent(i)));
    s.end = completed + done + terminator;
    s.finalDelta = (config.chunkCount > 0 ? s.deltas[size_t((config.chunkCount - 1) % mockDeltaWordCount())]
                                          : QByteArray()) +
                   s.end;
    s.errorEnd = frame(sseEvent(R"({"error":"mock: injected failure"})")) + done + terminator;
    return s;
}

} // namespace

const char *httpReasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray mockJsonResponse(int status, const QByteArray &body, bool close, const QByteArray &extraHeaders)
{
    QByteArray r =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
        extraHeaders;
    if (close)
        r += "Connection: close\r\n";
    return r + "\r\n" + body;
}

QByteArray mockErrorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
}

MockWire MockWire::build(const MockConfig &config)
{
    MockWire w;
    w.chunked = buildStream(config, true);
    w.raw = buildStream(config, false);

    QByteArray text;
    for (int i = 0; i < config.chunkCount; ++i)
        text += mockDeltaText(i);
    const QByteArray answer = R"({"output":[{"type":"message","content":[{"type":"output_text","text":")" +
                              text + R"("}]}],"usage":{"output_tokens":)" +
                              QByteArray::number(config.chunkCount) + "}}";
    w.nonStreamKeepAlive = mockJsonResponse(200, answer, false);
    w.nonStreamClose = mockJsonResponse(200, answer, true);

    const QByteArray health =
        R"({"status":"ok","app_env":)" +
        QJsonDocument(QJsonArray{config.appEnv}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + "}";
    w.healthKeepAlive = mockJsonResponse(200, health, false);
    w.healthClose = mockJsonResponse(200, health, true);

    const QByteArray retry = "Retry-After: 1\r\n";
    const QByteArray busy = mockErrorBody(QStringLiteral("mock: injected 429, retry after 1 s"));
    w.http429KeepAlive = mockJsonResponse(429, busy, false, retry);
    w.http429Close = mockJsonResponse(429, busy, true, retry);
    const QByteArray fault = mockErrorBody(QStringLiteral("mock: injected 500"));
    w.http500KeepAlive = mockJsonResponse(500, fault, false);
    w.http500Close = mockJsonResponse(500, fault, true);
    w.continue100 = "HTTP/1.1 100 Continue\r\n\r\n";
    return w;
}

} // namespace plateau
