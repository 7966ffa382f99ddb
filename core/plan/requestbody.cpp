// renderRequestBody: runs once per request, so it encodes UTF-16 straight into the output buffer (no
// QString temporaries, no JSON DOM) and sizes the buffer once for the worst case.
#include "core/plan/planio.h"

namespace plateau {
namespace {

constexpr QStringView kPrompt = u"{{prompt}}";
constexpr QStringView kSession = u"{{session}}";
constexpr int kMaxBytesPerUnit = 6; // "\u00XX" for an escaped control character; UTF-8 needs at most 3

// Writes s as UTF-8 at d and returns the new end. With escape, the text becomes the inside of a JSON string.
char *encode(char *d, QStringView s, bool escape)
{
    static const char hex[] = "0123456789abcdef";
    const char16_t *p = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80) {
            if (escape && (c < 0x20 || c == '"' || c == '\\')) {
                *d++ = '\\';
                switch (c) {
                case '"':
                    *d++ = '"';
                    break;
                case '\\':
                    *d++ = '\\';
                    break;
                case '\n':
                    *d++ = 'n';
                    break;
                case '\r':
                    *d++ = 'r';
                    break;
                case '\t':
                    *d++ = 't';
                    break;
                case '\b':
                    *d++ = 'b';
                    break;
                case '\f':
                    *d++ = 'f';
                    break;
                default:
                    *d++ = 'u';
                    *d++ = '0';
                    *d++ = '0';
                    *d++ = hex[c >> 4];
                    *d++ = hex[c & 0xf];
                }
                continue;
            }
            *d++ = char(c);
        } else if (c < 0x800) {
            *d++ = char(0xc0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), p[++i]);
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else {
            if (QChar::isSurrogate(c)) // a lone half cannot be encoded: JSON parsers reject it
                c = 0xfffd;
            *d++ = char(0xe0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        }
    }
    return d;
}

} // namespace

void renderRequestBodyInto(QByteArray &out, QStringView bodyTemplate, QStringView prompt,
                           QStringView sessionId)
{
    // Count placeholders first so the buffer is sized once; resize() within capacity does not allocate.
    qsizetype prompts = 0;
    qsizetype sessions = 0;
    for (qsizetype at = bodyTemplate.indexOf(u"{{"); at >= 0; at = bodyTemplate.indexOf(u"{{", at + 1)) {
        const QStringView rest = bodyTemplate.mid(at);
        prompts += rest.startsWith(kPrompt) ? 1 : 0;
        sessions += rest.startsWith(kSession) ? 1 : 0;
    }
    const qsizetype worst = bodyTemplate.size() * 3 + prompts * prompt.size() * kMaxBytesPerUnit +
                            sessions * sessionId.size() * kMaxBytesPerUnit;
    out.resize(worst);
    char *const begin = out.data();
    char *d = begin;

    qsizetype copied = 0; // template text before this index is already written
    for (qsizetype at = bodyTemplate.indexOf(u"{{"); at >= 0;) {
        const QStringView rest = bodyTemplate.mid(at);
        const bool isPrompt = rest.startsWith(kPrompt);
        if (!isPrompt && !rest.startsWith(kSession)) {
            at = bodyTemplate.indexOf(u"{{", at + 1);
            continue;
        }
        d = encode(d, bodyTemplate.mid(copied, at - copied), false);
        d = encode(d, isPrompt ? prompt : sessionId, true);
        copied = at + (isPrompt ? kPrompt.size() : kSession.size());
        at = bodyTemplate.indexOf(u"{{", copied);
    }
    d = encode(d, bodyTemplate.mid(copied), false);
    out.resize(d - begin);
}

QByteArray renderRequestBody(const QString &bodyTemplate, const QString &prompt, const QString &sessionId)
{
    QByteArray out;
    renderRequestBodyInto(out, bodyTemplate, prompt, sessionId);
    return out;
}

} // namespace plateau
