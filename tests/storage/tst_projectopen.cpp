// SPDX-License-Identifier: GPL-2.0-or-later
// Opening defensively: bad, foreign, newer and tampered files are refused with a clear message and
// left byte for byte unchanged; a project open elsewhere, read-only files and folders; migrations.
#include "storage/project.h"
#include "storage/schema.h"

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

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

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
    if (!project->addArticles(articles))
        return false;
    Model::Annotation a;
    a.articleId = articles.first().id;
    a.span = {0, 7};
    a.note = u"checked"_s;
    return project->addAnnotation(a);
}

QString crashwriter()
{
    return QCoreApplication::applicationDirPath() + u"/crashwriter"_s;
}

} // namespace

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
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(error.message.startsWith(QDir::toNativeSeparators(path)), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
        if (kind == u"newer"_s)
            QVERIFY(error.message.contains(u"version %1"_s.arg(Storage::Project::currentSchemaVersion())));
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
                         qPrintable(error.message));
                QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
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
            QVERIFY(project->backupNow());
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
        QVERIFY2(fromBackup, qPrintable(error.message));
        QCOMPARE(fromBackup->articles().size(), 20);
        fromBackup.reset();

        // Restoring puts the backup in place and keeps the damaged file, with its journal, aside.
        const QByteArray damaged = fileHash(path);
        QVERIFY(writeFile(path + u"-journal"_s, "a stale journal of the damaged file"));
        QString keptAs;
        QVERIFY2(Storage::Project::restoreBackup(backup, path, &keptAs, &error), qPrintable(error.message));
        QVERIFY(keptAs.contains(u".damaged-"_s));
        QCOMPARE(fileHash(keptAs), damaged);
        QVERIFY(QFileInfo::exists(keptAs + u"-journal"_s));
        QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
        auto restored = Storage::Project::open(path, {}, &error);
        QVERIFY2(restored, qPrintable(error.message));
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
        QVERIFY2(error.message.contains(u"another Parlance"_s) && error.message.contains(u"read-only"_s), qPrintable(error.message));
        QVERIFY(error.message.contains(QString::number(holder.processId())));

        auto reader = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->articles().size(), 20);
        reader.reset();

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message));
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
            QVERIFY2(error.message.contains(u"crash"_s), qPrintable(error.message));
            QCOMPARE(fileHash(path), hash);
            return;
        }
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message));
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
        QVERIFY2(project, qPrintable(error.message));
        QVERIFY(project->isReadOnly());
        QVERIFY2(project->readOnlyReason().contains(folder ? u"folder"_s : u"file"_s), qPrintable(project->readOnlyReason()));
        QCOMPARE(project->articles().size(), 20);
        QCOMPARE(project->search(u"spokesman"_s).size(), 20);
        Model::Article article;
        article.text = u"x"_s;
        QVERIFY(!project->addArticle(article, &error));
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
        // The fixtures were made before the rename: they carry the former name's id and extension.
        const QString path = dir.filePath(u"old.parley"_s);
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = fileHash(path);

        Storage::Error error;
        {
            // Read-only cannot upgrade: refused, unchanged.
            QVERIFY(!Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error));
            QCOMPARE(error.code, Storage::Error::ReadOnly);
            QVERIFY(error.message.contains(u"version %1"_s.arg(version)));
            QCOMPARE(fileHash(path), before);
        }
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message));
        QCOMPARE(project->schemaVersion(), Storage::Project::currentSchemaVersion());
        QCOMPARE(project->integrityCheck(), u"ok"_s);
        QVERIFY(project->openingNotice().contains(u"Parley"_s));

        // A verified backup of the old version was made first, and it is byte for byte the old file's content.
        const QStringList backups = Storage::Project::backupsFor(path);
        QCOMPARE(backups.size(), 1);
        {
            auto old = Storage::Project::open(backups.first(), {.readOnly = true, .createIfMissing = false}, &error);
            QVERIFY(!old); // an old version cannot be opened read-only…
            QCOMPARE(error.code, Storage::Error::ReadOnly);
            QVERIFY(error.message.contains(u"version %1"_s.arg(version))); // …and it is that old version
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
        QVERIFY(project->addAnnotation(more));
        project.reset();
        project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message));
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
        QVERIFY(rawExec(path, "PRAGMA application_id=" QT_STRINGIFY(0x50726C79)));
        QCOMPARE(Storage::Schema::legacyApplicationId, 0x50726C79);
        auto headerId = [&](const QString &file) { return qFromBigEndian<quint32>(readFile(file).mid(68, 4).constData()); };
        QCOMPARE(headerId(path), quint32(Storage::Schema::legacyApplicationId));
        const QByteArray before = fileHash(path);
        const qsizetype backupsBefore = Storage::Project::backupsFor(path).size();

        Storage::Error error;
        {
            auto project = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error);
            QVERIFY2(project, qPrintable(error.message));
            QCOMPARE(project->articles().size(), 20);
            QVERIFY(project->openingNotice().isEmpty());
        }
        QCOMPARE(fileHash(path), before);

        {
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(error.message));
            QVERIFY(project->openingNotice().contains(u"Parley"_s));
            QCOMPARE(project->articles().size(), 20);
        }
        QCOMPARE(headerId(path), quint32(Storage::Schema::applicationId));
        const QStringList backups = Storage::Project::backupsFor(path); // newest first
        QCOMPARE(backups.size(), backupsBefore + 1);
        QCOMPARE(headerId(backups.first()), quint32(Storage::Schema::legacyApplicationId));
        {
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(error.message));
            QVERIFY(project->openingNotice().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectOpen)
#include "tst_projectopen.moc"
