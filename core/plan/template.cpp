#include "core/plan/template.h"

#include <QUrl>

namespace plateau {

namespace {
bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '.';
}

// The placeholder starting at `at` ("{{name}}"): its name's length, or -1 when it is not one.
qsizetype nameAt(QStringView text, qsizetype at)
{
    qsizetype i = at + 2;
    while (i < text.size() && isNameChar(text[i]))
        ++i;
    if (i == at + 2 || i + 1 >= text.size() || text[i] != u'}' || text[i + 1] != u'}')
        return -1;
    return i - (at + 2);
}

void appendJsonEscaped(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
        }
    }
}
} // namespace

QStringList templateNames(QStringView text)
{
    QStringList out;
    for (qsizetype at = text.indexOf(u"{{"); at >= 0; at = text.indexOf(u"{{", at + 1)) {
        const qsizetype n = nameAt(text, at);
        if (n > 0)
            out.append(text.mid(at + 2, n).toString());
    }
    return out;
}

bool isBuiltinTemplateName(QStringView name)
{
    return name == u"prompt" || name == u"session" || name == u"user" || name == u"user.username" ||
           name == u"user.password";
}

QByteArray renderTemplate(QStringView text, const TemplateLookup &lookup, TemplateEscape escape)
{
    QByteArray out;
    out.reserve(text.size() + 64);
    qsizetype copied = 0;
    for (qsizetype at = text.indexOf(u"{{"); at >= 0;) {
        const qsizetype n = nameAt(text, at);
        const QString *value = n > 0 ? lookup(text.mid(at + 2, n)) : nullptr;
        if (!value) {
            at = text.indexOf(u"{{", at + 1);
            continue;
        }
        out += text.mid(copied, at - copied).toUtf8();
        switch (escape) {
        case TemplateEscape::None:
            out += value->toUtf8();
            break;
        case TemplateEscape::Json:
            appendJsonEscaped(out, *value);
            break;
        case TemplateEscape::Url:
            out += QUrl::toPercentEncoding(*value);
            break;
        }
        copied = at + n + 4;
        at = text.indexOf(u"{{", copied);
    }
    out += text.mid(copied).toUtf8();
    return out;
}

} // namespace plateau
