// SPDX-License-Identifier: GPL-2.0-or-later
// The libpq layer against a real server: connecting by connection string and URL, clear errors,
// parameters that round-trip, transactions that roll back, COPY, and LISTEN through the event loop.

#include "pgtestdatabase.h"

#include "storage/postgres/pg.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUrl>
#include <QTest>

#include <memory>

using namespace Parlance;
using namespace Parlance::Storage::Postgres;

class TestPg : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Test::PgTestDatabase>();
        PARLANCE_PG_REQUIRE(*m_db);
        Connection c;
        QVERIFY2(c.open(m_db->connectionString()), qPrintable(c.errorMessage()));
        QVERIFY2(c.run("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, s text, n bigint, "
                       "d double precision, b boolean, bytes bytea, UNIQUE (s))"),
                 qPrintable(c.errorMessage()));
    }
    void cleanupTestCase() { m_db.reset(); }

    void connectionStrings()
    {
        // No server needed: what each kind of target means to libpq.
        QCOMPARE(Connection::connectionString(QStringLiteral("postgresql://host/desk")), QByteArray("postgresql://host/desk"));
        QCOMPARE(Connection::connectionString(QStringLiteral("postgres:///desk")), QByteArray("postgres:///desk"));
        QCOMPARE(Connection::connectionString(QStringLiteral("service=desk")), QByteArray("service=desk"));
        QCOMPARE(Connection::connectionString(QStringLiteral(" desk ")), QByteArray("service='desk'"));
        QCOMPARE(Connection::connectionString(QStringLiteral("it's")), QByteArray("service='it\\'s'"));
    }

    void openAndDescribe()
    {
        Connection c;
        QVERIFY(!c.isOpen());
        QVERIFY2(c.open(m_db->connectionString()), qPrintable(c.errorMessage()));
        QVERIFY(c.isOpen());
        QCOMPARE(c.userName(), QStringLiteral("postgres"));
        QVERIFY(c.serverVersion() >= 140000);
        QVERIFY(c.backendPid() > 0);
        QVERIFY(c.description().contains(m_db->name()));
        QCOMPARE(c.scalar("SHOW client_encoding").value_or(QString()), QStringLiteral("UTF8"));
        QCOMPARE(c.scalar("SHOW application_name").value_or(QString()), QStringLiteral("parlance"));
    }

    void openByUrlNeverShowsThePassword()
    {
        // The same database by URL, with a password the trust-authenticating server ignores.
        const QString dir = m_db->connectionString().section(QLatin1Char(' '), 0, 0).mid(5);
        const QString url = QStringLiteral("postgresql://postgres:s3cret@/%1?host=%2").arg(m_db->name(), QString::fromUtf8(QUrl::toPercentEncoding(dir)));
        Connection c;
        QVERIFY2(c.open(url), qPrintable(c.errorMessage()));
        QCOMPARE(c.scalar("SELECT current_database()").value_or(QString()), m_db->name());
        QVERIFY(!c.description().contains(QStringLiteral("s3cret")));

        Connection wrong;
        QVERIFY(!wrong.open(QStringLiteral("postgresql://postgres:s3cret@/no_such_database?host=%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(dir)))));
        QVERIFY2(wrong.errorMessage().contains(QStringLiteral("no_such_database")), qPrintable(wrong.errorMessage()));
        QVERIFY(!wrong.errorMessage().contains(QStringLiteral("s3cret")));
        QVERIFY(!wrong.isOpen());
    }

    void openFailuresAreClear()
    {
        Connection c;
        QVERIFY(!c.open(QString()));
        QVERIFY(c.errorMessage().contains(QStringLiteral("no server given")));
        QVERIFY(!c.open(QStringLiteral("host=/nonexistent-parlance-socket-dir dbname=x connect_timeout=2")));
        QVERIFY2(c.errorMessage().startsWith(QStringLiteral("cannot connect: ")), qPrintable(c.errorMessage()));
        QVERIFY2(c.errorMessage().contains(QStringLiteral("/nonexistent-parlance-socket-dir")), qPrintable(c.errorMessage()));
        // A bare name is a service; one that is not defined says so.
        QVERIFY(!c.open(QStringLiteral("parlance_no_such_service")));
        QVERIFY2(c.errorMessage().contains(QStringLiteral("parlance_no_such_service")), qPrintable(c.errorMessage()));
        // Queries on a closed connection fail with a message instead of crashing.
        QVERIFY(!c.run("SELECT 1"));
        QCOMPARE(c.errorMessage(), QStringLiteral("not connected"));
    }

    void parametersRoundTrip()
    {
        Connection c;
        QVERIFY(c.open(m_db->connectionString()));
        const QString text = QStringLiteral("Blinken \u2014 \u201cnever\u201d\ttab\nline 'quote' \\ \u00e9\U0001F600");
        const QByteArray bytes("\x00\x01\xff\\x'", 6);
        const Result inserted = c.exec("INSERT INTO t (s, n, d, b, bytes) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                                       Params().add(text).add(qint64(1) << 53).add(0.1).add(true).addBytes(bytes));
        QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));
        QCOMPARE(inserted.rowCount(), 1);
        const qint64 id = inserted.int64(0, 0);
        QVERIFY(id > 0);
        const Result r = c.exec("SELECT s, n, d, b, bytes FROM t WHERE id = $1", Params().add(id));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r.text(0, 0), text);
        QCOMPARE(r.int64(0, 1), qint64(1) << 53);
        QCOMPARE(r.real(0, 2), 0.1);
        QCOMPARE(r.boolean(0, 3), true);
        QCOMPARE(r.bytes(0, 4), bytes);
        QCOMPARE(r.column("d"), 2);
        QCOMPARE(r.columnName(4), QByteArray("bytes"));

        QVERIFY(c.run("INSERT INTO t (s) VALUES ($1)", Params().addNull()));
        const Result nulls = c.exec("SELECT s, n, b FROM t WHERE s IS NULL");
        QCOMPARE(nulls.rowCount(), 1);
        QVERIFY(nulls.isNull(0, 0));
        QVERIFY(nulls.text(0, 0).isNull());
        QVERIFY(!nulls.isNull(0, 0) || nulls.int64(0, 1) == 0);
        // Out of range reads as NULL, not as a crash.
        QVERIFY(nulls.isNull(5, 9));
        const Result updated = c.exec("UPDATE t SET n = 7 WHERE s IS NULL OR s = $1", Params().add(text));
        QCOMPARE(updated.affectedRows(), qint64(2));
    }

    void errorsNameTheProblem()
    {
        Connection c;
        QVERIFY(c.open(m_db->connectionString()));
        QVERIFY(c.run("INSERT INTO t (s) VALUES ('unique one')"));
        const Result dup = c.exec("INSERT INTO t (s) VALUES ($1)", Params().add(QStringLiteral("unique one")));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.sqlState(), QByteArray("23505"));
        QCOMPARE(c.errorSqlState(), QByteArray("23505"));
        // The primary message, then the detail, without libpq's "ERROR:" prefix.
        QVERIFY2(dup.errorMessage().startsWith(QStringLiteral("duplicate key value violates unique constraint")),
                 qPrintable(dup.errorMessage()));
        QVERIFY2(dup.errorMessage().contains(QStringLiteral("\nKey (s)=(unique one) already exists.")), qPrintable(dup.errorMessage()));
        QVERIFY(!c.run("SELEC 1"));
        QVERIFY2(c.errorMessage().contains(QStringLiteral("syntax error")), qPrintable(c.errorMessage()));
        QCOMPARE(c.scalar("SELECT 1 WHERE false"), std::nullopt);
    }

    void transactions()
    {
        Connection c;
        QVERIFY(c.open(m_db->connectionString()));
        auto count = [&] { return c.scalar("SELECT count(*) FROM t WHERE s LIKE 'tx%'").value_or(QStringLiteral("?")); };
        {
            Transaction t(c);
            QVERIFY(t.isActive());
            QVERIFY(c.inTransaction());
            QVERIFY(c.run("INSERT INTO t (s) VALUES ('tx rolled back')"));
        } // destroyed without commit
        QVERIFY(!c.inTransaction());
        QCOMPARE(count(), QStringLiteral("0"));
        {
            Transaction outer(c);
            QVERIFY(c.run("INSERT INTO t (s) VALUES ('tx kept')"));
            {
                Transaction inner(c); // a savepoint
                QVERIFY(inner.isActive());
                QVERIFY(c.run("INSERT INTO t (s) VALUES ('tx inner')"));
                QVERIFY(!c.run("INSERT INTO t (s) VALUES ('tx kept')")); // unique violation
                QVERIFY(c.errorMessage().contains(QStringLiteral("duplicate key")));
            } // rolls back to the savepoint; the outer transaction is usable again
            QVERIFY2(c.errorMessage().contains(QStringLiteral("duplicate key")), "the rollback keeps the error that caused it");
            QVERIFY(c.run("INSERT INTO t (s) VALUES ('tx after')"));
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), QStringLiteral("2"));
        {
            // A commit after a failed statement is no commit.
            Transaction t(c);
            QVERIFY(c.run("INSERT INTO t (s) VALUES ('tx lost')"));
            QVERIFY(!c.run("SELECT 1/0"));
            QVERIFY(!t.commit());
            QVERIFY(c.errorMessage().contains(QStringLiteral("rolled back")));
        }
        QVERIFY(!c.inTransaction());
        QCOMPARE(count(), QStringLiteral("2"));
    }

    void copyIn()
    {
        Connection c;
        QVERIFY(c.open(m_db->connectionString()));
        QCOMPARE(Connection::copyField(QString()), QByteArray("\\N"));
        QCOMPARE(Connection::copyField(QStringLiteral("a\tb\\c\nd\re")), QByteArray("a\\tb\\\\c\\nd\\re"));
        QVERIFY2(c.beginCopy("COPY t (s, n) FROM STDIN"), qPrintable(c.errorMessage()));
        const QString odd = QStringLiteral("copy\ttab\\ \\N \u00e9");
        QVERIFY(c.putCopyRow({odd, QStringLiteral("1")}));
        QVERIFY(c.putCopyRow({QStringLiteral("copy null"), QString()}));
        QVERIFY2(c.endCopy(), qPrintable(c.errorMessage()));
        QCOMPARE(c.scalar("SELECT s FROM t WHERE n = 1 AND s LIKE 'copy%'").value_or(QString()), odd);
        QCOMPARE(c.scalar("SELECT n IS NULL FROM t WHERE s = 'copy null'").value_or(QString()), QStringLiteral("t"));
        // A bad row fails the whole COPY, with the server's message.
        QVERIFY(c.beginCopy("COPY t (s, n) FROM STDIN"));
        QVERIFY(c.putCopyRow({QStringLiteral("copy bad"), QStringLiteral("not a number")}));
        QVERIFY(!c.endCopy());
        QVERIFY2(c.errorMessage().contains(QStringLiteral("invalid input syntax for type bigint")), qPrintable(c.errorMessage()));
        QCOMPARE(c.scalar("SELECT count(*) FROM t WHERE s = 'copy bad'").value_or(QString()), QStringLiteral("0"));
        QVERIFY(!c.beginCopy("SELECT 1"));
    }

    void listenDeliversThroughTheEventLoop()
    {
        Connection listener;
        Connection sender;
        QVERIFY(listener.open(m_db->connectionString()));
        QVERIFY(sender.open(m_db->connectionString()));
        QSignalSpy spy(&listener, &Connection::notified);
        QVERIFY2(listener.listen(QStringLiteral("parlance test")), qPrintable(listener.errorMessage()));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(sender.run("SELECT pg_notify('parlance test', 'article 7')"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        qInfo("NOTIFY reached the other connection after %lld ms", qint64(timer.elapsed()));
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("parlance test"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("article 7"));
        QCOMPARE(spy.at(0).at(2).toInt(), sender.backendPid());

        // A notification that arrives with the answer to a query is still delivered.
        QVERIFY(sender.run("SELECT pg_notify('parlance test', 'during a query')"));
        QTest::qWait(100); // it is on the listener's socket now
        QVERIFY(listener.run("SELECT pg_sleep(0)"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("during a query"));

        // Other channels and notifications after UNLISTEN do not arrive.
        QVERIFY(listener.unlisten(QStringLiteral("parlance test")));
        QVERIFY(sender.run("SELECT pg_notify('parlance test', 'after unlisten'), pg_notify('other', 'x')"));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 2);
    }

    void lostConnectionIsReported()
    {
        Connection listener;
        Connection killer;
        QVERIFY(listener.open(m_db->connectionString()));
        QVERIFY(killer.open(m_db->connectionString()));
        QVERIFY(listener.listen(QStringLiteral("parlance")));
        QSignalSpy lost(&listener, &Connection::connectionLost);
        QVERIFY(killer.run("SELECT pg_terminate_backend($1)", Params().add(listener.backendPid())));
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        QVERIFY(listener.errorMessage().contains(QStringLiteral("lost")));
    }

private:
    std::unique_ptr<Test::PgTestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestPg)
#include "tst_pg.moc"
