#pragma once
// Template part of SseParser (included at the end of sseparser.h): the per-byte hot loop lives here so the
// event callback inlines into it.

#include <cstring>

namespace plateau {

namespace sse_detail {
// memchr is vectorised by libc; a hand loop testing \r and \n per byte is several times slower.
inline const char *findByte(const char *p, const char *end, char c)
{
    const void *hit = std::memchr(p, c, static_cast<std::size_t>(end - p));
    return hit ? static_cast<const char *>(hit) : end;
}
} // namespace sse_detail

template <class OnEvent> bool SseParser::feed(const char *data, std::size_t size, OnEvent &&onEvent)
{
    if (m_error != Error::None)
        return false;
    const char *p = data;
    const char *const end = data + size;
    if (!m_bomChecked) {
        p = skipBom(p, end);
        if (!m_bomChecked)
            return true; // only a BOM prefix so far: the next feed decides
    }
    if (m_skipLf && p != end) {
        if (*p == '\n')
            ++p;
        m_skipLf = false;
    }
    // The next \n and the next \r are each searched once and remembered until passed: searching both
    // per line would rescan the rest of the buffer for the absent one, quadratic on a CR-only stream.
    const char *lf = sse_detail::findByte(p, end, '\n');
    const char *cr = sse_detail::findByte(p, end, '\r');
    while (p != end) {
        if (lf < p)
            lf = sse_detail::findByte(p, end, '\n');
        if (cr < p)
            cr = sse_detail::findByte(p, end, '\r');
        const char *const eol = lf < cr ? lf : cr;
        if (eol == end) {
            // An incomplete tail: the only bytes ever copied before parsing.
            return appendToLine(p, static_cast<std::size_t>(end - p));
        }
        std::string_view line;
        if (m_line.empty()) {
            if (static_cast<std::size_t>(eol - p) > m_maxEventBytes) {
                m_error = Error::LineTooLong;
                return false;
            }
            line = std::string_view(p, static_cast<std::size_t>(eol - p));
        } else {
            if (!appendToLine(p, static_cast<std::size_t>(eol - p)))
                return false;
            line = m_line;
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_skipLf = true;
            else if (*p == '\n')
                ++p;
        }
        processLine(line, onEvent);
        m_line.clear();
        if (m_error != Error::None)
            return false;
    }
    return true;
}

template <class OnEvent> void SseParser::processLine(std::string_view line, OnEvent &&onEvent)
{
    if (line.empty())
        dispatch(onEvent);
    else
        processField(line);
}

template <class OnEvent> void SseParser::dispatch(OnEvent &&onEvent)
{
    if (m_data.empty()) {
        m_eventType.clear();
        return;
    }
    // Without the \n appended after the last data line.
    const SseEvent event{m_eventType.empty() ? std::string_view("message") : std::string_view(m_eventType),
                         std::string_view(m_data.data(), m_data.size() - 1), std::string_view(m_lastId)};
    ++m_dispatched;
    onEvent(event);
    m_data.clear();
    m_eventType.clear();
}

} // namespace plateau
