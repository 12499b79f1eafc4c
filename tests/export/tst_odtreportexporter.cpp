// SPDX-License-Identifier: GPL-2.0-or-later
#include "export/odtreportexporter.h"
#include "exporttesttools.h"
#include "reportfixture.h"

#include <QFile>
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
        QString error;
        QVERIFY2(Export::OdtReportExporter().write(ParlanceTest::sampleReport(), m_path, &error), qPrintable(error));
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
};

QTEST_MAIN(TestOdtReportExporter)
#include "tst_odtreportexporter.moc"
