#pragma once
// CSV writing and reading for the run folder. RFC 4180 quoting; numbers always use '.' as the decimal
// separator (std::to_chars / std::from_chars never look at the locale, unlike printf or QString::number
// with a QLocale). Lines end with "\n" (readers also accept "\r\n").

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace plateau::csv {

// Builds one CSV line into a caller-owned buffer (reused across rows, so a warm buffer never allocates).
class Row
{
public:
    explicit Row(QByteArray &out) : m_out(out) {}
    Row &text(const char *utf8);
    Row &text(const QByteArray &utf8);
    Row &text(const QString &s) { return text(s.toUtf8()); }
    Row &integer(std::int64_t v);
    Row &unsignedInteger(std::uint64_t v);
    Row &fixed(double v, int decimals); // empty field when v is not finite
    Row &msFromNs(std::int64_t ns);     // exact, microsecond resolution: "12.345"
    Row &empty();
    void end() { m_out.append('\n'); }

private:
    void separator();
    QByteArray &m_out;
    bool m_first = true;
};

// Appends s quoted when it holds a comma, a quote, CR or LF (quotes doubled), as RFC 4180 asks.
void appendField(QByteArray &out, const char *data, qsizetype size);
QByteArray headerLine(const std::vector<QByteArray> &columns); // with the trailing "\n"

struct Record
{
    qint64 line = 0; // 1-based line number where the record starts
    std::vector<QByteArray> fields;
};

struct Table
{
    std::vector<QByteArray> header;
    std::vector<Record> rows;
    // The data did not end with a line break: the last record may have been cut by a crash.
    bool lastRecordUnterminated = false;
    int column(const char *name) const; // -1 when absent
};

// Parses RFC 4180 CSV. The first record is the header. Fails on an unterminated quoted field or a
// quote inside an unquoted field; the error names the line ("line 7: ...").
bool parse(const QByteArray &data, Table *out, QString *error);
// A CSV file of at most kMaxFileBytes, with its header: errors start with `shownName` ("local/steps.csv
// line 3: ...") and say when the header is missing.
constexpr qint64 kMaxFileBytes = 1024LL * 1024 * 1024;
bool readFile(const QString &path, const QString &shownName, Table *out, QString *error);

// Locale-independent number parsing of a whole field (no spaces, no trailing junk).
bool parseDouble(const QByteArray &field, double *out);
bool parseInt(const QByteArray &field, std::int64_t *out);

} // namespace plateau::csv
