#include "ui/mockcontrol.h"

namespace plateau {

MockControl::MockControl(QObject *parent) : QObject(parent)
{}

MockControl::~MockControl()
{
    stop();
}

bool MockControl::start(const MockSettings &settings, QString *error)
{
    if (isRunning())
        return true;
    QString why;
    MockConfig config = mockConfigFrom(settings, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    config.address = QHostAddress::LocalHost;
    // The previous port first: targets that pointed at the mock stay valid across a stop/start.
    const quint16 ports[2] = {m_lastPort, 0};
    for (int i = m_lastPort ? 0 : 1; i < 2; ++i) {
        config.port = ports[i];
        auto agent = std::make_unique<MockAgent>(config);
        if (agent->start(&why)) {
            m_agent = std::move(agent);
            m_lastPort = m_agent->port();
            emit stateChanged(true, baseUrl());
            return true;
        }
    }
    if (error)
        *error = why;
    return false;
}

void MockControl::stop()
{
    if (!m_agent)
        return;
    m_agent->stop();
    m_agent.reset();
    emit stateChanged(false, QString());
}

bool MockControl::isRunning() const
{
    return m_agent && m_agent->isRunning();
}

QString MockControl::baseUrl() const
{
    return isRunning() ? m_agent->baseUrl() : QString();
}

QString MockControl::lastBaseUrl() const
{
    return m_lastPort ? QStringLiteral("http://127.0.0.1:%1").arg(m_lastPort) : QString();
}

MockCounters MockControl::counters() const
{
    return m_agent ? m_agent->counters() : MockCounters{};
}

} // namespace plateau
