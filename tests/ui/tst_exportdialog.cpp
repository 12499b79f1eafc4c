// SPDX-License-Identifier: GPL-2.0-or-later
// File > Export driven from the main window: the shortcut opens the dialog, the widgets choose the
// format, the articles and the path, Export writes the file that the project's annotations predict.
#include "exportdialog.h"
#include "storage/projectwriter.h"
#include "mainwindow.h"
#include "projectfixture.h"

#include "highlight/syntaxrepository.h"

#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QLabel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include "rfc4180reader.h"

#include <QTest>
#include <QTextDocument>
#include <QTextBrowser>

#include <utility>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Model::AnnotationKind;
using Model::Origin;
using Scope = Ui::ExportDialog::Scope;


class TestExportDialog : public QObject {
    Q_OBJECT

    ProjectFixture m_fixture;
    std::unique_ptr<Ui::MainWindow> m_window;
    QTemporaryDir m_out;

    /// Opens the dialog the way a person does: Ctrl+E on the main window.
    Ui::ExportDialog *openDialog()
    {
        // The shortcut is a window shortcut: the window must be active (a closed dialog hands it back).
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        Ui::ExportDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = m_window->findChild<Ui::ExportDialog *>();
            return dialog && dialog->isVisible();
        });
        return shown ? dialog : nullptr;
    }

    /// Clicks a radio button or check box on its indicator (the widget may be wider than its label).
    static void clickIndicator(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }

    static void typePath(Ui::ExportDialog *dialog, const QString &path)
    {
        QLineEdit *edit = dialog->pathEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, path);
    }

    /// The annotations of these articles an export would take (rejected ones never).
    int expectedRows(const QList<qint64> &articles, bool withSuggestions) const
    {
        int n = 0;
        for (qint64 id : articles)
            for (const Model::Annotation &a : m_window->project()->annotations(id))
                n += a.origin == Origin::Manual || a.origin == Origin::Accepted
                    || (withSuggestions && a.origin == Origin::Suggested);
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QVERIFY(m_fixture.open() && m_fixture.fill());
        const QString first = firstText();
        const QString second = secondText();
        QList<Model::Annotation> confirmed{
            annotationOf(m_fixture.first, spanOf(first, u"We are ready to reopen the crossings before the first snow,"_s),
                         AnnotationKind::Quote),
            annotationOf(m_fixture.first, spanOf(first, u"Nothing is agreed until everything is agreed,"_s),
                         AnnotationKind::Quote, 0, Origin::Accepted),
            annotationOf(m_fixture.second, spanOf(second, u"We are prepared to reopen the crossings before winter,"_s),
                         AnnotationKind::Quote),
        };
        for (Model::Annotation &a : confirmed)
            QVERIFY(Storage::ProjectWriter(*m_fixture.project).addAnnotation(a));
        Model::Annotation rejected = annotationOf(m_fixture.second, spanOf(second, u"Tomas Varga"_s),
                                                  AnnotationKind::ActorMention, 0, Origin::Rejected);
        QVERIFY(Storage::ProjectWriter(*m_fixture.project).addAnnotation(rejected));
        m_fixture.suggest(m_fixture.first, {annotationOf(m_fixture.first, spanOf(first, u"Tomas Varga"_s),
                                                         AnnotationKind::ActorMention, 0, Origin::Suggested)});
        m_fixture.suggest(m_fixture.second, {annotationOf(m_fixture.second, spanOf(second, u"Lena Brandt"_s),
                                                          AnnotationKind::ActorMention, 0, Origin::Suggested)});
        m_fixture.project.reset(); // the window holds the project

        m_window = std::make_unique<Ui::MainWindow>();
        m_window->setInteractive(false);
        m_window->resize(1280, 800);
        QString error;
        QVERIFY2(m_window->openProject(m_fixture.path(), {}, &error), qPrintable(error));
        m_window->showArticle(m_fixture.first);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The confirmed annotations above, whatever the analysis suggested on opening.
        QCOMPARE(expectedRows({m_fixture.first, m_fixture.second}, false), 3);
        QVERIFY(expectedRows({m_fixture.first, m_fixture.second}, true) > 3);
    }

    void cleanupTestCase() { m_window.reset(); }

    void cleanup()
    {
        // A dialog left open by a failed check must not be found by the next test.
        delete m_window->findChild<Ui::ExportDialog *>();
    }

    void exportWritesOneCsvRowPerAnnotation_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<bool>("withSuggestions");
        QTest::newRow("all articles, confirmed") << int(Scope::All) << false;
        QTest::newRow("the article being read, confirmed") << int(Scope::Open) << false;
        QTest::newRow("all articles, with suggestions") << int(Scope::All) << true;
    }

    void exportWritesOneCsvRowPerAnnotation()
    {
        QFETCH(int, scope);
        QFETCH(bool, withSuggestions);
        QPointer<Ui::ExportDialog> dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormat(u"csv"_s);
        QCOMPARE(dialog->format(), u"csv"_s);
        QVERIFY(dialog->byteOrderMarkBox()->isEnabled());
        QVERIFY(!dialog->darkThemeBox()->isEnabled());
        QRadioButton *scopeButton = dialog->scopeButton(Scope(scope));
        QVERIFY(scopeButton->isEnabled());
        clickIndicator(scopeButton);
        QVERIFY(scopeButton->isChecked());
        if (withSuggestions)
            clickIndicator(dialog->suggestionsBox());
        QCOMPARE(dialog->suggestionsBox()->isChecked(), withSuggestions);
        const QString path = m_out.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".csv"_s);
        typePath(dialog, path);
        QCOMPARE(dialog->outputPath(), path);

        auto *exportButton = dialog->findChild<QPushButton *>(u"exportButton"_s);
        QVERIFY(exportButton && exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QFileInfo(path).fileName()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool wellFormed = false;
        const QList<QStringList> rows = ParlanceTest::parseCsv(QString::fromUtf8(file.readAll()), &wellFormed);
        QVERIFY(wellFormed);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().value(0), u"id"_s);
        const QList<qint64> articles = scope == int(Scope::Open) ? QList<qint64>{m_fixture.first}
                                                                  : QList<qint64>{m_fixture.first, m_fixture.second};
        QCOMPARE(rows.size() - 1, expectedRows(articles, withSuggestions));
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), rows.first().size());
            QVERIFY(articles.contains(row.value(1).toLongLong()));
        }
    }

    void previewShowsWhatWouldBeWritten_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected");
        // The report formats preview the report: its title (what the project holds) and the articles.
        QTest::newRow("html") << u"html"_s << QStringList{u"Who said what in 2 articles"_s, u"Envoys agree to meet again"_s, u"Nothing is agreed"_s};
        QTest::newRow("pdf") << u"pdf"_s << QStringList{u"Who said what in 2 articles"_s, u"Border crossings could reopen"_s};
        // The data formats preview the start of the file.
        QTest::newRow("csv") << u"csv"_s << QStringList{u"id,article_id"_s, u"We are ready to reopen"_s};
        QTest::newRow("w3c") << u"w3c"_s << QStringList{u"http://www.w3.org/ns/anno.jsonld"_s};
        QTest::newRow("brat") << u"brat"_s << QStringList{u".ann"_s, u"T1"_s};
        QTest::newRow("qdpx") << u"qdpx"_s << QStringList{u"REFI-QDA"_s, u"coded segments: 3"_s};
    }

    void previewShowsWhatWouldBeWritten()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, expected);
        Ui::ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormat(format);
        const QString shown = dialog->preview()->toPlainText();
        for (const QString &part : std::as_const(expected))
            QVERIFY2(shown.contains(part), qPrintable(part + u" not in: "_s + shown.left(400)));
        if (format == u"html") {
            QVERIFY(dialog->darkThemeBox()->isEnabled());
            QVERIFY(dialog->grab().save(QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/exportdialog-html.png")));
        } else if (format == u"csv") {
            QVERIFY(dialog->grab().save(QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/exportdialog-csv.png")));
        }
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<Ui::ExportDialog *>());
    }

    void previewOfALargeProjectShowsTheFirstArticles()
    {
        QPointer<Ui::ExportDialog> dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormat(u"html"_s);
        QVERIFY(dialog->preview()->toPlainText().contains(u"Border crossings could reopen"_s));
        QVERIFY(dialog->previewNote()->isHidden());
        // With room for one article only, the preview stops after the first and says so.
        dialog->setPreviewArticleLimit(1);
        const QString shown = dialog->preview()->toPlainText();
        QVERIFY(shown.contains(u"Envoys agree to meet again"_s));
        // Page one still covers both articles; only the first one's text is laid out.
        QVERIFY2(!shown.contains(u"while Tomas Varga stayed cautious"_s), qPrintable(shown.left(400)));
        QVERIFY(!dialog->previewNote()->isHidden());
        QVERIFY2(dialog->previewNote()->text().contains(u"first 1 of the 2"_s), qPrintable(dialog->previewNote()->text()));
        // The export itself has both articles.
        dialog->setFormat(u"csv"_s);
        QVERIFY(!dialog->preview()->toPlainText().contains(u"We are prepared"_s));
        const QString path = m_out.filePath(u"limited-preview.csv"_s);
        typePath(dialog, path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"We are prepared"_s));
    }

    // The preview's first line (what the report holds) is the file's, even when the preview lays
    // out the text of fewer articles; a typed title heads both and becomes the project's.
    void previewCountsAndTitleAreTheFiles()
    {
        QPointer<Ui::ExportDialog> dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormat(u"html"_s);
        dialog->setPreviewArticleLimit(1);
        QLineEdit *title = dialog->titleEdit();
        title->setFocus();
        QTest::keyClicks(title, u"Crossings desk, week 12"_s);
        // The preview follows once typing pauses.
        QTRY_COMPARE(dialog->preview()->toPlainText().section(u'\n', 0, 0), u"Crossings desk, week 12"_s);
        const QStringList preview = dialog->preview()->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        const QString counts = preview.value(1).section(u" — "_s, 0, 0); // before "— confirmed and …"
        QVERIFY2(counts.startsWith(u"2 articles · 3 quotes"_s), qPrintable(counts));

        const QString path = m_out.filePath(u"titled.html"_s);
        typePath(dialog, path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTextDocument written;
        written.setHtml(QString::fromUtf8(file.readAll()));
        const QString text = written.toPlainText();
        QVERIFY(text.startsWith(u"Crossings desk, week 12"_s));
        QVERIFY2(text.contains(counts + u" — "_s), qPrintable(text.left(300)));
        QCOMPARE(m_window->project()->setting(QString::fromLatin1(Export::ReportData::TitleSetting)).toString(),
                 u"Crossings desk, week 12"_s);
        // The next export offers it again.
        QPointer<Ui::ExportDialog> again = openDialog();
        QVERIFY(again);
        QCOMPARE(again->titleEdit()->text(), u"Crossings desk, week 12"_s);
        QTest::mouseClick(again->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<Ui::ExportDialog *>());
    }

    void byteOrderMarkAndDarkThemeReachTheFile()
    {
        // CSV with a byte order mark (for spreadsheet programs that need one), chosen by mouse.
        QPointer<Ui::ExportDialog> dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormat(u"csv"_s);
        clickIndicator(dialog->byteOrderMarkBox());
        QVERIFY(dialog->byteOrderMarkBox()->isChecked());
        const QString csv = m_out.filePath(u"bom.csv"_s);
        typePath(dialog, csv);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().startsWith("\xEF\xBB\xBFid,"));

        // HTML in the dark theme: the page takes the dark theme's background.
        dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormat(u"html"_s);
        QVERIFY(!dialog->byteOrderMarkBox()->isEnabled());
        clickIndicator(dialog->darkThemeBox());
        QVERIFY(dialog->darkThemeBox()->isChecked());
        const QString html = m_out.filePath(u"dark.html"_s);
        typePath(dialog, html);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray dark = htmlFile.readAll();
        const QByteArray darkBase = QColor::fromRgb(Highlight::SyntaxRepository::instance().darkTheme().editorColor(
                                                        KSyntaxHighlighting::Theme::BackgroundColor))
                                        .name()
                                        .toLatin1();
        QVERIFY2(dark.contains(QByteArray("background:" + darkBase)), darkBase.constData());
    }

    void pathSuffixFollowsTheFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::newRow("html") << u"html"_s << u"/tmp/out/report.html"_s;
        QTest::newRow("markdown") << u"markdown"_s << u"/tmp/out/report.md"_s;
        QTest::newRow("w3c") << u"w3c"_s << u"/tmp/out/report.jsonld"_s;
        QTest::newRow("brat: a folder") << u"brat"_s << u"/tmp/out/report"_s;
    }

    void pathSuffixFollowsTheFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, path);
        Ui::ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormat(u"csv"_s);
        typePath(dialog, u"/tmp/out/report.csv"_s);
        dialog->setFormat(format);
        QCOMPARE(dialog->outputPath(), path);
        dialog->reject();
    }

    void failedExportNamesTheFileAndKeepsTheDialogOpen()
    {
        // A path below a regular file cannot be written.
        QFile blocker(m_out.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Ui::ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormat(u"csv"_s);
        typePath(dialog, m_out.filePath(u"not-a-folder/out.csv"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"exportError"_s)) && box->isVisible());
        QVERIFY2(box->text().contains(u"out.csv"_s), qPrintable(box->text()));
        QVERIFY(dialog->isVisible());
        box->accept();
        dialog->reject();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
