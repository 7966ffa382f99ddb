#include "core/engine/transport.h"

#include "core/engine/leantransport.h"
#include "core/engine/qnamtransport.h"

#include <QObject>

namespace plateau {

std::unique_ptr<Transport> makeTransport(TransportKind kind, const TransportOptions &options)
{
    switch (kind) {
    case TransportKind::Qnam:
        return std::make_unique<QnamTransport>(options);
    case TransportKind::Lean:
        break;
    }
    return std::make_unique<LeanTransport>(options);
}

QString transportCaveat(TransportKind kind)
{
    if (kind != TransportKind::Qnam)
        return QString();
    return QObject::tr(
        "the Qt network stack hides some server faults: it resends a request whose answer was malformed "
        "(the server sees it more than once), reads a garbage answer or an unparsable chunk size as a "
        "short body (counted as no_done, not protocol), accepts an answer head of any size and drops the "
        "fields of one with more than 100 (counted as content_type). Use the lean transport to judge a "
        "server's HTTP; this one for proxies, redirects and HTTP/2.");
}

} // namespace plateau
