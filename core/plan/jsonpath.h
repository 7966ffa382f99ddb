#pragma once
// The small path syntax of journey extractions, checks and the environment guard: "$.access_token",
// "$.data[0].id", "$['odd key']" or a JSON pointer "/data/0/id"; and lookups in an answer's JSON, parsed
// once per answer with the plan's bounded parser (the bytes come from a server: depth and size are capped).

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <string>

namespace plateau {

class JsonPath
{
public:
    // Null with *error naming the character ("$.a[x]: character 4: expected a digit or a quote after [").
    static std::optional<JsonPath> compile(const QString &text, QString *error = nullptr);
    const QString &text() const { return m_text; }
    const std::string &pointer() const { return m_pointer; } // RFC 6901

private:
    QString m_text;
    std::string m_pointer;
};

struct JsonLookup
{
    bool found = false;
    QString value; // a string as it is, any other value as compact JSON ("42", "true", "{...}")
};

class JsonAnswer
{
public:
    // Bodies beyond kMaxBytes are not parsed (valid() false); an empty body is not JSON either.
    static constexpr qsizetype kMaxBytes = 1 << 20;
    explicit JsonAnswer(const QByteArray &body);
    ~JsonAnswer();
    JsonAnswer(JsonAnswer &&) noexcept;
    JsonAnswer &operator=(JsonAnswer &&) noexcept;
    bool valid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; } // "not JSON: byte 3: ..."
    JsonLookup lookup(const JsonPath &path) const;
    // The value at path equals the JSON text `expected` (a value that is not JSON text is taken as a
    // string: "test" and "\"test\"" both match the string test).
    bool equals(const JsonPath &path, const QString &expected) const;

private:
    struct Doc;
    std::unique_ptr<Doc> m_doc;
    QString m_error;
};

} // namespace plateau
