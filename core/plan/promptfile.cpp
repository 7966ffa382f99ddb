#include "core/plan/promptfile.h"

#include "core/common/fileio.h"
#include "core/plan/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace plateau {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("plateau::PromptIo", text);
}

constexpr int kMaxErrors = 20; // a binary file must not produce a million error lines

QList<QByteArray> splitLines(QByteArray data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    data.replace("\r\n", "\n");
    return data.split('\n');
}

void addError(PromptLoadResult &r, int line, const QString &message)
{
    if (r.errors.size() < kMaxErrors)
        r.errors << tr("line %1: %2").arg(line).arg(message);
    else if (r.errors.size() == kMaxErrors)
        r.errors << tr("more lines skipped");
}

void addError(PromptLoadResult &r, const CsvError &e)
{
    addError(r, e.line, tr("column %1: %2").arg(e.column).arg(e.message));
}

// How an error lists a header's columns: each quoted and shortened, at most kMaxListedColumns of them.
QString listColumns(const QList<QByteArray> &header)
{
    constexpr int kMaxListedColumns = 20;
    constexpr int kMaxNameChars = 40;
    QStringList names;
    for (const QByteArray &cell : header) {
        if (names.size() == kMaxListedColumns) {
            names << tr("… (%1 in all)").arg(header.size());
            break;
        }
        QString name = QString::fromUtf8(cell).trimmed();
        if (name.size() > kMaxNameChars)
            name = name.left(kMaxNameChars) + QStringLiteral("…");
        names << QLatin1Char('"') + name + QLatin1Char('"');
    }
    return names.join(QStringLiteral(", "));
}

qsizetype findColumn(const QList<QByteArray> &header, const QString &name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (QString::fromUtf8(header[i]).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

QString promptsToEditorText(const QStringList &prompts)
{
    QStringList lines;
    lines.reserve(prompts.size());
    for (QString p : prompts) {
        p.replace(u'\\', QStringLiteral("\\\\"));
        p.replace(u'\n', QStringLiteral("\\n"));
        p.replace(u'\r', QStringLiteral("\\r"));
        lines << p;
    }
    return lines.join(u'\n');
}

QStringList promptsFromEditorText(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QString p;
        p.reserve(line.size());
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == u'\\' && i + 1 < line.size()) {
                const QChar next = line.at(i + 1);
                if (next == u'n' || next == u'r' || next == u'\\') {
                    p += next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : QChar(u'\\');
                    ++i;
                    continue;
                }
            }
            if (c != u'\r') // a pasted CRLF text leaves a CR at the end of each line
                p += c;
        }
        out << p;
    }
    return out;
}

PromptLoadResult promptsFromText(const QByteArray &data)
{
    PromptLoadResult r;
    const QList<QByteArray> lines = splitLines(data);
    for (const QByteArray &line : lines) {
        const QString p = QString::fromUtf8(line);
        if (!p.trimmed().isEmpty())
            r.prompts << p;
    }
    return r;
}

PromptLoadResult promptsFromJsonLines(const QByteArray &data, const QString &field)
{
    PromptLoadResult r;
    const QList<QByteArray> lines = splitLines(data);
    int lineNo = 0;
    for (const QByteArray &line : lines) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        // QJsonDocument reads only arrays and objects, so a bare string line is wrapped in an array.
        const bool isString = line.trimmed().startsWith('"');
        const QByteArray doc = isString ? '[' + line + ']' : line;
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(doc, &error);
        if (error.error != QJsonParseError::NoError) {
            addError(r, lineNo,
                     tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset + 1));
            continue;
        }
        QJsonValue prompt;
        if (isString && json.isArray() && json.array().size() == 1)
            prompt = json.array().first();
        else if (json.isObject() && !field.isEmpty())
            prompt = json.object().value(field);
        else if (json.isObject())
            prompt = json.object().contains(QStringLiteral("prompt"))
                         ? json.object().value(QStringLiteral("prompt"))
                         : json.object().value(QStringLiteral("content"));
        if (!prompt.isString()) {
            addError(r, lineNo,
                     field.isEmpty() ? tr("no string \"prompt\" or \"content\" field")
                                     : tr("no string \"%1\" field").arg(field));
            continue;
        }
        if (prompt.toString().trimmed().isEmpty()) {
            addError(r, lineNo, tr("empty prompt"));
            continue;
        }
        r.prompts << prompt.toString();
    }
    return r;
}

PromptLoadResult promptsFromCsv(const QByteArray &data, const QString &column)
{
    PromptLoadResult r;
    CsvReader reader(data);
    CsvRecord record;
    CsvError error;
    qsizetype index = -1; // the prompt column, once the header is read
    QString name;
    for (;;) {
        const CsvReader::Result got = reader.next(&record, &error);
        if (got == CsvReader::Result::End)
            break;
        if (got == CsvReader::Result::Error) {
            addError(r, error);
            if (index < 0) // without a header nothing later can be read
                return r;
            continue;
        }
        if (record.isBlank())
            continue;
        if (index < 0) {
            if (!column.isEmpty()) {
                index = findColumn(record.cells, column);
                name = column.trimmed();
            } else {
                for (const char *candidate : kDefaultCsvColumns) {
                    index = findColumn(record.cells, QLatin1String(candidate));
                    if (index >= 0) {
                        name = QLatin1String(candidate);
                        break;
                    }
                }
            }
            if (index < 0) {
                r.errors << (column.isEmpty()
                                 ? tr("line %1: no \"prompt\", \"content\", \"text\", \"question\" or "
                                      "\"input\" column; the header has %2: name the column to use")
                                       .arg(record.line)
                                       .arg(listColumns(record.cells))
                                 : tr("line %1: no column \"%2\"; the header has %3")
                                       .arg(record.line)
                                       .arg(name, listColumns(record.cells)));
                return r;
            }
            continue;
        }
        if (index >= record.cells.size()) {
            addError(r, record.line,
                     tr("only %1 cells, so no \"%2\" (column %3)")
                         .arg(record.cells.size())
                         .arg(name)
                         .arg(index + 1));
            continue;
        }
        const QString prompt = QString::fromUtf8(record.cells[index]);
        if (!prompt.trimmed().isEmpty())
            r.prompts << prompt;
    }
    if (index < 0 && r.errors.isEmpty())
        r.errors << tr("no header row: the first line names the columns, e.g. prompt");
    return r;
}

PromptLoadResult loadPromptFile(const QString &path, const QString &field)
{
    PromptLoadResult r;
    const QFileInfo info(path);
    if (!info.exists() || info.isDir()) {
        r.errors << tr("cannot open %1: no such file").arg(path);
        return r;
    }
    if (info.size() > kMaxPromptFileBytes) {
        r.errors << tr("%1 is too large (%2 bytes; at most 64 MiB)").arg(path).arg(info.size());
        return r;
    }
    QByteArray data;
    QString why;
    if (!fileio::readAll(path, kMaxPromptFileBytes, &data, &why)) {
        r.errors << tr("cannot open %1").arg(why);
        return r;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return promptsFromJsonLines(data, field);
    if (suffix == u"csv")
        return promptsFromCsv(data, field);
    if (!field.isEmpty()) {
        r.errors << tr("%1 is read as text, one prompt per line, which has no field \"%2\": use a .jsonl or "
                       ".csv file, or leave the field empty")
                        .arg(info.fileName(), field);
        return r;
    }
    return promptsFromText(data);
}

} // namespace plateau
