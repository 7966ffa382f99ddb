#include "core/engine/sseparser.h"

#include <algorithm>
#include <climits>

namespace plateau {

namespace {
// Enough for the typical `data: {json}` event without a first-event reallocation; grows on demand.
constexpr std::size_t kInitialReserve = 512;
} // namespace

SseParser::SseParser(std::size_t maxEventBytes) : m_maxEventBytes(std::max(maxEventBytes, kMinEventBytes))
{
    const std::size_t initial = std::min(kInitialReserve, m_maxEventBytes);
    growFor(m_line, initial);
    growFor(m_data, initial);
}

void SseParser::reset()
{
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    m_lastId.clear();
    m_dispatched = 0;
    m_retryMs = -1;
    m_error = Error::None;
    m_skipLf = false;
    m_bomChecked = false;
}

const char *SseParser::errorString(Error error)
{
    switch (error) {
    case Error::None:
        return "no error";
    case Error::LineTooLong:
        return "SSE line longer than the event size limit";
    case Error::EventTooLarge:
        return "SSE event data larger than the event size limit";
    }
    return "unknown SSE parser error";
}

const char *SseParser::skipBom(const char *p, const char *end)
{
    // The BOM bytes seen so far wait in m_line; on a mismatch they simply become the start of the first
    // line (none of them is a line end), so no byte is lost when the BOM check spans several feeds.
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    while (p != end && m_line.size() < 3 && *p == kBom[m_line.size()])
        m_line.push_back(*p++);
    if (m_line.size() == 3) {
        m_line.clear();
        m_bomChecked = true;
    } else if (p != end) {
        m_bomChecked = true;
    }
    return p;
}

bool SseParser::appendToLine(const char *p, std::size_t n)
{
    if (m_line.size() + n > m_maxEventBytes) {
        m_error = Error::LineTooLong;
        return false;
    }
    growFor(m_line, m_line.size() + n);
    m_line.append(p, n);
    return true;
}

void SseParser::growFor(std::string &buffer, std::size_t needed) const
{
    // Callers guarantee needed <= m_maxEventBytes. Growth doubles like std::string but never past the
    // bound, so a buffer's capacity stays within maxEventBytes (std::string::reserve may itself double,
    // hence the exact-size copy when the bound clips the doubling; that happens at most once per buffer).
    const std::size_t capacity = buffer.capacity();
    if (needed <= capacity)
        return;
    const std::size_t target = std::min(std::max(needed, capacity * 2), std::max(needed, m_maxEventBytes));
    if (target < capacity * 2) {
        std::string grown;
        grown.reserve(target);
        grown.append(buffer);
        buffer.swap(grown);
    } else {
        buffer.reserve(target);
    }
}

void SseParser::assignBounded(std::string &buffer, std::string_view value) const
{
    buffer.clear();
    growFor(buffer, value.size());
    buffer.append(value.data(), value.size());
}

void SseParser::processField(std::string_view line)
{
    if (line.front() == ':')
        return; // comment (servers send these as keep-alives)
    std::string_view field = line;
    std::string_view value;
    if (const void *colon = std::memchr(line.data(), ':', line.size())) {
        const std::size_t at = static_cast<std::size_t>(static_cast<const char *>(colon) - line.data());
        field = line.substr(0, at);
        value = line.substr(at + 1);
        if (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
    }

    if (field == "data") {
        const std::size_t needed = m_data.size() + value.size() + 1;
        if (needed > m_maxEventBytes) {
            m_error = Error::EventTooLarge;
            return;
        }
        growFor(m_data, needed);
        m_data.append(value.data(), value.size());
        m_data.push_back('\n');
    } else if (field == "event") {
        assignBounded(m_eventType, value);
    } else if (field == "id") {
        if (value.find('\0') == std::string_view::npos)
            assignBounded(m_lastId, value);
    } else if (field == "retry") {
        if (value.empty())
            return;
        long long ms = 0;
        for (const char c : value) {
            if (c < '0' || c > '9')
                return; // only ASCII digits set the reconnection time
            ms = std::min<long long>(ms * 10 + (c - '0'), INT_MAX);
        }
        m_retryMs = static_cast<int>(ms);
    }
    // Any other field is ignored, as the spec says.
}

} // namespace plateau
