// SPDX-License-Identifier: GPL-2.0-or-later
#include "backups.h"

#include "diskspace.h"
#include "errorhelpers.h"
#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace Parlance::Storage::Backups {

namespace {
const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");
const QString suffix = QStringLiteral(".parlance");
constexpr int recentKept = 5;
constexpr qint64 dailyForSecs = 7 * 24 * 3600;
constexpr qint64 weeklyForSecs = 8 * 7 * 24 * 3600;
const QString partialMarker = QStringLiteral(".partial-");

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
}

// The size of the open database `db` in bytes (pages in use, WAL included).
qint64 databaseSize(Sqlite::Database &db)
{
    return db.scalar("PRAGMA page_count").toLongLong() * db.scalar("PRAGMA page_size").toLongLong();
}
} // namespace

qint64 spaceNeeded(qint64 sizeBytes)
{
    return sizeBytes + sizeBytes / 10 + 8 * 1024 * 1024;
}

QString folderFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral("-backups");
}

QDateTime timeOf(const QString &backupPath)
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{8}-\\d{9})") + QRegularExpression::escape(suffix) + u'$');
    const QRegularExpressionMatch match = pattern.match(backupPath);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), timeFormat);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

QStringList list(const QString &projectPath)
{
    const QDir folder(folderFor(projectPath));
    const QString base = QFileInfo(projectPath).completeBaseName();
    QStringList result;
    const QStringList names = folder.entryList({base + QStringLiteral("-*") + suffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        // Only our own names (base-yyyyMMdd-HHmmsszzz.parlance) for exactly this base name.
        if (timeOf(path).isValid() && name.size() == base.size() + 1 + timeFormat.size() + suffix.size())
            result.append(path);
    }
    return result; // names sort by time, so reversed name order is newest first
}

bool isGood(const QString &path)
{
    Sqlite::Database db;
    if (!db.open(path, Sqlite::Database::Mode::ReadOnly))
        return false;
    const QVariant id = db.scalar("PRAGMA application_id");
    const QVariant version = db.scalar("PRAGMA user_version");
    if (!id.isValid() || !Schema::isProjectApplicationId(id.toLongLong()))
        return false;
    if (version.toInt() < 1 || version.toInt() > Schema::currentVersion())
        return false;
    return db.check() == QLatin1StringView("ok") && Schema::verify(db, version.toInt()).isEmpty();
}

bool copyVerified(Sqlite::Database &source, const QString &target, Error *error)
{
    const QString partial = target + QStringLiteral(".partial-")
        + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->generate(), 16);
    auto fail = [&](Error::Problem problem, const QStringList &args = {}, const QString &detail = {}) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return Storage::fail(error, {Error::Io, problem, target, args, detail});
    };

    const qint64 needed = spaceNeeded(databaseSize(source));
    const qint64 free = DiskSpace::available(QFileInfo(target).absolutePath());
    if (free >= 0 && free < needed)
        return fail(Error::Problem::NoSpaceForCopy, {sizeText(needed), sizeText(free)});

    // Through our own connection class, so that the copy gets page checksums like the project.
    Sqlite::Database copy;
    if (!copy.open(partial, Sqlite::Database::Mode::ReadWriteCreate))
        return fail(Error::Problem::CannotCreateCopy, {}, copy.errorMessage());
    sqlite3 *dest = copy.handle();
    const QByteArray partialName = QFile::encodeName(partial);
    int rc = SQLITE_OK;
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source.handle(), "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        copy.close();
        return fail(Error::Problem::CannotStartCopy, {}, why);
    }
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE) {
        // A copy is one self-contained file in rollback-journal mode, fit for read-only media.
        char *message = nullptr;
        rc = sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &message);
        sqlite3_free(message);
    }
    const QString why = DiskSpace::isFull(rc, sqlite3_system_errno(dest)) ? DiskSpace::noSpaceLeft(partial)
                                                                            : QString::fromUtf8(sqlite3_errmsg(dest));
    copy.close();
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return fail(Error::Problem::CopyFailed, {}, why);
    if (!isGood(partial))
        return fail(Error::Problem::CopyNotVerified);
    // rename() replaces the target atomically: a reader sees the old copy or the new, never half.
    if (std::rename(partialName.constData(), QFile::encodeName(target).constData()) != 0)
        return fail(Error::Problem::CannotMoveCopy);
    return true;
}

