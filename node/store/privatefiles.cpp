#include "privatefiles.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ocpi::privatefiles {

#ifdef Q_OS_UNIX

namespace {

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Drops the group and other bits of `path` if it is of the wanted type; the owner's bits stay as
// the operator set them (a read-only database stays read-only).
Status tighten(const QString &path, mode_t type)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info;
    if (::stat(name.constData(), &info) != 0)
        return errno == ENOENT ? Status::success()
                               : Error::internal(QStringLiteral("cannot read %1: %2").arg(path, lastError()));
    if ((info.st_mode & S_IFMT) != type || (info.st_mode & 0077) == 0)
        return Status::success();
    if (::chmod(name.constData(), info.st_mode & 0700) != 0)
        return Error::internal(QStringLiteral("cannot restrict the permissions of %1: %2").arg(path, lastError()));
    qCInfo(lcStore).noquote() << "restricted" << path << "to its owner (was"
                              << QString::number(info.st_mode & 0777, 8).prepend(QLatin1Char('0')) + QLatin1Char(')');
    return Status::success();
}

} // namespace

Status makeFolder(const QString &folder, bool *created)
{
    if (created)
        *created = false;
    // The missing levels, deepest first; mkdir with 0700 makes each private from its first instant.
    QStringList missing;
    QString level = QDir::cleanPath(QDir(folder).absolutePath());
    while (!QFileInfo::exists(level)) {
        missing.prepend(level);
        const QString parent = QFileInfo(level).path();
        if (parent == level)
            break;
        level = parent;
    }
    if (QFileInfo::exists(level) && !QFileInfo(level).isDir())
        return Error::internal(QStringLiteral("cannot create folder %1: %2 is not a folder").arg(folder, level));
    for (const QString &level : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(level).constData(), 0700) != 0 && errno != EEXIST)
            return Error::internal(QStringLiteral("cannot create folder %1: %2").arg(level, lastError()));
    }
    if (created)
        *created = !missing.isEmpty();
    return Status::success();
}

Status tightenFolder(const QString &folder)
{
    return tighten(folder, S_IFDIR);
}

Status createFile(const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return Status::success();
    }
    // Already there (tightenDatabaseFiles handles it) or not creatable (SQLite will say so).
    return errno == EEXIST ? Status::success()
                           : Error::internal(QStringLiteral("cannot create %1: %2").arg(file, lastError()));
}

Status tightenDatabaseFiles(const QString &databasePath)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (Status s = tighten(databasePath + QLatin1String(suffix), S_IFREG); !s)
            return s;
    }
    return Status::success();
}

int modeOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

#else // Windows and others: permissions follow the user profile's ACLs; nothing to tighten here.

Status makeFolder(const QString &folder, bool *created)
{
    if (created)
        *created = !QFileInfo::exists(folder);
    return QDir().mkpath(folder) ? Status::success()
                                 : Status(Error::internal(QStringLiteral("cannot create folder %1").arg(folder)));
}

Status tightenFolder(const QString &)
{
    return Status::success();
}

Status createFile(const QString &)
{
    return Status::success();
}

Status tightenDatabaseFiles(const QString &)
{
    return Status::success();
}

int modeOf(const QString &)
{
    return -1;
}

#endif

} // namespace ocpi::privatefiles
