#include "core/common/clock.h"

#include "core/common/monoclock.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace plateau {

namespace {

// Each callback gets its own single-shot QTimer, created in (and so firing on) the scheduling thread.
// The callbacks live in a table, not in the timers: cancel() only has to take the entry out, which
// works from any point even while the timer's deletion is still queued.
class SystemClock : public Clock
{
public:
    std::int64_t nowNs() const override { return monotonicNs(); }
    std::int64_t wallMs() const override { return QDateTime::currentMSecsSinceEpoch(); }

    TimerId callAfter(std::int64_t delayMs, std::function<void()> fn) override
    {
        // QTimer takes an int: about 24 days, far beyond any token lifetime or deadline here.
        const int ms = int(std::clamp<std::int64_t>(delayMs, 0, std::numeric_limits<int>::max()));
        auto *timer = new QTimer;
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer); // refresh and backoff times are promises: never early
        TimerId id = 0;
        {
            QMutexLocker lock(&m_mutex);
            id = ++m_nextId;
            m_pending.insert(id, Entry{timer, std::move(fn)});
        }
        QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer] {
            std::function<void()> run;
            {
                QMutexLocker lock(&m_mutex);
                auto it = m_pending.find(id);
                if (it != m_pending.end()) {
                    run = std::move(it->fn);
                    m_pending.erase(it);
                }
            }
            timer->deleteLater();
            if (run)
                run();
        });
        timer->start(ms);
        return id;
    }

    void cancel(TimerId id) override
    {
        QPointer<QTimer> timer;
        std::function<void()> dropped; // destroyed outside the lock: it may own anything
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_pending.find(id);
            if (it == m_pending.end())
                return;
            timer = it->timer;
            dropped = std::move(it->fn);
            m_pending.erase(it);
        }
        if (timer)
            timer->deleteLater(); // deleted on its own thread; if it fires first, it finds no entry
    }

private:
    struct Entry
    {
        QPointer<QTimer> timer;
        std::function<void()> fn;
    };
    QMutex m_mutex;
    TimerId m_nextId = 0;
    QHash<TimerId, Entry> m_pending;
};

} // namespace

Clock &systemClock()
{
    static SystemClock *clock = new SystemClock; // never destroyed: callbacks may outlive main()'s statics
    return *clock;
}

} // namespace plateau
