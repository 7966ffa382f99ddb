// renderRequestBody: the placeholder sits inside a JSON string, so whatever the prompt holds, the body must
// still parse and the string must come back exactly.
#include "core/plan/planio.h"
#include "plantestdata.h"

#include <gtest/gtest.h>

using namespace plateau;
using json = nlohmann::json;

namespace {

const QString kResponses = RequestTemplate().body; // {"input":[{"role":"user","content":"{{prompt}}"}],...}

QString nastyPrompt()
{
    QString s =
        QString::fromUtf8("He said \"hi\" \\ then\nleft\r\n\ttab caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac "
                          "\xf0\x9f\x9a\x80 \xe2\x80\xa8 {{prompt}} </script> \x7f");
    for (char16_t c = 0; c < 0x20; ++c) // every control character, NUL included
        s += QChar(c);
    return s;
}

QString contentOf(const QByteArray &body)
{
    const json j = test::parsed(body); // throws (and fails the test) if the body is not JSON
    return QString::fromStdString(j.at("input").at(0).at("content").get<std::string>());
}

} // namespace

TEST(RequestBody, EscapedPromptParsesBackToTheSameText)
{
    const QString prompt = nastyPrompt();
    const QByteArray body = renderRequestBody(kResponses, prompt, QStringLiteral("s1"));
    EXPECT_EQ(contentOf(body), prompt);
    EXPECT_TRUE(body.contains("\\u0001")) << "control characters use \\u00XX";
    EXPECT_TRUE(body.contains("\\n") && body.contains("\\\"") && body.contains("\\\\"));
    EXPECT_TRUE(body.contains("\xf0\x9f\x9a\x80")) << "non-ASCII stays UTF-8";
}

TEST(RequestBody, EveryDemoPromptRendersToValidJson)
{
    for (const QString &prompt : test::validPlan().prompts)
        EXPECT_EQ(contentOf(renderRequestBody(kResponses, prompt, QStringLiteral("s"))), prompt);
}

TEST(RequestBody, SessionAndRepeatedPlaceholdersAreAllReplaced)
{
    const QString tmpl = QStringLiteral(
        R"({"a":"{{prompt}}","b":"{{prompt}}{{prompt}}","user":"{{session}}","t":"{{{prompt}}}","x":"{{other}}"})");
    const json j = test::parsed(renderRequestBody(tmpl, QStringLiteral("p\"q"), QStringLiteral("vu-7\n")));
    EXPECT_EQ(j.at("a"), "p\"q");
    EXPECT_EQ(j.at("b"), "p\"qp\"q");
    EXPECT_EQ(j.at("user"), "vu-7\n");
    EXPECT_EQ(j.at("t"), "{p\"q}") << "braces next to a placeholder are kept";
    EXPECT_EQ(j.at("x"), "{{other}}") << "unknown placeholders are copied as is";
}

TEST(RequestBody, TemplateWithoutPlaceholdersIsCopiedAsUtf8)
{
    const QString tmpl = QString::fromUtf8(R"({"fixed":"caf\u00e9 {{ prompt }} é"})");
    EXPECT_EQ(renderRequestBody(tmpl, QStringLiteral("ignored"), QString()), tmpl.toUtf8());
    EXPECT_EQ(renderRequestBody(QString(), QStringLiteral("p"), QStringLiteral("s")), QByteArray());
}

TEST(RequestBody, LoneSurrogatesBecomeReplacementCharacters)
{
    QString prompt = QStringLiteral("a");
    prompt += QChar(0xd800); // high half with no low half
    prompt += QStringLiteral("b");
    prompt += QChar(0xdc00); // low half alone, at the end
    const QString content = contentOf(renderRequestBody(kResponses, prompt, QString()));
    EXPECT_EQ(content, QString::fromUtf8("a\xef\xbf\xbd"
                                         "b\xef\xbf\xbd"));
}

TEST(RequestBody, RenderIntoReusesTheBuffer)
{
    QByteArray buffer;
    buffer.reserve(4096);
    const char *storage = buffer.constData();
    for (int i = 0; i < 100; ++i) {
        const QString prompt = QStringLiteral("prompt number %1 with \"quotes\"").arg(i);
        renderRequestBodyInto(buffer, kResponses, prompt, QStringLiteral("s"));
        ASSERT_EQ(buffer, renderRequestBody(kResponses, prompt, QStringLiteral("s")));
        ASSERT_EQ(buffer.constData(), storage) << "no reallocation once the buffer is big enough";
    }
}

TEST(RequestBody, LongPromptsAreNotTruncated)
{
    QString prompt;
    for (int i = 0; i < 20000; ++i)
        prompt += QString::fromUtf8(i % 3 == 0 ? "\"" : (i % 3 == 1 ? "\xf0\x9f\x9a\x80" : "\x01"));
    EXPECT_EQ(contentOf(renderRequestBody(kResponses, prompt, QString())), prompt);
}
