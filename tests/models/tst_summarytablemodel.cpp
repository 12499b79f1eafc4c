// SPDX-License-Identifier: GPL-2.0-or-later
// Models::SummaryTableModel over the "Who Said What" tables of the hand-built report.
#include "models/summarytablemodel.h"
#include "../export/reportfixture.h"

#include "export/strengthwords.h"
#include "highlight/actorcolors.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Models::SummaryTableModel;

class TestSummaryTableModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTheMatrixWithJumps()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(Export::ReportSummary(data).speakersByArticle());
        QCOMPARE(model.columnCount(), 5); // speaker, source, two articles, total
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.headerData(2, Qt::Horizontal).toString().startsWith(u"1. Talks"_s));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"2. Envoy repeats pledge"_s);
        // Ana Moreau: one quote in each article, each count going to it.
        QCOMPARE(model.index(0, 0).data().toString(), u"Ana Moreau"_s);
        QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole).value<QColor>(), Highlight::ActorColors::color(1, false));
        QCOMPARE(model.index(0, 1).data().toString(), u"named"_s);
        QCOMPARE(model.index(0, 2).data(SummaryTableModel::AnnotationIdRole).toLongLong(), 101);
        QCOMPARE(model.index(0, 3).data(SummaryTableModel::AnnotationIdRole).toLongLong(), 201);
        QCOMPARE(model.index(0, 4).data().toString(), u"2"_s);
        // The minister has no quote in the second article: no jump, greyed.
        QCOMPARE(model.index(1, 3).data().toString(), u"0"_s);
        QCOMPARE(model.index(1, 3).data(SummaryTableModel::AnnotationIdRole).toLongLong(), 0);
        QVERIFY(model.index(1, 3).data(Qt::ForegroundRole).isValid());
        model.setDarkTheme(true);
        QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole).value<QColor>(), Highlight::ActorColors::color(1, true));
    }

    void showsCommitmentsGroupedByHolder()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(Export::ReportSummary(data).commitments());
        QVERIFY(model.index(0, 0).data(SummaryTableModel::GroupRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, 0).data(SummaryTableModel::GroupRole).toBool());
        // Every cell of a commitment's row goes to the commitment.
        const qint64 id = model.index(1, 0).data(SummaryTableModel::AnnotationIdRole).toLongLong();
        QVERIFY(id == 102 || id == 104 || id == 202);
        QCOMPARE(model.index(1, 4).data(SummaryTableModel::AnnotationIdRole).toLongLong(), id);
        QCOMPARE(model.index(1, 2).data().toString(), Export::StrengthWords::word(data.annotation(id)->strength));
        QVERIFY(!model.index(1, 2).data().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSummaryTableModel)
#include "tst_summarytablemodel.moc"
