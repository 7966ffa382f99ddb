#include "core/report/csv.h"

#include "core/common/fileio.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace plateau::csv {

namespace {

bool needsQuotes(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

} // namespace

void appendField(QByteArray &out, const char *data, qsizetype size)
{
    if (!needsQuotes(data, size)) {
        out.append(data, size);
        return;
    }
    out.append('"');
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '"')
            out.append('"');
        out.append(data[i]);
    }
    out.append('"');
}

QByteArray headerLine(const std::vector<QByteArray> &columns)
{
    QByteArray line;
    Row row(line);
    for (const QByteArray &c : columns)
        row.text(c);
    row.end();
    return line;
}

void Row::separator()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

Row &Row::text(const char *utf8)
{
    separator();
    appendField(m_out, utf8, static_cast<qsizetype>(std::strlen(utf8)));
    return *this;
}

Row &Row::text(const QByteArray &utf8)
{
    separator();
    appendField(m_out, utf8.constData(), utf8.size());
    return *this;
}

Row &Row::integer(std::int64_t v)
{
    separator();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, r.ptr - buf);
    return *this;
}

Row &Row::unsignedInteger(std::uint64_t v)
{
    separator();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, r.ptr - buf);
    return *this;
}

Row &Row::fixed(double v, int decimals)
{
    separator();
    if (!std::isfinite(v))
        return *this;
    if (v == 0) // also turns -0 into 0
        v = 0;
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    if (r.ec == std::errc())
        m_out.append(buf, r.ptr - buf);
    return *this;
}

Row &Row::msFromNs(std::int64_t ns)
{
    separator();
    // Integer arithmetic: exact to the microsecond, and no floating point in the per-request path.
    const bool negative = ns < 0;
    std::uint64_t us = static_cast<std::uint64_t>(negative ? -(ns / 1000) : ns / 1000);
    char buf[32];
    char *p = buf;
    if (negative && us != 0)
        *p++ = '-';
    // Leave space for ".ddd": the integer part (at most 20 digits) always fits before it.
    const auto r = std::to_chars(p, buf + sizeof buf - 4, us / 1000);
    if (r.ec != std::errc())
        return *this;
    p = r.ptr;
    const unsigned frac = static_cast<unsigned>(us % 1000);
    *p++ = '.';
    *p++ = static_cast<char>('0' + frac / 100);
    *p++ = static_cast<char>('0' + frac / 10 % 10);
    *p++ = static_cast<char>('0' + frac % 10);
    m_out.append(buf, p - buf);
    return *this;
}

Row &Row::empty()
{
    separator();
    return *this;
}

int Table::column(const char *name) const
{
    for (size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name)
            return static_cast<int>(i);
    }
    return -1;
}

bool parse(const QByteArray &data, Table *out, QString *error)
{
    out->header.clear();
    out->rows.clear();
    out->lastRecordUnterminated = false;

    const char *p = data.constData();
    const char *const end = p + data.size();
    qint64 line = 1;
    // A UTF-8 byte order mark (Excel writes one) is not part of the first column's name.
    if (data.startsWith("\xEF\xBB\xBF"))
        p += 3;

    Record rec;
    QByteArray field;
    bool haveHeader = false;
    auto finishRecord = [&]() {
        rec.fields.push_back(field);
        field.clear();
        // A blank line is no record (RFC 4180 does not allow them, spreadsheets write them anyway).
        if (!(rec.fields.size() == 1 && rec.fields[0].isEmpty())) {
            if (!haveHeader) {
                out->header = std::move(rec.fields);
                haveHeader = true;
            } else {
                out->rows.push_back(std::move(rec));
            }
        }
        rec = Record();
    };

    while (p < end) {
        if (rec.fields.empty() && field.isEmpty())
            rec.line = line;
        if (*p == '"' && field.isEmpty()) {
            // Quoted field: runs to the closing quote, "" is a quote, line breaks are data.
            const qint64 startLine = line;
            ++p;
            bool closed = false;
            while (p < end) {
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        field.append('"');
                        p += 2;
                        continue;
                    }
                    ++p;
                    closed = true;
                    break;
                }
                if (*p == '\n')
                    ++line;
                field.append(*p++);
            }
            if (!closed) {
                if (error)
                    *error = QStringLiteral("line %1: quoted field is not closed").arg(startLine);
                return false;
            }
            if (p < end && *p != ',' && *p != '\n' && *p != '\r') {
                if (error)
                    *error = QStringLiteral("line %1: unexpected character after a closing quote").arg(line);
                return false;
            }
            // An empty quoted field must still count as a field: mark it by not leaving the loop state
            // ambiguous (field stays empty, the separator below finishes it).
            if (p >= end)
                break;
            continue;
        }
        const char c = *p;
        if (c == ',') {
            rec.fields.push_back(field);
            field.clear();
            ++p;
        } else if (c == '\n' || c == '\r') {
            finishRecord();
            if (c == '\r' && p + 1 < end && p[1] == '\n')
                ++p;
            ++p;
            ++line;
        } else if (c == '"') {
            if (error)
                *error = QStringLiteral("line %1: quote inside an unquoted field").arg(line);
            return false;
        } else {
            // Copy the plain run up to the next special character in one go.
            const char *q = p;
            while (q < end && *q != ',' && *q != '\n' && *q != '\r' && *q != '"')
                ++q;
            field.append(p, q - p);
            p = q;
        }
    }
    if (!rec.fields.empty() || !field.isEmpty()) {
        out->lastRecordUnterminated = true;
        finishRecord();
    }
    return true;
}

bool parseDouble(const QByteArray &field, double *out)
{
    const char *b = field.constData();
    const char *e = b + field.size();
    if (b != e && *b == '+')
        ++b;
    if (b == e)
        return false;
    double v = 0;
    const auto r = std::from_chars(b, e, v);
    if (r.ec != std::errc() || r.ptr != e || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

bool parseInt(const QByteArray &field, std::int64_t *out)
{
    const char *b = field.constData();
    const char *e = b + field.size();
    if (b == e)
        return false;
    std::int64_t v = 0;
    const auto r = std::from_chars(b, e, v);
    if (r.ec != std::errc() || r.ptr != e)
        return false;
    *out = v;
    return true;
}

bool readFile(const QString &path, const QString &shownName, Table *out, QString *error)
{
    QByteArray data;
    if (!fileio::readAll(path, kMaxFileBytes, &data, error))
        return false;
    QString err;
    if (!parse(data, out, &err)) {
        if (error)
            *error = shownName + QLatin1Char(' ') + err;
        return false;
    }
    if (out->header.empty()) {
        if (error)
            *error = shownName + QStringLiteral(" line 1: the header is missing (empty file)");
        return false;
    }
    return true;
}

} // namespace plateau::csv
