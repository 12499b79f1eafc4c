// SPDX-License-Identifier: GPL-2.0-or-later
#include "schema.h"

#include "sqlite.h"

#include <QList>

#include <algorithm>
#include <iterator>

namespace Parlance::Storage::Schema {

namespace {

// Each step brings the schema from the version before it to `version`. Creating a project runs
// every step from the first, so a new file and a migrated one have the same schema, text for text
// (verify() relies on that). Never edit a step that has shipped: add a new one.
struct Step {
    int version;
    const char *sql;
};

// A random (version 4) UUID in SQL, for filling in the identities of rows made before version 4.
#define PARLANCE_UUID_SQL                                                                                   \
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) " \
    "|| '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"

constexpr Step steps[] = {
    {1, R"sql(
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT,
    language TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
-- The texts apart from the metadata, so that listing articles does not page through them.
CREATE TABLE article_texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TABLE actors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    canonical_name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    type TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actors_name_key ON actors(name_key);
CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (actor_id, position)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_name_key ON actor_aliases(name_key);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '',
    shortcut TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE coders (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    origin TEXT NOT NULL,
    actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    addressee_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    quote_kind TEXT NOT NULL,
    content_parts TEXT NOT NULL DEFAULT '[]',
    cue_start INTEGER,
    cue_end INTEGER,
    source_start INTEGER,
    source_end INTEGER,
    commitment_type TEXT NOT NULL,
    strength REAL,
    negated INTEGER NOT NULL DEFAULT 0,
    condition_start INTEGER,
    condition_end INTEGER,
    time_start INTEGER,
    time_end INTEGER,
    category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    coder TEXT NOT NULL DEFAULT '',
    created TEXT,
    modified TEXT
);
CREATE INDEX annotations_article ON annotations(article_id, kind, origin);
CREATE INDEX annotations_actor ON annotations(actor_id);
CREATE INDEX annotations_addressee ON annotations(addressee_id);
CREATE INDEX annotations_category ON annotations(category_id);
CREATE TABLE comparison_sets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL DEFAULT ''
);
CREATE TABLE comparison_set_members (
    set_id INTEGER NOT NULL REFERENCES comparison_sets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, position)
) WITHOUT ROWID;
CREATE INDEX comparison_set_members_article ON comparison_set_members(article_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    value
) WITHOUT ROWID;
-- Full-text indexes with external content: the text is stored once, in article_texts and
-- annotations; Project keeps the indexes in step inside the same transactions (no triggers).
CREATE VIRTUAL TABLE article_fts USING fts5(text, content='article_texts', content_rowid='article_id',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE note_fts USING fts5(note, content='annotations', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
)sql"},
    // Version 2: finding an article by its text's hash, so that importing a file twice is noticed.
    {2, R"sql(
CREATE INDEX articles_content_hash ON articles(content_hash);
)sql"},
    // Version 3: each article's counts (not rejected), kept in step by Project in the same transactions,
    // so that listing 10,000 articles does not aggregate a million annotations.
    {3, R"sql(
ALTER TABLE articles ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN commitment_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN annotation_count INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET
    quote_count = (SELECT count(*) FROM annotations WHERE article_id = articles.id AND kind = 'quote' AND origin <> 'rejected'),
    commitment_count = (SELECT count(*) FROM annotations WHERE article_id = articles.id AND kind = 'commitment' AND origin <> 'rejected'),
    annotation_count = (SELECT count(*) FROM annotations WHERE article_id = articles.id AND origin <> 'rejected');
)sql"},
    // Version 4: identities for teams (issue 16). Copies of a project (one per coder) are merged by
    // these UUIDs, never by row ids, which differ between files; actors and categories record when
    // they last changed so that a merge keeps the newer; a merge records the conflicts it settled
    // and which identities it folded into which (so that merging again changes nothing).
    {4, R"sql(
ALTER TABLE articles ADD COLUMN uuid TEXT;
ALTER TABLE actors ADD COLUMN uuid TEXT;
ALTER TABLE actors ADD COLUMN modified TEXT;
ALTER TABLE categories ADD COLUMN uuid TEXT;
ALTER TABLE categories ADD COLUMN modified TEXT;
ALTER TABLE annotations ADD COLUMN uuid TEXT;
ALTER TABLE coders ADD COLUMN uuid TEXT;
ALTER TABLE comparison_sets ADD COLUMN uuid TEXT;
UPDATE articles SET uuid = )sql" PARLANCE_UUID_SQL R"sql(;
UPDATE actors SET uuid = )sql" PARLANCE_UUID_SQL R"sql(;
UPDATE categories SET uuid = )sql" PARLANCE_UUID_SQL R"sql(;
UPDATE annotations SET uuid = )sql" PARLANCE_UUID_SQL R"sql(;
UPDATE coders SET uuid = )sql" PARLANCE_UUID_SQL R"sql(;
UPDATE comparison_sets SET uuid = )sql" PARLANCE_UUID_SQL R"sql(;
CREATE UNIQUE INDEX articles_uuid ON articles(uuid);
CREATE UNIQUE INDEX actors_uuid ON actors(uuid);
CREATE UNIQUE INDEX categories_uuid ON categories(uuid);
CREATE UNIQUE INDEX annotations_uuid ON annotations(uuid);
CREATE UNIQUE INDEX coders_uuid ON coders(uuid);
CREATE UNIQUE INDEX comparison_sets_uuid ON comparison_sets(uuid);
CREATE TABLE merge_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT NOT NULL,
    lost_value TEXT NOT NULL,
    kept_modified TEXT,
    lost_modified TEXT,
    UNIQUE (entity, uuid, field, kept_value, lost_value)
);
CREATE TABLE merged_identities (
    entity TEXT NOT NULL,
    uuid TEXT NOT NULL,
    merged_into TEXT NOT NULL,
    PRIMARY KEY (entity, uuid)
) WITHOUT ROWID;
)sql"},
    // Version 5: commitment threads a person confirmed, split or joined (issue 18; proposed threads are
    // computed, not stored). A commitment is in at most one stored thread. Members name annotations
    // without a foreign key on purpose: a removed commitment that comes back by undo keeps its id,
    // and with it its place in the thread; members whose annotation is gone are ignored on reading.
    {5, R"sql(
CREATE TABLE commitment_threads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL DEFAULT '',
    coder TEXT NOT NULL DEFAULT '',
    modified TEXT
);
CREATE TABLE commitment_thread_members (
    annotation_id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES commitment_threads(id) ON DELETE CASCADE
);
CREATE INDEX commitment_thread_members_thread ON commitment_thread_members(thread_id);
)sql"},
    // Version 6: how often each actor is named, per article, read from an index alone: counting
    // through the table's rows took a second for an article of 20 MB (the Actors panel's counts).
    {6, R"sql(
CREATE INDEX annotations_mentions ON annotations(article_id, origin, actor_id, addressee_id);
)sql"},
    // Version 7: what the analysis knows of a suggested quote — how sure it is (0..1; NULL for an
    // annotation a person made) and what kind of words name its source (named, pronoun, unnamed,
    // collective, document) — so that the review can show the sure ones first.
    {7, R"sql(
ALTER TABLE annotations ADD COLUMN confidence REAL;
ALTER TABLE annotations ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'none';
)sql"},
};

