#pragma once
// A string builder for the report pages: raw markup, or text and attribute values that are HTML-escaped.

#include <QString>

namespace plateau::dashboard {

QString escapeHtml(const QString &text); // dashboardhtml.cpp

class Html
{
public:
    Html &raw(const QString &s)
    {
        m_out += s;
        return *this;
    }
    Html &text(const QString &s)
    {
        m_out += escapeHtml(s);
        return *this;
    }
    // <tag attrs>escaped text</tag>
    Html &el(const char *tag, const QString &content, const QString &attrs = QString())
    {
        m_out += QLatin1Char('<') + QLatin1String(tag) +
                 (attrs.isEmpty() ? QString() : QLatin1Char(' ') + attrs) + QLatin1Char('>') +
                 escapeHtml(content) + QStringLiteral("</") + QLatin1String(tag) + QLatin1Char('>');
        return *this;
    }
    QString &str() { return m_out; }

private:
    QString m_out;
};

// A quoted, escaped attribute value.
inline QString attr(const QString &v)
{
    return QLatin1Char('"') + escapeHtml(v) + QLatin1Char('"');
}

} // namespace plateau::dashboard
