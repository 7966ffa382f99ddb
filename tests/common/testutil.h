#pragma once
// Small helpers shared by the tests.

#include <QDeadlineTimer>
#include <QTest>
#include <functional>

namespace plateau::test {

// Spins the calling thread's event loop until pred() holds or timeoutMs passes; returns pred().
inline bool waitUntil(const std::function<bool()> &pred, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return pred();
        QTest::qWait(5);
    }
    return true;
}

} // namespace plateau::test
