// SPDX-License-Identifier: GPL-2.0-or-later
// The "Who Said What" tables (speakers × articles, commitments by holder) against reference files,
// in the style of KSyntaxHighlighting's tests: each case's tables are written as summary CSV to
// test-output/reports/summary/NAME.csv and compared with tests/data/reports/summary/NAME.csv
// (PARLANCE_UPDATE_REFERENCES=1 copies the outputs over the references; review `git diff`).
// Then the rules that hold whatever the text: the counts are the quotes, each jump its first.
#include "export/reportsummary.h"
#include "export/summaryexporter.h"
#include "reportfixture.h"
#include "rfc4180reader.h"
#include "sampleproject.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Export::SummaryCell;

namespace {

/// The fixture report with a third article whose sources are an unnamed diplomat (no actor), an
/// unnamed official speaking for a state, and a state speaking as one.
Export::ReportData fixtureWithSources()
{
    Export::ReportData data = ParlanceTest::sampleReport();
    Export::ReportArticle third;
    third.article.id = 13;
    third.article.title = u"Sources speak"_s;
    third.article.text = u"\"The talks are stuck,\" a senior diplomat said. "
                         "\"We are ready,\" a Freedonian official said. "
                         "\"We reject the plan,\" Freedonia said in a statement. "
                         "\"It is late,\" a senior diplomat added.\n"_s;
    const QString &t = third.article.text;
    auto quote = [&](qint64 id, const QString &content, const QString &source, qint64 actor, int occurrence = 0) {
        Model::Annotation q;
        q.id = id;
        q.articleId = 13;
        q.kind = Model::AnnotationKind::Quote;
        q.origin = Model::Origin::Suggested;
        q.contentParts = {ParlanceTest::spanOf(t, content)};
        q.source = ParlanceTest::spanOf(t, source, occurrence);
        q.span = q.contentParts.first().united(q.source);
        q.actorId = actor;
        return q;
    };
    third.annotations = {quote(301, u"The talks are stuck,"_s, u"a senior diplomat"_s, 0),
                         quote(302, u"We are ready,"_s, u"a Freedonian official"_s, 4),
                         quote(303, u"We reject the plan,"_s, u"Freedonia"_s, 4, 1),
                         quote(304, u"It is late,"_s, u"a senior diplomat"_s, 0, 1)};
    data.articles.append(third);
    data.invalidateIndexes();
    return data;
}

int quotesOf(const Export::ReportData &data, qint64 articleId, qint64 actorId)
{
    int n = 0;
    for (const Model::Annotation &a : data.article(articleId)->annotations)
        n += a.kind == Model::AnnotationKind::Quote && a.actorId == actorId;
    return n;
}

} // namespace

class TestReportSummary final : public QObject {
    Q_OBJECT

    static QString dataDir() { return QStringLiteral(PARLANCE_TEST_DATA_DIR "/reports/summary"); }
    static QString outputDir() { return QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/reports/summary"); }

    Test::SampleProject m_sample;

    Export::ReportData sampleData()
    {
        Export::ExportOptions options;
        options.includeSuggestions = true;
        Export::ReportData data;
        Error error;
        if (!Export::ReportData::fromProject(*m_sample.project, options, &data, &error))
            qFatal("%s", qPrintable(error.message()));
        data.title = u"Sample"_s;
        return data;
    }

    Export::ReportData dataFor(const QString &name)
    {
        return name == u"sample"_s ? sampleData() : fixtureWithSources();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(outputDir()));
        QVERIFY(m_sample.make());
    }

