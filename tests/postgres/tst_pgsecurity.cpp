// SPDX-License-Identifier: GPL-2.0-or-later
// Roles and row-level security, through plain SQL on each coder's own connection: in a blind
// project a coder reads and changes only their own annotations and a curator reads everyone's; in
// an open project coders read each other's rows but still change only their own.

#include "pgtestdatabase.h"

#include "storage/postgres/pg.h"
#include "storage/postgres/pgschema.h"

#include <QTest>

#include <memory>

using namespace Parlance;
using namespace Parlance::Storage::Postgres;

namespace {

constexpr const char *insertAnnotation =
    "INSERT INTO annotations (article_id, span_start, span_end, kind, origin, quote_kind, commitment_type, note) "
    "VALUES ($1, 0, 5, 'quote', 'manual', 'direct', 'none', $2) RETURNING id";

} // namespace

class TestPgSecurity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_blind = std::make_unique<Test::PgTestDatabase>(QStringLiteral("blind"));
        PARLANCE_PG_REQUIRE(*m_blind);
        m_blindDesk = m_blind->createDesk(true);
        PARLANCE_PG_REQUIRE(*m_blind);
        m_open = std::make_unique<Test::PgTestDatabase>(QStringLiteral("open"));
        m_openDesk = m_open->createDesk(false);
        PARLANCE_PG_REQUIRE(*m_open);
    }
    void cleanupTestCase()
    {
        m_blind.reset();
        m_open.reset();
    }

    void coderIsNeitherOwnerNorBypass()
    {
        Connection alice;
        QVERIFY(open(*m_blind, alice, m_blindDesk.alice));
        const Result r = alice.exec("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user");
        QCOMPARE(r.text(0, 0) + r.text(0, 1), QStringLiteral("ff"));
        QVERIFY(alice.scalar("SELECT tableowner FROM pg_tables WHERE tablename = 'annotations'").value_or(QString()) != m_blindDesk.alice);
        // Neither can a coder switch the policies off for the session or the table.
        QVERIFY(!alice.run("ALTER TABLE annotations DISABLE ROW LEVEL SECURITY"));
        QCOMPARE(alice.errorSqlState(), QByteArray("42501"));
        QVERIFY(alice.run("SET row_security = off"));
        QVERIFY(!alice.run("SELECT count(*) FROM annotations"));
        QVERIFY2(alice.errorMessage().contains(QStringLiteral("row-level security")), qPrintable(alice.errorMessage()));
    }

    void blindCoderReadsOnlyOwnRows()
    {
        Connection alice, bob, carol;
        QVERIFY(open(*m_blind, alice, m_blindDesk.alice));
        QVERIFY(open(*m_blind, bob, m_blindDesk.bob));
        QVERIFY(open(*m_blind, carol, m_blindDesk.carol));
        const qint64 article = addArticle(alice);
        QVERIFY(article > 0);
        const qint64 aliceRow = alice.exec(insertAnnotation, Params().add(article).add(QStringLiteral("alice's"))).int64(0, 0);
        const qint64 bobRow = bob.exec(insertAnnotation, Params().add(article).add(QStringLiteral("bob's"))).int64(0, 0);
        QVERIFY(aliceRow > 0 && bobRow > 0);
        // Each row carries its coder's role, filled in by the server.
        QCOMPARE(alice.scalar("SELECT coder_role FROM annotations WHERE id = $1", Params().add(aliceRow)).value_or(QString()), m_blindDesk.alice);

        // Alice sees her row only: by listing, by id, by search, by counting.
        QCOMPARE(alice.scalar("SELECT string_agg(note, ',') FROM annotations").value_or(QString()), QStringLiteral("alice's"));
        QCOMPARE(alice.exec("SELECT * FROM annotations WHERE id = $1", Params().add(bobRow)).rowCount(), 0);
        QCOMPARE(alice.scalar("SELECT count(*) FROM annotations WHERE note_search @@ plainto_tsquery('parlance_text', 'bob')").value_or(QString()),
                 QStringLiteral("0"));
        QCOMPARE(bob.scalar("SELECT string_agg(note, ',') FROM annotations").value_or(QString()), QStringLiteral("bob's"));
        // The curator sees everyone's.
        QCOMPARE(carol.scalar("SELECT string_agg(note, ',' ORDER BY id) FROM annotations").value_or(QString()), QStringLiteral("alice's,bob's"));

        // Bob can change neither Alice's row nor its owner: the UPDATE finds no row, the DELETE neither.
        QCOMPARE(bob.exec("UPDATE annotations SET note = 'changed by bob' WHERE id = $1", Params().add(aliceRow)).affectedRows(), qint64(0));
        QCOMPARE(bob.exec("DELETE FROM annotations WHERE id = $1", Params().add(aliceRow)).affectedRows(), qint64(0));
        QCOMPARE(carol.scalar("SELECT note FROM annotations WHERE id = $1", Params().add(aliceRow)).value_or(QString()), QStringLiteral("alice's"));
        // Nor can he write a row in her name, or hand his own to her.
        QVERIFY(!bob.run("INSERT INTO annotations (article_id, span_start, span_end, kind, origin, quote_kind, commitment_type, coder_role) "
                         "VALUES ($1, 0, 1, 'quote', 'manual', 'direct', 'none', $2)",
                         Params().add(article).add(m_blindDesk.alice)));
        QCOMPARE(bob.errorSqlState(), QByteArray("42501"));
        QVERIFY2(bob.errorMessage().contains(QStringLiteral("row-level security")), qPrintable(bob.errorMessage()));
        QVERIFY(!bob.run("UPDATE annotations SET coder_role = $1 WHERE id = $2", Params().add(m_blindDesk.alice).add(bobRow)));
        QCOMPARE(bob.errorSqlState(), QByteArray("42501"));
        // His own row he changes.
        QCOMPARE(bob.exec("UPDATE annotations SET note = 'bob again' WHERE id = $1", Params().add(bobRow)).affectedRows(), qint64(1));
        // The curator changes anyone's (curation).
        QCOMPARE(carol.exec("UPDATE annotations SET note = 'curated' WHERE id = $1", Params().add(aliceRow)).affectedRows(), qint64(1));
        QCOMPARE(alice.scalar("SELECT note FROM annotations WHERE id = $1", Params().add(aliceRow)).value_or(QString()), QStringLiteral("curated"));
        // Shared tables (articles, actors, the codebook) are everyone's.
        QCOMPARE(bob.scalar("SELECT count(*) FROM articles").value_or(QString()), QStringLiteral("1"));
    }

    void openProjectCodersReadAllChangeOwn()
    {
        Connection alice, bob;
        QVERIFY(open(*m_open, alice, m_openDesk.alice));
        QVERIFY(open(*m_open, bob, m_openDesk.bob));
        const qint64 article = addArticle(alice);
        const qint64 aliceRow = alice.exec(insertAnnotation, Params().add(article).add(QStringLiteral("alice's"))).int64(0, 0);
        QVERIFY(bob.run(insertAnnotation, Params().add(article).add(QStringLiteral("bob's"))));
        QCOMPARE(alice.scalar("SELECT string_agg(note, ',' ORDER BY id) FROM annotations").value_or(QString()), QStringLiteral("alice's,bob's"));
        QCOMPARE(bob.exec("UPDATE annotations SET note = 'changed by bob' WHERE id = $1", Params().add(aliceRow)).affectedRows(), qint64(0));
        QCOMPARE(bob.scalar("SELECT note FROM annotations WHERE id = $1", Params().add(aliceRow)).value_or(QString()), QStringLiteral("alice's"));
    }

    void roleOutsideTheDeskHasNoAccess()
    {
        const QString stranger = m_blind->createRole(QStringLiteral("stranger"));
        Connection c;
        QVERIFY(open(*m_blind, c, stranger));
        QVERIFY(!c.run("SELECT count(*) FROM parlance.annotations"));
        QCOMPARE(c.errorSqlState(), QByteArray("42501"));
        QVERIFY2(c.errorMessage().contains(QStringLiteral("permission denied for schema")), qPrintable(c.errorMessage()));
        // Through the search_path the tables are not even found.
        QVERIFY(!c.run("SELECT count(*) FROM annotations"));
        QCOMPARE(c.errorSqlState(), QByteArray("42P01"));
    }

private:
    static bool open(Test::PgTestDatabase &db, Connection &c, const QString &role)
    {
        return c.open(db.connectionString(role)) && Schema::use(c);
    }
    static qint64 addArticle(Connection &c)
    {
        const Result r = c.exec("INSERT INTO articles (content_hash, imported_at) VALUES ('h', now()) RETURNING id");
        return r.ok() ? r.int64(0, 0) : -1;
    }

    std::unique_ptr<Test::PgTestDatabase> m_blind;
    std::unique_ptr<Test::PgTestDatabase> m_open;
    Test::PgTestDatabase::Desk m_blindDesk;
    Test::PgTestDatabase::Desk m_openDesk;
};

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
