#include "tests/mock/mocktestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace plateau::test {

std::unique_ptr<MockAgent> startMock(const MockConfig &config)
{
    auto mock = std::make_unique<MockAgent>(config);
    QString error;
    EXPECT_TRUE(mock->start(&error)) << error.toStdString();
    return mock;
}

StreamSummary summarise(const RawResponse &response)
{
    StreamSummary s;
    QString error;
    const auto events = sseData(response.body, &error);
    if (!events) {
        s.problems.push_back(error);
        return s;
    }
    if (response.chunked) {
        for (const QByteArray &chunk : response.chunks) {
            if (chunk.count("\n\n") != 1 || !chunk.endsWith("\n\n"))
                s.problems.push_back(QStringLiteral("chunk is not exactly one event: ") +
                                     QString::fromLatin1(chunk));
        }
    }
    for (int i = 0; i < int(events->size()); ++i) {
        const QByteArray &data = (*events)[size_t(i)];
        if (s.done) {
            s.problems.push_back(QStringLiteral("event after [DONE]"));
            break;
        }
        if (data == "[DONE]") {
            s.done = true;
            s.doneIndex = i;
            continue;
        }
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(data, &pe).object();
        if (pe.error != QJsonParseError::NoError) {
            s.problems.push_back(QStringLiteral("event is not JSON: ") + QString::fromLatin1(data));
            continue;
        }
        const QString type = o.value(QLatin1String("type")).toString();
        if (o.contains(QLatin1String("error"))) {
            s.error = true;
        } else if (type == QLatin1String("response.output_item.added") ||
                   type == QLatin1String("response.output_item.done")) {
            const QJsonObject item = o.value(QLatin1String("item")).toObject();
            const bool added = type.endsWith(QLatin1String("added"));
            const int n = (added ? s.toolAdded : s.toolDone) + 1;
            if (item.value(QLatin1String("type")).toString() != QLatin1String("function_call") ||
                item.value(QLatin1String("call_id")).toString() != QStringLiteral("call_%1").arg(n) ||
                item.value(QLatin1String("name")).toString() != QLatin1String("lookup") ||
                item.value(QLatin1String("arguments")).toString() != QLatin1String("{}"))
                s.problems.push_back(QStringLiteral("bad tool item: ") + QString::fromLatin1(data));
            if (s.deltas > 0)
                s.problems.push_back(QStringLiteral("tool call after text"));
            (added ? s.toolAdded : s.toolDone) = n;
        } else if (type == QLatin1String("response.output_text.delta")) {
            if (o.value(QLatin1String("item_id")).toString() != QLatin1String("msg_1"))
                s.problems.push_back(QStringLiteral("bad item_id: ") + QString::fromLatin1(data));
            const QByteArray delta = o.value(QLatin1String("delta")).toString().toUtf8();
            if (delta != mockDeltaText(s.deltas))
                s.problems.push_back(
                    QStringLiteral("delta %1 is '%2'").arg(s.deltas).arg(QString::fromUtf8(delta)));
            if (s.firstDeltaIndex < 0)
                s.firstDeltaIndex = i;
            s.text += delta;
            ++s.deltas;
        } else if (type == QLatin1String("response.completed")) {
            s.completed = true;
            s.outputTokens = o.value(QLatin1String("response"))
                                 .toObject()
                                 .value(QLatin1String("usage"))
                                 .toObject()
                                 .value(QLatin1String("output_tokens"))
                                 .toInt(-1);
        } else {
            s.problems.push_back(QStringLiteral("unknown event: ") + QString::fromLatin1(data));
        }
    }
    return s;
}

bool countersBalance(const MockCounters &c)
{
    return c.invocations == c.streamsCompleted + c.nonStreaming + c.http429 + c.http500 + c.stalls +
                                c.clientAborts + c.stoppedInFlight + c.inFlight;
}

QString describe(const MockCounters &c)
{
    return QStringLiteral("invocations=%1 completed=%2 nonStreaming=%3 429=%4 500=%5 stalls=%6 aborts=%7 "
                          "stopped=%8 inFlight=%9 midStream=%10 requests=%11 bad=%12 connections=%13")
        .arg(c.invocations)
        .arg(c.streamsCompleted)
        .arg(c.nonStreaming)
        .arg(c.http429)
        .arg(c.http500)
        .arg(c.stalls)
        .arg(c.clientAborts)
        .arg(c.stoppedInFlight)
        .arg(c.inFlight)
        .arg(c.midStreamErrors)
        .arg(c.requests)
        .arg(c.badRequests)
        .arg(c.connections);
}

void raiseFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
#endif
}

} // namespace plateau::test
