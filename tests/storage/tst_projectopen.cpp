// SPDX-License-Identifier: GPL-2.0-or-later
// Opening defensively: bad, foreign, newer and tampered files are refused with a clear message and
// left byte for byte unchanged; a project open elsewhere, read-only files and folders; migrations.
#include "cli/importcommand.h"
#include "storage/filelock.h"
#include "storage/project.h"
#include "storage/projectwriter.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

// Projects of schema versions up to this one were made before Parley became Parlance.
constexpr int lastVersionOfFormerName = 3;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        qWarning() << "sqlite:" << sqlite3_errmsg(db);
    sqlite3_close(db);
    return ok;
}

// A small, valid project: one article, one annotation with a note.
bool makeProject(const QString &path)
{
    Storage::Error error;
    auto project = Storage::Project::open(path, {.readOnly = false, .createIfMissing = true}, &error);
    if (!project)
        return false;
    QList<Model::Article> articles;
    for (int i = 0; i < 20; ++i) {
        Model::Article a;
        a.title = u"Article %1"_s.arg(i);
        a.text = u"Article %1\n\n"_s.arg(i) + u"The spokesman said talks would resume. "_s.repeated(40);
        articles.append(a);
    }
    if (!Storage::ProjectWriter(*project).addArticles(articles))
        return false;
    Model::Annotation a;
    a.articleId = articles.first().id;
    a.span = {0, 7};
    a.note = u"checked"_s;
    return Storage::ProjectWriter(*project).addAnnotation(a);
}

QString crashwriter()
{
    return QCoreApplication::applicationDirPath() + u"/crashwriter"_s;
}

// SQL through Parlance's own connection (page checksums kept), as a program that knows the format would.
bool ourExec(const QString &path, const char *sql)
{
    Storage::Sqlite::Database db;
    const bool ok = db.open(path, Storage::Sqlite::Database::Mode::ReadWrite) && db.exec(sql);
    if (!ok)
        qWarning() << "sqlite:" << db.errorMessage();
    return ok;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
}

// Leaves a hot journal beside `path`: a writer killed in the middle of a change in rollback mode.
bool leaveHotJournal(const QString &path)
{
    QProcess writer;
    writer.start(crashwriter(), {u"hotjournal"_s, path});
    if (!writer.waitForReadyRead(10000) || writer.readLine().trimmed() != "spilled")
        return false;
    writer.kill();
    writer.waitForFinished(10000);
    return QFileInfo(path + u"-journal"_s).size() > 0;
}

// Leaves a -wal with committed changes beside `path`: a writer killed after some commits.
bool leaveWal(const QString &path)
{
    QProcess writer;
    writer.start(crashwriter(), {u"write"_s, path});
    for (int acks = 0; acks < 3;) {
        if (!writer.waitForReadyRead(10000))
            return false;
        while (writer.canReadLine())
            acks += writer.readLine().startsWith("ack ") ? 1 : 0;
    }
    writer.kill();
    writer.waitForFinished(10000);
    return QFileInfo(path + u"-wal"_s).size() > 0;
}


} // namespace

bool FileLock_isHeld(const QString &path)
{
    return Storage::FileLock::isHeld(path);
}

