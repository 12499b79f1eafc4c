// SPDX-License-Identifier: GPL-2.0-or-later
// Who Said What in the window, on the bundled sample, driven by mouse and keys: the matrix counts
// the project's quotes (confirmed and suggested), flags unnamed sources, a click or Enter on a
// count opens that quote, it follows a rejection, and its export holds the rows on screen.
#include "articleview.h"
#include "gui.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/summarytablemodel.h"
#include "rfc4180reader.h"
#include "session/openarticles.h"
#include "session/projectsession.h"
#include "summaryview.h"

#include <QApplication>
#include <QDockWidget>
#include <QHash>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Models::SummaryTableModel;

class TestSummaryView final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

    /// Quotes per (actor, article) in the project: confirmed and suggested, never rejected.
    static QHash<std::pair<qint64, qint64>, int> projectQuotes(const Storage::Project &project, const QList<qint64> &articles)
    {
        QHash<std::pair<qint64, qint64>, int> counts;
        for (const qint64 article : articles)
            for (const Model::Annotation &a : project.annotations(article))
                if (a.kind == Model::AnnotationKind::Quote && a.origin != Model::Origin::Rejected)
                    ++counts[{a.actorId, article}];
        return counts;
    }

    /// The same, as the matrix on screen shows them (summed over an actor's rows: a state speaking as
    /// one and its unnamed officials are two rows).
    static QHash<std::pair<qint64, qint64>, int> matrixQuotes(const Ui::SummaryView &view)
    {
        QHash<std::pair<qint64, qint64>, int> counts;
        const SummaryTableModel *m = view.matrixModel();
        for (int row = 0; row < m->rowCount(); ++row)
            for (int i = 0; i < view.articles().size(); ++i)
                if (const int n = m->index(row, 2 + i).data().toInt())
                    counts[{m->index(row, 0).data(SummaryTableModel::ActorIdRole).toLongLong(), view.articles()[i]}] += n;
        return counts;
    }

    static int rowOf(const SummaryTableModel *m, const QString &speaker)
    {
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, 0).data().toString() == speaker)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample.parlance"_s);
    }

    void summarisesTheSelectedArticlesAndJumps()
    {
        Ui::MainWindow window;
        window.setInteractive(false);
        QString error;
        QVERIFY2(window.openStartupContent(Ui::GuiOptions{}, &error), qPrintable(error));
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const Storage::Project &project = *window.project();

        // Articles 1 and 2 selected in the list: a click, a Ctrl+click.
        QTreeView *list = window.articleList();
        const QPoint first = list->visualRect(list->model()->index(0, 1)).center();
        const QPoint second = list->visualRect(list->model()->index(1, 1)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier, second);
        const QList<qint64> chosen{list->model()->index(0, 0).data(Models::ArticleListModel::ArticleIdRole).toLongLong(),
                                   list->model()->index(1, 0).data(Models::ArticleListModel::ArticleIdRole).toLongLong()};

        // View > Who Said What by its shortcut.
        Ui::SummaryView *view = window.summaryView();
        QVERIFY(!view->isVisible());
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(view->isVisible());
        QTRY_COMPARE(view->articles(), chosen);
        QTRY_COMPARE(view->data().articles.size(), 2);
        const SummaryTableModel *matrix = view->matrixModel();
        QCOMPARE(matrix->columnCount(), 2 + 2 + 1);
        QVERIFY(matrix->rowCount() > 3);

        // Every count is the project's: the confirmed and suggested quotes of that speaker there.
        QCOMPARE(matrixQuotes(*view), projectQuotes(project, chosen));
        // Unnamed sources are flagged as such: Turkey's unnamed diplomat is not Turkey speaking.
        const int diplomat = rowOf(matrix, u"Turkey (a senior Turkish diplomat)"_s);
        QVERIFY(diplomat >= 0);
        QCOMPARE(matrix->index(diplomat, 1).data().toString(), u"unnamed"_s);
        QCOMPARE(matrix->index(rowOf(matrix, u"Ingrid Halvorsen"_s), 1).data().toString(), u"named"_s);

        // A click on Arslan's count in the second article opens it with his first quote there selected.
        const int arslan = rowOf(matrix, u"Mehmet Arslan"_s);
        QVERIFY(arslan >= 0);
        const QModelIndex cell = matrix->index(arslan, 3);
        QVERIFY(cell.data().toInt() > 0);
        const qint64 quote = cell.data(SummaryTableModel::AnnotationIdRole).toLongLong();
        QCOMPARE(project.annotation(quote)->articleId, chosen[1]);
        QTreeView *table = view->matrixView();
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTRY_VERIFY(window.articleView() && window.articleView()->article().id == chosen[1]);
        QCOMPARE(window.articleView()->selectedAnnotationId(), quote);

        // Enter on Halvorsen's count in the first article opens that one at her first quote.
        const QModelIndex halvorsen = matrix->index(rowOf(matrix, u"Ingrid Halvorsen"_s), 2);
        table->setFocus();
        table->setCurrentIndex(halvorsen);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(window.articleView()->article().id == chosen[0]);
        const qint64 halvorsenQuote = halvorsen.data(SummaryTableModel::AnnotationIdRole).toLongLong();
        QCOMPARE(window.articleView()->selectedAnnotationId(), halvorsenQuote);

        // Rejecting that quote in the text (X) takes it out of the count; Undo puts it back.
        const int before = halvorsen.data().toInt();
        QTest::keyClick(window.articleView(), Qt::Key_X);
        QCOMPARE(project.annotation(halvorsenQuote)->origin, Model::Origin::Rejected);
        QTRY_COMPARE(matrix->index(rowOf(matrix, u"Ingrid Halvorsen"_s), 2).data().toInt(), before - 1);
        QCOMPARE(matrixQuotes(*view), projectQuotes(project, chosen));
        QTest::keyClick(window.articleView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(matrix->index(rowOf(matrix, u"Ingrid Halvorsen"_s), 2).data().toInt(), before);

        // The commitments table: a holder's heading spans the row, a click on a commitment opens it.
        const SummaryTableModel *commitments = view->commitmentModel();
        QVERIFY(commitments->rowCount() > 1);
        QVERIFY(commitments->index(0, 0).data(SummaryTableModel::GroupRole).toBool());
        QVERIFY(view->commitmentView()->isFirstColumnSpanned(0, {}));
        const QModelIndex commitment = commitments->index(1, 0);
        const qint64 commitmentId = commitment.data(SummaryTableModel::AnnotationIdRole).toLongLong();
        QCOMPARE(project.annotation(commitmentId)->kind, Model::AnnotationKind::Commitment);
        QTest::mouseClick(view->commitmentView()->viewport(), Qt::LeftButton, {},
                          view->commitmentView()->visualRect(commitment).center());
        QTRY_COMPARE(window.articleView()->selectedAnnotationId(), commitmentId);

        // Exported, the file holds the rows on screen.
        QTemporaryDir out;
        const QString path = out.filePath(u"summary.csv"_s);
        Error exported;
        QVERIFY2(view->exportTo(path, &exported), qPrintable(exported.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool wellFormed = false;
        const QList<QStringList> rows = ParlanceTest::parseCsv(QString::fromUtf8(file.readAll()), &wellFormed);
        QVERIFY(wellFormed);
        QList<QStringList> shown;
        for (const SummaryTableModel *m : {matrix, commitments}) {
            shown.append({u"title"_s});
            QStringList header;
            for (int c = 0; c < m->columnCount(); ++c)
                header.append(m->headerData(c, Qt::Horizontal).toString());
            shown.append(header);
            for (int r = 0; r < m->rowCount(); ++r) {
                QStringList cells;
                const int columns = m->index(r, 0).data(SummaryTableModel::GroupRole).toBool() ? 1 : m->columnCount();
                for (int c = 0; c < columns; ++c)
                    cells.append(m->index(r, c).data().toString());
                shown.append(cells);
            }
        }
        // The file: per table its title, the header and the rows, then an empty line.
        QList<QStringList> written;
        for (const QStringList &row : rows)
            if (row != QStringList{QString()})
                written.append(row);
        QCOMPARE(written.size(), shown.size());
        written[0] = written[2 + matrix->rowCount()] = {u"title"_s};
        QCOMPARE(written, shown);
    }
};

QTEST_MAIN(TestSummaryView)
#include "tst_summaryview.moc"
