#pragma once
// Small helpers shared by the tests.

#include <QDeadlineTimer>
#include <QObject>
#include <QTest>
#include <functional>
#include <memory>

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

// Returns once everything already posted to receiver's thread has run: a call queued now runs after
// every event queued before it. Use it instead of waiting a fixed time before asserting that nothing
// (more) happened, when whatever could happen is already queued.
inline bool drainPostedEvents(QObject *receiver, int timeoutMs = 10000)
{
    auto done = std::make_shared<bool>(false);
    QMetaObject::invokeMethod(
        receiver, [done] { *done = true; }, Qt::QueuedConnection);
    return waitUntil([&] { return *done; }, timeoutMs);
}

} // namespace plateau::test
