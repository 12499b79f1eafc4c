// SPDX-License-Identifier: GPL-2.0-or-later
#include "export/odtreportexporter.h"
#include "exporttesttools.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestOdtReportExporter final : public QObject {
    Q_OBJECT
private:
    QString m_path = QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/report.odt");
    QString m_content;

private Q_SLOTS:
    void initTestCase()
    {
        QFile::remove(m_path);
        Error error;
        QVERIFY2(Export::OdtReportExporter().write(ParlanceTest::sampleReport(), m_path, &error), qPrintable(error.message()));
    }

    void isAValidOpenDocumentPackage()
    {
        const ParlanceTest::ToolResult test = ParlanceTest::runTool(u"unzip"_s, {u"-t"_s, m_path});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const ParlanceTest::ToolResult mimetype = ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, m_path, u"mimetype"_s});
        QCOMPARE(mimetype.out, QByteArray("application/vnd.oasis.opendocument.text"));
        for (const QString &part : {u"content.xml"_s, u"META-INF/manifest.xml"_s}) {
            const ParlanceTest::ToolResult xml = ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, m_path, part});
            QVERIFY2(!xml.out.isEmpty(), qPrintable(part));
            const ParlanceTest::ToolResult lint = ParlanceTest::runTool(u"xmllint"_s, {u"--noout"_s, u"-"_s}, xml.out);
            QVERIFY2(lint.exitCode == 0, lint.err.constData());
        }
    }

    void contentHoldsTheText_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("quote") << u"We will reopen the crossing next week if the shelling stops"_s;
        QTest::newRow("markup escaped") << u"&lt;script&gt;alert("_s;
        QTest::newRow("emoji") << QString::fromUtf8("agreed \xF0\x9F\xA4\x9D until");
        QTest::newRow("right to left") << QString::fromUtf8("\xD7\x9E\xD7\x97\xD7\xA8");
        QTest::newRow("control picture") << QString::fromUtf8("Bell\xE2\x90\x87");
        QTest::newRow("actor index") << u"the envoy; Moreau"_s;
    }

    void contentHoldsTheText()
    {
        QFETCH(QString, expected);
        const ParlanceTest::ToolResult xml = ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, m_path, u"content.xml"_s});
        QVERIFY2(QString::fromUtf8(xml.out).contains(expected), qPrintable(expected));
    }

    // Real headings, so that the navigator and a table of contents list the report's parts.
    void headingsHaveOutlineLevelsDefinedInStyles()
    {
        const QString content = QString::fromUtf8(ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, m_path, u"content.xml"_s}).out);
        const QString styles = QString::fromUtf8(ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, m_path, u"styles.xml"_s}).out);
        QVERIFY(!styles.isEmpty());
        const ParlanceTest::ToolResult lint = ParlanceTest::runTool(u"xmllint"_s, {u"--noout"_s, u"-"_s}, styles.toUtf8());
        QVERIFY2(lint.exitCode == 0, lint.err.constData());

        const QRegularExpression heading(u"<text:h text:style-name=\"([^\"]+)\" text:outline-level=\"(\\d)\">"_s);
        QSet<int> levels;
        for (const QRegularExpressionMatch &m : heading.globalMatch(content)) {
            QString style = m.captured(1);
            // An automatic style of content.xml (a page break before the heading) names its parent.
            const QRegularExpression automatic(u"<style:style style:name=\"%1\"[^>]*style:parent-style-name=\"([^\"]+)\""_s
                                                   .arg(QRegularExpression::escape(style)));
            if (const QRegularExpressionMatch parent = automatic.match(content); parent.hasMatch())
                style = parent.captured(1);
            levels.insert(m.captured(2).toInt());
            // The heading's style is defined in styles.xml with the same outline level.
            const QRegularExpression defined(u"<style:style style:name=\"%1\"[^>]*style:default-outline-level=\"%2\""_s
                                                 .arg(QRegularExpression::escape(style), m.captured(2)));
            QVERIFY2(styles.contains(defined), qPrintable(style));
        }
        QVERIFY2(levels.contains(1) && levels.contains(2), "the title and the sections are headings");
        // The sections' headings are headings, not bold paragraphs.
        QVERIFY(content.contains(QRegularExpression(u"<text:h [^>]*text:outline-level=\"2\">(<text:bookmark [^>]*/>)?Who said what</text:h>"_s)));
        // Tables and cells carry styles Writer applies (automatic ones: it ignores cell styles in styles.xml).
        QVERIFY(content.contains(QRegularExpression(u"<office:automatic-styles>.*<style:style style:name=\"Report_20_cell\"[^>]*style:family=\"table-cell\">.*</office:automatic-styles>"_s,
                                                    QRegularExpression::DotMatchesEverythingOption)));
        QVERIFY(content.contains(u"<table:table-cell table:style-name=\"Report_20_cell\""_s));
        // Fonts come from the styles, not from each paragraph.
        QVERIFY(!content.contains(u"fo:font-family"_s));
        QVERIFY(styles.contains(u"style:font-name"_s));
    }

    // LibreOffice (what most editors open an ODT with) converts the report without a complaint.
    void convertsWithLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
        if (soffice.isEmpty())
            QSKIP("LibreOffice (libreoffice-writer-nogui) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ParlanceTest::ToolResult run = ParlanceTest::runTool(
            soffice, {u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s,
                      u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.path(), m_path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Only LibreOffice's own note that it runs without Java may be on stderr, nothing about the file.
        QStringList complaints = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts);
        complaints.removeIf([](const QString &line) { return line.contains(u"javaldx"_s); });
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints.join(u'\n')));
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QVERIFY2(QFile::exists(pdf), run.out.constData());
        const ParlanceTest::ToolResult text = ParlanceTest::runTool(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(ParlanceTest::simplified(QString::fromUtf8(text.out)).contains(u"We will reopen the crossing"_s));
    }
};

QTEST_MAIN(TestOdtReportExporter)
#include "tst_odtreportexporter.moc"
