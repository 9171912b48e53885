// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Continuity::AtomicFile {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::AtomicFile)
};

std::atomic<qint64> failAfter{-1};

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

void syncFolder(const QString &path)
{
    // The rename is durable once the folder is: best effort, as not every file system can.
    const int folder = ::open(encoded(QFileInfo(path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

} // namespace

void failWritesAfterForTesting(std::optional<qint64> bytes)
{
    failAfter = bytes.value_or(-1);
}

QString describeError(const QString &path, int error)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (error) {
    case ENOSPC:
        return Tr::tr("%1 could not be written: the disk is full. The file there before, if any, "
                      "is unchanged.")
            .arg(shown);
    case EDQUOT:
        return Tr::tr("%1 could not be written: the disk quota is used up. The file there "
                      "before, if any, is unchanged.")
            .arg(shown);
    case EROFS:
        return Tr::tr("%1 could not be written: the disk is read-only.").arg(shown);
    case EACCES:
    case EPERM:
        return Tr::tr("%1 could not be written: permission denied.").arg(shown);
    case ENOENT:
    case ENOTDIR:
        return Tr::tr("%1 could not be written: the folder does not exist.").arg(shown);
    default:
        return Tr::tr("%1 could not be written: %2. The file there before, if any, is unchanged.")
            .arg(shown, QString::fromLocal8Bit(std::strerror(error)));
    }
}

bool commit(const QString &temporary, const QString &path, std::optional<qint64> expectedSize,
            QString *errorMessage)
{
    auto fail = [&](int error) {
        ::unlink(encoded(temporary).constData());
        if (errorMessage)
            *errorMessage = describeError(path, error);
        return false;
    };
    const int fd = ::open(encoded(temporary).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(errno);
    struct stat info = {};
    const bool synced = ::fsync(fd) == 0;
    const int syncError = errno;
    const bool stated = ::fstat(fd, &info) == 0;
    ::close(fd);
    if (!synced)
        return fail(syncError);
    if (!stated || (expectedSize && info.st_size != *expectedSize))
        return fail(EIO);
    if (::rename(encoded(temporary).constData(), encoded(path).constData()) != 0)
        return fail(errno);
    syncFolder(path);
    return true;
}

bool write(const QString &path, const QByteArray &bytes, QString *errorMessage)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QByteArray pattern = encoded(absolute + QStringLiteral(".partial-XXXXXX"));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0) {
        if (errorMessage)
            *errorMessage = describeError(absolute, errno);
        return false;
    }
    const QString temporary = QFile::decodeName(pattern);
    // The permissions of the file it replaces, or the usual ones for a new file.
    struct stat existing = {};
    const mode_t mode = ::stat(encoded(absolute).constData(), &existing) == 0
                            ? (existing.st_mode & 07777)
                            : mode_t(0644);
    ::fchmod(fd, mode);

    const qint64 limit = failAfter.load();
    qint64 written = 0;
    int error = 0;
    while (written < bytes.size()) {
        qint64 chunk = std::min<qint64>(bytes.size() - written, 1 << 20);
        if (limit >= 0 && written + chunk > limit) {
            chunk = limit - written;
            if (chunk <= 0) {
                error = ENOSPC;
                break;
            }
        }
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(chunk));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            break;
        }
        written += n;
    }
    // commit() syncs the file (and reports a failure to) before it renames it.
    if (::close(fd) != 0 && !error)
        error = errno;
    if (error) {
        ::unlink(pattern.constData());
        if (errorMessage)
            *errorMessage = describeError(absolute, error);
        return false;
    }
    return commit(temporary, absolute, bytes.size(), errorMessage);
}

} // namespace Continuity::AtomicFile
