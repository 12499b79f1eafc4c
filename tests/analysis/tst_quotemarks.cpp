// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/quotemarks.h"
#include "analysis/textsegmenter.h"

#include <QTest>

using namespace Parlance::Analysis;
using namespace Qt::StringLiterals;

class TestQuoteMarks final : public QObject {
    Q_OBJECT

    // The content of each quotation, its runs over several paragraphs joined by " // ".
    static QStringList quotations(const QString &text)
    {
        const TextSegmentation segmentation = TextSegmenter().segment(text);
        const QList<QuoteRun> runs = QuoteMarkScanner().scan(text, segmentation);
        QStringList out;
        QList<int> groups;
        for (const QuoteRun &r : runs) {
            const QString content = r.content.textIn(text).toString();
            const int at = int(groups.indexOf(r.group));
            if (at >= 0) {
                out[at] += u" // "_s + content;
            } else {
                groups.append(r.group);
                out.append(content);
            }
        }
        return out;
    }

private Q_SLOTS:
    void pairsQuotationMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("curly double") << u"He said “we agree” and left."_s << QStringList{u"we agree"_s};
        QTest::newRow("straight double") << u"\"We agree,\" he said."_s << QStringList{u"We agree,"_s};
        QTest::newRow("curly single") << u"She called it ‘a start’ today."_s << QStringList{u"a start"_s};
        QTest::newRow("straight single") << u"A 'swift and united response' was promised."_s
                                         << QStringList{u"swift and united response"_s};
        QTest::newRow("guillemets") << u"«Nous restons», dit-il."_s << QStringList{u"Nous restons"_s};
        QTest::newRow("german") << u"Er nannte es „einen Anfang“ gestern."_s << QStringList{u"einen Anfang"_s};
        QTest::newRow("single guillemets") << u"‹Pas encore›, a-t-elle écrit."_s << QStringList{u"Pas encore"_s};
        QTest::newRow("apostrophes inside") << u"“We didn’t see Ukraine’s plan,” he said."_s
                                            << QStringList{u"We didn’t see Ukraine’s plan,"_s};
        QTest::newRow("decade apostrophe") << u"Talks stalled in the ’90s, and “nobody forgot”."_s
                                           << QStringList{u"nobody forgot"_s};
        QTest::newRow("plural possessive inside single quotes")
            << u"He said ‘the allies’ plan is fine’ later."_s << QStringList{u"the allies’ plan is fine"_s};
        QTest::newRow("straight single quotes with typographic apostrophes")
            << u"'We’re close,' he said, 'but the parties’ will to meet again is a good sign.'"_s
            << QStringList{u"We’re close,"_s, u"but the parties’ will to meet again is a good sign."_s};
        QTest::newRow("nested") << u"She said: ‘They told us “never”, twice.’"_s
                                << QStringList{u"They told us “never”, twice."_s};
        QTest::newRow("split by attribution") << u"“First,” he said, “second.”"_s
                                              << QStringList{u"First,"_s, u"second."_s};
        QTest::newRow("over two paragraphs") << u"“One paragraph here.\n\n“And another one.”\n\nAfter."_s
                                             << QStringList{u"One paragraph here. // And another one."_s};
        QTest::newRow("stray straight mark dropped") << u"The 5\" screen was cheap."_s << QStringList{};
        QTest::newRow("lost closing mark kept to paragraph end")
            << u"He said “we will meet again next week\n\nNext."_s << QStringList{u"we will meet again next week"_s};
        QTest::newRow("two quotes in one sentence") << u"“Yes” and “no” were heard."_s
                                                    << QStringList{u"Yes"_s, u"no"_s};
    }

    void pairsQuotationMarks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(quotations(text), expected);
    }

    void runSpansIncludeTheMarks()
    {
        const QString text = u"A “b c” d"_s;
        const TextSegmentation segmentation = TextSegmenter().segment(text);
        const QList<QuoteRun> runs = QuoteMarkScanner().scan(text, segmentation);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].marks, Parlance::Model::Span(2, 7));
        QCOMPARE(runs[0].content, Parlance::Model::Span(3, 6));
        QVERIFY(runs[0].closed);
    }
};

QTEST_GUILESS_MAIN(TestQuoteMarks)
#include "tst_quotemarks.moc"
