#pragma once
// {{name}} placeholders of a journey step's path, headers and body. Built-ins: {{prompt}}, {{session}},
// {{user.username}}, {{user.password}}; every other name is a variable an earlier step extracted.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>

namespace plateau {

// The names between {{ and }} in text, in order (a name is letters, digits, '_' and '.').
QStringList templateNames(QStringView text);
bool isBuiltinTemplateName(QStringView name); // prompt, session, user, user.username, user.password

// The value of a name, or null when it has none (the placeholder is then left as it is written).
using TemplateLookup = std::function<const QString *(QStringView name)>;

enum class TemplateEscape
{
    None, // headers and paths: the value as it is
    Json, // a body: the value sits inside a JSON string (" \ and control characters escaped)
    Url,  // a path: the value is percent-encoded
};

QByteArray renderTemplate(QStringView text, const TemplateLookup &lookup, TemplateEscape escape);

} // namespace plateau
