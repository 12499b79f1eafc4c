// SPDX-License-Identifier: GPL-2.0-or-later
// File > Open Shared Project…: typed with real key events; Open only once something is typed; a
// bare word is a service name; the note says where the password comes from; the main window's
// File menu has the action and it opens the dialog.

#include "mainwindow.h"
#include "sharedprojectdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestSharedProjectDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the recent list goes to a test folder

    void typedUrlIsOpened()
    {
        Ui::SharedProjectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *open = dialog.buttons()->button(QDialogButtonBox::Open);
        QVERIFY(!open->isEnabled());
        dialog.serverEdit()->setFocus();
        QTest::keyClicks(dialog.serverEdit(), u"postgresql://db.example.org/desk"_s);
        QVERIFY(open->isEnabled());
        QVERIFY(dialog.grab().save(QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/sharedprojectdialog.png"))); // to look at
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(dialog.serverEdit(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.target(), u"postgresql://db.example.org/desk"_s);
    }

    void bareWordIsAServiceName()
    {
        Ui::SharedProjectDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.serverEdit(), u"  desk "_s);
        QCOMPARE(dialog.target(), u"service=desk"_s);
        QTest::keyClick(dialog.serverEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(dialog.serverEdit(), Qt::Key_Delete);
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Open)->isEnabled());
        QTest::keyClicks(dialog.serverEdit(), u"host=/run/postgresql dbname=desk"_s);
        QCOMPARE(dialog.target(), u"host=/run/postgresql dbname=desk"_s);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(dialog.serverEdit(), Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
    }

    void notesWhereThePasswordComesFrom()
    {
        Ui::SharedProjectDialog dialog;
        auto *note = dialog.findChild<QLabel *>(u"passwordNote"_s);
        QVERIFY(note);
        QVERIFY(note->text().contains(u".pgpass"_s));
        QVERIFY(note->text().contains(u"PGPASSWORD"_s));
        QCOMPARE(dialog.findChildren<QLineEdit *>().size(), 1); // no password field
    }

    void fileMenuOpensTheDialog()
    {
        Ui::MainWindow window;
        auto *action = window.findChild<QAction *>(u"actionOpenShared"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<Ui::SharedProjectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // An address that cannot be reached: the window says why, and keeps no project.
        QTest::keyClicks(dialog->serverEdit(), u"host=/nonexistent-parlance dbname=desk connect_timeout=2"_s);
        QTest::keyClick(dialog->serverEdit(), Qt::Key_Return);
        QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(u"nonexistent-parlance"_s));
    }
};

QTEST_MAIN(TestSharedProjectDialog)
#include "tst_sharedprojectdialog.moc"
