#pragma once
// Turning user text into safe file names, and keeping secrets out of what the run folder records.

#include "core/common/secretnames.h" // isSecretName: which names redactUrl hides

#include <QString>
#include <QStringList>

namespace plateau {

// A name that is safe as one directory entry on Linux, macOS and Windows: NFC-normalised, letters and
// digits of any script kept, '-', '_' and '.' kept, everything else (separators, "..", control
// characters, spaces, emoji) folded into '_'; no leading '.' or '-', no trailing '.', at most 80 UTF-8
// bytes, Windows device names (CON, NUL, COM1...) suffixed. Empty results become `fallback`.
QString sanitizeFileName(const QString &text, const QString &fallback);

// `base`, or base-2, base-3... whichever is not in `taken` (compared case-insensitively, because macOS
// and Windows file systems are).
QString uniqueName(const QString &base, const QStringList &taken);

// The URL without user:password@ and with sensitive query values replaced by "<redacted>".
QString redactUrl(const QString &url);

inline QString redactedValue()
{
    return QStringLiteral("<redacted>");
}

} // namespace plateau
