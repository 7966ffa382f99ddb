#include "core/engine/transport.h"

#include "core/engine/leantransport.h"
#include "core/engine/qnamtransport.h"

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

} // namespace plateau
