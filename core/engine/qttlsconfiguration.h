#pragma once

// Qt's side of the plan's TLS settings. Apart from transport.h so that the Transport seam stays Qt Core only
// (the response parser's fuzzer compiles against it without Qt Network).

#include "core/engine/transport.h"

#include <QSslConfiguration>

namespace plateau {

// Qt's TLS configuration for the options (QNAM, and the lean transport's Qt-socket side): the system store
// plus the CA file and the client pair, verification off when errors are ignored.
QSslConfiguration qtTlsConfiguration(const TransportOptions &options);

} // namespace plateau
