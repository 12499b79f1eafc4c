// SPDX-License-Identifier: GPL-2.0-or-later
// A helper process for the storage tests (not a test itself).
//
//   crashwriter write PROJECT    adds annotations to the first article until killed, printing
//                                "ack ID" on stdout after each commit has returned
//   crashwriter hold PROJECT     opens the project for writing, prints "ready", waits for stdin to close
//   crashwriter hotjournal PROJECT  changes every article's text in one transaction through plain
//                                SQLite with a rollback journal and a tiny cache, so that changed
//                                pages reach the file before commit; prints "spilled" and waits
//                                to be killed (leaving a hot journal)
//   crashwriter fixture PATH N   writes a project of schema version N with sample rows (the fixtures
//                                of earlier versions in tests/data/storage/ were made with this)
//   crashwriter import PROJECT FILE...  runs `parlance import` (its output: "imported FILE: …" after
//                                each batch is committed)
//   crashwriter backup PROJECT   makes backups until killed, printing "backup PATH" after each
//   crashwriter serve PROJECT    opens the project, adds one annotation, prints "ready" and runs an
//                                event loop with CloseOnSignal, as the window does
#include "cli/importcommand.h"
#include "storage/closeonsignal.h"
#include "storage/identity.h"
#include "storage/project.h"
#include "storage/projectwriter.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

