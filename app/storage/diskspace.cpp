// SPDX-License-Identifier: GPL-2.0-or-later
#include "diskspace.h"

#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <sqlite3.h>

#include <cerrno>

namespace Parlance::Storage::DiskSpace {

namespace {
std::function<qint64(const QString &)> &probe()
{
    static std::function<qint64(const QString &)> p;
    return p;
}
} // namespace

qint64 available(const QString &path)
{
    if (probe())
        return probe()(path);
    const QFileInfo info(path);
    const QStorageInfo storage(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

QString noSpaceLeft(const QString &path)
{
    const qint64 free = available(path);
    if (free < 0)
        return QStringLiteral("no space left on the device");
    return QStringLiteral("no space left on the device (%1 free)").arg(QLocale::c().formattedDataSize(free));
}

QString writeFailure(const QString &path, const QString &qtError)
{
    const qint64 free = available(QFileInfo(path).absolutePath());
    if (free >= 0 && free < 1024 * 1024)
        return noSpaceLeft(QFileInfo(path).absolutePath());
    if (qtError.isEmpty() || qtError == QLatin1StringView("Unknown error"))
        return QStringLiteral("cannot be written");
    return qtError;
}

Error writeError(const QString &path, const QString &qtError)
{
    const qint64 free = available(QFileInfo(path).absolutePath());
    if (free >= 0 && free < 1024 * 1024)
        return {Error::Io, Error::Problem::NoSpaceLeft, path, {QLocale::c().formattedDataSize(free)}};
    if (qtError.isEmpty() || qtError == QLatin1StringView("Unknown error"))
        return {Error::Io, Error::Problem::CannotBeWritten, path};
    return {Error::Io, Error::Problem::CannotBeWritten, path, {}, qtError};
}

bool isFull(int sqliteCode, int systemErrno)
{
    return (sqliteCode & 0xff) == SQLITE_FULL || systemErrno == ENOSPC || systemErrno == EDQUOT;
}

void setProbeForTesting(std::function<qint64(const QString &)> p)
{
    probe() = std::move(p);
}

} // namespace Parlance::Storage::DiskSpace
