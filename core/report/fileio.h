#pragma once
// Bounded whole-file reads and atomic whole-file writes for the report room.

#include <QByteArray>
#include <QString>

namespace plateau::fileio {

// Fails (naming the file) when it cannot be opened or is larger than maxBytes.
bool readAll(const QString &path, qint64 maxBytes, QByteArray *out, QString *error);
// QSaveFile: readers see the old file or the whole new one, never half of it.
bool writeAtomic(const QString &path, const QByteArray &data, QString *error);

} // namespace plateau::fileio
