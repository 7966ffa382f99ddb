#include "core/plan/promptfile.h"

#include "core/common/fileio.h"

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

PromptLoadResult promptsFromJsonLines(const QByteArray &data)
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
        else if (json.isObject())
            prompt = json.object().contains(QStringLiteral("prompt"))
                         ? json.object().value(QStringLiteral("prompt"))
                         : json.object().value(QStringLiteral("content"));
        if (!prompt.isString()) {
            addError(r, lineNo, tr("no string \"prompt\" or \"content\" field"));
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

PromptLoadResult loadPromptFile(const QString &path)
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
        return promptsFromJsonLines(data);
    return promptsFromText(data);
}

} // namespace plateau
