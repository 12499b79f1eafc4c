// SPDX-License-Identifier: GPL-2.0-or-later
// The project schema on PostgreSQL: built from resources/postgres/schema-7.sql, the version in
// parlance_meta in step with the file's, the catalog exactly resources/postgres/catalog-7.txt (and
// every kind of tampering noticed), full-text search with accents folded, ON CONFLICT.

#include "pgtestdatabase.h"

#include "storage/postgres/pg.h"
#include "storage/postgres/pgschema.h"
#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

using namespace Parlance;
using namespace Parlance::Storage::Postgres;

class TestPgSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Test::PgTestDatabase>();
        PARLANCE_PG_REQUIRE(*m_db);
        m_desk = m_db->createDesk(false);
        PARLANCE_PG_REQUIRE(*m_db);
    }
    void cleanupTestCase() { m_db.reset(); }

    void versionInStepWithTheFile()
    {
        QCOMPARE(Schema::currentVersion(), Storage::Schema::currentVersion());
        QCOMPARE(Schema::currentVersion(), 7);
        Connection c;
        QVERIFY(open(c, m_desk.alice));
        QString why;
        QCOMPARE(Schema::version(c, &why), std::optional<int>(7));
        QCOMPARE(Schema::meta(c, QStringLiteral("application")), QStringLiteral("parlance"));
        QCOMPARE(Schema::meta(c, QStringLiteral("blind")), QStringLiteral("false"));
        QCOMPARE(Schema::meta(c, QStringLiteral("curator_role")), m_desk.curators);
        // Nothing to migrate at the current version; a coder may run the (empty) migration.
        QVERIFY2(Schema::migrate(c, 7), qPrintable(c.errorMessage()));
        // The coder is not the owner of the tables, so row-level security applies to them.
        QCOMPARE(c.scalar("SELECT tableowner FROM pg_tables WHERE schemaname = 'parlance' AND tablename = 'annotations'").value_or(QString()),
                 m_desk.owner);
        // Only the owner may change parlance_meta (a coder cannot switch blindness off).
        QVERIFY(!c.run("UPDATE parlance_meta SET value = 'false' WHERE key = 'blind'"));
        QCOMPARE(c.errorSqlState(), QByteArray("42501")); // insufficient privilege
    }

    void noProjectIsNoVersion()
    {
        Connection c;
        QVERIFY(c.open(m_db->connectionString()));
        QVERIFY(c.run("CREATE SCHEMA other"));
        QVERIFY(Schema::use(c, QStringLiteral("other")));
        QString why;
        QCOMPARE(Schema::version(c, &why), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("holds no Parlance project")), qPrintable(why));
        QVERIFY(Schema::use(c, QStringLiteral("does_not_exist")));
        QCOMPARE(Schema::version(c, &why), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("no schema")), qPrintable(why));
        QVERIFY(c.run("CREATE TABLE other.parlance_meta (key text, value text); INSERT INTO other.parlance_meta VALUES ('application', 'else')"));
        QVERIFY(Schema::use(c, QStringLiteral("other")));
        QCOMPARE(Schema::version(c, &why), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("something other")), qPrintable(why));
    }

    void catalogIsTheReference()
    {
        Connection c;
        QVERIFY(open(c, m_desk.alice));
        bool ok = false;
        const QStringList actual = Schema::catalog(c, &ok);
        QVERIFY2(ok, qPrintable(actual.join(QLatin1Char('\n'))));
        // Left for people (and for updating the reference after a schema step) to look at.
        QFile out(QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/catalog-%1.txt").arg(Schema::currentVersion()));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.join(QLatin1Char('\n')).toUtf8() + '\n');
        out.close();
        const QString difference = Schema::verify(c, Schema::currentVersion());
        QVERIFY2(difference.isEmpty(), qPrintable(difference + QStringLiteral(" (the catalog is in ") + out.fileName() + u')'));
        // Every table of the file's schema, with its columns, is in the catalog.
        for (const char *line : {"column annotations.negated boolean not null default false",
                                 "column articles.id bigint not null identity always",
                                 "column annotations.coder_role text not null default CURRENT_USER",
                                 "table annotations kind=r rls=true force=false"})
            QVERIFY2(actual.contains(QString::fromLatin1(line)), line);
        QCOMPARE(Schema::tables().size(), 14);
        for (const Schema::Table &t : Schema::tables())
            QVERIFY2(actual.contains(QStringLiteral("table %1 kind=r rls=%2 force=false").arg(t.name, t.name == u"annotations" ? u"true" : u"false")),
                     qPrintable(t.name));
        QVERIFY(!Schema::verify(c, 99).isEmpty());
    }

    void verifyNoticesTampering_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("foreign table") << QByteArray("CREATE TABLE extra (x int)")
                                       << QStringLiteral("it contains a table \u201cextra\u201d that Parlance did not create");
        QTest::newRow("foreign function") << QByteArray("CREATE FUNCTION evil() RETURNS int LANGUAGE sql AS 'SELECT 1'")
                                          << QStringLiteral("it contains a function \u201cevil()\u201d that Parlance did not create");
        QTest::newRow("altered function")
            << QByteArray("CREATE OR REPLACE FUNCTION parlance_is_curator() RETURNS boolean LANGUAGE sql STABLE SET search_path FROM CURRENT AS 'SELECT true'")
            << QStringLiteral("the function \u201cparlance_is_curator()\u201d has been altered");
        QTest::newRow("foreign trigger")
            << QByteArray("CREATE TRIGGER extra AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION parlance_annotation_version()")
            << QStringLiteral("it contains a trigger \u201carticles.extra\u201d that Parlance did not create");
        QTest::newRow("altered column") << QByteArray("ALTER TABLE annotations ALTER COLUMN coder_role DROP DEFAULT")
                                        << QStringLiteral("the column \u201cannotations.coder_role\u201d has been altered");
        QTest::newRow("missing index") << QByteArray("DROP INDEX annotations_note_search")
                                       << QStringLiteral("the index \u201cannotations_note_search\u201d is missing");
        QTest::newRow("security off") << QByteArray("ALTER TABLE annotations DISABLE ROW LEVEL SECURITY")
                                      << QStringLiteral("the table \u201cannotations\u201d has been altered");
        QTest::newRow("policy dropped") << QByteArray("DROP POLICY annotations_read ON annotations")
                                        << QStringLiteral("the policy \u201cannotations.annotations_read\u201d is missing");
        QTest::newRow("trigger disabled") << QByteArray("ALTER TABLE annotations DISABLE TRIGGER annotations_version")
                                          << QStringLiteral("the trigger \u201cannotations.annotations_version\u201d has been altered");
    }
    void verifyNoticesTampering()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        Connection c;
        QVERIFY(open(c, m_desk.owner));
        Transaction t(c); // rolled back: each row tampers with a pristine schema
        QVERIFY2(c.run(sql), qPrintable(c.errorMessage()));
        QCOMPARE(Schema::verify(c, Schema::currentVersion()), expected);
    }

    void fullTextSearchFoldsCaseAndAccents()
    {
        Connection c;
        QVERIFY(open(c, m_desk.alice));
        const Result a = c.exec("INSERT INTO articles (content_hash, imported_at, title) VALUES ('h1', now(), 'Résumé') RETURNING id");
        QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
        const qint64 id = a.int64(0, 0);
        QVERIFY(c.run("INSERT INTO article_texts (article_id, text) VALUES ($1, $2)",
                      Params().add(id).add(QStringLiteral("Le Ministre a présenté son RÉSUMÉ des négociations à Genève."))));
        const Result hit = c.exec("SELECT article_id, ts_headline('parlance_text', text, q, 'StartSel=[, StopSel=]') "
                                  "FROM article_texts, plainto_tsquery('parlance_text', $1) q WHERE text_search @@ q",
                                  Params().add(QStringLiteral("resume geneve")));
        QVERIFY2(hit.ok(), qPrintable(hit.errorMessage()));
        QCOMPARE(hit.rowCount(), 1);
        QCOMPARE(hit.int64(0, 0), id);
        QVERIFY2(hit.text(0, 1).contains(QStringLiteral("[RÉSUMÉ]")), qPrintable(hit.text(0, 1)));
        QVERIFY2(hit.text(0, 1).contains(QStringLiteral("[Genève]")), qPrintable(hit.text(0, 1)));
        // No stemming, as with SQLite's unicode61 tokenizer: "negociation" does not find "négociations".
        QCOMPARE(c.scalar("SELECT count(*) FROM article_texts WHERE text_search @@ plainto_tsquery('parlance_text', 'negociation')")
                     .value_or(QString()),
                 QStringLiteral("0"));
        // The index is used for searching (checked on the plan, with sequential scans off).
        QVERIFY(c.run("SET enable_seqscan = off"));
        const Result plan = c.exec("EXPLAIN SELECT article_id FROM article_texts WHERE text_search @@ plainto_tsquery('parlance_text', 'x')");
        QStringList lines;
        for (int r = 0; r < plan.rowCount(); ++r)
            lines << plan.text(r, 0);
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("article_texts_search")), qPrintable(lines.join(QLatin1Char('\n'))));
        // Notes of annotations are searchable the same way.
        QVERIFY(c.run("INSERT INTO annotations (article_id, span_start, span_end, kind, origin, quote_kind, commitment_type, note) "
                      "VALUES ($1, 0, 5, 'quote', 'manual', 'direct', 'none', 'Vérifier la citation')", Params().add(id)));
        QCOMPARE(c.scalar("SELECT count(*) FROM annotations WHERE note_search @@ plainto_tsquery('parlance_text', 'verifier')").value_or(QString()),
                 QStringLiteral("1"));
    }

    void onConflictReplacesASetting()
    {
        Connection c;
        QVERIFY(open(c, m_desk.alice));
        const QByteArray upsert = "INSERT INTO settings (key, type, value) VALUES ($1, $2, $3) "
                                  "ON CONFLICT (key) DO UPDATE SET type = excluded.type, value = excluded.value";
        QVERIFY2(c.run(upsert, Params().add(QStringLiteral("coder/current")).add(QStringLiteral("string")).add(QStringLiteral("alice"))),
                 qPrintable(c.errorMessage()));
        QVERIFY(c.run(upsert, Params().add(QStringLiteral("coder/current")).add(QStringLiteral("string")).add(QStringLiteral("bob"))));
        QCOMPARE(c.scalar("SELECT string_agg(value, ',') FROM settings WHERE key = 'coder/current'").value_or(QString()), QStringLiteral("bob"));
        // Foreign keys are always on: an annotation of no article is refused.
        QVERIFY(!c.run("INSERT INTO annotations (article_id, span_start, span_end, kind, origin, quote_kind, commitment_type) "
                       "VALUES (999999, 0, 1, 'quote', 'manual', 'direct', 'none')"));
        QCOMPARE(c.errorSqlState(), QByteArray("23503"));
        // Identity columns are the server's to fill.
        QVERIFY(!c.run("INSERT INTO categories (id, name) VALUES (5, 'x')"));
        QCOMPARE(c.errorSqlState(), QByteArray("428C9"));
    }

private:
    bool open(Connection &c, const QString &role)
    {
        return c.open(m_db->connectionString(role)) && Schema::use(c);
    }

    std::unique_ptr<Test::PgTestDatabase> m_db;
    Test::PgTestDatabase::Desk m_desk;
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
