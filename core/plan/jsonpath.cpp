#include "core/plan/jsonpath.h"

#include "core/plan/jsonparse.h"

#include <nlohmann/json.hpp>

namespace plateau {

namespace {
// RFC 6901: '~' and '/' inside a token are escaped.
void appendToken(std::string &pointer, const std::string &token)
{
    pointer += '/';
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

bool fail(QString *error, const QString &text, int at, const char *why)
{
    if (error)
        *error = QStringLiteral("%1: character %2: %3").arg(text).arg(at + 1).arg(QLatin1String(why));
    return false;
}

bool compileDollar(const QString &text, std::string &pointer, QString *error)
{
    const std::string s = text.toStdString();
    // Positions below are byte offsets; the paths users write are ASCII, where they are characters too.
    std::size_t i = 1;
    while (i < s.size()) {
        if (s[i] == '.') {
            const std::size_t start = ++i;
            while (i < s.size() && s[i] != '.' && s[i] != '[')
                ++i;
            if (i == start)
                return fail(error, text, int(start), "expected a name after '.'");
            appendToken(pointer, s.substr(start, i - start));
        } else if (s[i] == '[') {
            ++i;
            if (i < s.size() && (s[i] == '\'' || s[i] == '"')) {
                const char quote = s[i++];
                const std::size_t start = i;
                while (i < s.size() && s[i] != quote)
                    ++i;
                if (i >= s.size())
                    return fail(error, text, int(start), "unterminated quoted name");
                appendToken(pointer, s.substr(start, i - start));
                ++i;
            } else {
                const std::size_t start = i;
                while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                    ++i;
                if (i == start)
                    return fail(error, text, int(start), "expected a digit or a quote after '['");
                appendToken(pointer, s.substr(start, i - start));
            }
            if (i >= s.size() || s[i] != ']')
                return fail(error, text, int(i), "expected ']'");
            ++i;
        } else {
            return fail(error, text, int(i), "expected '.' or '['");
        }
    }
    return true;
}
} // namespace

std::optional<JsonPath> JsonPath::compile(const QString &text, QString *error)
{
    JsonPath p;
    p.m_text = text;
    if (text.startsWith(u'$')) {
        if (!compileDollar(text, p.m_pointer, error))
            return std::nullopt;
        return p;
    }
    if (text.startsWith(u'/')) {
        try {
            (void)nlohmann::json::json_pointer(text.toStdString());
        } catch (const std::exception &) {
            fail(error, text, 0, "not a JSON pointer (a '~' must be followed by 0 or 1)");
            return std::nullopt;
        }
        p.m_pointer = text.toStdString();
        return p;
    }
    fail(error, text, 0, "a path starts with \"$\" ($.access_token) or \"/\" (a JSON pointer)");
    return std::nullopt;
}

struct JsonAnswer::Doc
{
    nlohmann::json json;
};

JsonAnswer::JsonAnswer(const QByteArray &body)
{
    if (body.size() > kMaxBytes) {
        m_error = QStringLiteral("the answer is larger than %1 bytes").arg(kMaxBytes);
        return;
    }
    if (body.trimmed().isEmpty()) {
        m_error = QStringLiteral("the answer is empty, not JSON");
        return;
    }
    m_doc = std::make_unique<Doc>();
    try {
        if (const auto e = planjson::parse(body.constData(), std::size_t(body.size()), &m_doc->json)) {
            m_error = QStringLiteral("the answer is not JSON: ") + e->message;
            m_doc.reset();
        }
    } catch (const std::exception &) {
        m_error = QStringLiteral("the answer is too large to read");
        m_doc.reset();
    }
}

JsonAnswer::~JsonAnswer() = default;
JsonAnswer::JsonAnswer(JsonAnswer &&) noexcept = default;
JsonAnswer &JsonAnswer::operator=(JsonAnswer &&) noexcept = default;

namespace {
const nlohmann::json *at(const nlohmann::json &doc, const std::string &pointer)
{
    // Walks the pointer by hand: json::contains/at throw on a token that is not an index of an array.
    const nlohmann::json *v = &doc;
    if (pointer.empty())
        return v;
    std::size_t i = 1;
    while (true) {
        const std::size_t end = pointer.find('/', i);
        std::string token = pointer.substr(i, end == std::string::npos ? std::string::npos : end - i);
        std::string unescaped;
        for (std::size_t k = 0; k < token.size(); ++k) {
            if (token[k] == '~' && k + 1 < token.size()) {
                unescaped += token[k + 1] == '1' ? '/' : '~';
                ++k;
            } else {
                unescaped += token[k];
            }
        }
        if (v->is_object()) {
            const auto it = v->find(unescaped);
            if (it == v->end())
                return nullptr;
            v = &*it;
        } else if (v->is_array()) {
            if (unescaped.empty() || unescaped.size() > 9 ||
                unescaped.find_first_not_of("0123456789") != std::string::npos)
                return nullptr;
            const std::size_t index = std::stoul(unescaped);
            if (index >= v->size())
                return nullptr;
            v = &(*v)[index];
        } else {
            return nullptr;
        }
        if (end == std::string::npos)
            return v;
        i = end + 1;
    }
}
} // namespace

JsonLookup JsonAnswer::lookup(const JsonPath &path) const
{
    JsonLookup out;
    if (!m_doc)
        return out;
    const nlohmann::json *v = at(m_doc->json, path.pointer());
    if (!v)
        return out;
    out.found = true;
    out.value =
        v->is_string()
            ? QString::fromStdString(v->get_ref<const std::string &>())
            : QString::fromStdString(v->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return out;
}

bool JsonAnswer::equals(const JsonPath &path, const QString &expected) const
{
    if (!m_doc)
        return false;
    const nlohmann::json *v = at(m_doc->json, path.pointer());
    if (!v)
        return false;
    const std::string text = expected.toStdString();
    nlohmann::json want;
    if (planjson::parse(text.data(), text.size(), &want))
        want = text; // not JSON text: the string itself
    return *v == want;
}

} // namespace plateau
