#include "tests/mock/rawhttp.h"

#include "core/common/monoclock.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <cstring>

namespace plateau::test {

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool ResponseReader::fail(const QString &e)
{
    m_error = e;
    m_phase = Phase::Done;
    return false;
}

bool ResponseReader::feed(const char *data, qsizetype size, std::int64_t nowNs)
{
    if (!m_error.isEmpty())
        return false;
    if (m_pos > 0 && m_pos == m_buf.size()) {
        m_buf.clear();
        m_pos = 0;
    }
    m_buf.append(data, size);
    m_lastNs = nowNs;
    return parse(nowNs);
}

void ResponseReader::peerClosed()
{
    if (m_phase == Phase::UntilClose) {
        m_resp.body += m_buf.mid(m_pos);
        m_pos = m_buf.size();
        m_phase = Phase::Done;
        m_resp.complete = true;
    }
}

RawResponse ResponseReader::take()
{
    RawResponse r = std::move(m_resp);
    m_resp = RawResponse();
    m_phase = Phase::Head;
    parse(m_lastNs); // a pipelined response may already be here
    return r;
}

bool ResponseReader::parse(std::int64_t nowNs)
{
    for (;;) {
        switch (m_phase) {
        case Phase::Done:
            return m_error.isEmpty();
        case Phase::Head: {
            const qsizetype end = m_buf.indexOf("\r\n\r\n", m_pos);
            if (end < 0)
                return true;
            QList<QByteArray> lines = m_buf.mid(m_pos, end + 2 - m_pos).split('\n');
            lines.removeLast(); // after the last CRLF
            m_pos = end + 4;
            QByteArray statusLine = lines.front();
            if (!statusLine.endsWith('\r'))
                return fail(QStringLiteral("status line not ended by CRLF"));
            statusLine.chop(1);
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.size() < 12)
                return fail(QStringLiteral("bad status line: ") + QString::fromLatin1(statusLine));
            bool ok = false;
            const int status = statusLine.mid(9, 3).toInt(&ok);
            if (!ok)
                return fail(QStringLiteral("bad status code: ") + QString::fromLatin1(statusLine));
            RawResponse r;
            r.status = status;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                QByteArray line = lines[i];
                if (!line.endsWith('\r'))
                    return fail(QStringLiteral("header line not ended by CRLF"));
                line.chop(1);
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return fail(QStringLiteral("bad header line: ") + QString::fromLatin1(line));
                r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            }
            if (status >= 100 && status < 200) {
                m_resp.interim.push_back(status);
                continue;
            }
            r.interim = std::move(m_resp.interim);
            m_resp = std::move(r);
            const QByteArray te = m_resp.header("Transfer-Encoding");
            const QByteArray cl = m_resp.header("Content-Length");
            if (!te.isEmpty()) {
                if (te != "chunked")
                    return fail(QStringLiteral("unexpected Transfer-Encoding ") + QString::fromLatin1(te));
                if (!cl.isEmpty())
                    return fail(QStringLiteral("both Content-Length and Transfer-Encoding"));
                m_resp.chunked = true;
                m_phase = Phase::ChunkSize;
            } else if (!cl.isEmpty()) {
                m_left = cl.toLongLong(&ok);
                if (!ok || m_left < 0)
                    return fail(QStringLiteral("bad Content-Length"));
                m_phase = Phase::Fixed;
            } else {
                m_phase = Phase::UntilClose;
            }
            break;
        }
        case Phase::Fixed:
            if (m_buf.size() - m_pos < m_left)
                return true;
            if (m_left > 0 && !m_resp.firstBodyNs)
                m_resp.firstBodyNs = nowNs;
            m_resp.body = m_buf.mid(m_pos, m_left);
            m_pos += m_left;
            m_phase = Phase::Done;
            m_resp.complete = true;
            return true;
        case Phase::ChunkSize: {
            const qsizetype end = m_buf.indexOf("\r\n", m_pos);
            if (end < 0)
                return true;
            const QByteArray hex = m_buf.mid(m_pos, end - m_pos);
            bool ok = false;
            m_left = hex.toLongLong(&ok, 16);
            if (!ok || hex.isEmpty() || m_left < 0)
                return fail(QStringLiteral("bad chunk size line '%1'").arg(QString::fromLatin1(hex)));
            m_pos = end + 2;
            m_phase = m_left == 0 ? Phase::Trailer : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            if (m_buf.size() - m_pos < m_left + 2)
                return true;
            if (m_buf.at(m_pos + m_left) != '\r' || m_buf.at(m_pos + m_left + 1) != '\n')
                return fail(QStringLiteral("chunk of size %1 not followed by CRLF").arg(m_left));
            const QByteArray payload = m_buf.mid(m_pos, m_left);
            if (!m_resp.firstBodyNs)
                m_resp.firstBodyNs = nowNs;
            m_resp.chunks.push_back(payload);
            m_resp.chunkNs.push_back(nowNs);
            m_resp.body += payload;
            m_pos += m_left + 2;
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailer:
            if (m_buf.size() - m_pos < 2)
                return true;
            if (m_buf.mid(m_pos, 2) != "\r\n")
                return fail(QStringLiteral("terminating chunk not followed by CRLF"));
            m_pos += 2;
            m_phase = Phase::Done;
            m_resp.complete = true;
            return true;
        case Phase::UntilClose:
            if (m_pos < m_buf.size() && !m_resp.firstBodyNs)
                m_resp.firstBodyNs = nowNs;
            return true;
        }
    }
}

std::optional<std::vector<QByteArray>> sseData(const QByteArray &body, QString *error)
{
    std::vector<QByteArray> out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype end = body.indexOf("\n\n", pos);
        if (end < 0) {
            if (error)
                *error = QStringLiteral("unterminated event at byte %1").arg(pos);
            return std::nullopt;
        }
        const QByteArray event = body.mid(pos, end - pos);
        if (!event.startsWith("data: ") || event.contains('\n')) {
            if (error)
                *error = QStringLiteral("not a single data line: ") + QString::fromLatin1(event);
            return std::nullopt;
        }
        out.push_back(event.mid(6));
        pos = end + 2;
    }
    return out;
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       const QByteArray &extraHeaders)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST")
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

QByteArray invocationBody(bool stream)
{
    return QByteArray(R"({"input":[{"role":"user","content":"hello"}],"stream":)") +
           (stream ? "true" : "false") + "}";
}

bool connectTo(QTcpSocket &s, quint16 port, int timeoutMs)
{
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(timeoutMs);
}

std::optional<RawResponse> readResponse(QTcpSocket &s, ResponseReader &reader, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (reader.complete())
            return reader.take();
        if (s.bytesAvailable() > 0) {
            if (!reader.feed(s.readAll(), monotonicNs()))
                return std::nullopt;
            continue;
        }
        if (s.state() != QAbstractSocket::ConnectedState) {
            reader.peerClosed();
            if (reader.complete())
                return reader.take();
            return std::nullopt;
        }
        if (deadline.hasExpired())
            return std::nullopt;
        s.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

std::optional<RawResponse> roundTrip(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket s;
    if (!connectTo(s, port))
        return std::nullopt;
    s.write(request);
    s.flush();
    ResponseReader reader;
    return readResponse(s, reader, timeoutMs);
}

bool waitClosed(QTcpSocket &s, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (s.state() == QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired())
            return false;
        s.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        s.readAll();
    }
    return true;
}

} // namespace plateau::test
