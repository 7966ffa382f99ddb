#include "core/report/fileio.h"

#include <QFile>
#include <QSaveFile>

namespace plateau::fileio {

bool readAll(const QString &path, qint64 maxBytes, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > maxBytes) {
        if (error)
            *error = QStringLiteral("%1: %2 bytes is more than the %3 this reader accepts")
                         .arg(path)
                         .arg(f.size())
                         .arg(maxBytes);
        return false;
    }
    *out = f.readAll();
    return true;
}

bool writeAtomic(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace plateau::fileio
