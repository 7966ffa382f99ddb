#pragma once
// File I/O that never loses data silently: bounded whole-file reads, atomic whole-file writes, and
// append-only streams that only ever hold whole records. Every step is checked (write, flush, fsync,
// close, rename) and every error names the file and the reason as the system gives it ("no space left
// on device"). Used for plans, auth references, the run folder and exports alike.

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <sys/types.h>

namespace plateau::fileio {

// Fails (naming the file) when it cannot be opened, read, or is larger than maxBytes.
bool readAll(const QString &path, qint64 maxBytes, QByteArray *out, QString *error);

// Writes a temporary file beside `path`, fsyncs it and renames it over `path`: readers see the old file
// or the whole new one, never a short one. On any failure the temporary file is removed and `path` is
// left as it was. `mode` is the new file's permission bits (before the umask for 0644; exact for 0600).
bool writeAtomic(const QString &path, const QByteArray &data, QString *error, mode_t mode = 0644);

// "cannot <what> <path>: <reason>", the reason from errno in lower case ("no space left on device").
QString errnoMessage(const char *what, const QString &path, int err);

// An append-only file of whole records (CSV rows). append() buffers; flush() writes the buffer. When a
// write fails part-way (a full disk), the file is cut back to the end of the last whole flush, so it
// never ends in half a row, and the stream refuses every later write: error() says what happened.
class AppendFile
{
public:
    AppendFile() = default;
    ~AppendFile();
    AppendFile(const AppendFile &) = delete;
    AppendFile &operator=(const AppendFile &) = delete;

    bool open(const QString &path, QString *error); // creates or truncates
    bool isOpen() const { return m_fd >= 0; }
    void append(const QByteArray &records) { append(records.constData(), records.size()); }
    void append(const char *data, qsizetype size);
    bool flush();                 // false once an error happened
    bool close(bool sync = true); // flush, fsync (when asked), close; false on any failure
    QString fileName() const { return m_path; }
    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    std::int64_t committedBytes() const { return m_committed; }

private:
    void fail(const char *what, int err);

    int m_fd = -1;
    QString m_path;
    QByteArray m_buffer;
    std::int64_t m_committed = 0;
    QString m_error;
};

// Reserves `bytes` of disk space as the file `path` (really allocated, not sparse), so that a folder
// is proved writable, with space to spare, before a long job starts; release() gives the space back when the
// job has to write its last files. The file is removed on release() and on destruction.
class SpaceReserve
{
public:
    SpaceReserve() = default;
    ~SpaceReserve() { release(); }
    SpaceReserve(const SpaceReserve &) = delete;
    SpaceReserve &operator=(const SpaceReserve &) = delete;

    bool reserve(const QString &path, std::int64_t bytes, QString *error);
    void release();

private:
    QString m_path;
};

} // namespace plateau::fileio
