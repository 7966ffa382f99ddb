#include "core/plan/csvreader.h"

#include <QCoreApplication>

namespace plateau {

CsvReader::CsvReader(QByteArrayView data) : m_data(data)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = m_lineStart = 3;
}

int CsvReader::columnOf(qsizetype at) const
{
    // Characters, not bytes: UTF-8 continuation bytes do not start one.
    int column = 1;
    for (qsizetype i = m_lineStart; i < at && i < m_data.size(); ++i) {
        if ((quint8(m_data[i]) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

CsvReader::Result CsvReader::fail(CsvError *error, int line, qsizetype at, const char *message)
{
    error->line = line;
    error->column = columnOf(at);
    error->message = QCoreApplication::translate("plateau::PromptIo", message);
    // Skip the rest of the physical line: the next record starts after it.
    while (m_pos < m_data.size() && m_data[m_pos] != '\n')
        ++m_pos;
    if (m_pos < m_data.size()) {
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }
    return Result::Error;
}

CsvReader::Result CsvReader::next(CsvRecord *record, CsvError *error)
{
    const qsizetype n = m_data.size();
    if (m_pos >= n)
        return Result::End;
    record->line = m_line;
    record->cells.clear();
    QByteArray cell;
    // The record ends at an unquoted line end or at the end of the data.
    for (;;) {
        if (m_pos < n && m_data[m_pos] == '"') {
            // A quoted cell: up to the closing quote, "" is one quote, line breaks are part of the cell.
            const int openLine = m_line;
            const qsizetype openAt = m_pos;
            const qsizetype openLineStart = m_lineStart;
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < n && m_data[m_pos + 1] == '"') {
                        cell += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == '\r' && m_pos + 1 < n && m_data[m_pos + 1] == '\n') {
                    ++m_pos; // CRLF inside a cell is a line break, read as LF
                    continue;
                }
                if (c == '\n') {
                    ++m_line;
                    m_lineStart = m_pos + 1;
                }
                cell += c;
                ++m_pos;
            }
            if (!closed) {
                // Nothing after it can be read with any certainty: it all belongs to the open cell.
                m_line = openLine;
                m_lineStart = openLineStart;
                const Result r = fail(
                    error, openLine, openAt,
                    QT_TRANSLATE_NOOP("plateau::PromptIo", "the quote that opens this cell is never closed"));
                m_pos = n;
                return r;
            }
            const bool lineEnd =
                m_pos < n && (m_data[m_pos] == '\n' ||
                              (m_data[m_pos] == '\r' && (m_pos + 1 >= n || m_data[m_pos + 1] == '\n')));
            if (m_pos < n && m_data[m_pos] != ',' && !lineEnd)
                return fail(error, m_line, m_pos,
                            QT_TRANSLATE_NOOP("plateau::PromptIo",
                                              "text after a closing quote: quote the whole cell and write a "
                                              "quote inside it as \"\""));
        } else {
            // An unquoted cell: up to the next comma or line end, taken as it is.
            while (m_pos < n) {
                const char c = m_data[m_pos];
                if (c == ',' || c == '\n' || (c == '\r' && (m_pos + 1 >= n || m_data[m_pos + 1] == '\n')))
                    break;
                cell += c;
                ++m_pos;
            }
        }
        record->cells.append(cell);
        cell.clear();
        if (m_pos >= n)
            return Result::Record;
        const char c = m_data[m_pos];
        if (c == ',') {
            ++m_pos;
            if (m_pos >= n) { // "a,b," at the very end: the last cell is empty
                record->cells.append(QByteArray());
                return Result::Record;
            }
            continue;
        }
        // A line end: CRLF, LF, or a CR as the last byte.
        m_pos += (c == '\r' && m_pos + 1 < n) ? 2 : 1;
        ++m_line;
        m_lineStart = m_pos;
        return Result::Record;
    }
}

} // namespace plateau
