// SPDX-License-Identifier: GPL-2.0-or-later
// `parlance push` and `pull`: a project file with a row in every table (and values that test the
// conversions: tabs, backslashes, NULLs, doubles, booleans, blobs, timestamps) goes to the server
// and comes back as a file equal to it row for row (tests/support/projectstate.h, the whole-project
// comparison of the storage tests). Non-empty targets are refused and left as they were.

#include "pgtestdatabase.h"
#include "projectstate.h"

#include "cli/commandline.h"
#include "storage/postgres/pg.h"
#include "storage/postgres/pgschema.h"
#include "storage/postgres/transfer.h"
#include "storage/project.h"
#include "storage/projectwriter.h"
#include "storage/sqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Parlance;
using namespace Parlance::Storage::Postgres;
using namespace Qt::StringLiterals;

class TestPgTransfer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Test::PgTestDatabase>();
        PARLANCE_PG_REQUIRE(*m_db);
        m_desk = m_db->createDesk(false);
        PARLANCE_PG_REQUIRE(*m_db);
        m_file = makeRichProject(QStringLiteral("rich.parlance"));
        QVERIFY(!m_file.isEmpty());
    }
    void cleanupTestCase() { m_db.reset(); }

    void everyTableHasRows()
    {
        // The comparison below is only worth something if every table has something to compare.
        const QStringList state = Test::projectState(m_file);
        for (const Schema::Table &t : Schema::tables())
            QVERIFY2(!state.filter(QRegularExpression(u"^"_s + t.name + u": "_s)).isEmpty(), qPrintable(t.name));
    }

    void pushThenPullIsTheSameProject()
    {
        Connection owner;
        QVERIFY(owner.open(m_db->connectionString(m_desk.owner)));
        Schema::Options options;
        options.coderRole = m_desk.coders;
        options.curatorRole = m_desk.curators;
        QString error;
        Transfer::RowCounts pushed;
        QVERIFY2(Transfer::push(m_file, owner, options, &error, &pushed), qPrintable(error)); // the empty "parlance" of the desk
        QCOMPARE(pushed.size(), Schema::tables().size());
        QCOMPARE(pushed.first().first, QStringLiteral("articles"));
        QVERIFY(pushed.first().second >= 2);

        // On the server: the annotation of the coder named like a role belongs to that role.
        QVERIFY(Schema::use(owner));
        QCOMPARE(owner.scalar("SELECT coder_role FROM annotations WHERE coder = $1", Params().add(m_desk.alice)).value_or(QString()), m_desk.alice);
        QCOMPARE(owner.scalar("SELECT count(*) FROM annotations WHERE coder_role = $1", Params().add(m_desk.owner)).value_or(QString()),
                 QStringLiteral("2"));
        // The identities continue after the file's highest id, deleted ones included (ids are never reused).
        const Result next = owner.exec("INSERT INTO categories (name) VALUES ('new on the server') RETURNING id");
        QVERIFY2(next.ok(), qPrintable(next.errorMessage()));
        QCOMPARE(next.int64(0, 0), qint64(11));
        QVERIFY(owner.run("DELETE FROM categories WHERE id = 11"));
        // Full-text search on the server finds the pushed text, accents folded.
        QCOMPARE(owner.scalar("SELECT count(*) FROM article_texts WHERE text_search @@ plainto_tsquery('parlance_text', 'geneve')").value_or(QString()),
                 QStringLiteral("1"));

        const QString pulledPath = m_dir.filePath(QStringLiteral("pulled.parlance"));
        Transfer::RowCounts pulled;
        QVERIFY2(Transfer::pull(owner, QStringLiteral("parlance"), pulledPath, &error, &pulled), qPrintable(error));
        QCOMPARE(pulled, pushed);
        const QStringList before = Test::projectState(m_file);
        const QStringList after = Test::projectState(pulledPath);
        if (before != after) {
            for (qsizetype i = 0; i < qMax(before.size(), after.size()); ++i) {
                if (before.value(i) != after.value(i)) {
                    qWarning().noquote() << "first difference, file:  " << before.value(i) << "\n                 pulled: " << after.value(i);
                    break;
                }
            }
        }
        QCOMPARE(after, before);
        // Nothing is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({u"pulled.parlance*"_s}, QDir::Files), QStringList{u"pulled.parlance"_s});

        // The pulled file opens, and its search index was rebuilt from the copied texts and notes.
        Storage::Error openError;
        auto project = Storage::Project::open(pulledPath, {.readOnly = true, .createIfMissing = false}, &openError);
        QVERIFY2(project, qPrintable(openError.message()));
        project.reset();
        Storage::Sqlite::Database file;
        QVERIFY(file.open(pulledPath, Storage::Sqlite::Database::Mode::ReadOnly));
        QCOMPARE(file.scalar("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'geneve'").toInt(), 1);
        QCOMPARE(file.scalar("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'backslash'").toInt(), 1);
        // The file continues the ids too.
        QCOMPARE(file.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'categories'").toInt(), 11);
    }

    void nonEmptyTargetsAreRefused()
    {
        Connection owner;
        QVERIFY(owner.open(m_db->connectionString(m_desk.owner)));
        Schema::Options options;
        options.schema = QStringLiteral("twice");
        options.coderRole = m_desk.coders;
        options.curatorRole = m_desk.curators;
        QString error;
        QVERIFY2(Transfer::push(m_file, owner, options, &error), qPrintable(error)); // made anew
        QVERIFY(Schema::use(owner, options.schema));
        const QString countBefore = owner.scalar("SELECT count(*) FROM annotations").value_or(QString());
        QVERIFY(!Transfer::push(m_file, owner, options, &error));
        QVERIFY2(error.contains(QStringLiteral("is not empty")), qPrintable(error));
        QVERIFY(Schema::use(owner, options.schema));
        QCOMPARE(owner.scalar("SELECT count(*) FROM annotations").value_or(QString()), countBefore);

        // A pull never replaces a file.
        const QString existing = m_dir.filePath(QStringLiteral("existing.parlance"));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        QVERIFY(!Transfer::pull(owner, options.schema, existing, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void refusesWhatIsNotAProject()
    {
        Connection owner;
        QVERIFY(owner.open(m_db->connectionString(m_desk.owner)));
        QString error;
        // An old file is to be upgraded first.
        const QString old = m_dir.filePath(QStringLiteral("old.parlance"));
        QVERIFY(QFile::copy(QStringLiteral(PARLANCE_TEST_DATA_DIR "/storage/project-v6.parley"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        Schema::Options options;
        options.schema = QStringLiteral("old");
        options.coderRole = m_desk.coders;
        options.curatorRole = m_desk.curators;
        QVERIFY(!Transfer::push(old, owner, options, &error));
        QVERIFY2(error.contains(QStringLiteral("is at schema version 6; open it once in this Parlance")), qPrintable(error));
        QCOMPARE(owner.scalar("SELECT to_regnamespace('old') IS NULL").value_or(QString()), QStringLiteral("t")); // nothing made
        // Group roles that do not exist are named, with what to do.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.parlance"));
        QVERIFY(Storage::Project::open(fresh, {.readOnly = false, .createIfMissing = true}, nullptr));
        options.coderRole = u"no_such_group_role"_s;
        QVERIFY(!Transfer::push(fresh, owner, options, &error));
        QVERIFY2(error.contains(u"role \"no_such_group_role\" does not exist"_s) && error.contains(u"--coders"_s), qPrintable(error));
        QCOMPARE(owner.scalar("SELECT to_regnamespace('old') IS NULL").value_or(QString()), QStringLiteral("t")); // rolled back
        // Not a project at all.
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just text\n");
        f.close();
        QVERIFY(!Transfer::push(text, owner, options, &error));
        QVERIFY2(error.contains(QStringLiteral("not a Parlance project")), qPrintable(error));
        // A server schema that was tampered with is not pulled.
        QVERIFY(owner.run("CREATE SCHEMA tampered"));
        QVERIFY(owner.run("CREATE TABLE tampered.parlance_meta (key text PRIMARY KEY, value text NOT NULL)"));
        QVERIFY(owner.run("INSERT INTO tampered.parlance_meta VALUES ('application', 'parlance'), ('schema_version', '7')"));
        QVERIFY(!Transfer::pull(owner, QStringLiteral("tampered"), m_dir.filePath(QStringLiteral("t.parlance")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not have Parlance's schema")), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("t.parlance"))));
    }

    void commandLine()
    {
        const QString url = m_db->connectionString(m_desk.owner);
        const QString copy = m_dir.filePath(QStringLiteral("cli.parlance"));
        QString out, err;
        {
            QTextStream o(&out), e(&err);
            QCOMPARE(Cli::run({u"parlance"_s, u"push"_s, m_file, url, u"--schema"_s, u"cli"_s, u"--coders"_s, m_desk.coders,
                               u"--curators"_s, m_desk.curators, u"--blind"_s},
                              {o, e}),
                     0);
        }
        QVERIFY2(out.startsWith(u"pushed "_s), qPrintable(out + err));
        QVERIFY2(out.contains(u"2 articles"_s), qPrintable(out));
        out.clear();
        {
            QTextStream o(&out), e(&err);
            QCOMPARE(Cli::run({u"parlance"_s, u"pull"_s, url, copy, u"--schema"_s, u"cli"_s}, {o, e}), 0);
        }
        QVERIFY2(out.startsWith(u"pulled "_s), qPrintable(out + err));
        QCOMPARE(Test::projectState(copy), Test::projectState(m_file));
        // The blind flag went to the server.
        Connection c;
        QVERIFY(c.open(url) && Schema::use(c, u"cli"_s));
        QCOMPARE(Schema::meta(c, u"blind"_s), u"true"_s);

        out.clear();
        err.clear();
        {
            QTextStream o(&out), e(&err);
            QCOMPARE(Cli::run({u"parlance"_s, u"push"_s, m_file}, {o, e}), 2);
            QCOMPARE(Cli::run({u"parlance"_s, u"pull"_s, u"host=/nonexistent-parlance dbname=x connect_timeout=2"_s, copy + u"2"_s}, {o, e}), 1);
        }
        QVERIFY2(err.contains(u"usage: parlance push FILE URL"_s), qPrintable(err));
        QVERIFY2(err.contains(u"cannot connect"_s), qPrintable(err));
        QVERIFY(!QFile::exists(copy + u"2"_s));
    }

private:
    // The v6 fixture, upgraded by opening it, then a row in every table written directly.
    QString makeRichProject(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::copy(QStringLiteral(PARLANCE_TEST_DATA_DIR "/storage/project-v6.parley"), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            Storage::Error error;
            auto project = Storage::Project::open(path, {}, &error);
            if (!project) {
                qWarning() << error.message();
                return {};
            }
            if (!Storage::ProjectWriter(*project).setSetting(u"window/zoom"_s, 1.1) || !Storage::ProjectWriter(*project).setSetting(u"window/count"_s, 42)
                || !Storage::ProjectWriter(*project).setSetting(u"window/flag"_s, true) || !Storage::ProjectWriter(*project).setSetting(u"window/blob"_s, QByteArray("\x00\x01\xff", 3))
                || !Storage::ProjectWriter(*project).setSetting(u"window/list"_s, QStringList{u"a\tb"_s, u"c\\d"_s})
                || !Storage::ProjectWriter(*project).setSetting(u"window/when"_s, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::UTC)))
                return {};
        }
        Storage::Sqlite::Database db;
        if (!db.open(path, Storage::Sqlite::Database::Mode::ReadWrite))
            return {};
        const QByteArray sql = R"sql(
BEGIN;
INSERT INTO articles (title, outlet, published, content_hash, imported_at, uuid, quote_count)
    VALUES ('Genève talks — "day 2"', 'Le Temps', NULL, 'hash2', '2026-03-04T05:06:07.089Z', 'a2', 3);
INSERT INTO article_texts (article_id, text) VALUES (last_insert_rowid(), 'Les négociations de Genève:
	tab, back\slash \N and a ''quote''.');
INSERT INTO actor_aliases (actor_id, position, alias, name_key) VALUES (1, 1, 'the Secretary', 'the secretary');
INSERT INTO coders (name, uuid) VALUES (')sql" + m_desk.alice.toUtf8() + R"sql(', 'c2');
INSERT INTO categories (name, color, uuid, modified) VALUES ('temporary', '#ff0000', 'k2', NULL);
UPDATE sqlite_sequence SET seq = 10 WHERE name = 'categories';
INSERT INTO annotations (article_id, span_start, span_end, exact, kind, origin, quote_kind, commitment_type, strength,
                         negated, note, coder, created, modified, uuid, confidence, source_kind, actor_id, category_id)
    VALUES (2, 4, 16, 'négociations', 'commitment', 'suggested', 'none', 'promise', 0.1, 1, 'a backslash \ note', ')sql"
            + m_desk.alice.toUtf8() + R"sql(', '2026-03-04T05:06:07.089Z', NULL, 'n2', 0.8765432109876543, 'named', 1, 1),
           (2, 0, 3, 'Les', 'quote', 'rejected', 'direct', 'none', NULL, 0, '', 'somebody', NULL, NULL, 'n3', NULL, 'none', NULL, NULL);
INSERT INTO comparison_set_members (set_id, position, article_id) VALUES (1, 1, 2);
INSERT INTO merge_conflicts (entity, uuid, field, kept_value, lost_value, kept_modified, lost_modified)
    VALUES ('actor', 'u1', 'role', 'kept', 'lost', '2026-01-01T00:00:00.000Z', NULL);
INSERT INTO merged_identities (entity, uuid, merged_into) VALUES ('actor', 'u9', 'u1');
INSERT INTO commitment_threads (label, coder, modified) VALUES ('ceasefire', 'fixture', '2026-02-02T02:02:02.200Z');
INSERT INTO commitment_thread_members (annotation_id, thread_id) VALUES (2, last_insert_rowid());
INSERT INTO article_fts(article_fts) VALUES('rebuild');
INSERT INTO note_fts(note_fts) VALUES('rebuild');
COMMIT;
)sql";
        if (!db.exec(sql)) {
            qWarning() << db.errorMessage();
            return {};
        }
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Test::PgTestDatabase> m_db;
    Test::PgTestDatabase::Desk m_desk;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestPgTransfer)
#include "tst_pgtransfer.moc"
