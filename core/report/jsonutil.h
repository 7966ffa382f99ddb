#pragma once
// Small nlohmann/json helpers for the report library: a reader that tolerates missing keys (a crashed or
// older run lacks some) but names the JSON path of the first wrongly typed one.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>

namespace plateau::jsonutil {

// null for NaN/inf, which JSON cannot hold.
nlohmann::ordered_json number(double v);
// ISO 8601 UTC with milliseconds, or null for an invalid time.
nlohmann::ordered_json isoTime(const QDateTime &t);

// Parses; the error names line and column of the first bad byte.
bool parse(const QByteArray &data, nlohmann::json *out, QString *error);

class Reader
{
public:
    using json = nlohmann::json;
    // Each returns true when the key was present and well typed. Missing keys leave *out alone.
    bool str(const json &j, const char *key, QString *out);
    bool real(const json &j, const char *key, double *out); // null reads as "absent"
    bool integer(const json &j, const char *key, int *out);
    bool u64(const json &j, const char *key, std::uint64_t *out);
    bool boolean(const json &j, const char *key, bool *out);
    bool time(const json &j, const char *key, QDateTime *out);
    void object(const json &j, const char *key, const std::function<void(const json &)> &fn);
    void array(const json &j, const char *key, const std::function<void(const json &)> &fn); // of objects

    void fail(const QString &message);                    // at the current path
    void failAt(const char *key, const QString &message); // at path.key
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    const json *find(const json &j, const char *key);
    QString pathOf(const char *key) const;
    QStringList m_path;
    QString m_error;
};

} // namespace plateau::jsonutil
