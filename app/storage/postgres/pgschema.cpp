// SPDX-License-Identifier: GPL-2.0-or-later
#include "pgschema.h"

#include "pg.h"
#include "storage/schema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Parlance::Storage::Postgres::Schema {

namespace {

constexpr int firstVersion = 7;

QString resourcePath(const QString &name)
{
    return QStringLiteral(":/parlance/postgres/") + name;
}

QByteArray readResource(const QString &name)
{
    QFile file(resourcePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Each version after the first is a file migrate-N.sql that brings the schema from N-1 to N.
// create() runs schema-7.sql and then every migration, so that a new project and a migrated one
// have the same catalog (verify() relies on that). Never edit a file that has shipped.
QByteArray stepSql(int version)
{
    return readResource(version == firstVersion ? QStringLiteral("schema-%1.sql").arg(version)
                                                : QStringLiteral("migrate-%1.sql").arg(version));
}

bool setMeta(Connection &c, const QString &key, const QString &value)
{
    return c.run("INSERT INTO parlance_meta (key, value) VALUES ($1, $2) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                 Params().add(key).add(value));
}

bool runStep(Connection &c, int version)
{
    const QByteArray sql = stepSql(version);
    if (sql.isEmpty()) {
        c.exec("SELECT 'no SQL for schema version " + QByteArray::number(version) + "'::integer"); // sets an error
        return false;
    }
    return c.run(sql) && setMeta(c, QStringLiteral("schema_version"), QString::number(version));
}

// One trigger per table and operation, so that each sees its rows as the transition table
// "changed" (a trigger with transition tables serves one event only).
QByteArray notifyTriggers(const Connection &c)
{
    QByteArray sql;
    for (const Table &t : tables()) {
        QByteArray args = "'" + t.key.toUtf8() + "'";
        if (!t.parent.isEmpty())
            args += ", '" + t.parent.toUtf8() + "'";
        for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
            const QByteArray name = c.quoteIdentifier(t.name + QStringLiteral("_notify_") + QString::fromLatin1(op).toLower());
            sql += "CREATE TRIGGER " + name + " AFTER " + op + " ON " + c.quoteIdentifier(t.name)
                + (qstrcmp(op, "DELETE") == 0 ? " REFERENCING OLD TABLE AS changed" : " REFERENCING NEW TABLE AS changed")
                + " FOR EACH STATEMENT EXECUTE FUNCTION parlance_notify(" + args + ");\n";
        }
    }
    return sql;
}

QByteArray grants(const Connection &c, const Options &o)
{
    const QByteArray coders = c.quoteIdentifier(o.coderRole);
    const QByteArray curators = c.quoteIdentifier(o.curatorRole);
    const QByteArray schema = c.quoteIdentifier(o.schema);
    QByteArray sql = "GRANT USAGE ON SCHEMA " + schema + " TO " + coders + ", " + curators + ";\n"
        "GRANT SELECT ON parlance_meta TO " + coders + ", " + curators + ";\n";
    for (const Table &t : tables())
        sql += "GRANT SELECT, INSERT, UPDATE, DELETE ON " + c.quoteIdentifier(t.name) + " TO " + coders + ", " + curators + ";\n";
    sql += "GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + coders + ", " + curators + ";\n";
    return sql;
}

// The catalog, one query per kind of object; each yields "kind name description" lines. Objects
// that belong to an extension (unaccent's function and dictionary) are left out.
constexpr const char *catalogQueries[] = {
    R"sql(SELECT 'table ' || c.relname || ' kind=' || c.relkind::text || ' rls=' || c.relrowsecurity || ' force=' || c.relforcerowsecurity
          FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))sql",
    R"sql(SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
               || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
               || coalesce(CASE WHEN a.attgenerated = 's' THEN ' generated ' ELSE ' default ' END || pg_get_expr(ad.adbin, ad.adrelid), '')
               || CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default' ELSE '' END
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
         WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped)sql",
    R"sql(SELECT 'constraint ' || c.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
          FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid WHERE con.connamespace = $1::regnamespace)sql",
    R"sql(SELECT 'index ' || i.relname || ' ' || pg_get_indexdef(i.oid)
          FROM pg_class i WHERE i.relnamespace = $1::regnamespace AND i.relkind IN ('i', 'I'))sql",
    R"sql(SELECT 'trigger ' || c.relname || '.' || t.tgname || ' ' || pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = $1::regnamespace AND NOT t.tgisinternal)sql",
    R"sql(SELECT 'policy ' || c.relname || '.' || p.polname || ' cmd=' || p.polcmd::text || ' permissive=' || p.polpermissive
               || ' roles=' || array_to_string(ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE r::regrole::text END FROM unnest(p.polroles) r ORDER BY 1), ',')
               || ' using=' || coalesce(pg_get_expr(p.polqual, p.polrelid), '') || ' check=' || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')
          FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE c.relnamespace = $1::regnamespace)sql",
    R"sql(SELECT 'function ' || p.proname || '(' || replace(oidvectortypes(p.proargtypes), ' ', '') || ') kind=' || p.prokind::text
               || ' security_definer=' || p.prosecdef || ' language=' || l.lanname || ' body=' || md5(p.prosrc)
               || ' config=' || coalesce(array_to_string(p.proconfig, ','), '')
          FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.pronamespace = $1::regnamespace
           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'))sql",
    R"sql(SELECT 'sequence ' || c.relname || CASE WHEN EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                                   AND d.objid = c.oid AND d.deptype = 'i') THEN ' identity' ELSE ' free' END
          FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind = 'S')sql",
    R"sql(SELECT 'type ' || t.typname || ' kind=' || t.typtype::text FROM pg_type t
         WHERE t.typnamespace = $1::regnamespace AND t.typrelid = 0 AND t.typelem = 0
           AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'))sql",
    R"sql(SELECT 'text_search_configuration ' || c.cfgname || ' ' || array_to_string(ARRAY(
               SELECT m.maptokentype || ':' || m.mapseqno || ':' || d.dictname FROM pg_ts_config_map m JOIN pg_ts_dict d ON d.oid = m.mapdict
                WHERE m.mapcfg = c.oid ORDER BY 1), ' ')
          FROM pg_ts_config c WHERE c.cfgnamespace = $1::regnamespace)sql",
};