bool setVersion(Sqlite::Database &db, int version)
{
    return db.exec("PRAGMA user_version=" + QByteArray::number(version));
}

bool runStep(Sqlite::Database &db, const Step &step)
{
    Sqlite::Transaction transaction(db);
    return transaction.isActive() && db.exec(step.sql) && setVersion(db, step.version) && transaction.commit();
}

struct SchemaRow {
    QString type, name, table, sql;
    friend bool operator==(const SchemaRow &, const SchemaRow &) = default;
};

QList<SchemaRow> schemaRows(Sqlite::Database &db, bool *ok)
{
    QList<SchemaRow> rows;
    auto stmt = db.prepareUncached("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
    while (stmt->step())
        rows.append({stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3)});
    *ok = stmt->ok();
    return rows;
}

} // namespace

int currentVersion()
{
    return std::end(steps)[-1].version;
}

bool create(Sqlite::Database &db, int version)
{
    if (version < 0)
        version = currentVersion();
    if (!db.exec("PRAGMA application_id=" + QByteArray::number(applicationId)))
        return false;
    for (const Step &step : steps) {
        if (step.version > version)
            break;
        if (!runStep(db, step))
            return false;
    }
    return true;
}

bool migrate(Sqlite::Database &db, int fromVersion)
{
    for (const Step &step : steps) {
        if (step.version <= fromVersion)
            continue;
        if (!runStep(db, step))
            return false;
    }
    return true;
}

QString verify(Sqlite::Database &db, int version)
{
    Sqlite::Database reference;
    if (!reference.open(QStringLiteral(":memory:"), Sqlite::Database::Mode::ReadWriteCreate) || !create(reference, version))
        return QStringLiteral("cannot build the reference schema: ") + reference.errorMessage();
    bool ok = false;
    const QList<SchemaRow> expected = schemaRows(reference, &ok);
    const QList<SchemaRow> actual = schemaRows(db, &ok);
    if (!ok)
        return QStringLiteral("cannot read the schema: ") + db.errorMessage();
    // The shadow tables of our FTS5 indexes are made by SQLite itself from our CREATE VIRTUAL TABLE
    // (compared in full): their SQL may differ between SQLite versions, so only their names count.
    // They cannot run code, and defensive mode keeps SQL from writing them.
    auto isShadowOf = [&](const SchemaRow &row, const SchemaRow &other) {
        const bool shadow = row.type == QLatin1StringView("table")
            && (row.name.startsWith(QLatin1StringView("article_fts_")) || row.name.startsWith(QLatin1StringView("note_fts_")));
        return shadow && other.type == row.type && other.name == row.name;
    };
    auto matches = [&](const SchemaRow &row, const QList<SchemaRow> &rows) {
        return std::any_of(rows.cbegin(), rows.cend(), [&](const SchemaRow &r) { return r == row || isShadowOf(row, r); });
    };
    for (const SchemaRow &row : actual) {
        if (matches(row, expected))
            continue;
        // ANALYZE may add its statistics table; it holds numbers only and runs no code.
        if (row.type == QLatin1StringView("table") && row.name == QLatin1StringView("sqlite_stat1")
            && row.sql == QLatin1StringView("CREATE TABLE sqlite_stat1(tbl,idx,stat)"))
            continue;
        const bool known = std::any_of(expected.cbegin(), expected.cend(),
                                       [&](const SchemaRow &e) { return e.type == row.type && e.name == row.name; });
        return known ? QStringLiteral("the %1 \u201c%2\u201d has been altered").arg(row.type, row.name)
                     : QStringLiteral("it contains a %1 \u201c%2\u201d that Parlance did not create").arg(row.type, row.name);
    }
    for (const SchemaRow &row : expected) {
        if (!matches(row, actual))
            return QStringLiteral("the %1 \u201c%2\u201d is missing").arg(row.type, row.name);
    }
    return {};
}

} // namespace Parlance::Storage::Schema
