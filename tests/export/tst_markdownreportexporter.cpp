// SPDX-License-Identifier: GPL-2.0-or-later
#include "export/markdownreportexporter.h"
#include "reportfixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestMarkdownReportExporter final : public QObject {
    Q_OBJECT
private:
    QString m_md;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/report.md");
        Error error;
        QVERIFY2(Export::MarkdownReportExporter().write(ParlanceTest::sampleReport(), path, &error), qPrintable(error.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_md = QString::fromUtf8(file.readAll());
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("html") << u"<script>"_s << u"\\<script\\>"_s;
        QTest::newRow("emphasis") << u"*a* _b_"_s << u"\\*a\\* \\_b\\_"_s;
        QTest::newRow("link") << u"[x](javascript:y)"_s << u"\\[x\\](javascript:y)"_s;
        QTest::newRow("table pipe") << u"a|b"_s << u"a\\|b"_s;
        QTest::newRow("entity") << u"&amp;"_s << u"\\&amp;"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
        QTest::newRow("control") << u"a\u0007"_s << u"a\u2407"_s;
    }

    void escapes()
    {
        QFETCH(QString, raw);
        QFETCH(QString, escaped);
        QCOMPARE(Export::escapeMarkdown(raw), escaped);
    }

    void hasNoRawMarkup()
    {
        // Every < in the file is escaped: no HTML reaches a Markdown renderer.
        static const QRegularExpression rawAngle(u"(?<!\\\\)<"_s);
        QVERIFY(!rawAngle.match(m_md).hasMatch());
    }

    void holdsTheSameReport()
    {
        QVERIFY(m_md.startsWith(u"# Crossing \\<talks\\> \\& \"more\"\n"_s));
        for (const QString &title : {u"Who said what"_s, u"Who committed to what"_s, u"Legend"_s, u"Actors"_s, u"Notes"_s, u"Linked quotes"_s})
            QVERIFY2(m_md.contains(u"\n## "_s + title + u'\n'), qPrintable(title));
        QVERIFY(m_md.contains(u"## 1. Talks \\<script\\>alert(1)\\</script\\> \\& \"ceasefire\" \u2407"_s));
        QVERIFY(m_md.contains(u"- **Outlet:** The \\<i\\>Daily\\</i\\> \\& \"Wire\"\u2401"_s));
        // Only annotations are marked in article text, not the lexically bold words around them.
        QVERIFY(m_md.contains(u"*said*. \\<script\\>alert(\"x\")\\</script\\>"_s));
        // Tables with a header row.
        QVERIFY(m_md.contains(u"| Commitment | Type | Strength | Addressee | Article |\n| --- |"_s));
        // Every text line of the articles is a paragraph of its own.
        QVERIFY(m_md.contains(QString::fromUtf8("A banner read \xD7\x9E\xD7\x97\xD7\xA8 \xD7\xA0\xD7\x93\xD7\x91\xD7\xA8 \xD7\xA9\xD7\x95\xD7\x91 in Hebrew.\n\n")));
    }

    // Each kind keeps the mark its legend gives it: quotes italic, actors bold, commitments ++,
    // codebook categories ==; where they overlap, the marks nest (a speaker inside a quote).
    void marksDifferPerKind()
    {
        QVERIFY(m_md.contains(u"| *quoted words* | Quote, confirmed |"_s));
        QVERIFY(m_md.contains(u"| **actor** | Actor mention |"_s));
        QVERIFY(m_md.contains(u"| ++will do++ | Commitment, confirmed |"_s));
        QVERIFY(m_md.contains(u"| ==Humanitarian access== | Codebook category"_s));
        // A quote alone, a commitment alone, an actor inside a quote, a commitment inside a quote.
        QVERIFY(m_md.contains(u"Ana Moreau said on Wednesday: *\"We will reopen the crossing soon if the shelling stops.\"*"_s));
        QVERIFY(m_md.contains(u"Freedonia said ++it would consider the plan++."_s));
        QVERIFY(m_md.contains(u" ***the envoy*** "_s));
        QVERIFY(m_md.contains(u"++*Nothing is agreed*++"_s));
        QVERIFY(m_md.contains(u"==\\& nearby.=="_s));
    }

    void tableRowsStayOnOneLine()
    {
        // The note holds a line break and a tab: the row must still be one line with 5 cells.
        for (const QString &line : m_md.split(u'\n')) {
            if (line.contains(u"Check"_s) && line.startsWith(u'|')) {
                QVERIFY(line.contains(u"second line"_s));
                QCOMPARE(line.count(QRegularExpression(u"(?<!\\\\)\\|"_s)), 6);
                return;
            }
        }
        QFAIL("the note's row is missing");
    }
};

QTEST_MAIN(TestMarkdownReportExporter)
#include "tst_markdownreportexporter.moc"
