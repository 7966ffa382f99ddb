// Prompt files: the CSV reader (RFC 4180: quotes, "" escapes, CRLF, line breaks inside quotes, a BOM), the
// column rule, JSONL with a chosen field, and loading by extension.
#include "core/plan/csvreader.h"
#include "core/plan/promptfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace plateau;

namespace {

QString joined(const QStringList &lines)
{
    return lines.join(QStringLiteral(" | "));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return path;
}

} // namespace

TEST(CsvReader, QuotesEscapesLineBreaksAndCrlf)
{
    CsvReader reader("\xEF\xBB\xBF"
                     "id,prompt\r\n"
                     "1,\"Hello, world\"\r\n"
                     "2,\"She said \"\"hi\"\"\"\r\n"
                     "3,\"two\r\nlines\"\r\n"
                     "4,plain\n"
                     "5,last");
    CsvRecord r;
    CsvError e;
    std::vector<CsvRecord> records;
    while (true) {
        const auto got = reader.next(&r, &e);
        if (got == CsvReader::Result::End)
            break;
        ASSERT_EQ(got, CsvReader::Result::Record) << e.message.toStdString();
        records.push_back(r);
    }
    ASSERT_EQ(records.size(), 6u);
    EXPECT_EQ(records[0].cells, QList<QByteArray>({"id", "prompt"})) << "the BOM is not part of the header";
    EXPECT_EQ(records[1].cells, QList<QByteArray>({"1", "Hello, world"}));
    EXPECT_EQ(records[2].cells, QList<QByteArray>({"2", "She said \"hi\""}));
    EXPECT_EQ(records[3].cells, QList<QByteArray>({"3", "two\nlines"}));
    EXPECT_EQ(records[4].line, 6) << "the line break inside the quotes counts as a line";
    EXPECT_EQ(records[4].cells, QList<QByteArray>({"4", "plain"}));
    EXPECT_EQ(records[5].cells, QList<QByteArray>({"5", "last"})) << "a last line without a line end";
}

TEST(CsvReader, TextAfterAClosingQuoteNamesLineAndColumnAndReadingGoesOn)
{
    CsvReader reader("prompt\n\"ok\"\n\"bad\"x,y\nnext\n");
    CsvRecord r;
    CsvError e;
    ASSERT_EQ(reader.next(&r, &e), CsvReader::Result::Record);
    ASSERT_EQ(reader.next(&r, &e), CsvReader::Result::Record);
    ASSERT_EQ(reader.next(&r, &e), CsvReader::Result::Error);
    EXPECT_EQ(e.line, 3);
    EXPECT_EQ(e.column, 6);
    ASSERT_EQ(reader.next(&r, &e), CsvReader::Result::Record);
    EXPECT_EQ(r.cells, QList<QByteArray>({"next"}));
    EXPECT_EQ(r.line, 4);
    EXPECT_EQ(reader.next(&r, &e), CsvReader::Result::End);
}

TEST(PromptCsv, DefaultColumnEmbeddedNewlinesAndEmptyCellsSkipped)
{
    const PromptLoadResult r = promptsFromCsv("\xEF\xBB\xBF"
                                              "id,Question,answer\r\n"
                                              "1,\"What is 2+2?\",4\r\n"
                                              "2,,5\r\n"
                                              "3,\"Explain:\r\nline two\",x\r\n"
                                              "\r\n"
                                              "4,\"  \",y\r\n"
                                              "5,\"say \"\"hi\"\"\",z\r\n");
    EXPECT_TRUE(r.ok()) << joined(r.errors).toStdString();
    EXPECT_EQ(r.prompts, QStringList({"What is 2+2?", "Explain:\nline two", "say \"hi\""}));
}

TEST(PromptCsv, DefaultColumnsArePickedInTheirOrderNotTheHeaders)
{
    // "text" comes before "prompt" in the header, but "prompt" is first in the rule.
    const PromptLoadResult r = promptsFromCsv("text,prompt\na,b\n");
    EXPECT_EQ(r.prompts, QStringList({"b"}));
}

