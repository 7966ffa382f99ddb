#include "core/common/fileio.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plateau::fileio {

namespace {
QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// write() until everything is out or an error; EINTR is retried, a short write continues.
bool writeFully(int fd, const char *data, qsizetype size, int *err)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        if (n == 0) { // a regular file never returns 0 for a non-empty write; treat it as full
            *err = ENOSPC;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The umask, read without changing it (umask() would, racing other threads that create files).
mode_t processUmask()
{
    static const mode_t mask = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("Umask:"))
                    return mode_t(line.mid(6).trimmed().toUInt(nullptr, 8));
            }
        }
        return mode_t(022);
    }();
    return mask;
}

// Renames are only durable once the folder's entry is on disk too.
void syncFolderOf(const QByteArray &path)
{
    QByteArray dir = path;
    const int slash = dir.lastIndexOf('/');
    dir = slash > 0 ? dir.left(slash) : (slash == 0 ? QByteArray("/") : QByteArray("."));
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // best effort: some file systems refuse fsync on folders
        ::close(fd);
    }
}
} // namespace

QString errnoMessage(const char *what, const QString &path, int err)
{
    QString reason = QString::fromLocal8Bit(std::strerror(err));
    if (!reason.isEmpty())
        reason[0] = reason[0].toLower();
    return QStringLiteral("cannot %1 %2: %3").arg(QLatin1String(what), path, reason);
}

bool readAll(const QString &path, qint64 maxBytes, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("%1: %2").arg(path, f.errorString()));
        return false;
    }
    if (f.size() > maxBytes) {
        setError(error, QStringLiteral("%1: %2 bytes is more than the %3 this reader accepts")
                            .arg(path)
                            .arg(f.size())
                            .arg(maxBytes));
        return false;
    }
    // The file as it was when opened (a live run's CSV keeps growing); never more than maxBytes. read()
    // allocates what it is asked for, so ask for the size, not the bound.
    QByteArray data = f.read(std::min(f.size(), maxBytes));
    if (f.error() != QFileDevice::NoError) {
        setError(error, QStringLiteral("%1: %2").arg(path, f.errorString()));
        return false;
    }
    *out = std::move(data);
    return true;
}

bool writeAtomic(const QString &path, const QByteArray &data, QString *error, mode_t mode)
{
    // Write through a symbolic link to its target, as an editor would, rather than replacing the link.
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : path;
    const QByteArray finalName = encoded(target);
    QByteArray tmpName = finalName + ".plateau-XXXXXX";
    const int fd = ::mkostemp(tmpName.data(), O_CLOEXEC);
    if (fd < 0) {
        setError(error, errnoMessage("write", path, errno));
        return false;
    }
    int err = 0;
    const char *step = "write";
    // mkostemp creates the file 0600; a secret's file stays so, any other gets `mode` under the umask.
    if (mode != 0600)
        ::fchmod(fd, mode & ~processUmask()); // best effort: some file systems have no permission bits
    bool ok = writeFully(fd, data.constData(), data.size(), &err);
    if (ok && ::fsync(fd) != 0) {
        err = errno;
        ok = false;
    }
    if (::close(fd) != 0 && ok) {
        err = errno;
        ok = false;
    }
    if (ok && ::rename(tmpName.constData(), finalName.constData()) != 0) {
        err = errno;
        step = "replace";
        ok = false;
    }
    if (!ok) {
        ::unlink(tmpName.constData());
        setError(error, errnoMessage(step, path, err));
        return false;
    }
    syncFolderOf(finalName);
    return true;
}

AppendFile::~AppendFile()
{
    close(false);
}

bool AppendFile::open(const QString &path, QString *error)
{
    close(false);
    m_path = path;
    m_error.clear();
    m_committed = 0;
    m_buffer.resize(0);
    m_fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        fail("write", errno);
        setError(error, m_error);
        return false;
    }
    return true;
}

void AppendFile::append(const char *data, qsizetype size)
{
    if (m_fd < 0 || failed() || size <= 0)
        return;
    m_buffer.append(data, size);
}

bool AppendFile::flush()
{
    if (m_fd < 0 || failed())
        return !failed();
    if (m_buffer.isEmpty())
        return true;
    int err = 0;
    if (!writeFully(m_fd, m_buffer.constData(), m_buffer.size(), &err)) {
        // Cut back to the last whole flush: the file keeps only whole records.
        if (::ftruncate(m_fd, off_t(m_committed)) == 0)
            ::lseek(m_fd, off_t(m_committed), SEEK_SET);
        fail("write", err);
        m_buffer.resize(0);
        return false;
    }
    m_committed += m_buffer.size();
    m_buffer.resize(0); // keeps the capacity for the next batch
    return true;
}

bool AppendFile::close(bool sync)
{
    if (m_fd < 0)
        return !failed();
    flush();
    if (sync && !failed() && ::fsync(m_fd) != 0)
        fail("write", errno);
    if (::close(m_fd) != 0 && !failed())
        fail("write", errno);
    m_fd = -1;
    m_buffer = QByteArray();
    return !failed();
}

void AppendFile::fail(const char *what, int err)
{
    if (m_error.isEmpty())
        m_error = errnoMessage(what, m_path, err);
}

bool SpaceReserve::reserve(const QString &path, std::int64_t bytes, QString *error)
{
    release();
    const QByteArray name = encoded(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        setError(error, errnoMessage("write", path, errno));
        return false;
    }
    m_path = path;
    // posix_fallocate returns the error instead of setting errno. Where it is not supported, real
    // zeros are written instead, so the space is taken either way.
    int err = ::posix_fallocate(fd, 0, off_t(bytes));
    if (err == EOPNOTSUPP || err == EINVAL) {
        const QByteArray zeros(64 * 1024, '\0');
        err = 0;
        for (std::int64_t left = bytes; left > 0 && err == 0; left -= zeros.size())
            writeFully(fd, zeros.constData(), qsizetype(std::min<std::int64_t>(left, zeros.size())), &err);
        if (err == 0 && ::fsync(fd) != 0)
            err = errno;
    }
    ::close(fd);
    if (err != 0) {
        setError(error, errnoMessage("write", path, err));
        release();
        return false;
    }
    return true;
}

void SpaceReserve::release()
{
    if (m_path.isEmpty())
        return;
    ::unlink(encoded(m_path).constData());
    m_path.clear();
}

} // namespace plateau::fileio
