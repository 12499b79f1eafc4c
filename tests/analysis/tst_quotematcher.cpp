// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/quotematcher.h"

#include <QTest>

using namespace Parlance;
using namespace Parlance::Analysis;
using namespace Qt::StringLiterals;

namespace {
// The span of the first occurrence of `part` in `text`.
Model::Span spanOf(const QString &text, const QString &part)
{
    const int at = int(text.indexOf(part));
    return {at, at + int(part.size())};
}

// The words of one side's marks that carry `change`, joined by spaces.
QString wordsWith(const QString &text, const QList<WordMark> &marks, WordChange change)
{
    QStringList out;
    for (const WordMark &m : marks)
        if (m.change == change)
            out << m.span.textIn(text).toString();
    return out.join(u' ');
}
} // namespace

class TestQuoteMatcher final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsWordsWithApostrophesAndHyphens()
    {
        const QString text = u"\u201cWe don\u2019t accept a cease-fire, full stop,\u201d she said."_s;
        const QList<QuoteWord> words = QuoteMatcher::words(text, {Model::Span(1, int(text.indexOf(u'\u201d')))});
        QStringList keys;
        for (const QuoteWord &w : words)
            keys << w.key;
        QCOMPARE(keys, (QStringList{u"we"_s, u"don't"_s, u"accept"_s, u"a"_s, u"cease-fire"_s, u"full"_s, u"stop"_s}));
        QCOMPARE(words[1].span.textIn(text), u"don\u2019t");
    }

    void diffMarksWordChanges_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("equalA");
        QTest::addColumn<QString>("deletedA");
        QTest::addColumn<QString>("changedA");
        QTest::addColumn<QString>("insertedB");
        QTest::addColumn<QString>("changedB");

        QTest::newRow("identical, case and curly apostrophe folded")
            << u"We won't move the border posts"_s << u"we won\u2019t move the border posts"_s
            << u"We won't move the border posts"_s << QString() << QString() << QString() << QString();
        QTest::newRow("trimmed at the end")
            << u"The talks will resume next month in the capital"_s << u"The talks will resume"_s
            << u"The talks will resume"_s << u"next month in the capital"_s << QString() << QString() << QString();
        QTest::newRow("one word reworded")
            << u"We are ready to sign the accord"_s << u"We are prepared to sign the accord"_s
            << u"We are to sign the accord"_s << QString() << u"ready"_s << QString() << u"prepared"_s;
        QTest::newRow("word inserted")
            << u"The ministers agreed on a ceasefire"_s << u"The ministers finally agreed on a ceasefire"_s
            << u"The ministers agreed on a ceasefire"_s << QString() << QString() << u"finally"_s << QString();
    }

    void diffMarksWordChanges()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const WordDiff d = QuoteMatcher::diff(QuoteMatcher::words(a, {Model::Span(0, int(a.size()))}),
                                              QuoteMatcher::words(b, {Model::Span(0, int(b.size()))}));
        QTEST(wordsWith(a, d.a, WordChange::Equal), "equalA");
        QTEST(wordsWith(a, d.a, WordChange::Deleted), "deletedA");
        QTEST(wordsWith(a, d.a, WordChange::Changed), "changedA");
        QTEST(wordsWith(b, d.b, WordChange::Inserted), "insertedB");
        QTEST(wordsWith(b, d.b, WordChange::Changed), "changedB");
        QCOMPARE(wordsWith(a, d.a, WordChange::Inserted), QString());
        QCOMPARE(wordsWith(b, d.b, WordChange::Deleted), QString());
        QCOMPARE(d.identical(), QTest::currentDataTag() == QByteArray("identical, case and curly apostrophe folded"));
    }

    void linksSameQuoteAcrossArticles()
    {
        // Two outlets report one statement; the second trims and rewords it. A third, unrelated quote
        // must stay unlinked.
        const QString first = u"The envoy spoke briefly. \u201cWe are ready to resume talks next week in Geneva,\u201d he said. "
                               u"Later an aide added: \u201cNothing has been agreed.\u201d"_s;
        const QString second = u"\u201cWe are prepared to resume talks next week,\u201d the envoy told reporters. "
                                u"Markets barely moved on the news, \u201cas expected by most traders\u201d one analyst said."_s;
        QuoteMatcher::Document a{first, {{11, {spanOf(first, u"We are ready to resume talks next week in Geneva"_s)}},
                                         {12, {spanOf(first, u"Nothing has been agreed."_s)}}}};
        QuoteMatcher::Document b{second, {{21, {spanOf(second, u"We are prepared to resume talks next week"_s)}},
                                          {22, {spanOf(second, u"as expected by most traders"_s)}}}};

        const QList<QuoteLink> links = QuoteMatcher().match({a, b});
        QCOMPARE(links.size(), 1);
        const QuoteLink &link = links.first();
        QCOMPARE(link.documentA, 0);
        QCOMPARE(link.quoteA, 11);
        QCOMPARE(link.documentB, 1);
        QCOMPARE(link.quoteB, 21);
        QVERIFY(link.similarity >= 0.8);
        QCOMPARE(wordsWith(first, link.diff.a, WordChange::Changed), u"ready"_s);
        QCOMPARE(wordsWith(first, link.diff.a, WordChange::Deleted), u"in Geneva"_s);
        QCOMPARE(wordsWith(second, link.diff.b, WordChange::Changed), u"prepared"_s);
        QCOMPARE(link.diff.differences(), 4);
    }

    void splitQuoteIsComparedAsOne()
    {
        const QString first = u"\u201cThe door remains open,\u201d she said, \u201cbut time is short.\u201d"_s;
        const QString second = u"She said the door remains open but time is short."_s;
        QuoteMatcher::Document a{first, {{1, {spanOf(first, u"The door remains open"_s), spanOf(first, u"but time is short"_s)}}}};
        QuoteMatcher::Document b{second, {{2, {spanOf(second, u"the door remains open but time is short"_s)}}}};
        const QList<QuoteLink> links = QuoteMatcher().match({a, b});
        QCOMPARE(links.size(), 1);
        QVERIFY(links.first().diff.identical());
    }

    void shortOrUnrelatedQuotesAreNotLinked()
    {
        const QString first = u"\u201cNo comment,\u201d he said."_s;
        const QString second = u"\u201cNo comment,\u201d she said. \u201cWe will decide tomorrow,\u201d she added."_s;
        QuoteMatcher::Document a{first, {{1, {spanOf(first, u"No comment"_s)}}}};
        QuoteMatcher::Document b{second, {{2, {spanOf(second, u"No comment"_s)}}, {3, {spanOf(second, u"We will decide tomorrow"_s)}}}};
        QVERIFY(QuoteMatcher().match({a, b}).isEmpty());
        QuoteMatcher lenient;
        lenient.minimumWords = 2;
        QCOMPARE(lenient.match({a, b}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQuoteMatcher)
#include "tst_quotematcher.moc"
