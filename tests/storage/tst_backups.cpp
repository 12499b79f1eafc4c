// SPDX-License-Identifier: GPL-2.0-or-later
// Rolling, verified backups beside a project, and the thinning of their generations.
#include "storage/backups.h"
#include "storage/diskspace.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QDir>

#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Storage::Project> projectWithArticle(const QString &path)
{
    auto project = Storage::Project::open(path, {.readOnly = false, .createIfMissing = true}, nullptr);
    if (!project)
        return nullptr;
    Model::Article article;
    article.title = u"Backed up"_s;
    article.text = u"Backed up\n\nThe council said it would publish the report."_s;
    if (!Storage::ProjectWriter(*project).addArticle(article))
        return nullptr;
    return project;
}

// A closed project of `count` articles.
bool makeProject(const QString &path, int count)
{
    auto project = Storage::Project::open(path, {.readOnly = false, .createIfMissing = true}, nullptr);
    if (!project)
        return false;
    QList<Model::Article> articles;
    for (int i = 0; i < count; ++i) {
        Model::Article a;
        a.text = u"Article %1\n\nThe council said it would publish the report. "_s.arg(i).repeated(20);
        articles.append(a);
    }
    return Storage::ProjectWriter(*project).addArticles(articles);
}

} // namespace

class TestBackups final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath()
    {
        return m_dir.filePath(u"b%1.parlance"_s.arg(++m_counter));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the list of verified files goes to a test folder
        QVERIFY(m_dir.isValid());
    }

    void thinsGenerations_data()
    {
        QTest::addColumn<QList<int>>("ageInHours"); // newest first
        QTest::addColumn<QList<int>>("thinned");    // indexes
        QTest::newRow("five recent are kept") << QList<int>{0, 1, 2, 3, 4} << QList<int>{};
        QTest::newRow("more than five on one day") << QList<int>{0, 1, 2, 3, 4, 5, 6} << QList<int>{5, 6};
        QTest::newRow("newest of each day for a week") << QList<int>{0, 1, 2, 3, 4, 5, 24, 30, 48, 49} << QList<int>{5, 7, 9};
        QTest::newRow("newest of each week for eight weeks")
            << QList<int>{0, 1, 2, 3, 4, 8 * 24, 9 * 24, 15 * 24, 16 * 24} << QList<int>{6, 8};
        QTest::newRow("older than eight weeks go") << QList<int>{0, 1, 2, 3, 4, 60 * 24, 70 * 24} << QList<int>{5, 6};
        QTest::newRow("the newest is kept however old") << QList<int>{100 * 24} << QList<int>{};
    }

    void thinsGenerations()
    {
        QFETCH(QList<int>, ageInHours);
        QFETCH(QList<int>, thinned);
        // A Wednesday noon, so that days and weeks in the rows above fall where the names say.
        const QDateTime now(QDate(2026, 6, 17), QTime(12, 0), QTimeZone::UTC);
        QList<QDateTime> times;
        for (int hours : std::as_const(ageInHours))
            times.append(now.addSecs(-3600LL * hours));
        QCOMPARE(Storage::Backups::toThin(times, now), thinned);
    }

    void backupIsVerifiedAndListedNewestFirst()
    {
        const QString path = newPath();
        auto project = projectWithArticle(path);
        QVERIFY(project);
        QVERIFY(Storage::Project::backupsFor(path).isEmpty());
        for (int i = 0; i < 3; ++i)
            QVERIFY(Storage::ProjectWriter(*project).backupNow());
        const QStringList backups = Storage::Project::backupsFor(path);
        QCOMPARE(backups.size(), 3);
        QVERIFY(backups[0].startsWith(Storage::Backups::folderFor(path) + u"/b"_s));
        QVERIFY(Storage::Backups::timeOf(backups[0]) > Storage::Backups::timeOf(backups[1]));
        QVERIFY(Storage::Backups::timeOf(backups[1]) > Storage::Backups::timeOf(backups[2]));
        for (const QString &b : backups) {
            QVERIFY(Storage::Backups::isGood(b));
            QFile f(b);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(int(f.read(20).at(18)), 1); // a single file in rollback-journal mode
            auto copy = Storage::Project::open(b, {.readOnly = true, .createIfMissing = false}, nullptr);
            QVERIFY(copy);
            QCOMPARE(copy->articles().size(), 1);
        }
        // No temporary files are left behind.
        QCOMPARE(QDir(Storage::Backups::folderFor(path)).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    // Larger than SQLite's page cache (2 MB): the copy spills pages before it writes page 1.
    void aProjectLargerThanThePageCacheIsBackedUp()
    {
        const QString path = newPath();
        QVERIFY(makeProject(path, 3000)); // closing it made the first backup
        QVERIFY(QFileInfo(path).size() > 4 * 1024 * 1024);
        QCOMPARE(Storage::Project::backupsFor(path).size(), 1);
        auto project = Storage::Project::open(path, {}, nullptr);
        QVERIFY(project);
        Storage::Error error;
        QVERIFY2(Storage::ProjectWriter(*project).backupNow(&error), qPrintable(error.message()));
        const QStringList backups = Storage::Project::backupsFor(path);
        QCOMPARE(backups.size(), 2);
        QVERIFY(Storage::Backups::isGood(backups.first()));
        QVERIFY(Storage::Backups::isGood(backups.last()));
        auto copy = Storage::Project::open(backups.first(), {.readOnly = true, .createIfMissing = false}, nullptr);
        QVERIFY(copy);
        QCOMPARE(copy->articles().size(), 3000);
    }

    void makingBackupsThinsOlderOnes()
    {
        const QString path = newPath();
        auto project = projectWithArticle(path);
        QVERIFY(project);
        for (int i = 0; i < 8; ++i)
            QVERIFY(Storage::ProjectWriter(*project).backupNow());
        // All made today: the five newest stay.
        QCOMPARE(Storage::Project::backupsFor(path).size(), 5);
    }

    void newestGoodBackupSkipsDamagedOnes()
    {
        const QString path = newPath();
        auto project = projectWithArticle(path);
        QVERIFY(project);
        QVERIFY(Storage::ProjectWriter(*project).backupNow());
        QVERIFY(Storage::ProjectWriter(*project).backupNow());
        const QStringList backups = Storage::Project::backupsFor(path);
        QCOMPARE(Storage::Project::newestGoodBackup(path), backups[0]);
        {
            QFile f(backups[0]);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        }
        QCOMPARE(Storage::Project::newestGoodBackup(path), backups[1]);
        {
            QFile f(backups[1]);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("not a database");
        }
        QVERIFY(Storage::Project::newestGoodBackup(path).isEmpty());
    }

    void closingAChangedProjectMakesABackup()
    {
        const QString path = newPath();
        projectWithArticle(path).reset(); // changed, then closed
        QCOMPARE(Storage::Project::backupsFor(path).size(), 1);
        // Opened and closed without a change: no new backup.
        Storage::Project::open(path, {}, nullptr).reset();
        QCOMPARE(Storage::Project::backupsFor(path).size(), 1);
        // Changed again within the interval: the recent backup is enough.
        {
            auto project = Storage::Project::open(path, {}, nullptr);
            QVERIFY(Storage::ProjectWriter(*project).setSetting(u"x"_s, 1));
        }
        QCOMPARE(Storage::Project::backupsFor(path).size(), 1);
    }

    void backupsOfOtherProjectsAreNotListed()
    {
        const QString a = m_dir.filePath(u"news.parlance"_s);
        const QString b = m_dir.filePath(u"news-2.parlance"_s);
        auto pa = projectWithArticle(a);
        auto pb = projectWithArticle(b);
        QVERIFY(pa && pb);
        QVERIFY(Storage::ProjectWriter(*pa).backupNow());
        QVERIFY(Storage::ProjectWriter(*pb).backupNow());
        QVERIFY(Storage::Backups::folderFor(a) != Storage::Backups::folderFor(b));
        QCOMPARE(Storage::Project::backupsFor(a).size(), 1);
        QCOMPARE(Storage::Project::backupsFor(b).size(), 1);
    }

    void cleanup()
    {
        Storage::DiskSpace::setProbeForTesting({});
    }

    void leftoversOfAnInterruptedBackupGoOnTheNextOpen()
    {
        const QString path = newPath();
        QVERIFY(makeProject(path, 2));
        const QString folder = Storage::Backups::folderFor(path);
        QVERIFY(QDir().mkpath(folder));
        const QString base = QFileInfo(path).completeBaseName();
        const QStringList leftovers{base + u"-20260101-101010101.parlance.partial-4242-9f3a"_s,
                                    base + u"-20260101-101010101.parlance.partial-4242-9f3a-journal"_s};
        for (const QString &name : leftovers) {
            QFile f(QDir(folder).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        const QString unrelated = QDir(folder).filePath(u"notes.txt"_s);
        QVERIFY(QFile(unrelated).open(QIODevice::WriteOnly));
        {
            // Read-only: not the lock holder, so it cannot know they are dead.
            auto reader = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, nullptr);
            QVERIFY(reader);
            QCOMPARE(QDir(folder).entryList({u"*.partial-*"_s}).size(), 2);
        }
        auto project = Storage::Project::open(path, {}, nullptr);
        QVERIFY(project);
        QVERIFY(QDir(folder).entryList({u"*.partial-*"_s}).isEmpty());
        QVERIFY(QFileInfo::exists(unrelated));
    }

    void aBackupNeverFillsTheDisk()
    {
        const QString path = newPath();
        QVERIFY(makeProject(path, 3));
        auto project = Storage::Project::open(path, {}, nullptr);
        QVERIFY(project);
        for (int i = 0; i < 3; ++i) // and the one made when makeProject() closed it
            QVERIFY(Storage::ProjectWriter(*project).backupNow());
        QStringList backups = Storage::Project::backupsFor(path);
        QCOMPARE(backups.size(), 4);
        const QString newest = backups.first();
        const QString oldest = backups.last();
        // A device whose free space grows as backups are removed: room for a new one once two of the four are gone.
        const qint64 size = QFileInfo(path).size(); // a backup is as large as the project
        const qint64 needed = Storage::Backups::spaceNeeded(size);
        Storage::DiskSpace::setProbeForTesting([&](const QString &) -> qint64 {
            qint64 used = 0;
            for (const QString &b : Storage::Project::backupsFor(path))
                used += QFileInfo(b).size();
            return needed + 2 * size + size / 2 - used;
        });
        Storage::Error error;
        QVERIFY2(Storage::ProjectWriter(*project).backupNow(&error), qPrintable(error.message()));
        backups = Storage::Project::backupsFor(path);
        QCOMPARE(backups.size(), 3); // two old ones went, oldest first, and the new one came
        QVERIFY(!backups.contains(oldest));
        QVERIFY(backups.contains(newest));

        // Not even then: it fails with the reason and the figures, and removes no backup in vain.
        Storage::DiskSpace::setProbeForTesting([](const QString &) -> qint64 { return 1024; });
        QVERIFY(!Storage::ProjectWriter(*project).backupNow(&error));
        QCOMPARE(error.code, Storage::Error::Io);
        QVERIFY2(error.message().contains(u"not enough free space"_s) && error.message().contains(u"1.00 KiB free"_s), qPrintable(error.message()));
        QCOMPARE(Storage::Project::backupsFor(path).size(), 3);
        QVERIFY(Storage::Backups::isGood(Storage::Project::backupsFor(path).first()));
        QVERIFY(QDir(Storage::Backups::folderFor(path)).entryList({u"*.partial-*"_s}).isEmpty());
    }

    void restoresABackupIntoANewFileOnly()
    {
        const QString path = newPath();
        QVERIFY(makeProject(path, 2));
        {
            auto project = Storage::Project::open(path, {}, nullptr);
            QVERIFY(project);
            QVERIFY(Storage::ProjectWriter(*project).backupNow());
        }
        const QList<Storage::BackupInfo> infos = Storage::Project::backupInfo(path);
        QCOMPARE(infos.size(), 2); // on closing the new project, and now
        QCOMPARE(infos.first().articles, 2);
        QVERIFY(infos.first().good);
        QVERIFY(qAbs(infos.first().time.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        Storage::Error error;
        QVERIFY(!Storage::Project::restoreBackupAs(infos.first().path, path, &error)); // never over a file
        QVERIFY2(error.message().contains(u"exists already"_s), qPrintable(error.message()));
        const QString target = m_dir.filePath(u"restored-%1.parlance"_s.arg(m_counter));
        QVERIFY2(Storage::Project::restoreBackupAs(infos.first().path, target, &error), qPrintable(error.message()));
        auto restored = Storage::Project::open(target, {}, &error);
        QVERIFY2(restored, qPrintable(error.message()));
        QCOMPARE(restored->articles().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
