#pragma once
// The users file of per-user login and of a journey (the k6 runbook's load-tests/users.json):
//   [{"username":"u1","password":"p1"}, ...]   or   {"users":[{"username":..,"password":..}, ...]}
// A password may be left out when a shared one is stored under "<ref>/password".

#include <QByteArray>
#include <QString>
#include <vector>

namespace plateau {

struct UserAccount
{
    QString username;
    QByteArray password; // empty: use the shared password
};

struct UsersFileResult
{
    std::vector<UserAccount> users;
    QString error; // with the JSON path, e.g. "users[3].username: missing"
    bool ok() const { return error.isEmpty(); }
};

constexpr qint64 kMaxUsersFileBytes = 16 * 1024 * 1024;

UsersFileResult parseUsersJson(const QByteArray &json);
UsersFileResult loadUsersFile(const QString &path);

} // namespace plateau
