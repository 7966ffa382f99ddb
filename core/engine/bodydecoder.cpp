#include "core/engine/bodydecoder.h"

#include <utility>
#include <zlib.h>

namespace plateau {

namespace {
constexpr int kOutChunk = 16 * 1024;
}

struct BodyDecoder::Z
{
    z_stream s = {};
    bool live = false;
    ~Z()
    {
        if (live)
            inflateEnd(&s);
    }
};

std::optional<BodyDecoder::Coding> BodyDecoder::codingFor(const QByteArray &contentEncoding)
{
    const QByteArray v = contentEncoding.trimmed().toLower();
    if (v.isEmpty() || v == "identity")
        return Coding::Identity;
    if (v == "gzip" || v == "x-gzip")
        return Coding::Gzip;
    if (v == "deflate")
        return Coding::Deflate;
    return std::nullopt;
}

BodyDecoder::BodyDecoder() : m_z(std::make_unique<Z>()), m_out(kOutChunk, Qt::Uninitialized)
{}

BodyDecoder::~BodyDecoder() = default;

void BodyDecoder::reset(Coding coding)
{
    m_coding = coding;
    m_started = false;
    m_ended = false;
    m_error.clear();
    m_first.clear();
    if (m_z->live) {
        inflateEnd(&m_z->s);
        m_z->live = false;
    }
}

bool BodyDecoder::init(bool raw)
{
    if (m_z->live) {
        inflateEnd(&m_z->s);
        m_z->live = false;
    }
    m_z->s = z_stream{};
    // gzip: 16 + MAX_WBITS reads the gzip wrapper; deflate: MAX_WBITS the zlib one, -MAX_WBITS raw.
    const int bits = m_coding == Coding::Gzip ? 16 + MAX_WBITS : raw ? -MAX_WBITS : MAX_WBITS;
    if (inflateInit2(&m_z->s, bits) != Z_OK) {
        m_error = QStringLiteral("cannot start the decoder");
        return false;
    }
    m_z->live = true;
    return true;
}

bool BodyDecoder::feed(const char *data, qsizetype size,
                       const std::function<bool(const char *, qsizetype)> &sink)
{
    if (m_coding == Coding::Identity)
        return sink(data, size);
    if (!m_error.isEmpty())
        return false;
    if (size <= 0 || m_ended)
        return true; // bytes after the end of a compressed stream are ignored, as browsers do
    if (!m_started) {
        // RFC 9110's deflate is zlib-wrapped, but some servers send raw deflate: a zlib header's first
        // two bytes are a multiple of 31 with compression method 8. They may arrive one at a time.
        if (m_coding == Coding::Deflate && m_first.size() + size < 2) {
            m_first.append(data, size);
            return true;
        }
        QByteArray head = m_first + QByteArray::fromRawData(data, qMin<qsizetype>(size, 2));
        const bool raw =
            m_coding == Coding::Deflate &&
            !((quint8(head[0]) & 0x0f) == 8 && ((quint8(head[0]) << 8) | quint8(head[1])) % 31 == 0);
        if (!init(raw))
            return false;
        m_started = true;
        if (!m_first.isEmpty()) {
            const QByteArray first = std::exchange(m_first, QByteArray());
            if (!feed(first.constData(), first.size(), sink))
                return false;
        }
    }
    z_stream &z = m_z->s;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    while (z.avail_in > 0 && !m_ended) {
        z.next_out = reinterpret_cast<Bytef *>(m_out.data());
        z.avail_out = uInt(m_out.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        const qsizetype produced = m_out.size() - qsizetype(z.avail_out);
        if (rc == Z_STREAM_END)
            m_ended = true;
        else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = QStringLiteral("the %1 body does not decode: %2")
                          .arg(m_coding == Coding::Gzip ? QStringLiteral("gzip") : QStringLiteral("deflate"),
                               QString::fromLatin1(z.msg ? z.msg : "corrupt data"));
            return false;
        }
        if (produced > 0 && !sink(m_out.constData(), produced))
            return false;
        if (rc == Z_BUF_ERROR && produced == 0)
            break; // needs more input
    }
    return true;
}

} // namespace plateau
