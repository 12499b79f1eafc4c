// SPDX-License-Identifier: GPL-2.0-or-later
#include "formats/csv/csvexporter.h"
#include "reportfixture.h"
#include "rfc4180reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestCsvExporter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesBackToTheSameRows()
    {
        Export::ExportOptions options;
        options.csvFormulaGuard = false;
        const Export::ReportData data = ParlanceTest::sampleReport();
        const QByteArray bytes = Export::CsvExporter(options).toCsv(data);
        bool ok = false;
        const QList<QStringList> rows = ParlanceTest::parseCsv(QString::fromUtf8(bytes), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.value(0), Export::CsvExporter::columns());

        // The expected rows, built from the data with the column meanings, not by the exporter.
        QList<QStringList> expected;
        for (const Export::ReportArticle &entry : data.articles) {
            const Model::CodePointMap map(entry.article.text);
            for (const Model::Annotation &a : entry.annotations) {
                const bool commitment = a.kind == Model::AnnotationKind::Commitment;
                QString type = a.kind == Model::AnnotationKind::Quote ? Model::quoteKindName(a.quoteKind)
                             : commitment ? Model::commitmentTypeName(a.commitmentType) : QString();
                expected.append({QString::number(a.id), QString::number(entry.article.id), entry.article.displayTitle(),
                                 QString::number(map.toCodePoint(a.span.start)), QString::number(map.toCodePoint(a.span.end)),
                                 a.exact, Model::annotationKindName(a.kind), data.actorName(a.actorId),
                                 data.actorName(a.addresseeId), type,
                                 commitment && a.strength >= 0 ? QString::number(a.strength) : QString(),
                                 commitment ? (a.negated ? u"yes"_s : u"no"_s) : QString(),
                                 a.condition.textIn(entry.article.text).toString(), a.time.textIn(entry.article.text).toString(),
                                 a.categoryId ? data.category(a.categoryId)->name : QString(), Model::originName(a.origin),
                                 a.coder, a.note,
                                 a.created.isValid() ? a.created.toString(Qt::ISODate) : QString(),
                                 a.modified.isValid() ? a.modified.toString(Qt::ISODate) : QString()});
            }
        }
        QCOMPARE(rows.mid(1), expected);
    }

    void offsetsAreCodePoints()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        bool ok = false;
        const QList<QStringList> rows = ParlanceTest::parseCsv(QString::fromUtf8(Export::CsvExporter().toCsv(data)), &ok);
        const QString text = data.articles[0].article.text;
        const QList<uint> codePoints = text.toUcs4();
        for (const QStringList &row : rows.mid(1)) {
            if (row[1] != u"11")
                continue;
            const int start = row[3].toInt(), end = row[4].toInt();
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start),
                     row[5]);
        }
    }

    void byteOrderMarkOnRequest_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("without") << false;
        QTest::newRow("with") << true;
    }

    void byteOrderMarkOnRequest()
    {
        QFETCH(bool, bom);
        Export::ExportOptions options;
        options.csvByteOrderMark = bom;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        Error error;
        QVERIFY2(Export::CsvExporter(options).write(ParlanceTest::sampleReport(), path, &error), qPrintable(error.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(bytes.mid(bom ? 3 : 0).startsWith("id,article_id,"));
    }

    void guardsCellsThatSpreadsheetsRunAsFormulas()
    {
        bool ok = false;
        const QList<QStringList> rows =
            ParlanceTest::parseCsv(QString::fromUtf8(Export::CsvExporter().toCsv(ParlanceTest::sampleReport())), &ok);
        QVERIFY(ok);
        const QStringList row = *std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &r) { return r[0] == u"104"; });
        QVERIFY(row[17].startsWith(u"'=HYPERLINK("));
    }

    void unwritablePathNamesTheFile()
    {
        Error error;
        const QString path = u"/nonexistent-folder/out.csv"_s;
        QVERIFY(!Export::CsvExporter().write(ParlanceTest::sampleReport(), path, &error));
        QVERIFY2(error.message().startsWith(path + u':'), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
