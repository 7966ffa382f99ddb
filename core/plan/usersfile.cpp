#include "core/plan/usersfile.h"

#include "core/common/fileio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace plateau {

UsersFileResult parseUsersJson(const QByteArray &json)
{
    UsersFileResult r;
    if (json.size() > kMaxUsersFileBytes) {
        r.error = QStringLiteral("the users file is larger than %1 bytes").arg(kMaxUsersFileBytes);
        return r;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        r.error = QStringLiteral("not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString());
        return r;
    }
    QJsonArray arr;
    QString base;
    if (doc.isArray()) {
        arr = doc.array();
    } else if (doc.isObject() && doc.object().value(QLatin1String("users")).isArray()) {
        arr = doc.object().value(QLatin1String("users")).toArray();
        base = QStringLiteral("users");
    } else {
        r.error = QStringLiteral("expected an array of users or an object with a \"users\" array");
        return r;
    }
    if (arr.isEmpty()) {
        r.error = QStringLiteral("%1: no users").arg(base.isEmpty() ? QStringLiteral("the file") : base);
        return r;
    }
    QSet<QString> seen;
    r.users.reserve(size_t(arr.size()));
    for (int i = 0; i < arr.size(); ++i) {
        const QString path = base + QStringLiteral("[%1]").arg(i);
        if (!arr.at(i).isObject()) {
            r.error = path + QStringLiteral(": must be an object");
            r.users.clear();
            return r;
        }
        const QJsonObject o = arr.at(i).toObject();
        const QJsonValue name = o.value(QLatin1String("username"));
        if (!name.isString() || name.toString().isEmpty()) {
            r.error = path + QStringLiteral(".username: missing or not a string");
            r.users.clear();
            return r;
        }
        const QJsonValue pw = o.value(QLatin1String("password"));
        if (!pw.isUndefined() && !pw.isString()) {
            r.error = path + QStringLiteral(".password: must be a string");
            r.users.clear();
            return r;
        }
        if (seen.contains(name.toString())) {
            r.error = path + QStringLiteral(".username: '%1' appears twice").arg(name.toString().left(64));
            r.users.clear();
            return r;
        }
        seen.insert(name.toString());
        r.users.push_back({name.toString(), pw.toString().toUtf8()});
    }
    return r;
}

UsersFileResult loadUsersFile(const QString &path)
{
    UsersFileResult r;
    QByteArray data;
    QString why;
    if (!fileio::readAll(path, kMaxUsersFileBytes, &data, &why)) {
        r.error = QStringLiteral("cannot read the users file %1").arg(why);
        return r;
    }
    r = parseUsersJson(data);
    if (!r.ok())
        r.error = QStringLiteral("users file %1: %2").arg(path, r.error);
    return r;
}

} // namespace plateau