TEST(PromptCsv, ANamedColumnIsUsedAndAMissingOneListsTheHeader)
{
    const QByteArray data = "id,q1,q2\n1,first,second\n";
    EXPECT_EQ(promptsFromCsv(data, QStringLiteral("q2")).prompts, QStringList({"second"}));
    EXPECT_EQ(promptsFromCsv(data, QStringLiteral("Q1")).prompts, QStringList({"first"}))
        << "column names match without regard to case";

    const PromptLoadResult missing = promptsFromCsv(data, QStringLiteral("query"));
    EXPECT_TRUE(missing.prompts.isEmpty());
    ASSERT_EQ(missing.errors.size(), 1);
    EXPECT_TRUE(missing.errors[0].contains(QStringLiteral("\"query\""))) << missing.errors[0].toStdString();
    EXPECT_TRUE(missing.errors[0].contains(QStringLiteral("\"id\", \"q1\", \"q2\"")))
        << missing.errors[0].toStdString();

    const PromptLoadResult none = promptsFromCsv(data);
    ASSERT_EQ(none.errors.size(), 1);
    EXPECT_TRUE(none.errors[0].contains(QStringLiteral("\"id\", \"q1\", \"q2\"")))
        << none.errors[0].toStdString();
    EXPECT_TRUE(none.errors[0].contains(QStringLiteral("question"))) << none.errors[0].toStdString();
}

TEST(PromptCsv, BrokenRecordsNameTheirLineAndTheRestIsRead)
{
    const PromptLoadResult r = promptsFromCsv("id,prompt\n1,good\n2\n3,\"bad\"tail\n4,also good\n");
    EXPECT_EQ(r.prompts, QStringList({"good", "also good"}));
    ASSERT_EQ(r.errors.size(), 2) << joined(r.errors).toStdString();
    EXPECT_TRUE(r.errors[0].startsWith(QStringLiteral("line 3:"))) << r.errors[0].toStdString();
    EXPECT_TRUE(r.errors[1].startsWith(QStringLiteral("line 4: column 8:"))) << r.errors[1].toStdString();

    const PromptLoadResult open = promptsFromCsv("prompt\nfine\n\"never closed\nmore\n");
    EXPECT_EQ(open.prompts, QStringList({"fine"}));
    ASSERT_EQ(open.errors.size(), 1);
    EXPECT_TRUE(open.errors[0].startsWith(QStringLiteral("line 3: column 1:")))
        << open.errors[0].toStdString();
    EXPECT_TRUE(open.errors[0].contains(QStringLiteral("never closed")));

    EXPECT_FALSE(promptsFromCsv("").ok()) << "no header";
    EXPECT_TRUE(promptsFromCsv("prompt\n").prompts.isEmpty());
}

TEST(PromptJsonLines, ACustomFieldIsRead)
{
    const QByteArray data =
        "{\"question\":\"q1\",\"prompt\":\"p1\"}\n{\"question\":\"q2\"}\n{\"prompt\":\"p3\"}\n";
    const PromptLoadResult custom = promptsFromJsonLines(data, QStringLiteral("question"));
    EXPECT_EQ(custom.prompts, QStringList({"q1", "q2"}));
    ASSERT_EQ(custom.errors.size(), 1);
    EXPECT_TRUE(custom.errors[0].startsWith(QStringLiteral("line 3")));
    EXPECT_TRUE(custom.errors[0].contains(QStringLiteral("\"question\"")));
    EXPECT_EQ(promptsFromJsonLines(data).prompts, QStringList({"p1", "p3"})) << "the default stays prompt";
}

TEST(PromptFile, ChosenByExtensionWithTheField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = writeFile(dir, QStringLiteral("p.CSV"), "a,question\n1,why?\n");
    EXPECT_EQ(loadPromptFile(csv).prompts, QStringList({"why?"}));
    const QString jsonl = writeFile(dir, QStringLiteral("p.ndjson"), "{\"input\":\"in\"}\n");
    EXPECT_EQ(loadPromptFile(jsonl, QStringLiteral("input")).prompts, QStringList({"in"}));
    const QString txt = writeFile(dir, QStringLiteral("p.txt"), "one\ntwo\n");
    EXPECT_EQ(loadPromptFile(txt).prompts, QStringList({"one", "two"}));
    const PromptLoadResult field = loadPromptFile(txt, QStringLiteral("prompt"));
    EXPECT_TRUE(field.prompts.isEmpty());
    ASSERT_EQ(field.errors.size(), 1);
    EXPECT_TRUE(field.errors[0].contains(QStringLiteral("p.txt"))) << field.errors[0].toStdString();
}
