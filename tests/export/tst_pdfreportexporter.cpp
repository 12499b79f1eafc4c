// SPDX-License-Identifier: GPL-2.0-or-later
#include "export/pdfreportexporter.h"
#include "exporttesttools.h"
#include "import/samples.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestPdfReportExporter final : public QObject {
    Q_OBJECT
private:
    QString m_path = QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/report.pdf");
    QString m_withSamples = QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/report-with-samples.pdf");

    /// The report's text as pdftotext extracts it (reading order, one line per laid out line).
    static QString pdfText(const QString &path)
    {
        const ParlanceTest::ToolResult r = ParlanceTest::runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        return QString::fromUtf8(r.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile::remove(m_path);
        Error error;
        QVERIFY2(Export::PdfReportExporter().write(ParlanceTest::sampleReport(), m_path, &error), qPrintable(error.message()));
    }

    void isAPdf()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void textExtractsWithTheQuotes_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("quote") << u"We will reopen the crossing next week if the shelling stops"_s;
        QTest::newRow("quote with emoji") << u"Nothing is agreed"_s;
        QTest::newRow("escaped markup as text") << u"<script>alert(\"x\")</script>"_s;
        QTest::newRow("speaker") << u"Ana Moreau"_s;
        QTest::newRow("section") << u"Who said what"_s;
        QTest::newRow("commitments") << u"Commitments"_s;
        QTest::newRow("note") << u"second line"_s;
    }

    void textExtractsWithTheQuotes()
    {
        QFETCH(QString, expected);
        const ParlanceTest::ToolResult r = ParlanceTest::runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, m_path, u"-"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = ParlanceTest::simplified(QString::fromUtf8(r.out));
        QVERIFY2(text.contains(expected), qPrintable(text.left(2000)));
    }

    void pagesAreNumbered()
    {
        const ParlanceTest::ToolResult info = ParlanceTest::runTool(u"pdfinfo"_s, {m_path});
        int pages = 0;
        for (const QByteArray &line : info.out.split('\n'))
            if (line.startsWith("Pages:"))
                pages = line.mid(6).trimmed().toInt();
        QVERIFY2(pages >= 2, info.out.constData());
        for (int page = 1; page <= pages; ++page) {
            const ParlanceTest::ToolResult r = ParlanceTest::runTool(
                u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), m_path, u"-"_s});
            const QStringList lines = QString::fromUtf8(r.out).remove(u'\f').split(u'\n', Qt::SkipEmptyParts);
            QVERIFY(!lines.isEmpty());
            // The page number is the last line of text on its page.
            QCOMPARE(lines.last().trimmed(), QString::number(page));
        }
    }

    // For people to look at: the pages as PNG next to the PDF.
    void rendersToImages()
    {
        const QString prefix = QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/report-page");
        const ParlanceTest::ToolResult r = ParlanceTest::runTool(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, m_path, prefix});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QDir(QStringLiteral(PARLANCE_TEST_OUTPUT_DIR)).entryList({u"report-page-*.png"_s}).isEmpty());
    }

    // The bundled samples carry the site text of real pages ("This video is no longer available.",
    // "Read more on these topics"): the window folds it, the report leaves it out.
    void siteTextIsNotPrinted()
    {
        Export::ReportData data = ParlanceTest::sampleReport();
        qint64 id = 1000;
        for (Model::Article article : Import::bundledSamples()) {
            article.id = ++id;
            data.articles.append({article, {}});
        }
        Error error;
        QVERIFY2(Export::PdfReportExporter().write(data, m_withSamples, &error), qPrintable(error.message()));
        const QStringList lines = pdfText(m_withSamples).split(u'\n');
        QVERIFY(lines.join(u' ').contains(u"NATO Secretary-General Mark Rutte"_s)); // the article is there

        QFile lexicon(u":/parlance/lexicons/boilerplate.txt"_s);
        QVERIFY(lexicon.open(QIODevice::ReadOnly));
        int patterns = 0;
        for (const QString &entry : QString::fromUtf8(lexicon.readAll()).split(u'\n')) {
            const QStringList parts = entry.split(u'|');
            if (entry.startsWith(u'#') || parts.size() != 2 || parts[0].trimmed() == u"contains")
                continue;
            ++patterns;
            const QString words = parts[1].simplified();
            for (const QString &line : lines)
                QVERIFY2(!line.simplified().startsWith(words, Qt::CaseInsensitive), qPrintable(line));
        }
        QVERIFY(patterns > 10);
    }

    // Table headers take the width their words need: none is broken inside a word ("Commitme|nts").
    void tableHeadersAreNeverBrokenInsideAWord()
    {
        const QString text = pdfText(m_path);
        const QStringList headers{u"Speaker"_s, u"Source"_s, u"Quotes"_s, u"Commitment"_s, u"Strength"_s,
                                  u"Addressee"_s, u"Article"_s, u"Commitments"_s, u"Mentions"_s, u"Articles"_s,
                                  u"Annotation"_s, u"Coder"_s, u"Meaning"_s};
        for (const QString &word : headers) {
            QVERIFY2(text.contains(QRegularExpression(u"\\b"_s + word + u"\\b"_s)), qPrintable(word));
            for (qsizetype cut = 1; cut < word.size(); ++cut)
                QVERIFY2(!text.contains(word.left(cut) + u'\n' + word.mid(cut)), qPrintable(word.left(cut) + u'|' + word.mid(cut)));
        }
    }

    void unwritablePathNamesTheFile()
    {
        Error error;
        const QString path = u"/nonexistent-folder/out.pdf"_s;
        QVERIFY(!Export::PdfReportExporter().write(ParlanceTest::sampleReport(), path, &error));
        QVERIFY2(error.message().startsWith(path + u':'), qPrintable(error.message()));
    }
};

QTEST_MAIN(TestPdfReportExporter)
#include "tst_pdfreportexporter.moc"
