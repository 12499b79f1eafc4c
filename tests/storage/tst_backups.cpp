// SPDX-License-Identifier: GPL-2.0-or-later
// Rolling, verified backups beside a project, and the thinning of their generations.
#include "storage/backups.h"
#include "storage/project.h"

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
    if (!project->addArticle(article))
        return nullptr;
    return project;
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
            QVERIFY(project->backupNow());
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

    void makingBackupsThinsOlderOnes()
    {
        const QString path = newPath();
        auto project = projectWithArticle(path);
        QVERIFY(project);
        for (int i = 0; i < 8; ++i)
            QVERIFY(project->backupNow());
        // All made today: the five newest stay.
        QCOMPARE(Storage::Project::backupsFor(path).size(), 5);
    }

    void newestGoodBackupSkipsDamagedOnes()
    {
        const QString path = newPath();
        auto project = projectWithArticle(path);
        QVERIFY(project);
        QVERIFY(project->backupNow());
        QVERIFY(project->backupNow());
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
            QVERIFY(project->setSetting(u"x"_s, 1));
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
        QVERIFY(pa->backupNow());
        QVERIFY(pb->backupNow());
        QVERIFY(Storage::Backups::folderFor(a) != Storage::Backups::folderFor(b));
        QCOMPARE(Storage::Project::backupsFor(a).size(), 1);
        QCOMPARE(Storage::Project::backupsFor(b).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