int write(const QString &path)
{
    Storage::Error error;
    auto project = Storage::Project::open(path, {}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const QList<Storage::ArticleSummary> articles = project->articles();
    if (articles.isEmpty())
        return 1;
    const qint64 articleId = articles.first().id;
    const int length = int(project->article(articleId)->text.size());
    QRandomGenerator random{quint32(QCoreApplication::applicationPid())}; // braces: clang reads parentheses as a function declaration
    for (int i = 0;; ++i) {
        Model::Annotation a;
        a.articleId = articleId;
        const int start = int(random.bounded(length - 10));
        a.span = {start, start + 1 + int(random.bounded(9))};
        a.kind = Model::AnnotationKind::Quote;
        a.note = u"note number %1"_s.arg(i);
        if (!Storage::ProjectWriter(*project).addAnnotation(a, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        std::printf("ack %lld\n", static_cast<long long>(a.id));
        std::fflush(stdout);
        // Every few commits, change one too, so that kills also land in updates of the note index.
        if (i % 5 == 4) {
            a.note = u"changed note %1"_s.arg(i);
            Storage::ProjectWriter(*project).updateAnnotation(a);
        }
    }
}

int hold(const QString &path)
{
    Storage::Error error;
    auto project = Storage::Project::open(path, {}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    return 0;
}

int hotJournal(const QString &path)
{
    Storage::Sqlite::Database db;
    if (!db.open(path, Storage::Sqlite::Database::Mode::ReadWrite)
        || !db.exec("PRAGMA journal_mode=DELETE; PRAGMA cache_size=2; PRAGMA cache_spill=ON; BEGIN IMMEDIATE;"
                    "UPDATE article_texts SET text = upper(text);")) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    std::printf("spilled\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    return 0;
}

int fixture(const QString &path, int version)
{
    QFile::remove(path);
    Storage::Sqlite::Database db;
    if (!db.open(path, Storage::Sqlite::Database::Mode::ReadWriteCreate) || !Storage::Schema::create(db, version)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    // Rows in the layout of version 1; version 2 only added an index, version 3 counts (set below),
    // version 4 identities (set below) and version 5 an index (see schema.cpp).
    const QByteArray rows = R"sql(
BEGIN;
INSERT INTO articles (id, title, outlet, author, url, published, language, content_hash, imported_at)
    VALUES (1, 'Fixture article', 'Fixture Times', 'A. Author', 'https://example.org/f', '2025-02-03', 'en',
            '34b2f11ea5c6764fde79b0820f2fa723b3262e76b2cc5b92fe4651162df6ec46', '2025-02-03T10:00:00.000Z');
INSERT INTO article_texts (article_id, text) VALUES (1, 'Fixture article

The delegate said the fund would grow, and promised a review by spring.');
INSERT INTO article_fts (rowid, text) SELECT article_id, text FROM article_texts;
INSERT INTO actors (id, canonical_name, name_key, type, role) VALUES (1, 'The Delegate', 'the delegate', 'person', 'delegate');
INSERT INTO actor_aliases (actor_id, position, alias, name_key) VALUES (1, 0, 'Delegate', 'delegate');
INSERT INTO categories (id, name, color, shortcut, description) VALUES (1, 'Money', '#00aa00', '1', 'Funding');
INSERT INTO coders (name) VALUES ('fixture');
INSERT INTO annotations (id, article_id, span_start, span_end, exact, prefix, suffix, kind, origin, actor_id,
    addressee_id, quote_kind, content_parts, commitment_type, strength, negated, category_id, note, coder, created, modified)
    VALUES (1, 1, 60, 87, 'promised a review by spring', 'e said the fund would grow, and ', '.', 'commitment', 'manual',
            1, NULL, 'direct', '[]', 'promise', 0.75, 0, 1, 'A fixture note', 'fixture',
            '2025-02-03T10:05:00.000Z', '2025-02-03T10:06:00.000Z');
INSERT INTO note_fts (rowid, note) VALUES (1, 'A fixture note');
INSERT INTO comparison_sets (id, name) VALUES (1, 'Fixture set');
INSERT INTO comparison_set_members (set_id, position, article_id) VALUES (1, 0, 1);
INSERT INTO settings (key, type, value) VALUES ('coder/current', 'string', 'fixture');
COMMIT;
)sql";
    if (!db.exec(rows)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    // Version 3 keeps each article's counts up to date (schema.cpp); the rows above do not. Versions up
    // to 3 were made before the rename and carry the former name's id (the migration test expects
    // that); later ones never did.
    const QByteArray counts = "UPDATE articles SET quote_count = 0, commitment_count = 1, annotation_count = 1 WHERE id = 1";
    const bool madeBeforeRename = version <= 3;
    // From version 4 on, every row has its identity and actors and categories a change time.
    QByteArray identities;
    for (const char *table : {"articles", "actors", "categories", "annotations", "coders", "comparison_sets"})
        identities += QByteArray("UPDATE ") + table + " SET uuid = '" + Storage::Identity::newUuid().toLatin1() + "';";
    identities += "UPDATE actors SET modified = '2025-02-03T10:06:00.000Z'; UPDATE categories SET modified = '2025-02-03T10:06:00.000Z';";
    if ((version >= 3 && !db.exec(counts)) || (version >= 4 && !db.exec(identities))
        || (madeBeforeRename && !db.exec("PRAGMA application_id=" + QByteArray::number(Storage::Schema::legacyApplicationId)))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    return 0;
}

int import(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli::runImport(arguments, {out, err});
}

int backup(const QString &path)
{
    Storage::Error error;
    auto project = Storage::Project::open(path, {}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    for (;;) {
        if (!Storage::ProjectWriter(*project).backupNow(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        std::printf("backup %s\n", qPrintable(Storage::Project::backupsFor(path).value(0)));
        std::fflush(stdout);
    }
}

int serve(const QString &path)
{
    Storage::CloseOnSignal closeOnSignal;
    Storage::Error error;
    auto project = Storage::Project::open(path, {}, &error);
    if (!project || project->articles().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    Model::Annotation a;
    a.articleId = project->articles().first().id;
    a.span = {0, 3};
    if (!Storage::ProjectWriter(*project).addAnnotation(a, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    const int status = QCoreApplication::exec();
    project.reset(); // closed as the window closes it
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // like the tests that run it
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"write"_s && args.size() == 3)
        return write(args.at(2));
    if (mode == u"hold"_s && args.size() == 3)
        return hold(args.at(2));
    if (mode == u"hotjournal"_s && args.size() == 3)
        return hotJournal(args.at(2));
    if (mode == u"fixture"_s && args.size() == 4)
        return fixture(args.at(2), args.at(3).toInt());
    if (mode == u"import"_s && args.size() >= 4)
        return import(args.mid(2));
    if (mode == u"backup"_s && args.size() == 3)
        return backup(args.at(2));
    if (mode == u"serve"_s && args.size() == 3)
        return serve(args.at(2));
    std::fprintf(stderr, "usage: crashwriter write|hold|hotjournal PROJECT | fixture PATH VERSION\n");
    return 2;
}
