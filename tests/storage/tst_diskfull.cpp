// SPDX-License-Identifier: GPL-2.0-or-later
// A full disk or an I/O error while saving: reported as an error naming the file, and the project
// keeps its previous state. An SQLite VFS shim, registered as the default for this process, lets
// writes through until a byte budget is spent and then fails them.
#include "cli/importcommand.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_shim;
qint64 g_budget = -1; // bytes still allowed to be written; negative: no limit
int g_failure = SQLITE_FULL;

struct ShimFile {
    sqlite3_file base;
    sqlite3_file *real; // lives right after this struct, in the memory SQLite gave us
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

bool spend(qint64 bytes)
{
    if (g_budget < 0)
        return true;
    if (g_budget < bytes) {
        g_budget = 0;
        return false;
    }
    g_budget -= bytes;
    return true;
}

int shimClose(sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); }
int shimRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), b, n, o); }
int shimWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    if (!spend(n))
        return g_failure;
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
int shimSync(sqlite3_file *f, int flags)
{
    if (g_budget == 0)
        return g_failure == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
int shimLock(sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int shimUnlock(sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int shimCheckReservedLock(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int shimFileControl(sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int shimSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int shimDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int shimShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void shimShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int shimShmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
int shimFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p) { return real(f)->pMethods->xFetch(real(f), o, n, p); }
int shimUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return real(f)->pMethods->xUnfetch(real(f), o, p); }

const sqlite3_io_methods shimMethods = {
    3, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize, shimLock, shimUnlock,
    shimCheckReservedLock, shimFileControl, shimSectorSize, shimDeviceCharacteristics,
    shimShmMap, shimShmLock, shimShmBarrier, shimShmUnmap, shimFetch, shimUnfetch,
};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // SQLite calls xClose only if pMethods is set, so set it only when the real file opened.
    shim->base.pMethods = shim->real->pMethods ? &shimMethods : nullptr;
    return rc;
}

void registerShim()
{
    g_real = sqlite3_vfs_find(nullptr);
    g_shim = *g_real;
    g_shim.zName = "parlance-test-shim";
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.xOpen = shimOpen;
    sqlite3_vfs_register(&g_shim, 1);
}

} // namespace

class TestDiskFull final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(g_real->iVersion >= 1, true);
        QVERIFY(g_real->xOpen);
    }

    void init()
    {
        g_budget = -1;
    }

    void failedWriteKeepsPreviousState_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<int>("failure");
        QTest::addColumn<bool>("closeWhileFailing");
        for (const char *op : {"annotation", "articles", "update", "remove article", "settings"}) {
            for (qint64 budget : {0, 700, 9000}) {
                for (int failure : {SQLITE_FULL, SQLITE_IOERR_WRITE}) {
                    for (bool close : {false, true}) {
                        QTest::addRow("%s, %lld bytes, %s%s", op, budget, failure == SQLITE_FULL ? "disk full" : "I/O error",
                                      close ? ", closed while failing" : "")
                            << QString::fromLatin1(op) << budget << failure << close;
                    }
                }
            }
        }
    }

    void failedWriteKeepsPreviousState()
    {
        QFETCH(QString, operation);
        QFETCH(qint64, budget);
        QFETCH(int, failure);
        QFETCH(bool, closeWhileFailing);
        const QString path = m_dir.filePath(u"full%1.parlance"_s.arg(++m_counter));
        Storage::Error error;
        auto project = Storage::Project::open(path, {.readOnly = false, .createIfMissing = true}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        Model::Article article;
        article.title = u"Before"_s;
        article.text = u"Before the disk filled up, the minister said talks would go on. "_s.repeated(20);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        Model::Annotation kept;
        kept.articleId = article.id;
        kept.span = {0, 6};
        kept.note = u"kept note"_s;
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(kept));
        QVERIFY(Storage::ProjectWriter(*project).setSetting(u"k"_s, u"before"_s));

        g_budget = budget;
        g_failure = failure;
        bool ok = true;
        if (operation == u"annotation"_s) {
            Model::Annotation lost;
            lost.articleId = article.id;
            lost.span = {7, 10};
            lost.note = u"lost note "_s.repeated(500);
            ok = Storage::ProjectWriter(*project).addAnnotation(lost, &error);
        } else if (operation == u"articles"_s) {
            QList<Model::Article> batch;
            for (int i = 0; i < 10; ++i) {
                Model::Article a;
                a.text = u"A long article that will not fit. "_s.repeated(300);
                batch.append(a);
            }
            ok = Storage::ProjectWriter(*project).addArticles(batch, &error);
        } else if (operation == u"update"_s) {
            Model::Annotation changed = kept;
            changed.note = u"changed note "_s.repeated(500);
            ok = Storage::ProjectWriter(*project).updateAnnotation(changed, &error);
        } else if (operation == u"remove article"_s) {
            ok = Storage::ProjectWriter(*project).removeArticle(article.id, &error);
        } else {
            ok = Storage::ProjectWriter(*project).setSetting(u"k"_s, u"after "_s.repeated(2000), &error);
        }
        QVERIFY(!ok);
        QCOMPARE(error.code, Storage::Error::Io);
        QVERIFY2(error.message().startsWith(QDir::toNativeSeparators(path)), qPrintable(error.message()));
        QVERIFY2(error.message().contains(failure == SQLITE_FULL ? u"no space left on the device ("_s : u"I/O"_s), qPrintable(error.message()));

        if (closeWhileFailing)
            project.reset(); // the checkpoint on close fails too; the -wal file carries the commits
        g_budget = -1;
        if (!closeWhileFailing) {
            // Once there is room again, the same open project saves again.
            Model::Annotation later;
            later.articleId = article.id;
            later.span = {11, 14};
            QVERIFY2(Storage::ProjectWriter(*project).addAnnotation(later, &error), qPrintable(error.message()));
            QVERIFY(Storage::ProjectWriter(*project).removeAnnotation(later.id));
            project.reset();
        }

        project = Storage::Project::open(path, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QCOMPARE(project->integrityCheck(), u"ok"_s);
        QCOMPARE(project->articles().size(), 1);
        QCOMPARE(*project->article(article.id), article);
        QCOMPARE(project->annotations(article.id), QList<Model::Annotation>{kept});
        QCOMPARE(project->setting(u"k"_s).toString(), u"before"_s);
        QCOMPARE(project->search(u"kept"_s).size(), 1);
        QVERIFY(project->search(u"lost"_s).isEmpty());
        QVERIFY(project->search(u"changed"_s).isEmpty());
    }

    // `parlance import` on a full disk: no article is reported imported, the cause is named, the
    // exit status is 1, and what was there before is intact. (It used to print "imported 2
    // articles" and exit 0 while every suggestion write failed.)
    void importOnAFullDiskSaysSo_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::newRow("nothing fits") << qint64(0);
        QTest::newRow("the articles fit, their suggestions not") << qint64(9000);
    }

    void importOnAFullDiskSaysSo()
    {
        QFETCH(qint64, budget);
        const QString path = m_dir.filePath(u"import%1.parlance"_s.arg(++m_counter));
        {
            auto project = Storage::Project::open(path, {.readOnly = false, .createIfMissing = true}, nullptr);
            QVERIFY(project);
            Model::Article before;
            before.text = u"An article from before."_s;
            QVERIFY(Storage::ProjectWriter(*project).addArticle(before));
        }
        QStringList files;
        for (int i = 0; i < 2; ++i) {
            files.append(m_dir.filePath(u"article%1-%2.txt"_s.arg(m_counter).arg(i)));
            QFile f(files.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Talks %1\n\n\u201cWe will return to the table,\u201d the minister said. ").arg(i).repeated(40).toUtf8());
        }
        g_budget = budget;
        g_failure = SQLITE_FULL;
        QString out, err;
        QTextStream o(&out), e(&err);
        const int status = Cli::runImport(QStringList{path} + files, {o, e});
        g_budget = -1;
        o.flush();
        e.flush();
        QCOMPARE(status, 1);
        QVERIFY2(err.contains(u"no space left on the device ("_s), qPrintable(err));
        QVERIFY2(out.contains(u"imported 0 articles"_s), qPrintable(out));
        auto project = Storage::Project::open(path, {}, nullptr);
        QVERIFY(project);
        QCOMPARE(project->articles().size(), 1);
        QCOMPARE(project->integrityCheck(), u"ok"_s);
    }
};

int main(int argc, char *argv[])
{
    registerShim(); // before any connection is opened
    QCoreApplication app(argc, argv);
    TestDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diskfull.moc"
