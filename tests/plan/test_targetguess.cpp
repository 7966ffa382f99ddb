// Targets guessed from a URL, as "Add URLs…" and --app-url make them.
#include "core/plan/targetguess.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(TargetGuess, GuessFromUrl)
{
    auto g =
        guessTargetFromUrl(QStringLiteral("https://my-agent-medium-w3-1234567890.aws.databricksapps.com"));
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->label, QStringLiteral("my-agent-medium-w3"));
    EXPECT_EQ(g->computeSize, QStringLiteral("medium"));
    EXPECT_EQ(g->workers, 3);

    g = guessTargetFromUrl(QStringLiteral("http://127.0.0.1:8080"));
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->label, QStringLiteral("127.0.0.1-8080"));
    EXPECT_TRUE(g->computeSize.isEmpty());

    g = guessTargetFromUrl(QStringLiteral("app-large-workers8.example.com"));
    ASSERT_TRUE(g.has_value());
    EXPECT_EQ(g->url, QStringLiteral("https://app-large-workers8.example.com"));
    EXPECT_EQ(g->computeSize, QStringLiteral("large"));
    EXPECT_EQ(g->workers, 8);

    EXPECT_FALSE(guessTargetFromUrl(QStringLiteral("ftp://host/x")).has_value());
    EXPECT_FALSE(guessTargetFromUrl(QStringLiteral("   ")).has_value());
    EXPECT_FALSE(guessTargetFromUrl(QStringLiteral("not a url at all")).has_value());
}

TEST(TargetGuess, UniqueLabel)
{
    const QStringList taken = {"app", "App-2", "other"};
    EXPECT_EQ(uniqueLabel("fresh", taken), QStringLiteral("fresh"));
    EXPECT_EQ(uniqueLabel("app", taken), QStringLiteral("app-3"));
    EXPECT_EQ(uniqueLabel("app-2", taken), QStringLiteral("app-3"));
}
