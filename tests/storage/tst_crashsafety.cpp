// SPDX-License-Identifier: GPL-2.0-or-later
// Crash safety: a writer process is killed with SIGKILL at random moments; after every kill the
// project opens, passes integrity_check, and holds every annotation whose commit was acknowledged.
// The same for `parlance import` and for backups: no article without its suggestions, no partial
// backup left after the next open.
#include "import/suggestionstore.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace Parlance;
using namespace Qt::StringLiterals;

// 200 kills per test; under the sanitizers (CI's second run, several times slower) 50, which still
// lands kills among writes and backups. PARLANCE_CRASH_ROUNDS sets any number.
int crashRounds()
{
    if (qEnvironmentVariableIsSet("PARLANCE_CRASH_ROUNDS"))
        return qEnvironmentVariableIntValue("PARLANCE_CRASH_ROUNDS");
#if defined(__SANITIZE_ADDRESS__)
    return 50;
#else
    return 200;
#endif
}

class TestCrashSafety final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // as in crashwriter: the list of verified files goes to a test folder
    }

    void keepsAcknowledgedCommitsAcrossKills()
    {
        // PARLANCE_CRASH_ROUNDS and PARLANCE_CRASH_SEED make a failure reproducible or the run longer.
        const int rounds = crashRounds();
        const quint32 seed = qEnvironmentVariableIsSet("PARLANCE_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("PARLANCE_CRASH_SEED"))
                                                                            : QRandomGenerator::system()->generate();
        qInfo("seed %u, %d rounds", seed, rounds);
        QRandomGenerator random(seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"crash.parlance"_s);
        qint64 articleId = 0;
        {
            Storage::Error error;
            auto project = Storage::Project::open(path, {.readOnly = false, .createIfMissing = true}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            Model::Article article;
            article.title = u"Crash test"_s;
            article.text = u"The delegation said it would return to the table after the holiday. "_s.repeated(80);
            QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
            articleId = article.id;
        }

        const QString writer = QCoreApplication::applicationDirPath() + u"/crashwriter"_s;
        QSet<qint64> acknowledged;
        int killsWithNewAcks = 0;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(writer, {u"write"_s, path});
            QVERIFY(child.waitForStarted());
            // Every other round from the first instants (the writer still opening the project); the
            // others once it has acknowledged a write, and a little later, so that kills land among
            // writes however slowly a busy machine starts the writer.
            QElapsedTimer wait;
            wait.start();
            if (round % 2 == 1) {
                while (child.state() == QProcess::Running && !child.peek(4096).contains('\n') && wait.elapsed() < 20000)
                    child.waitForReadyRead(100);
                wait.restart();
            }
            const int delay = int(random.bounded(2, round % 2 == 1 ? 60 : 300));
            while (wait.elapsed() < delay && child.state() == QProcess::Running)
                child.waitForReadyRead(int(std::max<qint64>(1, delay - wait.elapsed())));
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            // Only whole lines count: a line cut by the kill was not an acknowledgement.
            QList<qint64> newAcks;
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                QVERIFY2(lines[i].startsWith("ack "), lines[i].constData());
                newAcks.append(lines[i].mid(4).toLongLong());
            }
            if (!newAcks.isEmpty())
                ++killsWithNewAcks;

            Storage::Error error;
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(u"round %1: "_s.arg(round) + error.message()));
            QVERIFY(!project->isReadOnly());
            QCOMPARE(project->integrityCheck(), u"ok"_s);
            for (qint64 id : std::as_const(newAcks)) {
                QVERIFY2(project->annotation(id), qPrintable(u"round %1: acknowledged annotation %2 is missing"_s.arg(round).arg(id)));
                acknowledged.insert(id);
            }
            QVERIFY(project->annotationCount() >= acknowledged.size());
        }
        qInfo("%d kills (%d after new acknowledged commits), %lld acknowledged annotations, %lld ms",
              rounds, killsWithNewAcks, qint64(acknowledged.size()), qint64(clock.elapsed()));
        QVERIFY(killsWithNewAcks > rounds / 4); // the kills did land among writes

        // At the end, every annotation ever acknowledged is there, and the note index matches its content.
        Storage::Error error;
        auto project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QSet<qint64> present;
        for (const Model::Annotation &a : project->annotations(articleId))
            present.insert(a.id);
        QVERIFY(present.contains(acknowledged));
        project.reset();

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const int rc = sqlite3_exec(db,
                                    "INSERT INTO note_fts (note_fts, rank) VALUES ('integrity-check', 1);"
                                    "INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1);",
                                    nullptr, nullptr, nullptr);
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        QVERIFY2(rc == SQLITE_OK, qPrintable(message));
    }

    // Kills during `parlance import` (one transaction per batch of articles with their suggestions)
    // and during backups, in turns, until PARLANCE_CRASH_ROUNDS (200) kills have landed.
    void keepsImportsAndBackupsWholeAcrossKills()
    {
        const int rounds = crashRounds();
        const quint32 seed = qEnvironmentVariableIsSet("PARLANCE_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("PARLANCE_CRASH_SEED"))
                                                                            : QRandomGenerator::system()->generate();
        qInfo("seed %u, %d rounds", seed, rounds);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"imports.parlance"_s);
        const QString backups = path + u"-backups"_s;
        const QString writer = QCoreApplication::applicationDirPath() + u"/crashwriter"_s;
        QSet<QString> acknowledged; // files whose "imported" line came out
        int killsInImports = 0, killsInBackups = 0, fileNumber = 0;
        // The kill comes at a random moment within how long a run of that kind last took uninterrupted,
        // so an idle machine that finishes an import quickly still gets its imports killed midway.
        qint64 importSpan = 600, backupSpan = 400;
        const int half = rounds / 2;
        for (int round = 0; (killsInImports < half || killsInBackups < rounds - half) && round < 8 * rounds; ++round) {
            const bool backup = QFileInfo::exists(path) && (killsInImports >= half || (killsInBackups < rounds - half && round % 2 == 1));
            QStringList arguments;
            if (backup) {
                arguments = {u"backup"_s, path};
            } else {
                arguments = {u"import"_s, path};
                for (int i = 0; i < 6; ++i) {
                    const QString file = dir.filePath(u"article-%1.txt"_s.arg(++fileNumber));
                    QFile f(file);
                    QVERIFY(f.open(QIODevice::WriteOnly));
                    f.write(u"Talks, round %1\n\n\u201cWe will return to the table next week,\u201d the minister said on day %1. "
                            "Russia warned it would respond if sanctions were extended.\n"_s.arg(fileNumber).repeated(3).toUtf8());
                    arguments.append(file);
                }
            }
            QProcess child;
            child.start(writer, arguments);
            QVERIFY(child.waitForStarted());
            qint64 &span = backup ? backupSpan : importSpan;
            const int delay = int(random.bounded(2, int(std::max<qint64>(3, span))));
            QElapsedTimer wait;
            wait.start();
            while (wait.elapsed() < delay && child.state() == QProcess::Running)
                child.waitForReadyRead(int(std::max<qint64>(1, delay - wait.elapsed())));
            const bool killed = child.state() == QProcess::Running;
            if (killed) {
                child.kill();
                (backup ? killsInBackups : killsInImports)++;
            }
            if (child.state() != QProcess::NotRunning)
                QVERIFY(child.waitForFinished(20000));
            if (!killed) {
                QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
                span = std::max<qint64>(3, wait.elapsed());
            }
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                if (lines[i].startsWith("imported ") && lines[i].contains(".txt:"))
                    acknowledged.insert(QString::fromUtf8(lines[i].mid(9, lines[i].indexOf(".txt:") - 9 + 4)));
            }
            if (!QFileInfo::exists(path))
                continue; // killed before the project was made

            Storage::Error error;
            auto project = Storage::Project::open(path, {}, &error);
            QVERIFY2(project, qPrintable(u"round %1: "_s.arg(round) + error.message()));
            QCOMPARE(project->integrityCheck(), u"ok"_s);
            // No partial backup once it is open again.
            const QStringList partial = QDir(backups).entryList({u"*.partial-*"_s}, QDir::Files | QDir::Hidden);
            QVERIFY2(partial.isEmpty(), qPrintable(u"round %1: left over: "_s.arg(round) + partial.join(u", "_s)));
            // Every article has its suggestions, and every acknowledged file is there.
            for (const Storage::ArticleSummary &s : project->articles())
                QVERIFY2(Import::wasAnalysed(*project, s.id), qPrintable(u"round %1: article %2 has no suggestions"_s.arg(round).arg(s.id)));
            QSet<QString> titles;
            for (const Storage::ArticleSummary &s : project->articles())
                titles.insert(s.title);
            for (const QString &file : std::as_const(acknowledged)) {
                const QString number = QFileInfo(file).completeBaseName().section(u'-', 1);
                QVERIFY2(titles.contains(u"Talks, round "_s + number), qPrintable(u"round %1: %2 was acknowledged but is missing"_s.arg(round).arg(file)));
            }
        }
        qInfo("%d kills during imports, %d during backups, %lld files acknowledged", killsInImports, killsInBackups,
              qint64(acknowledged.size()));
        QCOMPARE(killsInImports, half);
        QCOMPARE(killsInBackups, rounds - half);
        QVERIFY(!acknowledged.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
