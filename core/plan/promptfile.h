#pragma once
// Prompt lists: the one-per-line text the editor shows, and prompt files (.txt one per line, .jsonl with a
// "prompt" or "content" field or a JSON string per line, .csv with a header row and a prompt column), for the
// CLI and the GUI alike.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace plateau {

// A prompt may hold line breaks (a .jsonl prompt often does) while the editor shows one prompt per line, so
// the editor text escapes them: "\n" is a line feed, "\r" a carriage return, "\\" a backslash. Any other
// backslash stays as typed. promptsFromEditorText(promptsToEditorText(p)) == p for every list without empty
// prompts; blank editor lines are skipped.
QString promptsToEditorText(const QStringList &prompts);
QStringList promptsFromEditorText(const QString &text);

struct PromptLoadResult
{
    QStringList prompts;
    QStringList errors; // "line 7: ..." for lines that were skipped; a fatal error leaves prompts empty
    bool ok() const { return errors.isEmpty(); }
};

constexpr qint64 kMaxPromptFileBytes = 64 * 1024 * 1024;

// .txt: one prompt per line, blank lines skipped, a UTF-8 BOM ignored.
PromptLoadResult promptsFromText(const QByteArray &data);
// .jsonl: per line a JSON object with a string `field`, or when field is empty "prompt" or "content" (in that
// order), or a JSON string. Blank lines are skipped; other lines are skipped with an error naming the line.
PromptLoadResult promptsFromJsonLines(const QByteArray &data, const QString &field = QString());
// .csv (RFC 4180, see core/plan/csvreader.h): the first non-blank record is the header, and each later
// record's cell in the column named `column` (trimmed, case-insensitive) is a prompt. Without a column the
// first of kDefaultCsvColumns that the header has is used; none, or a column the header lacks, is a fatal
// error that lists the header's columns. Blank cells and blank lines are skipped; a malformed record or one
// too short to have the column is skipped with an error naming its line (and column).
PromptLoadResult promptsFromCsv(const QByteArray &data, const QString &column = QString());
inline constexpr const char *kDefaultCsvColumns[] = {"prompt", "content", "text", "question", "input"};
// By extension (.jsonl / .ndjson, .csv, else text); refuses files over kMaxPromptFileBytes before reading
// them. field: the JSONL field or CSV column (empty = the default); a .txt file has none, so a field there is
// an error.
PromptLoadResult loadPromptFile(const QString &path, const QString &field = QString());

} // namespace plateau
