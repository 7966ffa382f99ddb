#include "core/report/safename.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(SafeName, KeepsOrdinaryLabels)
{
    EXPECT_EQ(sanitizeFileName(QStringLiteral("medium-w2"), QStringLiteral("f")),
              QStringLiteral("medium-w2"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("large_w8.v2"), QStringLiteral("f")),
              QStringLiteral("large_w8.v2"));
}

TEST(SafeName, NeverEscapesTheFolder)
{
    for (const char *hostile :
         {"../../etc", "..", ".", "/", "a/../../b", "..\\..\\win", "~/x", "-rf", ".hidden"}) {
        const QString s = sanitizeFileName(QString::fromUtf8(hostile), QStringLiteral("fallback"));
        EXPECT_FALSE(s.contains(QLatin1Char('/'))) << hostile;
        EXPECT_FALSE(s.contains(QLatin1Char('\\'))) << hostile;
        EXPECT_FALSE(s.startsWith(QLatin1Char('.'))) << hostile;
        EXPECT_FALSE(s.startsWith(QLatin1Char('-'))) << hostile;
        EXPECT_NE(s, QStringLiteral("..")) << hostile;
        EXPECT_FALSE(s.isEmpty()) << hostile;
    }
    EXPECT_EQ(sanitizeFileName(QStringLiteral("../../etc"), QStringLiteral("f")), QStringLiteral("etc"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral(".."), QStringLiteral("target-1")), QStringLiteral("target-1"));
}

TEST(SafeName, UnicodeLettersStayOtherSymbolsFold)
{
    EXPECT_EQ(sanitizeFileName(QStringLiteral("café größe 東京"), QStringLiteral("f")),
              QStringLiteral("café_größe_東京"));
    // Decomposed input is normalised (macOS hands out NFD names).
    EXPECT_EQ(sanitizeFileName(QStringLiteral("cafe\u0301"), QStringLiteral("f")),
              QStringLiteral("caf\u00e9"));
    // An emoji (not a letter) and control characters fold to one underscore.
    EXPECT_EQ(sanitizeFileName(QStringLiteral("a\U0001F680\t\nb"), QStringLiteral("f")),
              QStringLiteral("a_b"));
    // A letter outside the BMP is kept whole.
    EXPECT_EQ(sanitizeFileName(QStringLiteral("x\U00020000y"), QStringLiteral("f")),
              QStringLiteral("x\U00020000y"));
}

TEST(SafeName, LengthAndWindowsDeviceNames)
{
    const QString longName(500, QChar(0x00e9)); // 2 UTF-8 bytes each
    const QString s = sanitizeFileName(longName, QStringLiteral("f"));
    EXPECT_LE(s.toUtf8().size(), 80);
    EXPECT_FALSE(s.isEmpty());
    EXPECT_EQ(sanitizeFileName(QStringLiteral("CON"), QStringLiteral("f")), QStringLiteral("CON_"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("nul.txt"), QStringLiteral("f")), QStringLiteral("nul.txt_"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("com1"), QStringLiteral("f")), QStringLiteral("com1_"));
    EXPECT_EQ(sanitizeFileName(QStringLiteral("console"), QStringLiteral("f")), QStringLiteral("console"));
}

TEST(SafeName, UniqueNamesIgnoreCase)
{
    const QStringList taken = {QStringLiteral("cfg"), QStringLiteral("CFG-2")};
    EXPECT_EQ(uniqueName(QStringLiteral("new"), taken), QStringLiteral("new"));
    EXPECT_EQ(uniqueName(QStringLiteral("Cfg"), taken), QStringLiteral("Cfg-3"));
}

TEST(SafeName, SensitiveNamesAndUrls)
{
    for (const char *n :
         {"Authorization", "X-API-Key", "Cookie", "x-auth-token", "Proxy-Authorization", "client_secret",
          "X-Auth-Key", "Ocp-Apim-Subscription-Key", "access_token", "password", "refreshToken", "pat"})
        EXPECT_TRUE(isSecretName(QString::fromLatin1(n))) << n;
    for (const char *n :
         {"Content-Type", "Accept", "X-Trace", "User-Agent", "azureml-model-deployment", "page"})
        EXPECT_FALSE(isSecretName(QString::fromLatin1(n))) << n;
    EXPECT_TRUE(isCredentialHeader(QStringLiteral("proxy-authorization")));
    EXPECT_FALSE(isCredentialHeader(QStringLiteral("X-API-Key")));
    const QString u = redactUrl(QStringLiteral("https://user:pa55@host.example/x?token=abc&page=2"));
    EXPECT_FALSE(u.contains(QLatin1String("pa55")));
    EXPECT_FALSE(u.contains(QLatin1String("user")));
    EXPECT_FALSE(u.contains(QLatin1String("abc")));
    EXPECT_TRUE(u.contains(QLatin1String("page=2")));
    EXPECT_TRUE(u.startsWith(QLatin1String("https://host.example/x?")));
    EXPECT_EQ(redactUrl(QStringLiteral("https://app.example")), QStringLiteral("https://app.example"));
}
