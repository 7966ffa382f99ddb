#include "core/common/secretnames.h"

namespace plateau {

namespace {
QString envPart(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z'))
            out.append(QChar(u - 'a' + 'A'));
        else if ((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            out.append(c);
        else
            out.append(QLatin1Char('_'));
    }
    return out;
}

QString folded(const QString &name)
{
    QString k = name.trimmed().toLower();
    k.remove(QLatin1Char('_'));
    k.remove(QLatin1Char('-'));
    return k;
}
} // namespace

bool isSecretName(const QString &name)
{
    const QString k = folded(name);
    // Parts of a name that mark a secret wherever they stand ("x-auth-token", "subscription-key").
    static const char *const kParts[] = {"auth",   "token",      "secret",  "passw",   "passphrase",
                                         "apikey", "credential", "cookie",  "session", "signature",
                                         "key",    "bearer",     "private", "jwt"};
    for (const char *part : kParts)
        if (k.contains(QLatin1String(part)))
            return true;
    // Too short to look for inside other words: only the whole name ("pat" for a personal access token).
    static const char *const kWhole[] = {"pat", "pwd", "sig"};
    for (const char *whole : kWhole)
        if (k == QLatin1String(whole))
            return true;
    return false;
}

bool isCredentialHeader(const QString &name)
{
    const QString k = folded(name);
    return k == QLatin1String("authorization") || k == QLatin1String("proxyauthorization");
}

QString secretVariableName(const QString &refName, const QString &field)
{
    return QStringLiteral("PLATEAU_SECRET_") + envPart(refName) + QLatin1Char('_') + envPart(field);
}

} // namespace plateau
