#include "core/engine/epollpoller.h"

#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <sys/epoll.h>
#include <unistd.h>
#endif

namespace plateau {

#ifdef Q_OS_LINUX

EpollPoller::EpollPoller()
{
    m_epollFd = epoll_create1(EPOLL_CLOEXEC);
    if (m_epollFd < 0)
        return;
    m_notifier = new QSocketNotifier(qintptr(m_epollFd), QSocketNotifier::Read);
    QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] { dispatch(); });
}

EpollPoller::~EpollPoller()
{
    if (m_notifier) {
        // We may be dying inside the notifier's own activated() (a handler dropped the last reference):
        // then it must outlive this call.
        m_notifier->setEnabled(false);
        if (m_dispatching)
            m_notifier->deleteLater();
        else
            delete m_notifier;
    }
    if (m_epollFd >= 0)
        ::close(m_epollFd);
}

int EpollPoller::add(int fd, std::uint32_t events, EpollHandler *handler)
{
    int id;
    if (!m_free.empty()) {
        id = m_free.back();
        m_free.pop_back();
    } else {
        id = int(m_slots.size());
        m_slots.push_back({});
    }
    Slot &slot = m_slots[size_t(id)];
    slot.handler = handler;
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = key(id, slot.generation);
    if (epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &ev) != 0) {
        slot.handler = nullptr;
        ++slot.generation;
        m_free.push_back(id);
        return -1;
    }
    return id;
}

bool EpollPoller::modify(int id, int fd, std::uint32_t events)
{
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = key(id, m_slots[size_t(id)].generation);
    return epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &ev) == 0;
}

void EpollPoller::removeAndClose(int id, int fd)
{
    // close() alone deregisters the fd (we never dup it); no EPOLL_CTL_DEL syscall needed.
    ::close(fd);
    Slot &slot = m_slots[size_t(id)];
    slot.handler = nullptr;
    ++slot.generation; // stale events fetched in this pass no longer match
    m_free.push_back(id);
}

void EpollPoller::dispatch()
{
    // A handler may drop the last reference to us (its client destroyed, the transport already gone).
    const std::shared_ptr<EpollPoller> self = shared_from_this();
    m_dispatching = true;
    constexpr int kBatch = 256;
    epoll_event events[kBatch];
    for (;;) {
        const int n = epoll_wait(m_epollFd, events, kBatch, 0);
        for (int i = 0; i < n; ++i) {
            const std::uint64_t k = events[i].data.u64;
            const auto id = size_t(std::uint32_t(k));
            if (id >= m_slots.size())
                continue;
            const Slot &slot = m_slots[id];
            if (slot.handler && slot.generation == std::uint32_t(k >> 32))
                slot.handler->onEpollEvents(events[i].events);
        }
        if (n < kBatch)
            break;
    }
    // When self is the last owner, ~EpollPoller runs as it goes, still inside the notifier's activated().
    m_dispatching = self.use_count() == 1;
}

#else

EpollPoller::EpollPoller() = default;
EpollPoller::~EpollPoller() = default;
int EpollPoller::add(int, std::uint32_t, EpollHandler *)
{
    return -1;
}
bool EpollPoller::modify(int, int, std::uint32_t)
{
    return false;
}
void EpollPoller::removeAndClose(int, int)
{}
void EpollPoller::dispatch()
{}

#endif

} // namespace plateau
