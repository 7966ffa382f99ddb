#pragma once
// Incremental Server-Sent Events parser following the HTML spec's "event stream interpretation":
// \n, \r\n and \r line ends (a \r\n split across two feeds counts once), a leading UTF-8 BOM, comments,
// field "data" (multi-line joined by \n), "event", "id" (ignored when it contains NUL), "retry" (digits
// only), unknown fields ignored, "field" without a colon, one optional space after the colon, events
// dispatched on a blank line, an empty data buffer dispatches nothing. Bytes arrive in arbitrary splits.
// Memory is bounded: a line or an event over maxEventBytes puts the parser into the error state
// (an endless line is an error, not an OOM). Buffers are reused across events: no allocation per event
// once warm. Bytes pass through undecoded: where the spec's UTF-8 decode would substitute U+FFFD for an
// invalid sequence, the bytes reach the caller as they are (the JSON parse downstream rejects them).

#include <cstddef>
#include <string>
#include <string_view>

namespace plateau {

struct SseEvent
{
    std::string_view type; // the "event" field; "message" when absent
    std::string_view data; // joined data lines, without the final \n
    std::string_view id;   // the last event id in effect
};

class SseParser
{
public:
    enum class Error
    {
        None,
        LineTooLong,
        EventTooLarge,
    };

    // maxEventBytes bounds both one line and one event's data, and each buffer's capacity. Values below
    // kMinEventBytes are raised to it: a bound that small is useless, and above it std::string's own growth
    // from its inline buffer never overshoots the bound.
    static constexpr std::size_t kMinEventBytes = 32;
    explicit SseParser(std::size_t maxEventBytes = 4u << 20);

    // Calls onEvent(const SseEvent&) for each complete event; the views are valid only during the call, and
    // onEvent must not feed() or reset() this parser. Complete lines are parsed in place from `data`.
    // Returns false when the stream is in the error state (then it ignores further input).
    template <class OnEvent> bool feed(const char *data, std::size_t size, OnEvent &&onEvent);

    // Back to a fresh stream (BOM check, no last event id, no error); buffer capacity is kept for reuse.
    void reset();
    Error error() const { return m_error; }
    static const char *errorString(Error error); // a short English sentence for logs and failure details
    int retryMs() const { return m_retryMs; }    // -1 until the stream set one
    std::size_t eventsDispatched() const { return m_dispatched; }
    // Heap bytes held by the buffers (for memory accounting and the bound tests).
    std::size_t capacityBytes() const
    {
        return m_line.capacity() + m_data.capacity() + m_eventType.capacity() + m_lastId.capacity();
    }

private:
    template <class OnEvent> void processLine(std::string_view line, OnEvent &&onEvent);
    template <class OnEvent> void dispatch(OnEvent &&onEvent);

    const char *skipBom(const char *p, const char *end);
    bool appendToLine(const char *p, std::size_t n);
    void processField(std::string_view line); // a non-blank line: comment or field
    void growFor(std::string &buffer, std::size_t needed) const;
    void assignBounded(std::string &buffer, std::string_view value) const;

    std::string m_line;      // partial line carried between feeds (complete lines are parsed in place)
    std::string m_data;      // data buffer of the event being built
    std::string m_eventType; // event type of the event being built
    std::string m_lastId;
    std::size_t m_maxEventBytes;
    std::size_t m_dispatched = 0;
    int m_retryMs = -1;
    Error m_error = Error::None;
    bool m_skipLf = false; // last byte fed was \r: a leading \n of the next feed belongs to it
    bool m_bomChecked = false;
};

} // namespace plateau

#include "core/engine/sseparser_impl.h"
