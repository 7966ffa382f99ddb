#pragma once
// The built-in mock agent as the window runs it: started on a free port (the previous one when it is
// still free, so a plan that points at it keeps working), stopped on demand or with the window.

#include "core/mock/mockagent.h"
#include "core/plan/testplan.h"

#include <QObject>
#include <memory>

namespace plateau {

class MockControl : public QObject
{
    Q_OBJECT
public:
    explicit MockControl(QObject *parent = nullptr);
    ~MockControl() override;

    bool start(const MockSettings &settings, QString *error = nullptr);
    void stop();
    bool isRunning() const;
    QString baseUrl() const;     // "" when stopped
    QString lastBaseUrl() const; // the URL of the latest start, kept after stop()
    MockCounters counters() const;

signals:
    void stateChanged(bool running, const QString &baseUrl);

private:
    std::unique_ptr<MockAgent> m_agent;
    quint16 m_lastPort = 0;
};

} // namespace plateau