    void matchesReferences_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("fixture") << u"fixture"_s;
        QTest::newRow("sample") << u"sample"_s;
    }

    void matchesReferences()
    {
        QFETCH(QString, name);
        const QByteArray actual = Export::SummaryExporter(Export::SummaryExporter::Format::Csv).toCsv(dataFor(name));
        const QString outPath = outputDir() + u'/' + name + u".csv"_s;
        QFile out(outPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        out.close();
        const QString refPath = dataDir() + u'/' + name + u".csv"_s;
        if (qEnvironmentVariableIntValue("PARLANCE_UPDATE_REFERENCES")) {
            QFile::remove(refPath);
            QVERIFY(QFile::copy(outPath, refPath));
        }
        QFile ref(refPath);
        if (!ref.open(QIODevice::ReadOnly))
            QFAIL(qPrintable(u"no reference %1: run with PARLANCE_UPDATE_REFERENCES=1"_s.arg(refPath)));
        const QByteArray expected = ref.readAll();
        if (actual != expected) {
            QProcess diff;
            diff.start(u"diff"_s, {u"-u"_s, refPath, outPath});
            diff.waitForFinished();
            qWarning().noquote() << diff.readAllStandardOutput();
        }
        QCOMPARE(actual, expected);
        bool wellFormed = false;
        QVERIFY(!ParlanceTest::parseCsv(QString::fromUtf8(actual), &wellFormed).isEmpty());
        QVERIFY(wellFormed);
    }

    void matrixCountsEveryQuoteOnceAndJumpsToTheFirst_data() { matchesReferences_data(); }

    void matrixCountsEveryQuoteOnceAndJumpsToTheFirst()
    {
        QFETCH(QString, name);
        const Export::ReportData data = dataFor(name);
        const Export::SummaryTable matrix = Export::ReportSummary(data).speakersByArticle();
        const qsizetype articles = data.articles.size();
        QCOMPARE(matrix.header.size(), articles + 3);
        QCOMPARE(matrix.header.last(), u"Total"_s);
        int quotes = 0;
        for (const Export::ReportArticle &entry : data.articles)
            for (const Model::Annotation &a : entry.annotations)
                quotes += a.kind == Model::AnnotationKind::Quote;
        QVERIFY(quotes > 0);
        int counted = 0;
        QSet<qint64> seen;
        QHash<std::pair<qint64, qint64>, int> perActor; // (speaker, article) -> quotes counted
        for (const Export::SummaryRow &row : matrix.rows) {
            QVERIFY(!row.group);
            QCOMPARE(row.cells.size(), matrix.header.size());
            int total = 0;
            for (qsizetype i = 0; i < articles; ++i) {
                const SummaryCell &cell = row.cells[2 + i];
                const int n = cell.text.toInt();
                total += n;
                QCOMPARE(cell.annotationId != 0, n > 0);
                if (!n)
                    continue;
                // The cell jumps to a quote of this article, the first of the row's quotes there.
                const Model::Annotation *first = data.annotation(cell.annotationId);
                QVERIFY(first);
                QCOMPARE(first->articleId, data.articles[i].article.id);
                for (const qint64 id : row.annotationIds)
                    if (data.annotation(id)->articleId == first->articleId)
                        QVERIFY(first->span.start <= data.annotation(id)->span.start);
                perActor[{row.cells[0].actorId, first->articleId}] += n;
            }
            QCOMPARE(row.cells.last().text.toInt(), total);
            QCOMPARE(qsizetype(total), row.annotationIds.size());
            for (const qint64 id : row.annotationIds)
                QVERIFY2(!seen.contains(id), "a quote counted twice");
            seen.unite(QSet<qint64>(row.annotationIds.cbegin(), row.annotationIds.cend()));
            counted += total;
        }
        QCOMPARE(counted, quotes);
        // An actor's quotes in an article, over its rows (a state speaking as one, its unnamed officials).
        for (auto it = perActor.cbegin(); it != perActor.cend(); ++it)
            QCOMPARE(it.value(), quotesOf(data, it.key().second, it.key().first));
    }

    void unnamedAndCollectiveSourcesAreFlagged()
    {
        const Export::ReportData data = fixtureWithSources();
        const Export::SummaryTable matrix = Export::ReportSummary(data).speakersByArticle();
        QStringList kinds;
        for (const Export::SummaryRow &row : matrix.rows)
            kinds.append(row.cells[0].text + u": "_s + row.cells[1].text);
        // Named first, then collective, then unnamed; the two "a senior diplomat" quotes are one
        // source, the Freedonian official is unnamed though the analysis knows his state.
        QCOMPARE(kinds, (QStringList{u"Ana Moreau: named"_s, QString::fromUtf8("\xD7\xA8\xD7\x95\xD7\xAA \xD7\x9B\xD7\x94\xD7\x9F: named"),
                                     u"Freedonia: collective"_s, u"a senior diplomat: unnamed"_s, u"Freedonia: unnamed"_s}));
        QCOMPARE(matrix.rows[3].cells[0].style, SummaryCell::Muted);
        QCOMPARE(matrix.rows[3].cells.last().text, u"2"_s);
        QCOMPARE(matrix.rows[4].cells[0].detail, u"a Freedonian official"_s);
    }

    void htmlHasEveryRowEscaped()
    {
        const Export::ReportData data = fixtureWithSources();
        const QString html = QString::fromUtf8(Export::SummaryExporter(Export::SummaryExporter::Format::Html).toHtml(data));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        int rows = 0;
        for (const Export::SummarySection &s : Export::SummaryExporter::sections(data))
            rows += int(s.table.rows.size()) + 1;
        QCOMPARE(int(html.count(u"<tr"_s)), rows);
        QVERIFY(html.contains(u"<b>We will reopen the crossing next week if the shelling stops</b>"_s));
    }
};

QTEST_GUILESS_MAIN(TestReportSummary)
#include "tst_reportsummary.moc"
