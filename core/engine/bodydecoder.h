#pragma once
// Undoes a Content-Encoding that a proxy applied to a stream although identity was asked: gzip and
// deflate (zlib-wrapped, or raw as some servers send it) through zlib, piece by piece as bytes arrive,
// so an SSE stream is parsed as it streams. Output is bounded per call by the caller's sink (the SSE
// parser bounds its own buffers), and a stream that inflates to garbage is an error, not a crash.

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace plateau {

class BodyDecoder
{
public:
    enum class Coding
    {
        Identity,
        Gzip,
        Deflate,
    };
    // Coding for a Content-Encoding value; empty when Plateau cannot decode it (br, zstd, a chain, ...).
    static std::optional<Coding> codingFor(const QByteArray &contentEncoding);

    BodyDecoder();
    ~BodyDecoder();
    BodyDecoder(const BodyDecoder &) = delete;
    BodyDecoder &operator=(const BodyDecoder &) = delete;

    void reset(Coding coding);
    Coding coding() const { return m_coding; }
    // Calls sink(data, size) with decoded bytes, any number of times; false (sink or not) on corrupt
    // input, with error() saying why. A false return from sink stops decoding and is returned.
    bool feed(const char *data, qsizetype size, const std::function<bool(const char *, qsizetype)> &sink);
    QString error() const { return m_error; }

private:
    struct Z;
    bool init(bool raw);

    Coding m_coding = Coding::Identity;
    std::unique_ptr<Z> m_z;
    bool m_started = false; // deflate: the first bytes decide zlib-wrapped or raw
    bool m_ended = false;
    QString m_error;
    QByteArray m_out;
    QByteArray m_first; // deflate: the first byte, until the second tells zlib-wrapped from raw
};

} // namespace plateau
