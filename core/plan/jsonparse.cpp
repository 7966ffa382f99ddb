#include "core/plan/jsonparse.h"

#include <cstring>
#include <set>
#include <string>
#include <vector>

namespace plateau::planjson {
namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxMessageBytes = 240; // a "last read" token can be megabytes long

// Builds the DOM like nlohmann's own json_sax_dom_parser (detail API, so not used directly), but records
// where an error happened and stops at kMaxDepth / kMaxValues. With no root it only checks.
class Builder final : public nlohmann::json_sax<json>
{
public:
    explicit Builder(json *root) : m_root(root) {}

    bool null() override { return add(nullptr); }
    bool boolean(bool v) override { return add(v); }
    bool number_integer(number_integer_t v) override { return add(v); }
    bool number_unsigned(number_unsigned_t v) override { return add(v); }
    bool number_float(number_float_t v, const string_t &) override { return add(v); }
    bool string(string_t &v) override { return add(std::move(v)); }
    bool binary(binary_t &) override { return false; } // JSON text has no binary values

    bool start_object(std::size_t) override { return open(json::value_t::object); }
    bool key(string_t &k) override
    {
        // nlohmann would let the last of two equal keys win: a plan that says "max_users" twice means
        // one of them silently, so it is an error, named by its path.
        Frame &f = m_frames.back();
        if (!f.keys.insert(k).second) {
            m_duplicatePath = pathTo(k);
            return false;
        }
        f.key = k;
        if (m_root)
            m_slot = &(*m_stack.back())[k];
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(json::value_t::array); }
    bool end_array() override { return close(); }

    bool parse_error(std::size_t position, const std::string &, const json::exception &ex) override
    {
        m_errorByte = qint64(position);
        m_errorText = ex.what();
        return false;
    }

    bool tooDeep() const { return m_tooDeep; }
    const std::string &duplicatePath() const { return m_duplicatePath; }
    bool tooMany() const { return m_tooMany; }
    qint64 errorByte() const { return m_errorByte; }
    const std::string &errorText() const { return m_errorText; }

private:
    template <typename V> bool add(V &&v)
    {
        if (++m_values > kMaxValues) {
            m_tooMany = true;
            return false;
        }
        if (m_root)
            place(json(std::forward<V>(v)));
        advance();
        return true;
    }

    struct Frame
    {
        bool array = false;
        std::size_t index = 0;      // arrays: the element being read
        std::string key;            // objects: the member being read
        std::set<std::string> keys; // objects: the members seen so far
    };

    void advance()
    {
        if (!m_frames.empty() && m_frames.back().array)
            ++m_frames.back().index;
    }

    // "profile.max_users", "targets[2].headers[0].name": the plan's own path syntax.
    std::string pathTo(const std::string &last) const
    {
        std::string path;
        for (std::size_t i = 0; i + 1 < m_frames.size(); ++i) {
            const Frame &f = m_frames[i];
            if (f.array)
                path += '[' + std::to_string(f.index) + ']';
            else
                path += (path.empty() ? "" : ".") + f.key;
        }
        return path + (path.empty() ? "" : ".") + last;
    }

    // Puts v where the parser is (top level, next array element, or the slot of the last key) and returns
    // its address. Addresses of open containers stay valid: nothing is added to a parent while a child is
    // open, and std::map nodes never move.
    json *place(json &&v)
    {
        if (m_stack.empty()) {
            *m_root = std::move(v);
            return m_root;
        }
        json &top = *m_stack.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        *m_slot = std::move(v);
        return m_slot;
    }

    bool open(json::value_t type)
    {
        if (++m_values > kMaxValues) {
            m_tooMany = true;
            return false;
        }
        if (m_depth >= kMaxDepth) {
            m_tooDeep = true;
            return false;
        }
        ++m_depth;
        if (m_root)
            m_stack.push_back(place(json(type)));
        m_frames.push_back(Frame{type == json::value_t::array, 0, {}, {}});
        return true;
    }

    bool close()
    {
        --m_depth;
        if (m_root)
            m_stack.pop_back();
        m_frames.pop_back();
        advance(); // the container just closed was an element of its parent
        return true;
    }

