// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Read-only files and folders and full disks for tests, also for root (as CI runs them), where
// chmod stops nothing: an immutable attribute (what chattr +i sets) stops root too, and a small
// tmpfs in a mount namespace of the test's own fills up for real. Each helper checks that the
// restriction holds before a test relies on it, and says why when it cannot make one.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace twinatlas::testing {

inline QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/** Whether this process can write path: a file opened for writing, or a file made in a folder. */
inline bool canWrite(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        const QByteArray probe = QFile::encodeName(path + QStringLiteral("/.write-probe"));
        const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0)
            return false;
        ::close(fd);
        ::unlink(probe.constData());
        return true;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

/**
 * Makes a file or folder read-only for this process while it lives: chmod for a user, the
 * immutable attribute for root. isReadOnly() says whether it worked, how() by which means.
 */
class ReadOnlyPath
{
public:
    explicit ReadOnlyPath(const QString &path) : m_path(path)
    {
        if (::geteuid() != 0) {
            m_permissions = QFile(path).permissions();
            QFile(path).setPermissions(QFileInfo(path).isDir()
                                               ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                               : QFileDevice::ReadOwner);
            m_how = QStringLiteral("chmod");
            m_chmodded = true;
        } else if (setImmutable(true)) {
            m_how = QStringLiteral("immutable attribute");
            m_immutable = true;
        }
        if (canWrite(path)) {
            m_error = QStringLiteral("%1 stays writable (%2 as uid %3)")
                              .arg(path, m_how.isEmpty() ? QStringLiteral("no means") : m_how)
                              .arg(::geteuid());
            m_how.clear();
        }
    }
    ~ReadOnlyPath()
    {
        if (m_immutable)
            setImmutable(false);
        if (m_chmodded)
            QFile(m_path).setPermissions(m_permissions);
    }
    ReadOnlyPath(const ReadOnlyPath &) = delete;
    ReadOnlyPath &operator=(const ReadOnlyPath &) = delete;

    bool isReadOnly() const { return !m_how.isEmpty(); }
    QString how() const { return m_how; }
    QString error() const { return m_error; }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK);
        if (fd < 0) {
            m_error = systemError();
            return false;
        }
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = on ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
            ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        if (!ok)
            m_error = QStringLiteral("the immutable attribute: %1").arg(systemError());
        ::close(fd);
        return ok;
    }

    QString m_path;
    QString m_how;
    QString m_error;
    QFileDevice::Permissions m_permissions;
    bool m_chmodded = false;
    bool m_immutable = false;
};

/**
 * Puts this process in a mount namespace of its own, so that it can mount a tmpfs that no one
 * else sees: as root directly, as a user through a user namespace. Call it first in main(),
 * before any thread starts. Returns why it could not, or an empty string.
 */
inline QString enterPrivateMountNamespace()
{
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(uid == 0 ? CLONE_NEWNS : CLONE_NEWUSER | CLONE_NEWNS) != 0)
        return QStringLiteral("unshare: %1").arg(systemError());
    if (uid != 0) {
        auto write = [](const char *file, const QByteArray &text) {
            QFile f(QString::fromLatin1(file));
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        if (!write("/proc/self/setgroups", "deny")
            || !write("/proc/self/uid_map", QByteArray::number(uid) + ' ' + QByteArray::number(uid) + " 1")
            || !write("/proc/self/gid_map", QByteArray::number(gid) + ' ' + QByteArray::number(gid) + " 1"))
            return QStringLiteral("cannot map the user into the new namespace");
    }
    // Mounts made here must not reach the rest of the system.
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return QStringLiteral("mount --make-rprivate /: %1").arg(systemError());
    return {};
}

/** A tmpfs of sizeBytes at dir (which must exist), in the namespace entered above. */
inline bool mountTmpfs(const QString &dir, qint64 sizeBytes, QString *why)
{
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) == 0)
        return true;
    *why = QStringLiteral("mount tmpfs on %1: %2").arg(dir, systemError());
    return false;
}

inline bool remountReadOnly(const QString &dir, QString *why)
{
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0)
        return true;
    *why = QStringLiteral("remount %1 read-only: %2").arg(dir, systemError());
    return false;
}

inline void unmount(const QString &dir)
{
    ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
}

/** Fills the disk that holds dir with one file until it is full; true when it is. */
inline bool fillDisk(const QString &dir)
{
    {
        QFile filler(dir + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(64 * 1024, '\0');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    // tmpfs gives out whole pages: one byte more in a file of its own shows that none is left.
    QFile probe(dir + QStringLiteral("/probe"));
    const bool full = !probe.open(QIODevice::WriteOnly) || probe.write("x", 1) != 1 || !probe.flush();
    probe.close();
    probe.remove();
    return full;
}

} // namespace twinatlas::testing
