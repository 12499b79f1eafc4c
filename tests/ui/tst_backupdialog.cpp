// SPDX-License-Identifier: GPL-2.0-or-later
// The dialog shown when a project cannot be opened: it names the problem, lists the backups with
// their dates and article counts, and restores the chosen one into a new file, driven here by
// keys and clicks. The refused file is never touched.
#include "backupdialog.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

bool addArticles(Storage::Project &project, int count)
{
    QList<Model::Article> articles;
    for (int i = 0; i < count; ++i) {
        Model::Article a;
        a.text = u"Article %1\n\nThe envoy said the ceasefire would hold. "_s.arg(project.articles().size() + i).repeated(10);
        articles.append(a);
    }
    return Storage::ProjectWriter(project).addArticles(articles);
}

} // namespace

class TestBackupDialog final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"talks.parlance"_s);
        auto project = Storage::Project::open(m_path, {.readOnly = false, .createIfMissing = true}, nullptr);
        QVERIFY(project);
        QVERIFY(addArticles(*project, 3));
        QVERIFY(Storage::ProjectWriter(*project).backupNow()); // older: 3 articles
        QTest::qWait(5);
        QVERIFY(addArticles(*project, 2));
        QVERIFY(Storage::ProjectWriter(*project).backupNow()); // newer: 5 articles
        project.reset();
        // Damaged: cut in half.
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
    }

    void restoresTheChosenBackupIntoANewFile()
    {
        Storage::Error error;
        QVERIFY(!Storage::Project::open(m_path, {}, &error));
        const QByteArray damaged = fileHash(m_path);

        Ui::BackupDialog dialog(m_path, error.message());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(u"problem"_s)->text().contains(u"truncated"_s));
        auto *list = dialog.findChild<QTreeWidget *>(u"backups"_s);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), u"5"_s); // newest first, with article counts
        QCOMPARE(list->topLevelItem(1)->text(1), u"3"_s);
        QVERIFY(!list->topLevelItem(0)->text(0).isEmpty()); // and dates
        QCOMPARE(list->currentItem(), list->topLevelItem(0)); // the newest good one is proposed
        dialog.grab().save(QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/backupdialog.png"));

        // The older one, by keyboard.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentItem(), list->topLevelItem(1));

        // Restoring over the damaged file is refused in the dialog.
        auto *target = dialog.findChild<QLineEdit *>(u"target"_s);
        QVERIFY(!target->text().isEmpty());
        target->setFocus();
        QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(target, m_path);
        auto *restore = dialog.findChild<QPushButton *>(u"restore"_s);
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"error"_s)->isVisible());
        QCOMPARE(fileHash(m_path), damaged);

        // Into a new file: restored, checked, and the dialog closes with its path.
        const QString fresh = m_dir.filePath(u"talks-again.parlance"_s);
        QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(target, fresh);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.restoredPath(), fresh);
        auto project = Storage::Project::open(fresh, {}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        QCOMPARE(project->articles().size(), 3);
        QCOMPARE(fileHash(m_path), damaged);
    }

    void withoutBackupsItSaysSo()
    {
        const QString lonely = m_dir.filePath(u"lonely.parlance"_s);
        Ui::BackupDialog dialog(lonely, lonely + u": no such file"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QTreeWidget *>(u"backups"_s)->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(u"restore"_s)->isVisible());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestBackupDialog)
#include "tst_backupdialog.moc"
