// SPDX-License-Identifier: GPL-2.0-or-later
#include "filelock.h"

#include <QFile>
#include <QMutex>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace Parlance::Storage {

namespace {

// SQLite's own locks use the bytes from 0x40000000 (PENDING_BYTE) to 0x40000201 of the database
// file; this one is past them, in the page SQLite never stores data in, so the two never meet.
constexpr off_t lockByte = 0x40000000 + 0x400;

struct flock lockRecord(short type)
{
    struct flock record;
    std::memset(&record, 0, sizeof record);
    record.l_type = type;
    record.l_whence = SEEK_SET;
    record.l_start = lockByte;
    record.l_len = 1;
    return record;
}

int openForLock(const QString &path, int flags)
{
    // O_NONBLOCK: never wait on a FIFO or a device put in the project's place meanwhile.
    return ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
}

// The files this process holds locked, by device and inode.
QMutex heldMutex;
QSet<QPair<quint64, quint64>> &heldHere()
{
    static QSet<QPair<quint64, quint64>> held;
    return held;
}

} // namespace

FileLock::~FileLock()
{
    unlock();
}

FileLock::FileLock(FileLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_device(other.m_device)
    , m_inode(other.m_inode)
{
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        unlock();
        m_fd = std::exchange(other.m_fd, -1);
        m_device = other.m_device;
        m_inode = other.m_inode;
    }
    return *this;
}

FileLock::Result FileLock::lock(const QString &path, QString *why)
{
    unlock();
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (why)
            *why = QString::fromLocal8Bit(std::strerror(errno));
        return Result::Failed;
    }
    const QPair<quint64, quint64> id{quint64(st.st_dev), quint64(st.st_ino)};
    QMutexLocker locker(&heldMutex);
    if (heldHere().contains(id))
        return Result::HeldElsewhere;
    const int fd = openForLock(path, O_RDWR);
    if (fd < 0) {
        if (why)
            *why = QString::fromLocal8Bit(std::strerror(errno));
        return Result::Failed;
    }
    auto take = [&] {
        m_fd = fd;
        m_device = id.first;
        m_inode = id.second;
        heldHere().insert(id);
        return Result::Locked;
    };
#ifdef F_OFD_SETLK
    struct flock record = lockRecord(F_WRLCK);
    if (::fcntl(fd, F_OFD_SETLK, &record) == 0)
        return take();
    const int error = errno;
    if (error == EAGAIN || error == EACCES) {
        ::close(fd);
        return Result::HeldElsewhere;
    }
    if (error != EINVAL) {
        ::close(fd);
        if (why)
            *why = QString::fromLocal8Bit(std::strerror(error));
        return Result::Failed;
    }
#endif
    // No open-file-description locks (not Linux): flock() also locks the file, not its name.
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
        return take();
    const int error2 = errno;
    ::close(fd);
    if (error2 == EWOULDBLOCK)
        return Result::HeldElsewhere;
    if (why)
        *why = QString::fromLocal8Bit(std::strerror(error2));
    return Result::Failed;
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    QMutexLocker locker(&heldMutex);
    heldHere().remove({m_device, m_inode});
    // Closing drops the lock. (SQLite's connections must be closed before: closing any descriptor
    // of a file ends all of this process's POSIX locks on it; see Project's destructor.)
    ::close(m_fd);
    m_fd = -1;
}

bool FileLock::isHeld(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        QMutexLocker locker(&heldMutex);
        if (heldHere().contains({quint64(st.st_dev), quint64(st.st_ino)}))
            return true;
    }
    const int fd = openForLock(path, O_RDONLY);
    if (fd < 0)
        return false;
    bool held = false;
#ifdef F_OFD_GETLK
    struct flock record = lockRecord(F_WRLCK);
    if (::fcntl(fd, F_OFD_GETLK, &record) == 0)
        held = record.l_type != F_UNLCK;
    else
#endif
    {
        held = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
        ::flock(fd, LOCK_UN);
    }
    ::close(fd);
    return held;
}

} // namespace Parlance::Storage
