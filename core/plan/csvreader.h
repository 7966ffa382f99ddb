#pragma once
// An RFC 4180 CSV reader for prompt files: quoted fields, "" inside quotes, CRLF or LF line ends, line breaks
// inside quoted fields, a UTF-8 BOM ignored. One record at a time, so a 64 MiB file is never held twice.
// Lenient where spreadsheets are sloppy (a quote inside an unquoted field is kept as it is, a last line
// without a line end is a record), strict where the meaning would be a guess (text after a closing quote, a
// quote that is never closed): such a record is reported with its line and column and skipped.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace plateau {

struct CsvRecord
{
    int line = 0;            // 1-based line on which the record starts
    QList<QByteArray> cells; // raw UTF-8; a quoted cell's CRLF line breaks are read as LF
    // A record of one empty cell: a blank line.
    bool isBlank() const { return cells.size() == 1 && cells.first().isEmpty(); }
};

struct CsvError
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters of that line
    QString message;
};

class CsvReader
{
public:
    explicit CsvReader(QByteArrayView data);

    enum class Result
    {
        Record, // *record holds the next record
        Error,  // *error says why the record at its line was skipped; call next() again to go on
        End,
    };
    Result next(CsvRecord *record, CsvError *error);

private:
    Result fail(CsvError *error, int line, qsizetype at, const char *message);
    int columnOf(qsizetype at) const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0; // offset of the current line's first byte
    int m_line = 1;
};

} // namespace plateau
