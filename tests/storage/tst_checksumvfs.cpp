// SPDX-License-Identifier: GPL-2.0-or-later
// Page checksums (storage/checksumvfs.*): every page of a file whose header reserves the bytes is
// sealed, including the pages SQLite writes before page 1, when a transaction outgrows the page
// cache and spills (a backup into a new file, the VACUUM that adds checksums to an older project).
#include "storage/checksumvfs.h"
#include "storage/sqlite.h"

#include <sqlite3.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance::Storage;
using namespace Qt::StringLiterals;

namespace {

// Fills table t with about `bytes` of rows in one transaction.
bool fill(Sqlite::Database &db, int bytes)
{
    if (!db.exec("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT); BEGIN"))
        return false;
    auto &insert = db.prepare("INSERT INTO t (body) VALUES (?)");
    for (int written = 0, i = 0; written < bytes; written += 1000, ++i) {
        insert.bind(1, u"row %1 "_s.arg(i).repeated(100).left(1000));
        if (!insert.exec())
            return false;
    }
    return db.exec("COMMIT");
}

int reserve(Sqlite::Database &db, int bytes)
{
    return sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &bytes);
}

} // namespace

class TestChecksumVfs final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void aSmallFileIsSealed()
    {
        const QString path = m_dir.filePath(u"small.db"_s);
        {
            Sqlite::Database db;
            QVERIFY(db.open(path, Sqlite::Database::Mode::ReadWriteCreate));
            QCOMPARE(reserve(db, ChecksumVfs::reserveBytes), SQLITE_OK);
            QVERIFY(fill(db, 20'000));
        }
        const ChecksumVfs::FileCheck check = ChecksumVfs::verifyFile(path);
        QVERIFY(check.hasChecksums);
        QVERIFY2(check.ok(), qPrintable(u"page %1 of %2 %3"_s.arg(check.badPage).arg(check.pages).arg(check.error)));
    }

    // The pager spills dirty pages before it writes page 1, which turns the checksums on.
    void aFirstTransactionLargerThanTheCacheIsSealedWhole()
    {
        const QString path = m_dir.filePath(u"large.db"_s);
        {
            Sqlite::Database db;
            QVERIFY(db.open(path, Sqlite::Database::Mode::ReadWriteCreate));
            QCOMPARE(reserve(db, ChecksumVfs::reserveBytes), SQLITE_OK);
            QVERIFY(db.exec("PRAGMA cache_size=20"));
            QVERIFY(fill(db, 1'000'000));
        }
        const ChecksumVfs::FileCheck check = ChecksumVfs::verifyFile(path);
        QVERIFY(check.hasChecksums);
        QVERIFY(check.pages > 200);
        QVERIFY2(check.ok(), qPrintable(u"page %1 of %2 %3"_s.arg(check.badPage).arg(check.pages).arg(check.error)));
        Sqlite::Database db; // and SQLite reads it back through the checks
        QVERIFY(db.open(path, Sqlite::Database::Mode::ReadOnly));
        QCOMPARE(db.check(true), u"ok"_s);
    }

    void aBackupIntoANewFileLargerThanTheCacheIsSealedWhole()
    {
        const QString source = m_dir.filePath(u"source.db"_s), copy = m_dir.filePath(u"copy.db"_s);
        Sqlite::Database from;
        QVERIFY(from.open(source, Sqlite::Database::Mode::ReadWriteCreate));
        QCOMPARE(reserve(from, ChecksumVfs::reserveBytes), SQLITE_OK);
        QVERIFY(fill(from, 1'000'000));
        QVERIFY(from.exec("UPDATE t SET body = 'changed' WHERE id % 7 = 0")); // pages changed in the cache
        {
            Sqlite::Database to;
            QVERIFY(to.open(copy, Sqlite::Database::Mode::ReadWriteCreate));
            QVERIFY(to.exec("PRAGMA cache_size=20"));
            sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
            QVERIFY(backup);
            QCOMPARE(sqlite3_backup_step(backup, -1), SQLITE_DONE);
            QCOMPARE(sqlite3_backup_finish(backup), SQLITE_OK);
        }
        const ChecksumVfs::FileCheck check = ChecksumVfs::verifyFile(copy);
        QVERIFY(check.hasChecksums);
        QVERIFY2(check.ok(), qPrintable(u"page %1 of %2 %3"_s.arg(check.badPage).arg(check.pages).arg(check.error)));
    }

    void aVacuumThatAddsChecksumsSealsEveryPage()
    {
        const QString path = m_dir.filePath(u"older.db"_s);
        {
            Sqlite::Database db; // as an older Parlance made it: no reserved bytes
            QVERIFY(db.open(path, Sqlite::Database::Mode::ReadWriteCreate));
            QVERIFY(fill(db, 1'000'000));
        }
        QVERIFY(!ChecksumVfs::verifyFile(path).hasChecksums);
        {
            Sqlite::Database db;
            QVERIFY(db.open(path, Sqlite::Database::Mode::ReadWrite));
            QVERIFY(db.exec("PRAGMA cache_size=20"));
            QCOMPARE(reserve(db, ChecksumVfs::reserveBytes), SQLITE_OK);
            sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 1); // VACUUM builds the copy in an attached database
            QVERIFY2(db.exec("VACUUM"), qPrintable(db.errorMessage()));
        }
        const ChecksumVfs::FileCheck check = ChecksumVfs::verifyFile(path);
        QVERIFY(check.hasChecksums);
        QVERIFY2(check.ok(), qPrintable(u"page %1 of %2 %3"_s.arg(check.badPage).arg(check.pages).arg(check.error)));
    }
};

QTEST_GUILESS_MAIN(TestChecksumVfs)
#include "tst_checksumvfs.moc"
