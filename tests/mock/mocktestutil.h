#pragma once
// Shared helpers of the mock agent tests: start a mock, summarise an SSE answer event by event.

#include "core/mock/mockagent.h"
#include "tests/mock/rawhttp.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace plateau::test {

std::unique_ptr<MockAgent> startMock(const MockConfig &config);

// What an SSE answer held, checked against the wire format as it is parsed (violations go to problems).
struct StreamSummary
{
    int toolAdded = 0;
    int toolDone = 0;
    int deltas = 0;
    QByteArray text;
    int outputTokens = -1;
    bool completed = false;
    bool error = false;
    bool done = false;
    int firstDeltaIndex = -1; // index of the first delta event
    int doneIndex = -1;
    std::vector<QString> problems;
};

// Parses the de-chunked SSE body; also checks that each chunk held exactly one event when chunked.
StreamSummary summarise(const RawResponse &response);

// invocations == sum of outcomes + inFlight (the documented invariant).
bool countersBalance(const MockCounters &c);
QString describe(const MockCounters &c);

// Raises the open-file soft limit to the hard limit (1000 clients and their server sockets).
void raiseFileLimit();

} // namespace plateau::test
