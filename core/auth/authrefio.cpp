#include "core/auth/authrefio.h"

#include "core/common/fileio.h"
#include "core/common/secretnames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

namespace plateau {

namespace {

const QLatin1String kRefsKey("authRefs");

QString at(const QString &base, const QString &field)
{
    return base.isEmpty() ? field : base + QLatin1Char('.') + field;
}

bool isHttpUrl(const QString &s)
{
    const QUrl u(s, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https")) &&
           !u.host().isEmpty();
}

void readString(const QJsonObject &o, const char *key, QString *out, const QString &path,
                std::vector<AuthRefIssue> &issues)
{
    const auto it = o.constFind(QLatin1String(key));
    if (it == o.constEnd())
        return;
    if (!it->isString()) {
        issues.push_back({at(path, QLatin1String(key)), QStringLiteral("must be a string")});
        return;
    }
    *out = it->toString();
}

AuthRef refFromJson(const QJsonObject &o, const QString &path, std::vector<AuthRefIssue> &issues)
{
    AuthRef ref;
    static const QSet<QString> kKnown = {
        QStringLiteral("name"),      QStringLiteral("kind"),       QStringLiteral("description"),
        QStringLiteral("host"),      QStringLiteral("clientId"),   QStringLiteral("scope"),
        QStringLiteral("tokenPath"), QStringLiteral("cliCommand"), QStringLiteral("usersFile"),
        QStringLiteral("loginUrl"),  QStringLiteral("timeoutS")};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (kKnown.contains(it.key()))
            continue;
        if (isSecretName(it.key()))
            issues.push_back(
                {at(path, it.key()),
                 QStringLiteral("secrets are never kept in this file and the value was ignored: store "
                                "it in the OS keychain (or PLATEAU_SECRET_* for the CLI)")});
        else
            issues.push_back({at(path, it.key()), QStringLiteral("unknown field")});
    }
    readString(o, "name", &ref.name, path, issues);
    QString kind;
    readString(o, "kind", &kind, path, issues);
    if (!o.contains(QLatin1String("kind")))
        issues.push_back({at(path, QStringLiteral("kind")), QStringLiteral("missing")});
    else if (o.value(QLatin1String("kind")).isString() && !authKindFromName(kind, &ref.kind))
        issues.push_back({at(path, QStringLiteral("kind")),
                          QStringLiteral("unknown kind '%1' (none, static-token, oauth-m2m, cli-token, "
                                         "per-user-login)")
                              .arg(kind.left(64))});
    readString(o, "description", &ref.description, path, issues);
    readString(o, "host", &ref.host, path, issues);
    readString(o, "clientId", &ref.clientId, path, issues);
    readString(o, "scope", &ref.scope, path, issues);
    readString(o, "tokenPath", &ref.tokenPath, path, issues);
    readString(o, "usersFile", &ref.usersFile, path, issues);
    readString(o, "loginUrl", &ref.loginUrl, path, issues);
    if (o.contains(QLatin1String("cliCommand"))) {
        const QJsonValue v = o.value(QLatin1String("cliCommand"));
        if (!v.isArray()) {
            issues.push_back(
                {at(path, QStringLiteral("cliCommand")), QStringLiteral("must be an array of strings")});
        } else {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                if (!a.at(i).isString()) {
                    issues.push_back({at(path, QStringLiteral("cliCommand[%1]").arg(i)),
                                      QStringLiteral("must be a string")});
                    continue;
                }
                ref.cliCommand << a.at(i).toString();
            }
        }
    }
    if (o.contains(QLatin1String("timeoutS"))) {
        const QJsonValue v = o.value(QLatin1String("timeoutS"));
        if (!v.isDouble())
            issues.push_back({at(path, QStringLiteral("timeoutS")), QStringLiteral("must be a number")});
        else
            ref.timeoutS = v.toDouble();
    }
    return ref;
}

QJsonObject refToJson(const AuthRef &ref)
{
    // Only non-secret fields exist in AuthRef, so nothing secret can be written here.
    QJsonObject o;
    o.insert(QStringLiteral("name"), ref.name);
    o.insert(QStringLiteral("kind"), authKindName(ref.kind));
    if (!ref.description.isEmpty())
        o.insert(QStringLiteral("description"), ref.description);
    switch (ref.kind) {
    case AuthKind::OAuthM2M:
        o.insert(QStringLiteral("host"), ref.host);
        o.insert(QStringLiteral("clientId"), ref.clientId);
        o.insert(QStringLiteral("scope"), ref.scope);
        o.insert(QStringLiteral("tokenPath"), ref.tokenPath);
        break;
    case AuthKind::CliToken:
        if (!ref.host.isEmpty())
            o.insert(QStringLiteral("host"), ref.host);
        o.insert(QStringLiteral("cliCommand"), QJsonArray::fromStringList(ref.cliCommand));
        break;
    case AuthKind::PerUserLogin:
        o.insert(QStringLiteral("usersFile"), ref.usersFile);
        o.insert(QStringLiteral("loginUrl"), ref.loginUrl);
        break;
    case AuthKind::StaticToken:
    case AuthKind::None:
        break;
    }
    if (ref.kind != AuthKind::None && ref.kind != AuthKind::StaticToken)
        o.insert(QStringLiteral("timeoutS"), ref.timeoutS);
    return o;
}

} // namespace