QString schemaInUse(Connection &c)
{
    return c.scalar("SELECT current_schema()").value_or(QString());
}

} // namespace

int currentVersion()
{
    return Storage::Schema::currentVersion();
}

int baseVersion()
{
    return firstVersion;
}

const QList<Table> &tables()
{
    static const QList<Table> list = [] {
        QList<Table> result;
        const QByteArray text = readResource(QStringLiteral("tables.txt"));
        for (const QByteArray &line : text.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith('#'))
                continue;
            const QList<QByteArray> words = trimmed.simplified().split(' ');
            result.append({QString::fromUtf8(words.value(0)), QString::fromUtf8(words.value(1)), QString::fromUtf8(words.value(2))});
        }
        return result;
    }();
    return list;
}

bool use(Connection &c, const QString &schema)
{
    // The schema first; pg_catalog is searched before it anyway, and nothing else is.
    return c.run("SELECT pg_catalog.set_config('search_path', $1, false)", Params().add(QString::fromUtf8(c.quoteIdentifier(schema))));
}

bool create(Connection &c, const Options &o)
{
    Transaction transaction(c);
    if (!transaction.isActive())
        return false;
    const QByteArray schema = c.quoteIdentifier(o.schema);
    if (!c.run("CREATE SCHEMA " + schema)
        || !c.run("SELECT pg_catalog.set_config('search_path', $1, true)", Params().add(QString::fromUtf8(schema))))
        return false;
    for (int v = firstVersion; v <= currentVersion(); ++v) {
        if (!runStep(c, v))
            return false;
    }
    return c.run(notifyTriggers(c)) && c.run(grants(c, o))
        && setMeta(c, QStringLiteral("application"), QStringLiteral("parlance"))
        && setMeta(c, QStringLiteral("blind"), o.blind ? QStringLiteral("true") : QStringLiteral("false"))
        && setMeta(c, QStringLiteral("coder_role"), o.coderRole) && setMeta(c, QStringLiteral("curator_role"), o.curatorRole)
        && transaction.commit() && use(c, o.schema);
}

QString meta(Connection &c, const QString &key)
{
    return c.scalar("SELECT value FROM parlance_meta WHERE key = $1", Params().add(key)).value_or(QString());
}

