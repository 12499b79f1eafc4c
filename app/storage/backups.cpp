// SPDX-License-Identifier: GPL-2.0-or-later
#include "backups.h"

#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

namespace Parlance::Storage::Backups {

namespace {
const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");
const QString suffix = QStringLiteral(".parlance");
constexpr int recentKept = 5;
constexpr qint64 dailyForSecs = 7 * 24 * 3600;
constexpr qint64 weeklyForSecs = 8 * 7 * 24 * 3600;
} // namespace

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

bool copyVerified(Sqlite::Database &source, const QString &target, QString *errorMessage)
{
    const QString partial = target + QStringLiteral(".partial-")
        + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->generate(), 16);
    auto fail = [&](const QString &why) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        if (errorMessage)
            *errorMessage = QDir::toNativeSeparators(target) + QStringLiteral(": ") + why;
        return false;
    };

    sqlite3 *dest = nullptr;
    const QByteArray partialName = QFile::encodeName(partial);
    int rc = sqlite3_open_v2(partialName.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
        sqlite3_close_v2(dest);
        return fail(QStringLiteral("cannot create the copy (%1)").arg(why));
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source.handle(), "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close_v2(dest);
        return fail(QStringLiteral("cannot start the copy (%1)").arg(why));
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
    const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return fail(QStringLiteral("the copy failed (%1)").arg(why));
    if (!isGood(partial))
        return fail(QStringLiteral("the copy did not pass its check"));
    // rename() replaces the target atomically: a reader sees the old copy or the new, never half.
    if (std::rename(partialName.constData(), QFile::encodeName(target).constData()) != 0)
        return fail(QStringLiteral("cannot move the copy into place"));
    return true;
}

QString make(Sqlite::Database &source, const QString &projectPath, QString *errorMessage)
{
    const QString folder = folderFor(projectPath);
    if (!QDir().mkpath(folder)) {
        if (errorMessage)
            *errorMessage = QDir::toNativeSeparators(folder) + QStringLiteral(": cannot create the backup folder");
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
    if (!copyVerified(source, path, errorMessage))
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
