#include "core/metrics/failureclass.h"

#include <QCoreApplication>

namespace plateau {

namespace {

struct ClassNames
{
    const char *key;
    const char *label; // source text for QCoreApplication::translate("plateau::FailureClass", ...)
};

// Indexed by FailureClass. The keys are written to CSV/JSON files: never change one.
constexpr ClassNames kNames[kFailureClassCount] = {
    {"none", QT_TRANSLATE_NOOP("plateau::FailureClass", "OK")},
    {"connect", QT_TRANSLATE_NOOP("plateau::FailureClass", "Connection error")},
    {"tls", QT_TRANSLATE_NOOP("plateau::FailureClass", "TLS error")},
    {"http_status", QT_TRANSLATE_NOOP("plateau::FailureClass", "HTTP error status")},
    {"http_429", QT_TRANSLATE_NOOP("plateau::FailureClass", "Rate limited (HTTP 429)")},
    {"redirect", QT_TRANSLATE_NOOP("plateau::FailureClass", "Redirect (3xx)")},
    {"auth", QT_TRANSLATE_NOOP("plateau::FailureClass", "Authentication refused (401/403)")},
    {"content_type", QT_TRANSLATE_NOOP("plateau::FailureClass", "Wrong content type")},
    {"no_done", QT_TRANSLATE_NOOP("plateau::FailureClass", "Stream ended without [DONE]")},
    {"no_text_delta", QT_TRANSLATE_NOOP("plateau::FailureClass", "No text delta")},
    {"stream_error", QT_TRANSLATE_NOOP("plateau::FailureClass", "Error event in stream")},
    {"protocol", QT_TRANSLATE_NOOP("plateau::FailureClass", "Protocol error")},
    {"stall_timeout", QT_TRANSLATE_NOOP("plateau::FailureClass", "Stall timeout")},
    {"total_timeout", QT_TRANSLATE_NOOP("plateau::FailureClass", "Total timeout")},
    {"cancelled", QT_TRANSLATE_NOOP("plateau::FailureClass", "Cancelled at test end")},
};

inline int indexOf(FailureClass c)
{
    const int i = static_cast<int>(c);
    return i >= 0 && i < kFailureClassCount ? i : -1;
}

} // namespace

const char *failureClassKey(FailureClass c)
{
    const int i = indexOf(c);
    return i < 0 ? "unknown" : kNames[i].key;
}

QString failureClassLabel(FailureClass c)
{
    const int i = indexOf(c);
    if (i < 0)
        return QCoreApplication::translate("plateau::FailureClass", "Unknown");
    return QCoreApplication::translate("plateau::FailureClass", kNames[i].label);
}

bool failureClassFromKey(const QString &key, FailureClass *out)
{
    for (int i = 0; i < kFailureClassCount; ++i) {
        if (key == QLatin1String(kNames[i].key)) {
            if (out)
                *out = static_cast<FailureClass>(i);
            return true;
        }
    }
    return false;
}

} // namespace plateau
