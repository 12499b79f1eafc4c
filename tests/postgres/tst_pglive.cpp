// SPDX-License-Identifier: GPL-2.0-or-later
// Live updates and conflicts at the SQL level: a change committed through one connection reaches
// another connection's LISTEN (ids only, then re-read through row-level security), and an edit
// based on a stale read of an annotation is refused with who changed what.

#include "pgtestdatabase.h"

#include "storage/postgres/pg.h"
#include "storage/postgres/pgschema.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Parlance;
using namespace Parlance::Storage::Postgres;
using namespace Qt::StringLiterals;

namespace {

constexpr const char *insertAnnotation =
    "INSERT INTO annotations (article_id, span_start, span_end, kind, origin, quote_kind, commitment_type, note) "
    "VALUES ($1, 0, 5, 'quote', 'manual', 'direct', 'none', $2) RETURNING id";

} // namespace

class TestPgLive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Test::PgTestDatabase>();
        PARLANCE_PG_REQUIRE(*m_db);
        m_desk = m_db->createDesk(true); // blind: the listener re-reads only what it may see
        PARLANCE_PG_REQUIRE(*m_db);
        Connection alice;
        QVERIFY(open(alice, m_desk.alice));
        const Result r = alice.exec("INSERT INTO articles (content_hash, imported_at) VALUES ('h', now()) RETURNING id");
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        m_article = r.int64(0, 0);
    }
    void cleanupTestCase() { m_db.reset(); }

    void changeReachesAnotherConnection()
    {
        Connection alice, carol;
        QVERIFY(open(alice, m_desk.alice));
        QVERIFY(open(carol, m_desk.carol));
        QSignalSpy spy(&carol, &Connection::notified);
        QVERIFY(carol.listen(u"parlance"_s));

        QElapsedTimer timer;
        timer.start();
        const Result inserted = alice.exec(insertAnnotation, Params().add(m_article).add(u"secret words"_s));
        QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));
        const qint64 id = inserted.int64(0, 0);
        // Within a second, as the issue asks (waited for with a wider margin; the figure is printed).
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
        const qint64 latency = timer.elapsed();
        qInfo("a committed insert reached the other connection's LISTEN after %lld ms", latency);
        QVERIFY2(latency < 5000, "far beyond the second the issue allows");

        // Ids only: the table, what happened, the row and its article — nothing of the text.
        const QString payload = spy.first().at(1).toString();
        QCOMPARE(payload, u"annotations INSERT %1 article_id %2"_s.arg(id).arg(m_article));
        QVERIFY(!payload.contains(u"secret"_s));
        // The listener reads the row again through row-level security: the curator sees it.
        QCOMPARE(carol.scalar("SELECT note FROM annotations WHERE id = $1", Params().add(id)).value_or(QString()), u"secret words"_s);

        // Updates and deletes are announced the same way.
        spy.clear();
        QVERIFY(alice.run("UPDATE annotations SET note = 'changed' WHERE id = $1", Params().add(id)));
        QVERIFY(alice.run("DELETE FROM annotations WHERE id = $1", Params().add(id)));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
        QCOMPARE(spy.at(0).at(1).toString(), u"annotations UPDATE %1 article_id %2"_s.arg(id).arg(m_article));
        QCOMPARE(spy.at(1).at(1).toString(), u"annotations DELETE %1 article_id %2"_s.arg(id).arg(m_article));
    }

    void blindCoderHearsIdsButReadsNothing()
    {
        Connection alice, bob;
        QVERIFY(open(alice, m_desk.alice));
        QVERIFY(open(bob, m_desk.bob));
        QSignalSpy spy(&bob, &Connection::notified);
        QVERIFY(bob.listen(u"parlance"_s));
        const qint64 id = alice.exec(insertAnnotation, Params().add(m_article).add(u"alice only"_s)).int64(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
        QVERIFY(spy.first().at(1).toString().startsWith(u"annotations INSERT %1 "_s.arg(id)));
        QCOMPARE(bob.exec("SELECT * FROM annotations WHERE id = $1", Params().add(id)).rowCount(), 0);
    }

    void onlyCommittedChangesAreAnnounced()
    {
        Connection alice, carol;
        QVERIFY(open(alice, m_desk.alice));
        QVERIFY(open(carol, m_desk.carol));
        QSignalSpy spy(&carol, &Connection::notified);
        QVERIFY(carol.listen(u"parlance"_s));
        {
            Transaction t(alice);
            QVERIFY(alice.run(insertAnnotation, Params().add(m_article).add(u"rolled back"_s)));
            QTest::qWait(200);
            QCOMPARE(spy.count(), 0); // not yet committed
        } // rolled back: never announced
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
        {
            Transaction t(alice);
            QVERIFY(alice.run(insertAnnotation, Params().add(m_article).add(u"kept"_s)));
            QVERIFY(t.commit());
        }
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    }

    void manyRowsAreOneNotification()
    {
        Connection alice, carol;
        QVERIFY(open(alice, m_desk.alice));
        QVERIFY(open(carol, m_desk.carol));
        QSignalSpy spy(&carol, &Connection::notified);
        QVERIFY(carol.listen(u"parlance"_s));
        QVERIFY(alice.run("INSERT INTO annotations (article_id, span_start, span_end, kind, origin, quote_kind, commitment_type) "
                          "SELECT $1, n, n + 1, 'quote', 'suggested', 'direct', 'none' FROM generate_series(1, 500) n",
                          Params().add(m_article)));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        // Too many to list: '*' asks the listeners to read the table again.
        QCOMPARE(spy.first().at(1).toString(), u"annotations INSERT * article_id %1"_s.arg(m_article));
        QTest::qWait(100);
        QCOMPARE(spy.count(), 1);
        // Other tables announce their own key: articles by id, settings by key.
        spy.clear();
        QVERIFY(alice.run("INSERT INTO settings (key, type, value) VALUES ('view/zoom', 'double', '1.5')"));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QCOMPARE(spy.first().at(1).toString(), u"settings INSERT view/zoom"_s);
    }

    void staleEditIsRefused()
    {
        // Alice in two windows and Carol, the curator, all read version 1 of one annotation.
        Connection window1, window2, carol;
        QVERIFY(open(window1, m_desk.alice));
        QVERIFY(open(window2, m_desk.alice));
        QVERIFY(open(carol, m_desk.carol));
        const qint64 id = window1.exec(insertAnnotation, Params().add(m_article).add(u"first"_s)).int64(0, 0);
        const QByteArray edit = "UPDATE annotations SET note = $1, row_version = $2 WHERE id = $3 RETURNING row_version";
        auto versionSeenBy = [&](Connection &c) {
            return c.scalar("SELECT row_version FROM annotations WHERE id = $1", Params().add(id)).value_or(QString()).toLongLong();
        };
        const qint64 read1 = versionSeenBy(window1);
        const qint64 read2 = versionSeenBy(window2);
        QCOMPARE(read1, 1);
        QCOMPARE(read2, 1);

        // Carol's edit, based on what she read, goes through and moves the version on.
        const Result carolsEdit = carol.exec(edit, Params().add(u"curated"_s).add(versionSeenBy(carol)).add(id));
        QVERIFY2(carolsEdit.ok(), qPrintable(carolsEdit.errorMessage()));
        QCOMPARE(carolsEdit.int64(0, 0), 2);

        // Window 1's edit is based on version 1: refused, with who changed what.
        const Result stale = window1.exec(edit, Params().add(u"mine"_s).add(read1).add(id));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.sqlState(), QByteArray(Schema::conflictSqlState));
        QVERIFY2(stale.errorMessage().startsWith(u"annotation %1 was changed by %2 since you read it (note); your change was not saved"_s.arg(id).arg(m_desk.carol)),
                 qPrintable(stale.errorMessage()));
        QVERIFY2(stale.errorMessage().contains(u"It is at version 2; your change was based on version 1."_s), qPrintable(stale.errorMessage()));
        // The newer change is what stays.
        QCOMPARE(window2.scalar("SELECT note FROM annotations WHERE id = $1", Params().add(id)).value_or(QString()), u"curated"_s);

        // Window 2 reads again and then its edit goes through: one change, one refusal, nothing lost.
        const Result fresh = window2.exec(edit, Params().add(u"mine, after reading"_s).add(versionSeenBy(window2)).add(id));
        QVERIFY2(fresh.ok(), qPrintable(fresh.errorMessage()));
        QCOMPARE(fresh.int64(0, 0), 3);
        const Result row = carol.exec("SELECT note, changed_by, changed_columns FROM annotations WHERE id = $1", Params().add(id));
        QCOMPARE(row.text(0, 0), u"mine, after reading"_s);
        QCOMPARE(row.text(0, 1), m_desk.alice);
        QCOMPARE(row.text(0, 2), u"{note}"_s);
    }

    void concurrentEditsOneWinsOneIsRefused()
    {
        // Both read version 1; the first holds its change open while the second tries: the second
        // waits for the first to commit and is then refused (READ COMMITTED re-checks the new row).
        Connection first, second;
        QVERIFY(open(first, m_desk.alice));
        QVERIFY(open(second, m_desk.carol));
        const qint64 id = first.exec(insertAnnotation, Params().add(m_article).add(u"base"_s)).int64(0, 0);
        QVERIFY(first.run("BEGIN"));
        QVERIFY(first.run("UPDATE annotations SET note = 'first', row_version = 1 WHERE id = $1", Params().add(id)));
        // The second edit runs on a thread of its own (it blocks on the row lock); the first then commits.
        QVERIFY(second.run("SET lock_timeout = '10s'"));
        std::optional<Result> secondResult;
        QThread *thread = QThread::create([&] {
            secondResult = second.exec("UPDATE annotations SET note = 'second', row_version = 1 WHERE id = $1", Params().add(id));
        });
        thread->start();
        QTest::qWait(300); // the second update is now waiting for the first's row lock
        QVERIFY(!thread->isFinished());
        QVERIFY(first.run("COMMIT"));
        QVERIFY(thread->wait(15000));
        delete thread;
        QVERIFY(secondResult.has_value());
        QVERIFY(!secondResult->ok());
        QCOMPARE(secondResult->sqlState(), QByteArray(Schema::conflictSqlState));
        QCOMPARE(first.scalar("SELECT note FROM annotations WHERE id = $1", Params().add(id)).value_or(QString()), u"first"_s);
    }

private:
    bool open(Connection &c, const QString &role) { return c.open(m_db->connectionString(role)) && Schema::use(c); }

    std::unique_ptr<Test::PgTestDatabase> m_db;
    Test::PgTestDatabase::Desk m_desk;
    qint64 m_article = 0;
};

QTEST_GUILESS_MAIN(TestPgLive)
#include "tst_pglive.moc"
