#pragma once
// authrefs.json: the list of auth references, in the app config dir. It never holds a secret: a
// secret-looking field found while loading is reported and dropped, and the writer has no field for one.
//
// {"schema":1,"authRefs":[{"name":"prod-sp","kind":"oauth-m2m","host":"https://...","clientId":"..."}]}

#include "core/auth/authref.h"

#include <QByteArray>
#include <vector>

namespace plateau {

struct AuthRefIssue
{
    QString path;    // JSON path, e.g. "authRefs[1].host"; "" for the document itself
    QString message; // e.g. "not an http(s) URL"
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

struct AuthRefsLoadResult
{
    std::vector<AuthRef> refs; // what could be read (entries with issues are kept when they parsed)
    std::vector<AuthRefIssue> issues;
    bool ok() const { return issues.empty(); }
};

constexpr int kAuthRefsSchema = 1;
constexpr qint64 kMaxAuthRefsBytes = 4 * 1024 * 1024;

AuthRefsLoadResult authRefsFromJson(const QByteArray &json);
// A missing file is not an error (no references yet): empty refs, no issues.
AuthRefsLoadResult loadAuthRefsFile(const QString &path);
QByteArray authRefsToJson(const std::vector<AuthRef> &refs);
// Atomic (fileio::writeAtomic), file mode 0600 even though it holds no secret (host names and client ids are
// still nobody else's business).
bool saveAuthRefsFile(const std::vector<AuthRef> &refs, const QString &path, QString *error = nullptr);

// <AppConfigLocation>/authrefs.json
QString defaultAuthRefsPath();

std::vector<AuthRefIssue> validateAuthRef(const AuthRef &ref, const QString &path = QString());
std::vector<AuthRefIssue> validateAuthRefs(const std::vector<AuthRef> &refs);

const AuthRef *findAuthRef(const std::vector<AuthRef> &refs, const QString &name);

} // namespace plateau
