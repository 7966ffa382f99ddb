// The per-user login users file (the k6 runbook's users.json).
#include "core/plan/usersfile.h"

#include <gtest/gtest.h>

using namespace plateau;

TEST(UsersFile, ArrayAndObjectForms)
{
    UsersFileResult r = parseUsersJson(R"([{"username":"alice","password":"pa"},{"username":"bob"}])");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.users.size(), 2u);
    EXPECT_EQ(r.users[0].username, QStringLiteral("alice"));
    EXPECT_EQ(r.users[0].password, QByteArray("pa"));
    EXPECT_TRUE(r.users[1].password.isEmpty());
    r = parseUsersJson(R"({"users":[{"username":"carol","password":"pc","email":"c@x"}]})");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.users[0].username, QStringLiteral("carol"));
}

TEST(UsersFile, ErrorsNameTheEntryAndNeverThePassword)
{
    struct Case
    {
        const char *json;
        const char *expect;
    } cases[] = {
        {R"([{"username":"a","password":"p"},{"password":"hunter2"}])", "[1].username"},
        {R"({"users":[{"username":"a","password":5}]})", "users[0].password"},
        {R"([{"username":"a","password":"x"},{"username":"a","password":"hunter2"}])",
         "[1].username: 'a' appears twice"},
        {R"([1])", "[0]: must be an object"},
        {R"([])", "no users"},
        {R"({"people":[]})", "expected an array"},
        {R"([{"username":"a","password":"hunter2"})", "not valid JSON"},
    };
    for (const Case &c : cases) {
        const UsersFileResult r = parseUsersJson(c.json);
        EXPECT_FALSE(r.ok()) << c.json;
        EXPECT_TRUE(r.error.contains(QString::fromLatin1(c.expect))) << r.error.toStdString();
        EXPECT_FALSE(r.error.contains(QStringLiteral("hunter2"))) << r.error.toStdString();
        EXPECT_TRUE(r.users.empty());
    }
}

TEST(UsersFile, MissingFile)
{
    const UsersFileResult r = loadUsersFile(QStringLiteral("/nonexistent/users.json"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("/nonexistent/users.json")));
}