QString make(Sqlite::Database &source, const QString &projectPath, Error *error)
{
    const QString folder = folderFor(projectPath);
    if (!QDir().mkpath(folder)) {
        fail(error, {Error::Io, Error::Problem::CannotCreateBackupFolder, folder});
        return {};
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString path;
    // Two backups within one millisecond would share a name: take the next free one.
    do {
        path = folder + QLatin1Char('/') + QFileInfo(projectPath).completeBaseName() + QLatin1Char('-')
            + now.toString(timeFormat) + suffix;
        now = now.addMSecs(1);
    } while (QFileInfo::exists(path));
    // Room first: if removing the oldest backups (never the newest) makes room for the new one, they
    // go, oldest first; if even that would not do, none goes and the backup fails with the figures.
    const qint64 needed = spaceNeeded(databaseSize(source));
    QStringList older = list(projectPath);
    const qint64 free = DiskSpace::available(folder);
    if (free >= 0 && free < needed) {
        qint64 freeable = 0;
        for (qsizetype i = 1; i < older.size(); ++i)
            freeable += QFileInfo(older.at(i)).size();
        while (free + freeable >= needed && older.size() > 1 && DiskSpace::available(folder) < needed)
            QFile::remove(older.takeLast());
    }
    if (!copyVerified(source, path, error))
        return {};

    const QStringList backups = list(projectPath);
    QList<QDateTime> times;
    for (const QString &b : backups)
        times.append(timeOf(b));
    for (int index : toThin(times, QDateTime::currentDateTimeUtc())) {
        if (backups.at(index) != path)
            QFile::remove(backups.at(index));
    }
    return path;
}

QList<Info> describe(const QString &projectPath)
{
    QList<Info> infos;
    for (const QString &path : list(projectPath)) {
        Info info;
        info.path = path;
        info.time = timeOf(path);
        info.good = isGood(path);
        Sqlite::Database db;
        if (db.open(path, Sqlite::Database::Mode::ReadOnly)) {
            const QVariant count = db.scalar("SELECT count(*) FROM articles");
            info.articles = count.isValid() ? count.toInt() : -1;
        }
        infos.append(info);
    }
    return infos;
}

bool restoreInto(const QString &backupPath, const QString &target, Error *error)
{
    auto fail = [&](Error::Problem problem, const QStringList &args = {}, const QString &detail = {}) {
        return Storage::fail(error, {Error::Io, problem, target, args, detail});
    };
    if (QFileInfo(target).exists() || QFileInfo(target).isSymLink())
        return fail(Error::Problem::RestoreNeedsNewFile);
    if (!isGood(backupPath))
        return fail(Error::Problem::BackupNotGood, {QDir::toNativeSeparators(backupPath)});
    const qint64 needed = spaceNeeded(QFileInfo(backupPath).size());
    const qint64 free = DiskSpace::available(QFileInfo(target).absolutePath());
    if (free >= 0 && free < needed)
        return fail(Error::Problem::NoSpaceForRestore, {sizeText(needed), sizeText(free)});
    const QString partial = target + partialMarker + QString::number(QCoreApplication::applicationPid());
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial)) {
        QFile::remove(partial);
        return fail(Error::Problem::CannotWriteCopy, {}, DiskSpace::noSpaceLeft(target));
    }
    // The copy is checked where it lies, then takes its name; link() never replaces a file.
    const QByteArray from = QFile::encodeName(partial), to = QFile::encodeName(target);
    const bool good = isGood(partial);
    const bool ok = good && (::link(from.constData(), to.constData()) == 0 || (errno != EEXIST && QFile::rename(partial, target)));
    QFile::remove(partial);
    if (!ok)
        return fail(Error::Problem::CopyNotVerifiedOrNamed);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

int removeLeftovers(const QString &projectPath)
{
    const QDir folder(folderFor(projectPath));
    if (!folder.exists())
        return 0;
    const QString base = QFileInfo(projectPath).completeBaseName();
    int removed = 0;
    const QStringList names = folder.entryList({base + QStringLiteral("-*") + suffix + partialMarker + u'*'}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (QFile::remove(folder.filePath(name)))
            ++removed;
    }
    return removed;
}

QString newestGood(const QString &projectPath)
{
    const QStringList backups = list(projectPath);
    for (const QString &path : backups) {
        if (isGood(path))
            return path;
    }
    return {};
}

QList<int> toThin(const QList<QDateTime> &times, const QDateTime &now)
{
    QList<int> thinned;
    QSet<qint64> days, weeks;
    for (int i = 0; i < times.size(); ++i) {
        const qint64 age = times.at(i).secsTo(now);
        const qint64 day = times.at(i).date().toJulianDay();
        const qint64 week = day / 7;
        bool keep = i < recentKept;
        if (age < dailyForSecs && !days.contains(day))
            keep = true;
        if (age < weeklyForSecs && !weeks.contains(week))
            keep = true;
        days.insert(day);
        weeks.insert(week);
        if (!keep)
            thinned.append(i);
    }
    return thinned;
}

} // namespace Parlance::Storage::Backups
