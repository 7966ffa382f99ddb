// libFuzzer target for the CSV prompt reader. For any input:
//  - CsvReader never crashes or hangs and always reaches the end; every error has a line, a column and a
//    message, and records start on lines that never go back;
//  - the records it read, written back with every cell quoted, read back to the same cells (a CRLF inside a
//    quoted cell reads as LF, so the comparison does that too);
//  - promptsFromCsv, with the default column and with a column named by the data, gives no blank prompt and
//    a bounded error list.
#include "core/plan/csvreader.h"
#include "core/plan/promptfile.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using plateau::CsvError;
using plateau::CsvReader;
using plateau::CsvRecord;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "CSV reader invariant broken: %s\n", what);
    std::abort();
}

QList<QList<QByteArray>> readAll(const QByteArray &data, bool checkErrors)
{
    QList<QList<QByteArray>> records;
    CsvReader reader(data);
    CsvRecord record;
    CsvError error;
    int lastLine = 0;
    for (qsizetype steps = 0;; ++steps) {
        if (steps > data.size() + 1)
            fail("more results than bytes: the reader does not advance");
        const CsvReader::Result r = reader.next(&record, &error);
        if (r == CsvReader::Result::End)
            break;
        if (r == CsvReader::Result::Error) {
            if (checkErrors && (error.line < 1 || error.column < 1 || error.message.isEmpty()))
                fail("an error without its line, column or message");
            continue;
        }
        if (record.line < lastLine || record.cells.isEmpty())
            fail("a record without cells, or on an earlier line than the one before");
        lastLine = record.line;
        records.append(record.cells);
    }
    return records;
}

QByteArray quoted(QList<QList<QByteArray>> records)
{
    QByteArray out;
    for (const QList<QByteArray> &cells : records) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QByteArray cell = cells[i];
            cell.replace("\"", "\"\"");
            out += (i ? ",\"" : "\"") + cell + '"';
        }
        out += "\r\n";
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    QList<QList<QByteArray>> records = readAll(data, true);

    const QList<QList<QByteArray>> again = readAll(quoted(records), true);
    for (QList<QByteArray> &cells : records) {
        for (QByteArray &cell : cells)
            cell.replace("\r\n", "\n");
    }
    if (again != records)
        fail("quoted records do not read back to the same cells");

    QString column;
    if (!records.isEmpty() && !records.first().isEmpty())
        column = QString::fromUtf8(records.first().last());
    for (const QString &c : {QString(), column}) {
        const plateau::PromptLoadResult r = plateau::promptsFromCsv(data, c);
        for (const QString &p : r.prompts) {
            if (p.trimmed().isEmpty())
                fail("a blank prompt");
        }
        if (r.errors.size() > 22)
            fail("an unbounded error list");
    }
    return 0;
}