class TestProjectOpen final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_good; // a valid project, copied for each case

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the list of verified files goes to a test folder
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(u"good.parlance"_s);
        QVERIFY(makeProject(m_good));
    }

    void refusesBadFileUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("zero bytes") << u"empty"_s << int(Storage::Error::NotSqlite) << u"empty"_s;
        QTest::newRow("random bytes") << u"random"_s << int(Storage::Error::NotSqlite) << u"not an SQLite"_s;
        QTest::newRow("a text file") << u"text"_s << int(Storage::Error::NotSqlite) << u"not an SQLite"_s;
        QTest::newRow("truncated in the header") << u"truncate:60"_s << int(Storage::Error::Corrupt) << u"truncated"_s;
        QTest::newRow("truncated after the first page") << u"truncate:4096"_s << int(Storage::Error::Corrupt) << u"truncated"_s;
        QTest::newRow("truncated in the middle") << u"truncate:half"_s << int(Storage::Error::Corrupt) << u"truncated"_s;
        QTest::newRow("truncated by one byte") << u"truncate:-1"_s << int(Storage::Error::Corrupt) << u"truncated"_s;
        QTest::newRow("a damaged page") << u"garbage"_s << int(Storage::Error::Corrupt) << u"damaged"_s;
        QTest::newRow("another application's database") << u"foreign"_s << int(Storage::Error::NotParlance) << u"another application"_s;
        QTest::newRow("a newer schema version") << u"newer"_s << int(Storage::Error::TooNew) << u"version 99"_s;
        QTest::newRow("an added trigger") << u"trigger"_s << int(Storage::Error::Tampered) << u"trigger \u201cwipe\u201d"_s;
        QTest::newRow("an added view") << u"view"_s << int(Storage::Error::Tampered) << u"view \u201cpeek\u201d"_s;
        QTest::newRow("an added table") << u"table"_s << int(Storage::Error::Tampered) << u"table \u201cextra\u201d"_s;
        QTest::newRow("an altered table") << u"altered"_s << int(Storage::Error::Tampered) << u"altered"_s;
        QTest::newRow("a dropped index") << u"dropped"_s << int(Storage::Error::Tampered) << u"missing"_s;
        QTest::newRow("a table posing as an index shadow table") << u"shadow"_s << int(Storage::Error::Tampered) << u"article_fts_extra"_s;
        QTest::newRow("a trigger on an index shadow table") << u"shadowtrigger"_s << int(Storage::Error::Tampered) << u"trigger"_s;
        QTest::newRow("no schema version") << u"noversion"_s << int(Storage::Error::Corrupt) << u"no schema version"_s;
    }

    void refusesBadFileUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, says);
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"bad.parlance"_s);
        const QByteArray good = readFile(m_good);
        QRandomGenerator random(42);

        if (kind == u"empty"_s) {
            QVERIFY(writeFile(path, {}));
        } else if (kind == u"random"_s) {
            QByteArray bytes(8192, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            QVERIFY(writeFile(path, bytes));
        } else if (kind == u"text"_s) {
            QVERIFY(writeFile(path, "Just some notes about the summit, not a project.\n"));
        } else if (kind.startsWith(u"truncate:"_s)) {
            const QString at = kind.mid(9);
            const qsizetype size = at == u"half"_s ? good.size() / 2 : at == u"-1"_s ? good.size() - 1 : at.toInt();
            QVERIFY(writeFile(path, good.left(size)));
        } else if (kind == u"garbage"_s) {
            QByteArray bytes = good;
            // Overwrite the b-tree header of page 3 (a table or index root of ours).
            for (int i = 2 * 4096; i < 2 * 4096 + 64; ++i)
                bytes[i] = char(0xA5);
            QVERIFY(writeFile(path, bytes));
        } else if (kind == u"foreign"_s) {
            QVERIFY(rawExec(path, "CREATE TABLE inventory (item TEXT, count INTEGER); INSERT INTO inventory VALUES ('pens', 3);"));
        } else {
            QVERIFY(writeFile(path, good));
            const char *sql = kind == u"newer"_s ? "PRAGMA user_version=99"
                : kind == u"trigger"_s ? "CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM articles; END"
                : kind == u"view"_s    ? "CREATE VIEW peek AS SELECT title FROM articles"
                : kind == u"table"_s   ? "CREATE TABLE extra (x)"
                : kind == u"altered"_s ? "ALTER TABLE articles ADD COLUMN secret TEXT"
                : kind == u"dropped"_s ? "DROP INDEX annotations_actor"
                : kind == u"shadow"_s  ? "CREATE TABLE article_fts_extra (x)"
                : kind == u"shadowtrigger"_s ? "CREATE TRIGGER t AFTER INSERT ON article_fts_data BEGIN SELECT 1; END"
                                       : "PRAGMA user_version=0";
            QVERIFY(rawExec(path, sql));
        }

        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        Storage::Error error;
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY(!project);
        QCOMPARE(int(error.code), code);
        QVERIFY2(error.message().contains(says), qPrintable(error.message()));
        QVERIFY2(error.message().startsWith(QDir::toNativeSeparators(path)), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QLatin1Char('\n')), qPrintable(error.message()));
        if (kind == u"newer"_s)
            QVERIFY(error.message().contains(u"version %1"_s.arg(Storage::Project::currentSchemaVersion())));
        // Byte for byte unchanged, and nothing left beside it (no journal, no lock file).
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), filesBefore);
        // Asking for read-only changes nothing either.
        QVERIFY(!Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error));
        QCOMPARE(int(error.code), code);
        QCOMPARE(fileHash(path), before);
    }

    void randomDamageIsRefusedOrReadSafely()
    {
        // Bytes flipped anywhere past the header: each file is either refused with a one-line message
        // and left unchanged, or opens and reads without crashing (damage in a spot no check can see,
        // such as the middle of a text, is possible and then reported by nothing but the text).
        const QByteArray good = readFile(m_good);
        QRandomGenerator random(20261127);
        int refused = 0;
        for (int round = 0; round < 120; ++round) {
            QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
            const QString path = dir.filePath(u"flipped.parlance"_s);
            QByteArray bytes = good;
            const int flips = 1 + int(random.bounded(16));
            for (int i = 0; i < flips; ++i)
                bytes[100 + random.bounded(int(bytes.size()) - 100)] = char(random.bounded(256));
            QVERIFY(writeFile(path, bytes));
            const QByteArray before = fileHash(path);
            Storage::Error error;
            auto project = Storage::Project::open(path, {}, &error);
            if (!project) {
                ++refused;
                QVERIFY2(error.code == Storage::Error::Corrupt || error.code == Storage::Error::Tampered
                             || error.code == Storage::Error::NotSqlite,
                         qPrintable(error.message()));
                QVERIFY2(!error.message().contains(QLatin1Char('\n')), qPrintable(error.message()));
                QCOMPARE(fileHash(path), before);
                continue;
            }
            for (const Storage::ArticleSummary &s : project->articles()) {
                project->article(s.id);
                project->annotations(s.id);
            }
            project->search(u"spokesman"_s);
            project->actors();
            project->integrityCheck();
        }
        qInfo("%d of 120 damaged files refused", refused);
        QVERIFY(refused > 0);
    }

    void damageAfterCleanCloseIsFound()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"mine.parlance"_s);
        QVERIFY(makeProject(path)); // closed cleanly by Parlance: remembered as good
        QVERIFY(Storage::Project::open(path, {}, nullptr));
        QTest::qWait(5); // a later modification time
        {
            // Same size, same header: a damaged page in the middle, as a failing disk would leave it.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(2 * 4096));
            QVERIFY(f.write(QByteArray(64, char(0xA5))) == 64);
        }
        Storage::Error error;
        QVERIFY(!Storage::Project::open(path, {}, &error));
        QCOMPARE(error.code, Storage::Error::Corrupt);
    }

    void tamperingAfterCleanCloseIsFound()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"mine.parlance"_s);
        QVERIFY(makeProject(path)); // closed cleanly by Parlance: remembered as good
        QVERIFY(rawExec(path, "CREATE VIEW later AS SELECT 1"));
        const QByteArray before = fileHash(path);
        Storage::Error error;
        QVERIFY(!Storage::Project::open(path, {}, &error));
        QCOMPARE(error.code, Storage::Error::Tampered);
        QCOMPARE(fileHash(path), before);
    }

    void offersNewestGoodBackupOfDamagedProject()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"work.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        {
            auto project = Storage::Project::open(path, {}, nullptr);
            QVERIFY(project);
            QVERIFY(Storage::ProjectWriter(*project).backupNow());
        }
        QByteArray bytes = readFile(path);
        QVERIFY(writeFile(path, bytes.left(bytes.size() / 3)));
        Storage::Error error;
        QVERIFY(!Storage::Project::open(path, {}, &error));
        QCOMPARE(error.code, Storage::Error::Corrupt);
        const QString backup = Storage::Project::newestGoodBackup(path);
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo::exists(path)); // the damaged file is kept
        auto fromBackup = Storage::Project::open(backup, {.readOnly = true, .createIfMissing = false}, &error);
        QVERIFY2(fromBackup, qPrintable(error.message()));
        QCOMPARE(fromBackup->articles().size(), 20);
        fromBackup.reset();

        // Restoring puts the backup in place and keeps the damaged file, with its journal, aside.
        const QByteArray damaged = fileHash(path);
        QVERIFY(writeFile(path + u"-journal"_s, "a stale journal of the damaged file"));
        QString keptAs;
        QVERIFY2(Storage::Project::restoreBackup(backup, path, &keptAs, &error), qPrintable(error.message()));
        QVERIFY(keptAs.contains(u".damaged-"_s));
        QCOMPARE(fileHash(keptAs), damaged);
        QVERIFY(QFileInfo::exists(keptAs + u"-journal"_s));
        QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
        auto restored = Storage::Project::open(path, {}, &error);
        QVERIFY2(restored, qPrintable(error.message()));
        QCOMPARE(restored->articles().size(), 20);
        QCOMPARE(restored->integrityCheck(), u"ok"_s);
        // Not while it is open, and not from a bad backup.
        QVERIFY(!Storage::Project::restoreBackup(backup, path, nullptr, &error));
        QCOMPARE(error.code, Storage::Error::Locked);
        restored.reset();
        QVERIFY(!Storage::Project::restoreBackup(keptAs, path, nullptr, &error));
        QCOMPARE(error.code, Storage::Error::Corrupt);
    }

    void secondProcessIsToldAndMayReadOnly()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"shared.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        QProcess holder;
        holder.start(crashwriter(), {u"hold"_s, path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));

        Storage::Error error;
        QVERIFY(!Storage::Project::open(path, {}, &error));
        QCOMPARE(error.code, Storage::Error::Locked);
        QVERIFY2(error.message().contains(u"another Parlance"_s) && error.message().contains(u"read-only"_s), qPrintable(error.message()));
        QVERIFY(Storage::FileLock::isHeld(path));

        auto reader = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error);
        QVERIFY2(reader, qPrintable(error.message()));
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->articles().size(), 20);
        reader.reset();

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QVERIFY(!project->isReadOnly());
        QCOMPARE(project->integrityCheck(), u"ok"_s);
    }

    void recoversAHotJournalLeftByACrash_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("read-write: rolled back") << false;
        QTest::newRow("read-only: refused, unchanged") << true;
    }

    void recoversAHotJournalLeftByACrash()
    {
        QFETCH(bool, readOnly);
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"hot.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        QString before;
        {
            auto project = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, nullptr);
            QVERIFY(project);
            before = project->article(project->articles().first().id)->text;
        }
        QProcess writer;
        writer.start(crashwriter(), {u"hotjournal"_s, path});
        QVERIFY(writer.waitForReadyRead(10000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("spilled"));
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        QVERIFY(QFileInfo(path + u"-journal"_s).size() > 0); // a hot journal: the crash was mid-transaction

        Storage::Error error;
        if (readOnly) {
            const QByteArray hash = fileHash(path);
            QVERIFY(!Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error));
            QCOMPARE(error.code, Storage::Error::ReadOnly);
            QVERIFY2(error.message().contains(u"crash"_s), qPrintable(error.message()));
            QCOMPARE(fileHash(path), hash);
            return;
        }
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QCOMPARE(project->integrityCheck(), u"ok"_s);
        QCOMPARE(project->article(project->articles().first().id)->text, before); // the unfinished change is gone
        QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
    }

    void openingTwiceInOneProcessIsLocked()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"twice.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        auto first = Storage::Project::open(path, {}, nullptr);
        QVERIFY(first);
        Storage::Error error;
        QVERIFY(!Storage::Project::open(path, {}, &error));
        QCOMPARE(error.code, Storage::Error::Locked);
    }

    void readOnlyFileOrFolderOpensReadOnly_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnlyFileOrFolderOpensReadOnly()
    {
        QFETCH(bool, folder);
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"locked.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        const QString target = folder ? dir.path() : path;
        const QFile::Permissions original = QFile::permissions(target);
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadUser | QFile::ExeOwner | QFile::ExeUser));
        const QByteArray before = fileHash(path);

        Storage::Error error;
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QVERIFY(project->isReadOnly());
        QVERIFY2(project->readOnlyReason().contains(folder ? u"folder"_s : u"file"_s), qPrintable(project->readOnlyReason()));
        QCOMPARE(project->articles().size(), 20);
        QCOMPARE(project->search(u"spokesman"_s).size(), 20);
        Model::Article article;
        article.text = u"x"_s;
        QVERIFY(!Storage::ProjectWriter(*project).addArticle(article, &error));
        QCOMPARE(error.code, Storage::Error::ReadOnly);
        project.reset();
        QVERIFY(QFile::setPermissions(target, original));
        QCOMPARE(fileHash(path), before);
    }

    void migratesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Storage::Project::currentSchemaVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void migratesEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString fixture = QStringLiteral(PARLANCE_TEST_DATA_DIR) + u"/storage/project-v%1.parley"_s.arg(version);
        QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture));
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        // The fixtures up to version 3 were made before the rename: they carry the former name's id and
        // extension; later ones were made by Parlance.
        const bool formerName = version <= lastVersionOfFormerName;
        const QString path = dir.filePath(formerName ? u"old.parley"_s : u"old.parlance"_s);
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = fileHash(path);

        Storage::Error error;
        {
            // Read-only cannot upgrade: refused, unchanged.
            QVERIFY(!Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error));
            QCOMPARE(error.code, Storage::Error::ReadOnly);
            QVERIFY(error.message().contains(u"version %1"_s.arg(version)));
            QCOMPARE(fileHash(path), before);
        }
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QCOMPARE(project->schemaVersion(), Storage::Project::currentSchemaVersion());
        QCOMPARE(project->integrityCheck(), u"ok"_s);
        QCOMPARE(project->openingNotice().contains(u"Parley"_s), formerName);
        QVERIFY(project->openingNotice().contains(u"with the first change"_s));
        QVERIFY(Storage::Project::backupsFor(path).isEmpty()); // nothing written yet
        QCOMPARE(fileHash(path), before);
        QVERIFY(Storage::ProjectWriter(*project).setSetting(u"first change"_s, true)); // the first change converts it…

        // …after a verified backup of the old version, which is the old file's content.
        const QStringList backups = Storage::Project::backupsFor(path);
        QCOMPARE(backups.size(), 1);
        {
            auto old = Storage::Project::open(backups.first(), {.readOnly = true, .createIfMissing = false}, &error);
            QVERIFY(!old); // an old version cannot be opened read-only…
            QCOMPARE(error.code, Storage::Error::ReadOnly);
            QVERIFY(error.message().contains(u"version %1"_s.arg(version))); // …and it is that old version
        }

        // The data came through.
        const QList<Storage::ArticleSummary> articles = project->articles();
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().commitmentCount, 1); // counts filled in by the version 3 step
        QCOMPARE(articles.first().annotationCount, 1);
        QCOMPARE(articles.first().quoteCount, 0);
        const Model::Article article = *project->article(articles.first().id);
        QCOMPARE(article.title, u"Fixture article"_s);
        QCOMPARE(article.published, QDate(2025, 2, 3));
        QVERIFY(article.textMatchesHash());
        QCOMPARE(project->articleIdForHash(article.contentHash), article.id);
        const QList<Model::Annotation> annotations = project->annotations(article.id);
        QCOMPARE(annotations.size(), 1);
        const Model::Annotation &a = annotations.first();
        QCOMPARE(a.span.textIn(article.text), a.exact);
        QCOMPARE(a.kind, Model::AnnotationKind::Commitment);
        QCOMPARE(a.strength, 0.75);
        QCOMPARE(project->actor(a.actorId)->aliases, QStringList{u"Delegate"_s});
        QCOMPARE(project->categories().first().color, QColor(0, 0xaa, 0));
        QCOMPARE(project->comparisonSets().first().articleIds, QList<qint64>{article.id});
        QCOMPARE(project->currentCoder(), u"fixture"_s);
        QCOMPARE(project->search(u"fixture note"_s).size(), 1);
        QCOMPARE(project->search(u"delegate"_s).size(), 1);

        // And it keeps working as a current project.
        Model::Annotation more;
        more.articleId = article.id;
        more.span = {0, 7};
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(more));
        project.reset();
        project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QCOMPARE(project->annotations(article.id).size(), 2);
        QVERIFY(project->openingNotice().isEmpty()); // said once
    }

    // A current-version project made under the former name (Parley): it opens read-only as it is,
    // and read-write it takes Parlance's application_id after a verified backup, said once.
    void convertsProjectOfFormerName()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"talks.parley"_s);
        QVERIFY(makeProject(path));
        QVERIFY(ourExec(path, "PRAGMA application_id=" QT_STRINGIFY(0x50726C79)));
        QCOMPARE(Storage::Schema::legacyApplicationId, 0x50726C79);
        auto headerId = [&](const QString &file) { return qFromBigEndian<quint32>(readFile(file).mid(68, 4).constData()); };
        QCOMPARE(headerId(path), quint32(Storage::Schema::legacyApplicationId));
        const QByteArray before = fileHash(path);
        const qsizetype backupsBefore = Storage::Project::backupsFor(path).size();

        Storage::Error error;
        {
            auto project = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            QCOMPARE(project->articles().size(), 20);
            QVERIFY(project->openingNotice().isEmpty());
        }
        QCOMPARE(fileHash(path), before);

        {
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            QVERIFY(project->openingNotice().contains(u"Parley"_s));
            QCOMPARE(project->articles().size(), 20);
        }
        QCOMPARE(fileHash(path), before); // read-write, but no change: not converted yet
        {
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            QVERIFY(project->openingNotice().contains(u"Parley"_s)); // still to come, so said again
            QVERIFY(Storage::ProjectWriter(*project).setSetting(u"first change"_s, true));
        }
        QCOMPARE(headerId(path), quint32(Storage::Schema::applicationId));
        const QStringList backups = Storage::Project::backupsFor(path); // newest first
        QCOMPARE(backups.size(), backupsBefore + 1);
        QCOMPARE(headerId(backups.first()), quint32(Storage::Schema::legacyApplicationId));
        {
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            QVERIFY(project->openingNotice().isEmpty());
        }
    }

    // ---- Hostile and unlucky files (issues 11 and 19) ------------------------------------------

    void refusesWhatIsNotARegularFileAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("a named pipe") << u"fifo"_s << u"named pipe"_s;
        QTest::newRow("a character device") << u"device"_s << u"device"_s;
        QTest::newRow("a symbolic link to a device") << u"devicelink"_s << u"device"_s;
        QTest::newRow("a folder") << u"folder"_s << u"folder"_s;
        QTest::newRow("a dangling symbolic link") << u"dangling"_s << u"does not exist"_s;
    }

    void refusesWhatIsNotARegularFileAtOnce()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        QString path = dir.filePath(u"odd.parlance"_s);
        const QString target = dir.filePath(u"nowhere/target.parlance"_s);
        if (kind == u"fifo"_s)
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == u"device"_s)
            path = u"/dev/null"_s;
        else if (kind == u"devicelink"_s)
            QVERIFY(QFile::link(u"/dev/zero"_s, path));
        else if (kind == u"folder"_s)
            QVERIFY(QDir().mkpath(path));
        else
            QVERIFY(QFile::link(target, path));
        const QStringList before = entries(dir.path());
        // Each way in: read-only (info, export), read-write (the window), and creating (import).
        for (const Storage::OpenOptions options : {Storage::OpenOptions{true, false}, Storage::OpenOptions{false, false},
                                                   Storage::OpenOptions{false, true}}) {
            Storage::Error error;
            QVERIFY(!Storage::Project::open(path, options, &error)); // returns at once: a FIFO would hang a read
            QVERIFY2(error.message().contains(says), qPrintable(error.message()));
            QVERIFY(!error.message().contains(QLatin1Char('\n')));
        }
        QCOMPARE(entries(dir.path()), before);
        QVERIFY(!QFileInfo::exists(target));

        // `parlance import` on it: refused, nothing created.
        QString out, err;
        QTextStream o(&out), e(&err);
        const QString article = dir.filePath(u"a.txt"_s);
        QVERIFY(writeFile(article, "The minister said talks would resume."));
        QCOMPARE(Cli::runImport({path, article}, {o, e}), 1);
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY(!QFileInfo::exists(target));
    }

    void openingWithoutAChangeLeavesTheFileUnchanged_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("formerName");
        QTest::addColumn<bool>("checksums");
        QTest::newRow("a current project") << Storage::Project::currentSchemaVersion() << false << true;
        QTest::newRow("a current project without page checksums") << Storage::Project::currentSchemaVersion() << false << false;
        QTest::newRow("a project of the former name") << Storage::Project::currentSchemaVersion() << true << true;
        for (int v = 1; v < Storage::Project::currentSchemaVersion(); ++v)
            QTest::addRow("a project of version %d", v) << v << (v <= lastVersionOfFormerName) << false;
    }

    void openingWithoutAChangeLeavesTheFileUnchanged()
    {
        QFETCH(int, version);
        QFETCH(bool, formerName);
        QFETCH(bool, checksums);
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"quiet.parlance"_s);
        if (version < Storage::Project::currentSchemaVersion()) {
            QVERIFY(QFile::copy(QStringLiteral(PARLANCE_TEST_DATA_DIR) + u"/storage/project-v%1.parley"_s.arg(version), path));
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        } else if (checksums) {
            QVERIFY(makeProject(path));
            if (formerName)
                QVERIFY(ourExec(path, "PRAGMA application_id=" QT_STRINGIFY(0x50726C79)));
        } else {
            QProcess fixture; // a project as the previous Parlance made it: no reserved bytes for checksums
            fixture.start(crashwriter(), {u"fixture"_s, path, QString::number(version)});
            QVERIFY(fixture.waitForFinished(20000));
            QCOMPARE(fixture.exitCode(), 0);
        }
        QCOMPARE(uchar(readFile(path).at(20)) == 8, checksums);
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = entries(dir.path());
        const qsizetype backupsBefore = Storage::Project::backupsFor(path).size();

        Storage::Error error;
        {
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            QVERIFY(!project->isReadOnly());
            QCOMPARE(project->schemaVersion(), Storage::Project::currentSchemaVersion());
            QCOMPARE(project->openingNotice().contains(u"Parley"_s), formerName);
            for (const Storage::ArticleSummary &s : project->articles()) // reading, as the window does
                project->annotations(s.id);
            project->actors();
            project->search(u"delegate"_s);
        }
        QCOMPARE(fileHash(path), before);
        QCOMPARE(entries(dir.path()), filesBefore); // no backup, journal or lock file either

        // The first change converts it, after a verified backup when its format changes; said once.
        {
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            Model::Annotation a;
            a.articleId = project->articles().first().id;
            a.span = {0, 4};
            QVERIFY2(Storage::ProjectWriter(*project).addAnnotation(a, &error), qPrintable(error.message()));
        }
        QVERIFY(fileHash(path) != before);
        const bool converted = formerName || !checksums || version < Storage::Project::currentSchemaVersion();
        const QStringList backups = Storage::Project::backupsFor(path); // newest first
        QCOMPARE(backups.size(), backupsBefore + (converted ? 1 : 0));
        if (converted) { // the file as it was: its version and application_id
            const QByteArray old = readFile(backups.first()).left(100);
            QCOMPARE(qFromBigEndian<quint32>(old.constData() + 60), quint32(version));
            QCOMPARE(qFromBigEndian<quint32>(old.constData() + 68),
                     quint32(formerName ? Storage::Schema::legacyApplicationId : Storage::Schema::applicationId));
        }
        const QByteArray header = readFile(path).left(100);
        QCOMPARE(uchar(header.at(20)), uchar(8));                          // page checksums
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), quint32(Storage::Schema::applicationId));
        QCOMPARE(uchar(header.at(18)), uchar(1));                          // back in rollback mode
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QVERIFY(project->openingNotice().isEmpty());
        QCOMPARE(project->integrityCheck(), u"ok"_s);
    }

    void aFlippedByteInADataPageIsFound_data()
    {
        QTest::addColumn<bool>("timeRestored");
        QTest::newRow("a file from elsewhere") << false;
        QTest::newRow("a file closed cleanly, damaged with its time kept") << true;
    }

    // Damage inside a row keeps every b-tree valid: quick_check passes, only page checksums see it.
    void aFlippedByteInADataPageIsFound()
    {
        QFETCH(bool, timeRestored);
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"flip.parlance"_s);
        QVERIFY(makeProject(path));
        {
            auto project = Storage::Project::open(path, {}, nullptr);
            QVERIFY(project);
            QVERIFY(Storage::ProjectWriter(*project).backupNow());
        }
        const QFileInfo info(path);
        const QDateTime modified = info.lastModified();
        QByteArray bytes = readFile(path);
        const qsizetype at = bytes.indexOf("Article 7\n\nThe spokesman");
        QVERIFY(at > 4096);
        bytes[at + 20] = char(bytes[at + 20] ^ 0x20); // "spokesman" becomes "spokesMan"
        QVERIFY(writeFile(path, bytes));
        if (timeRestored) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        {
            // SQLite's own check cannot see it…
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
            sqlite3_stmt *stmt = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))), QByteArray("ok"));
            sqlite3_finalize(stmt);
            sqlite3_close(db);
        }
        // …the next open does, for writing and for reading, and changes nothing. A file known to this
        // user opens for writing at once while its pages are verified in the background, and the
        // first change waits for that: refused, and the next open is refused outright.
        const QByteArray damaged = fileHash(path);
        if (timeRestored) {
            Storage::Error error;
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            QVERIFY(!Storage::ProjectWriter(*project).setSetting(u"change"_s, 1, &error));
            QCOMPARE(error.code, Storage::Error::Corrupt);
            QVERIFY2(error.message().contains(u"checksum"_s), qPrintable(error.message()));
            Model::Annotation a;
            a.articleId = project->articles().first().id;
            a.span = {0, 3};
            QVERIFY(!Storage::ProjectWriter(*project).addAnnotation(a, &error)); // and no later change either
        }
        QCOMPARE(fileHash(path), damaged);
        for (bool readOnly : {false, true}) {
            Storage::Error error;
            QVERIFY(!Storage::Project::open(path, {.readOnly = readOnly, .createIfMissing = false}, &error));
            QCOMPARE(error.code, Storage::Error::Corrupt);
            QVERIFY2(error.message().contains(u"checksum"_s), qPrintable(error.message()));
        }
        QCOMPARE(fileHash(path), damaged);
        // The newest good backup is offered and restores into a new file.
        const QList<Storage::BackupInfo> backups = Storage::Project::backupInfo(path);
        QCOMPARE(backups.size(), 2); // made on closing the new project, and by backupNow()
        QVERIFY(backups.first().good);
        QCOMPARE(backups.first().articles, 20);
        QCOMPARE(Storage::Project::newestGoodBackup(path), backups.first().path);
        const QString restored = dir.filePath(u"restored.parlance"_s);
        Storage::Error error;
        QVERIFY2(Storage::Project::restoreBackupAs(backups.first().path, restored, &error), qPrintable(error.message()));
        auto project = Storage::Project::open(restored, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QCOMPARE(project->articles().size(), 20);
        QCOMPARE(fileHash(path), damaged);
    }

    void aStrayJournalIsNeverPlayed_data()
    {
        QTest::addColumn<QString>("whose");
        QTest::newRow("another project's") << u"another"_s;
        QTest::newRow("an earlier state's of this project") << u"earlier"_s;
    }

    // A backup restored by hand beside an old journal: SQLite would play it and wreck the file.
    void aStrayJournalIsNeverPlayed()
    {
        QFETCH(QString, whose);
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"restored.parlance"_s);
        const QString other = dir.filePath(u"other.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        if (whose == u"another"_s) {
            auto small = Storage::Project::open(other, {.readOnly = false, .createIfMissing = true}, nullptr);
            QVERIFY(small);
            Model::Article a;
            a.text = u"A short article in another project. "_s.repeated(300);
            QVERIFY(Storage::ProjectWriter(*small).addArticle(a));
        } else {
            QVERIFY(QFile::copy(m_good, other));
            // This project moved on since the journal was written.
            QVERIFY(ourExec(path, "INSERT INTO settings (key, type, value) VALUES ('later', 'blob', randomblob(20000))"));
        }
        QVERIFY(leaveHotJournal(other));
        QVERIFY(QFile::rename(other + u"-journal"_s, path + u"-journal"_s));
        const QByteArray journal = fileHash(path + u"-journal"_s);
        const QByteArray before = fileHash(path);

        Storage::Error error;
        {
            auto reader = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error);
            QVERIFY2(reader, qPrintable(error.message()));
            QCOMPARE(reader->articles().size(), 20);
            QCOMPARE(reader->integrityCheck(), u"ok"_s);
        }
        QCOMPARE(fileHash(path), before);
        QCOMPARE(fileHash(path + u"-journal"_s), journal);

        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QVERIFY2(project->openingNotice().contains(u"not its own"_s), qPrintable(project->openingNotice()));
        QCOMPARE(project->articles().size(), 20);
        QCOMPARE(project->integrityCheck(), u"ok"_s);
        project.reset();
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
        const QStringList aside = QDir(dir.filePath(u"restored.parlance-backups"_s)).entryList({u"restored-stray-journal-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileHash(dir.filePath(u"restored.parlance-backups/"_s + aside.first())), journal);
    }

    void anAlteredFileWithAHotJournalIsRefusedFirst()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"altered.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(ourExec(path, "CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM articles; END"));
        QVERIFY(leaveHotJournal(path));
        const QByteArray before = fileHash(path);
        const QByteArray journal = fileHash(path + u"-journal"_s);
        const QStringList filesBefore = entries(dir.path());
        Storage::Error error;
        QVERIFY(!Storage::Project::open(path, {}, &error));
        QCOMPARE(error.code, Storage::Error::Tampered);
        QVERIFY2(error.message().contains(u"wipe"_s), qPrintable(error.message()));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(fileHash(path + u"-journal"_s), journal);
        QCOMPARE(entries(dir.path()), filesBefore);
    }

    // A -wal is played by SQLite beside any file, even one in rollback mode (a backup restored by hand).
    void aStrayWalIsNeverPlayed()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"restored.parlance"_s);
        const QString other = dir.filePath(u"other.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(QFile::copy(m_good, other));
        QVERIFY(leaveWal(other));
        QVERIFY(QFile::rename(other + u"-wal"_s, path + u"-wal"_s));
        QFile::remove(other + u"-shm"_s);
        const QByteArray before = fileHash(path);
        Storage::Error error;
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QVERIFY2(project->openingNotice().contains(u"not its own"_s), qPrintable(project->openingNotice()));
        QCOMPARE(project->annotationCount(), 1); // the other file's annotations did not come in
        project.reset();
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void everyNameOfOneFileSharesOneLock_data()
    {
        QTest::addColumn<bool>("hardLink");
        QTest::newRow("a hard link") << true;
        QTest::newRow("a symbolic link") << false;
    }

    void everyNameOfOneFileSharesOneLock()
    {
        QFETCH(bool, hardLink);
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"shared.parlance"_s);
        const QString other = dir.filePath(u"other-name.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        if (hardLink)
            QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
        else
            QVERIFY(QFile::link(path, other));
        QSet<qint64> acknowledged;
        for (int round = 0; round < 20; ++round) {
            const bool firstByLink = round % 2 == 1;
            QProcess first, second;
            first.start(crashwriter(), {u"write"_s, firstByLink ? other : path});
            QVERIFY(first.waitForReadyRead(10000));
            QVERIFY(FileLock_isHeld(path) && FileLock_isHeld(other));
            second.start(crashwriter(), {u"write"_s, firstByLink ? path : other});
            QVERIFY(second.waitForFinished(10000));
            QCOMPARE(second.exitCode(), 1);
            QVERIFY2(second.readAllStandardError().contains("open for writing in another Parlance"), "the second writer was not refused");
            Storage::Error error;
            QVERIFY(!Storage::Project::open(firstByLink ? path : other, {}, &error));
            QCOMPARE(error.code, Storage::Error::Locked);
            first.kill();
            QVERIFY(first.waitForFinished(10000));
            const QList<QByteArray> lines = first.readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                acknowledged.insert(lines[i].mid(4).toLongLong());
            auto project = Storage::Project::open(round % 3 == 0 ? other : path, {}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            QCOMPARE(project->integrityCheck(), u"ok"_s);
            for (qint64 id : std::as_const(acknowledged))
                QVERIFY2(project->annotation(id), qPrintable(u"round %1: acknowledged annotation %2 is missing"_s.arg(round).arg(id)));
        }
        QVERIFY(acknowledged.size() >= 20);
    }

    // A project left in WAL mode (e.g. by an older Parlance killed while open) on read-only media.
    void aWalModeFileInAReadOnlyFolderOpensReadOnly()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"wal.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(ourExec(path, "PRAGMA journal_mode=WAL"));
        QCOMPARE(uchar(readFile(path).at(18)), uchar(2));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        const QByteArray before = fileHash(path);
        const QFile::Permissions original = QFile::permissions(dir.path());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        Storage::Error error;
        auto project = Storage::Project::open(path, {}, &error);
        const QStringList files = entries(dir.path());
        const bool readOnly = project && project->isReadOnly();
        const qsizetype articles = project ? project->articles().size() : 0;
        project.reset();
        QVERIFY(QFile::setPermissions(dir.path(), original));
        QVERIFY2(readOnly, qPrintable(error.message()));
        QCOMPARE(articles, 20);
        QCOMPARE(files, QStringList{u"wal.parlance"_s}); // no -shm or -wal made beside it
        QCOMPARE(fileHash(path), before);
    }

    // SIGTERM ends the window as quitting does: the file is checkpointed and back in rollback mode.
    void aTerminationSignalClosesTheProject()
    {
        QTemporaryDir dir(m_dir.filePath(u"case-XXXXXX"_s));
        const QString path = dir.filePath(u"term.parlance"_s);
        QVERIFY(QFile::copy(m_good, path));
        QProcess server;
        server.start(crashwriter(), {u"serve"_s, path});
        QVERIFY(server.waitForReadyRead(10000));
        QCOMPARE(server.readLine().trimmed(), QByteArray("ready"));
        QCOMPARE(uchar(readFile(path).at(18)), uchar(2)); // written: in WAL mode
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 128 + SIGTERM);
        QCOMPARE(uchar(readFile(path).at(18)), uchar(1));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        Storage::Error error;
        auto project = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QCOMPARE(project->annotationCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProjectOpen)
#include "tst_projectopen.moc"
