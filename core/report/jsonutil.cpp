#include "core/report/jsonutil.h"

#include <cmath>
#include <limits>

namespace plateau::jsonutil {

nlohmann::ordered_json number(double v)
{
    if (!std::isfinite(v))
        return nullptr;
    return v;
}

nlohmann::ordered_json isoTime(const QDateTime &t)
{
    if (!t.isValid())
        return nullptr;
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

bool parse(const QByteArray &data, nlohmann::json *out, QString *error)
{
    try {
        *out = nlohmann::json::parse(data.constBegin(), data.constEnd());
        return true;
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is 1-based and points just past the offending byte; turn it into line:column.
        const qsizetype at = std::min<qsizetype>(static_cast<qsizetype>(e.byte), data.size());
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i + 1 < at; ++i) {
            if (data.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        if (error) {
            *error = QStringLiteral("line %1, column %2: %3")
                         .arg(line)
                         .arg(at - lineStart)
                         .arg(QString::fromUtf8(e.what()));
        }
        return false;
    }
}

const nlohmann::json *Reader::find(const json &j, const char *key)
{
    if (!ok() || !j.is_object())
        return nullptr;
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return nullptr;
    return &*it;
}

QString Reader::pathOf(const char *key) const
{
    QString p = m_path.join(QString());
    if (key) {
        if (!p.isEmpty())
            p += QLatin1Char('.');
        p += QString::fromUtf8(key);
    }
    return p;
}

void Reader::fail(const QString &message)
{
    if (ok())
        m_error = m_path.isEmpty() ? message : pathOf(nullptr) + QStringLiteral(": ") + message;
}

void Reader::failAt(const char *key, const QString &message)
{
    if (ok())
        m_error = pathOf(key) + QStringLiteral(": ") + message;
}

bool Reader::str(const json &j, const char *key, QString *out)
{
    const json *v = find(j, key);
    if (!v)
        return false;
    if (!v->is_string()) {
        failAt(key, QStringLiteral("not a string"));
        return false;
    }
    *out = QString::fromStdString(v->get<std::string>());
    return true;
}

bool Reader::real(const json &j, const char *key, double *out)
{
    const json *v = find(j, key);
    if (!v)
        return false;
    if (!v->is_number()) {
        failAt(key, QStringLiteral("not a number"));
        return false;
    }
    *out = v->get<double>();
    return true;
}

bool Reader::integer(const json &j, const char *key, int *out)
{
    const json *v = find(j, key);
    if (!v)
        return false;
    if (!v->is_number_integer()) {
        failAt(key, QStringLiteral("not an integer"));
        return false;
    }
    const auto x = v->get<std::int64_t>();
    if (x < std::numeric_limits<int>::min() || x > std::numeric_limits<int>::max()) {
        failAt(key, QStringLiteral("out of range"));
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

bool Reader::u64(const json &j, const char *key, std::uint64_t *out)
{
    const json *v = find(j, key);
    if (!v)
        return false;
    if (!v->is_number_unsigned()) {
        failAt(key, QStringLiteral("not a non-negative integer"));
        return false;
    }
    *out = v->get<std::uint64_t>();
    return true;
}

bool Reader::boolean(const json &j, const char *key, bool *out)
{
    const json *v = find(j, key);
    if (!v)
        return false;
    if (!v->is_boolean()) {
        failAt(key, QStringLiteral("not true or false"));
        return false;
    }
    *out = v->get<bool>();
    return true;
}

bool Reader::time(const json &j, const char *key, QDateTime *out)
{
    QString s;
    if (!str(j, key, &s))
        return false;
    if (s.isEmpty())
        return false;
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        failAt(key, QStringLiteral("not an ISO 8601 time: \"%1\"").arg(s.left(40)));
        return false;
    }
    *out = t.toUTC();
    return true;
}

void Reader::object(const json &j, const char *key, const std::function<void(const json &)> &fn)
{
    const json *v = find(j, key);
    if (!v)
        return;
    if (!v->is_object()) {
        failAt(key, QStringLiteral("not an object"));
        return;
    }
    m_path.append((m_path.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromUtf8(key));
    fn(*v);
    m_path.removeLast();
}

void Reader::array(const json &j, const char *key, const std::function<void(const json &)> &fn)
{
    const json *v = find(j, key);
    if (!v)
        return;
    if (!v->is_array()) {
        failAt(key, QStringLiteral("not an array"));
        return;
    }
    const QString prefix = (m_path.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromUtf8(key);
    for (size_t i = 0; i < v->size() && ok(); ++i) {
        m_path.append(prefix + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
        if ((*v)[i].is_object())
            fn((*v)[i]);
        else
            fail(QStringLiteral("not an object"));
        m_path.removeLast();
    }
}

} // namespace plateau::jsonutil
