// SPDX-License-Identifier: GPL-2.0-or-later
// The RAII layer over SQLite: statements bind and read every type, are cached and reused, and a
// transaction rolls back unless committed.
#include "storage/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Parlance::Storage::Sqlite;
using namespace Qt::StringLiterals;

class TestSqlite final : public QObject {
    Q_OBJECT
private:
    Database m_db;

    qint64 rowCount()
    {
        return m_db.scalar("SELECT count(*) FROM t").toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(u":memory:"_s, Database::Mode::ReadWriteCreate));
        QVERIFY(m_db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)"));
    }

    void cleanup()
    {
        m_db.close();
    }

    void bindsAndReadsEveryType()
    {
        const QString text = u"Zoë \U0001F54A \u201Cquoted\u201D"_s;
        const QByteArray blob("\x00\x01\xfe\xff", 4);
        Statement &insert = m_db.prepare("INSERT INTO t (i, r, s, b) VALUES (?1, ?2, ?3, ?4)");
        QVERIFY(insert.bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, text).bind(4, blob, true).exec());
        QVERIFY(m_db.prepare("INSERT INTO t (i, r, s, b) VALUES (?1, ?2, ?3, ?4)")
                    .bindId(1, 0)
                    .bindNull(2)
                    .bind(3, QString())
                    .bind(4, QByteArray())
                    .exec());
        QVERIFY(m_db.prepare("INSERT INTO t (s) VALUES (?1)").bind(1, u""_s).exec());

        Statement &select = m_db.prepare("SELECT i, r, s, b FROM t ORDER BY rowid");
        QVERIFY(select.step());
        QCOMPARE(select.int64(0), qint64(1) << 40);
        QCOMPARE(select.real(1), 2.5);
        QCOMPARE(select.text(2), text);
        QCOMPARE(select.blob(3), blob);
        QVERIFY(select.step());
        for (int c = 0; c < 4; ++c)
            QVERIFY(select.isNull(c));
        QVERIFY(select.text(2).isNull());
        QVERIFY(select.step());
        QVERIFY(!select.text(2).isNull()); // an empty string is not NULL
        QVERIFY(select.text(2).isEmpty());
        QVERIFY(!select.step());
        QVERIFY(select.ok());
    }

    void cachedStatementIsReusedAndReset()
    {
        Statement &first = m_db.prepare("SELECT count(*) FROM t");
        QVERIFY(first.step());
        Statement &again = m_db.prepare("SELECT count(*) FROM t");
        QCOMPARE(&again, &first); // the same statement, reset
        QVERIFY(again.step());
        QCOMPARE(again.int64(0), 0);
    }

    void invalidSqlFailsWithMessage()
    {
        Statement &bad = m_db.prepare("SELEC nonsense");
        QVERIFY(!bad.isValid());
        QVERIFY(!bad.step());
        QVERIFY(!bad.ok());
        QVERIFY(m_db.errorMessage().contains(u"syntax error"_s));
        QVERIFY(!m_db.exec("INSERT INTO missing VALUES (1)"));
        QVERIFY(m_db.errorMessage().contains(u"missing"_s));
    }

    void transactionRollsBackUnlessCommitted()
    {
        {
            Transaction transaction(m_db);
            QVERIFY(transaction.isActive());
            QVERIFY(m_db.exec("INSERT INTO t (i) VALUES (1)"));
        } // no commit
        QCOMPARE(rowCount(), 0);
        {
            Transaction transaction(m_db);
            QVERIFY(m_db.exec("INSERT INTO t (i) VALUES (1)"));
            QVERIFY(transaction.commit());
            QVERIFY(!transaction.isActive());
        }
        QCOMPARE(rowCount(), 1);
    }

    void connectionIsHardened()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s), Database::Mode::ReadWriteCreate));
        QCOMPARE(db.scalar("PRAGMA trusted_schema").toInt(), 0);
        QCOMPARE(db.scalar("PRAGMA cell_size_check").toInt(), 1);
        QCOMPARE(db.scalar("PRAGMA mmap_size").toInt(), 0);
        // Defensive mode: no writable_schema tricks.
        QVERIFY(db.exec("CREATE TABLE x (a)"));
        QVERIFY(!db.exec("PRAGMA writable_schema=ON; UPDATE sqlite_schema SET sql = 'CREATE TABLE x (b)' WHERE name = 'x'"));
        QVERIFY(!db.exec("ATTACH DATABASE ':memory:' AS other"));
        QCOMPARE(db.check(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
