// SPDX-License-Identifier: GPL-2.0-or-later
// packaging/parlance.mime.xml.in: `*.parlance` files and SQLite databases carrying Parlance's
// application_id are application/x-parlance-project; other SQLite databases are not.

#include "storage/schema.h"

#include <QFile>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// A real SQLite database with one table and the given application_id, as SQLite itself writes it.
bool writeDatabase(const QString &path, qint64 applicationId)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const QByteArray sql = "PRAGMA application_id=" + QByteArray::number(applicationId)
        + "; CREATE TABLE t(x); INSERT INTO t VALUES (1);";
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    return sqlite3_close(db) == SQLITE_OK && ok;
}

constexpr auto projectType = "application/x-parlance-project";
constexpr auto sqliteType = "application/vnd.sqlite3";

} // namespace

class TestMimeType final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The configured MIME file first, the system's database (for application/vnd.sqlite3) after.
        qputenv("XDG_DATA_DIRS", PARLANCE_PACKAGING_MIME_DIR ":/usr/local/share:/usr/share");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QMimeDatabase().mimeTypeForName(QLatin1StringView(projectType)).isValid());
    }

    void recognisesProjectFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<qint64>("applicationId"); // -1: not a database but a text file
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");

        const qint64 parlance = Parlance::Storage::Schema::applicationId;
        const int byContent = int(QMimeDatabase::MatchContent);
        const int byDefault = int(QMimeDatabase::MatchDefault);
        const int byName = int(QMimeDatabase::MatchExtension);
        QTest::newRow("project named .parlance") << u"news.parlance"_s << parlance << byDefault << QString::fromLatin1(projectType);
        QTest::newRow("project under another name, by content")
            << u"backup.bin"_s << parlance << byContent << QString::fromLatin1(projectType);
        QTest::newRow("project of the former name (Parley), by content")
            << u"old.parley"_s << qint64(Parlance::Storage::Schema::legacyApplicationId) << byContent
            << QString::fromLatin1(projectType);
        QTest::newRow("project without extension, by content")
            << u"project"_s << parlance << byContent << QString::fromLatin1(projectType);
        QTest::newRow("SQLite database without application_id")
            << u"cache.bin"_s << qint64(0) << byContent << QString::fromLatin1(sqliteType);
        QTest::newRow("SQLite database of another application")
            << u"other.bin"_s << qint64(0x12345678) << byContent << QString::fromLatin1(sqliteType);
        QTest::newRow("application_id one bit off")
            << u"near.bin"_s << (parlance ^ 1) << byContent << QString::fromLatin1(sqliteType);
        QTest::newRow(".parlance name alone") << u"empty.parlance"_s << qint64(-1) << byName << QString::fromLatin1(projectType);
        QTest::newRow("text file is not a project, by content")
            << u"notes.bin"_s << qint64(-1) << byContent << u"text/plain"_s;
    }

    void recognisesProjectFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(qint64, applicationId);
        QFETCH(int, mode);
        QFETCH(QString, expected);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        if (applicationId >= 0) {
            QVERIFY(writeDatabase(path, applicationId));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Talks resume on Monday, the spokesperson said.\n");
        }
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchMode(mode)).name(), expected);
    }

    void projectTypeIsAnSqliteDatabase()
    {
        const QMimeType type = QMimeDatabase().mimeTypeForName(QLatin1StringView(projectType));
        QVERIFY(type.inherits(QLatin1StringView(sqliteType)));
        QCOMPARE(type.suffixes(), QStringList{u"parlance"_s});
        QCOMPARE(type.comment(), u"Parlance project"_s);
        QCOMPARE(type.iconName(), QStringLiteral(PARLANCE_APP_ID));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