AuthRefsLoadResult authRefsFromJson(const QByteArray &json)
{
    AuthRefsLoadResult result;
    if (json.size() > kMaxAuthRefsBytes) {
        result.issues.push_back(
            {QString(), QStringLiteral("file is larger than %1 bytes").arg(kMaxAuthRefsBytes)});
        return result;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        result.issues.push_back(
            {QString(),
             QStringLiteral("not valid JSON at byte %1: %2").arg(err.offset).arg(err.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.issues.push_back({QString(), QStringLiteral("the document must be a JSON object")});
        return result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (schema.isUndefined())
        result.issues.push_back({QStringLiteral("schema"), QStringLiteral("missing")});
    else if (!schema.isDouble() || schema.toDouble() != double(int(schema.toDouble())))
        result.issues.push_back({QStringLiteral("schema"), QStringLiteral("must be an integer")});
    else if (schema.toInt() > kAuthRefsSchema || schema.toInt() < 1)
        result.issues.push_back({QStringLiteral("schema"), QStringLiteral("version %1 is not supported (this "
                                                                          "Plateau reads version %2)")
                                                               .arg(schema.toInt())
                                                               .arg(kAuthRefsSchema)});
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != QLatin1String("schema") && it.key() != kRefsKey)
            result.issues.push_back({it.key(), isSecretName(it.key())
                                                   ? QStringLiteral("secrets are never kept in this file")
                                                   : QStringLiteral("unknown field")});
    }
    const QJsonValue refs = root.value(kRefsKey);
    if (refs.isUndefined())
        return result; // no references yet
    if (!refs.isArray()) {
        result.issues.push_back({kRefsKey, QStringLiteral("must be an array")});
        return result;
    }
    const QJsonArray arr = refs.toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QString path = QStringLiteral("authRefs[%1]").arg(i);
        if (!arr.at(i).isObject()) {
            result.issues.push_back({path, QStringLiteral("must be an object")});
            continue;
        }
        result.refs.push_back(refFromJson(arr.at(i).toObject(), path, result.issues));
    }
    const std::vector<AuthRefIssue> v = validateAuthRefs(result.refs);
    result.issues.insert(result.issues.end(), v.begin(), v.end());
    return result;
}

AuthRefsLoadResult loadAuthRefsFile(const QString &path)
{
    AuthRefsLoadResult result;
    if (!QFile::exists(path))
        return result;
    QByteArray data;
    QString why;
    if (!fileio::readAll(path, kMaxAuthRefsBytes, &data, &why)) {
        result.issues.push_back({QString(), QStringLiteral("cannot read %1").arg(why)});
        return result;
    }
    return authRefsFromJson(data);
}

QByteArray authRefsToJson(const std::vector<AuthRef> &refs)
{
    QJsonArray arr;
    for (const AuthRef &r : refs)
        arr.append(refToJson(r));
    QJsonObject root;
    root.insert(QStringLiteral("schema"), kAuthRefsSchema);
    root.insert(kRefsKey, arr);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveAuthRefsFile(const std::vector<AuthRef> &refs, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    // Owner-only: the file names hosts and client ids (never a secret), still nobody else's business.
    return fileio::writeAtomic(path, authRefsToJson(refs), error, 0600);
}

QString defaultAuthRefsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/authrefs.json");
}

std::vector<AuthRefIssue> validateAuthRef(const AuthRef &ref, const QString &path)
{
    std::vector<AuthRefIssue> issues;
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (ref.name.isEmpty())
        issues.push_back({at(path, QStringLiteral("name")), QStringLiteral("missing")});
    else if (!kName.match(ref.name).hasMatch())
        issues.push_back(
            {at(path, QStringLiteral("name")),
             QStringLiteral("use 1 to 64 letters, digits, '.', '_' or '-' (it names keychain entries)")});
    if (!(ref.timeoutS > 0 && ref.timeoutS <= 600))
        issues.push_back({at(path, QStringLiteral("timeoutS")),
                          QStringLiteral("must be more than 0 and at most 600 seconds")});
    switch (ref.kind) {
    case AuthKind::OAuthM2M:
        if (ref.host.isEmpty())
            issues.push_back(
                {at(path, QStringLiteral("host")),
                 QStringLiteral(
                     "missing (the workspace URL, e.g. https://my-workspace.cloud.databricks.com)")});
        else if (!isHttpUrl(ref.host))
            issues.push_back({at(path, QStringLiteral("host")), QStringLiteral("not an http(s) URL")});
        if (ref.clientId.trimmed().isEmpty())
            issues.push_back({at(path, QStringLiteral("clientId")), QStringLiteral("missing")});
        if (!ref.tokenPath.startsWith(QLatin1Char('/')))
            issues.push_back({at(path, QStringLiteral("tokenPath")), QStringLiteral("must start with '/'")});
        else if (isHttpUrl(ref.host) && !isHttpUrl(tokenUrl(ref)))
            issues.push_back(
                {at(path, QStringLiteral("tokenPath")), QStringLiteral("does not make a valid URL")});
        break;
    case AuthKind::CliToken:
        if (ref.cliCommand.isEmpty() || ref.cliCommand.first().trimmed().isEmpty())
            issues.push_back(
                {at(path, QStringLiteral("cliCommand")),
                 QStringLiteral("missing (e.g. [\"databricks\",\"auth\",\"token\",\"--host\",\"{host}\"])")});
        else if (ref.cliCommand.join(QLatin1Char(' ')).contains(QLatin1String("{host}")) &&
                 ref.host.isEmpty())
            issues.push_back({at(path, QStringLiteral("host")),
                              QStringLiteral("cliCommand uses {host} but host is empty")});
        break;
    case AuthKind::PerUserLogin:
        if (ref.usersFile.trimmed().isEmpty())
            issues.push_back({at(path, QStringLiteral("usersFile")), QStringLiteral("missing")});
        if (ref.loginUrl.isEmpty())
            issues.push_back({at(path, QStringLiteral("loginUrl")), QStringLiteral("missing")});
        else if (!isHttpUrl(ref.loginUrl))
            issues.push_back({at(path, QStringLiteral("loginUrl")), QStringLiteral("not an http(s) URL")});
        break;
    case AuthKind::StaticToken:
    case AuthKind::None:
        break;
    }
    return issues;
}

std::vector<AuthRefIssue> validateAuthRefs(const std::vector<AuthRef> &refs)
{
    std::vector<AuthRefIssue> issues;
    QSet<QString> seen;
    for (size_t i = 0; i < refs.size(); ++i) {
        const QString path = QStringLiteral("authRefs[%1]").arg(i);
        const std::vector<AuthRefIssue> v = validateAuthRef(refs[i], path);
        issues.insert(issues.end(), v.begin(), v.end());
        if (!refs[i].name.isEmpty()) {
            if (seen.contains(refs[i].name))
                issues.push_back(
                    {path + QStringLiteral(".name"),
                     QStringLiteral("'%1' is used by an earlier reference").arg(refs[i].name.left(64))});
            seen.insert(refs[i].name);
        }
    }
    return issues;
}

const AuthRef *findAuthRef(const std::vector<AuthRef> &refs, const QString &name)
{
    for (const AuthRef &r : refs) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace plateau
