#pragma once
// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe + QSocketNotifier), so Ctrl-C
// stops a run cleanly instead of killing it mid-write.

#include <QObject>

class QSocketNotifier;

namespace plateau {

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    // count: 1 on the first Ctrl-C, 2 on the second, ...; signal: SIGINT or SIGTERM.
    void interrupted(int count, int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace plateau