std::optional<int> version(Connection &c, QString *why)
{
    const QString schema = schemaInUse(c);
    auto fail = [&](const QString &message) -> std::optional<int> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    if (schema.isEmpty())
        return fail(QStringLiteral("no schema is in use (the search_path names none that exists)"));
    if (c.scalar("SELECT to_regclass('parlance_meta') IS NOT NULL").value_or(QString()) != QLatin1StringView("t"))
        return fail(QStringLiteral("the schema \u201c%1\u201d holds no Parlance project").arg(schema));
    if (meta(c, QStringLiteral("application")) != QLatin1StringView("parlance"))
        return fail(QStringLiteral("the schema \u201c%1\u201d holds something other than a Parlance project").arg(schema));
    bool ok = false;
    const int v = meta(c, QStringLiteral("schema_version")).toInt(&ok);
    if (!ok || v < firstVersion)
        return fail(QStringLiteral("the project in \u201c%1\u201d has no valid schema version").arg(schema));
    return v;
}

bool migrate(Connection &c, int fromVersion)
{
    for (int v = std::max(fromVersion + 1, firstVersion + 1); v <= currentVersion(); ++v) {
        Transaction transaction(c);
        if (!transaction.isActive() || !runStep(c, v) || !transaction.commit())
            return false;
    }
    return true;
}

QStringList catalog(Connection &c, bool *ok)
{
    QStringList lines;
    bool allOk = true;
    const QString schema = schemaInUse(c);
    for (const char *query : catalogQueries) {
        const Result r = c.exec(query, Params().add(schema));
        if (!r.ok()) {
            allOk = false;
            lines << QStringLiteral("cannot read the catalog: ") + r.errorMessage();
            continue;
        }
        // Index and trigger definitions name the schema, and functions keep the search_path: the
        // reference is written for any schema name.
        const QString qualified = c.scalar("SELECT quote_ident($1)", Params().add(schema)).value_or(schema) + u'.';
        const QString path = QStringLiteral("search_path=") + QString::fromUtf8(c.quoteIdentifier(schema));
        for (int row = 0; row < r.rowCount(); ++row)
            lines << r.text(row, 0).replace(QStringLiteral(" ON ") + qualified, QStringLiteral(" ON ")).replace(path, QStringLiteral("search_path=SCHEMA"));
    }
    std::sort(lines.begin(), lines.end());
    if (ok)
        *ok = allOk && !schema.isEmpty();
    return lines;
}

QString verify(Connection &c, int version)
{
    const QByteArray reference = readResource(QStringLiteral("catalog-%1.txt").arg(version));
    if (reference.isEmpty())
        return QStringLiteral("this Parlance knows no schema version %1 on PostgreSQL").arg(version);
    QStringList expected;
    for (const QByteArray &line : reference.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            expected << QString::fromUtf8(line);
    }
    bool ok = false;
    QStringList actual = catalog(c, &ok);
    if (!ok)
        return QStringLiteral("cannot read the schema: ") + c.errorMessage();
    // Tables first: a foreign table is reported as such, not by its first column.
    auto tablesFirst = [](const QString &a, const QString &b) {
        return a.startsWith(QLatin1StringView("table ")) && !b.startsWith(QLatin1StringView("table "));
    };
    std::stable_sort(actual.begin(), actual.end(), tablesFirst);
    std::stable_sort(expected.begin(), expected.end(), tablesFirst);
    const QSet<QString> expectedSet(expected.cbegin(), expected.cend());
    const QSet<QString> actualSet(actual.cbegin(), actual.cend());
    auto nameOf = [](const QString &line) { return line.section(QLatin1Char(' '), 0, 1); };
    for (const QString &line : actual) {
        if (expectedSet.contains(line))
            continue;
        const QString name = nameOf(line);
        const bool known = std::any_of(expected.cbegin(), expected.cend(), [&](const QString &e) { return nameOf(e) == name; });
        const QString what = name.section(QLatin1Char(' '), 0, 0);
        const QString which = name.section(QLatin1Char(' '), 1);
        return known ? QStringLiteral("the %1 \u201c%2\u201d has been altered").arg(what, which)
                     : QStringLiteral("it contains a %1 \u201c%2\u201d that Parlance did not create").arg(what, which);
    }
    for (const QString &line : expected) {
        if (!actualSet.contains(line))
            return QStringLiteral("the %1 \u201c%2\u201d is missing").arg(line.section(QLatin1Char(' '), 0, 0), line.section(QLatin1Char(' '), 1, 1));
    }
    return {};
}

} // namespace Parlance::Storage::Postgres::Schema