    json *m_root;
    std::vector<json *> m_stack;
    std::vector<Frame> m_frames;
    std::string m_duplicatePath;
    json *m_slot = nullptr;
    int m_depth = 0;
    std::size_t m_values = 0;
    bool m_tooDeep = false;
    bool m_tooMany = false;
    qint64 m_errorByte = 0;
    std::string m_errorText;
};

// 1-based offset of the first bracket nested deeper than kMaxDepth. Only called after the parser stopped
// there, so the text before it is valid JSON (comments included) and the string and comment skipping here
// matches the parser's.
qint64 tooDeepByte(const char *data, std::size_t size)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '/' && i + 1 < size && (data[i + 1] == '/' || data[i + 1] == '*')) {
            // A bracket inside a comment is no bracket: skip to the end of the line or past "*/".
            const bool line = data[i + 1] == '/';
            for (i += 2; i < size; ++i) {
                if (line ? data[i] == '\n' : (data[i] == '*' && i + 1 < size && data[i + 1] == '/'))
                    break;
            }
            if (!line)
                ++i;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth)
                return qint64(i) + 1;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return 0;
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
// ...". Keep the reason, move line and column to the end, put the byte first.
QString describe(qint64 byte, const std::string &what)
{
    std::string reason = what;
    const std::size_t tag = reason.find("] ");
    if (reason.rfind("[json.exception.", 0) == 0 && tag != std::string::npos)
        reason.erase(0, tag + 2);
    static const std::string lead = "parse error at ";
    std::string where;
    if (reason.rfind(lead, 0) == 0) {
        const std::size_t colon = reason.find(": ");
        if (colon != std::string::npos) {
            where = reason.substr(lead.size(), colon - lead.size());
            reason.erase(0, colon + 2);
        }
    }
    if (reason.size() > kMaxMessageBytes)
        reason = reason.substr(0, kMaxMessageBytes) + "...";
    QString text =
        QStringLiteral("byte %1: %2").arg(byte).arg(QString::fromUtf8(reason.data(), int(reason.size())));
    if (!where.empty())
        text += QStringLiteral(" (%1)").arg(QString::fromStdString(where));
    return text;
}

} // namespace

std::optional<ParseError> parse(const char *data, std::size_t size, nlohmann::json *out)
{
    Builder builder(out);
    bool ok = false;
    try {
        // Plans may carry // and /* */ comments (a file explains its choices); the writer emits none.
        ok = json::sax_parse(data, data + size, &builder, json::input_format_t::json, /*strict=*/true,
                             /*ignore_comments=*/true);
    } catch (const std::exception &e) { // std::bad_alloc; the parser itself reports through the SAX
        return ParseError{0, QStringLiteral("cannot parse: %1").arg(QString::fromUtf8(e.what()))};
    }
    // nlohmann's lexer takes a NUL byte for the end of input, so "{}\0junk" would parse as "{}". JSON text
    // never holds a raw NUL (not even inside a string), so the first one is an error, unless the parser
    // already stopped at an earlier one.
    const void *nul = std::memchr(data, 0, size);
    const qint64 nulByte = nul ? qint64(static_cast<const char *>(nul) - data) + 1 : 0;
    if (nul && (ok || builder.tooMany() || builder.tooDeep() || builder.errorByte() >= nulByte))
        return ParseError{nulByte,
                          QStringLiteral("byte %1: NUL byte (JSON text cannot contain one)").arg(nulByte)};
    if (ok)
        return std::nullopt;
    if (builder.tooDeep()) {
        const qint64 byte = tooDeepByte(data, size);
        return ParseError{byte,
                          QStringLiteral("byte %1: nested deeper than %2 levels").arg(byte).arg(kMaxDepth)};
    }
    if (!builder.duplicatePath().empty())
        return ParseError{0, QStringLiteral("%1: duplicate key (the last one would silently win): keep one")
                                 .arg(QString::fromStdString(builder.duplicatePath()))};
    if (builder.tooMany())
        return ParseError{0, QStringLiteral("more than %1 JSON values; not a plan").arg(kMaxValues)};
    return ParseError{builder.errorByte(), describe(builder.errorByte(), builder.errorText())};
}

} // namespace plateau::planjson
