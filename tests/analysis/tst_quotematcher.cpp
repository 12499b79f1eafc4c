// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/analyzer.h"
#include "analysis/quotematcher.h"

#include <QFile>
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
        const QString first = u"\u201cTalks collapsed,\u201d he said."_s;
        const QString second = u"\u201cTalks collapsed,\u201d she said. \u201cWe will decide tomorrow,\u201d she added."_s;
        QuoteMatcher::Document a{first, {{1, {spanOf(first, u"Talks collapsed"_s)}}}};
        QuoteMatcher::Document b{second, {{2, {spanOf(second, u"Talks collapsed"_s)}}, {3, {spanOf(second, u"We will decide tomorrow"_s)}}}};
        QVERIFY(QuoteMatcher().match({a, b}).isEmpty());
        QuoteMatcher lenient;
        lenient.minimumWords = 2;
        QCOMPARE(lenient.match({a, b}).size(), 1);
    }

    void stopWordsAloneNeverLink()
    {
        // Most of the shorter quote's words are in the longer one, but only small words: "by", "and",
        // "the", "was", "not" (5 of 8, enough to link them when all words counted).
        const QString first = u"\u201cWhat makes this new and troubling is that it was done by the people who were not meant to be "
                               u"in charge of it,\u201d the senator said."_s;
        const QString second = u"\u201cBy and large, the conversation was not polemical,\u201d the envoy said."_s;
        QuoteMatcher::Document a{first, {{1, {spanOf(first, u"What makes this new and troubling is that it was done by the people "
                                                            u"who were not meant to be in charge of it"_s)}}}};
        QuoteMatcher::Document b{second, {{2, {spanOf(second, u"By and large, the conversation was not polemical"_s)}}}};
        const QuoteMatcher matcher;
        const QList<QuoteWord> wa = QuoteMatcher::words(first, a.quotes[0].parts);
        const QList<QuoteWord> wb = QuoteMatcher::words(second, b.quotes[0].parts);
        QStringList allA, allB;
        for (const QuoteWord &w : wa)
            allA << w.key;
        for (const QuoteWord &w : wb)
            allB << w.key;
        QVERIFY(QuoteMatcher::similarity(allA, allB) >= matcher.minimumSimilarity); // what used to link them
        QCOMPARE(matcher.contentWords(wb), (QStringList{u"large"_s, u"conversation"_s, u"polemical"_s}));
        int shared = -1;
        QCOMPARE(QuoteMatcher::similarity(matcher.contentWords(wa), matcher.contentWords(wb), &shared), 0.0);
        QCOMPARE(shared, 0);
        QVERIFY(matcher.match({a, b}).isEmpty());
    }

    void speakersMustAgreeWhereBothAreKnown()
    {
        const QString first = u"\u201cThe border crossings will reopen before the first snow,\u201d she said."_s;
        const QString second = u"\u201cThe border crossings will reopen before the first snow,\u201d he said."_s;
        const Model::Span sa = spanOf(first, u"The border crossings will reopen before the first snow"_s);
        const Model::Span sb = spanOf(second, u"The border crossings will reopen before the first snow"_s);
        auto linked = [&](qint64 speakerA, qint64 speakerB) {
            return QuoteMatcher().match({{first, {{1, {sa}, speakerA}}}, {second, {{2, {sb}, speakerB}}}}).size();
        };
        QCOMPARE(linked(7, 7), 1);
        QCOMPARE(linked(7, 0), 1);  // one speaker unknown: the words decide
        QCOMPARE(linked(0, 0), 1);
        QCOMPARE(linked(7, 8), 0);  // two known, different speakers: never one statement
    }

    void ownTexts_data()
    {
        QTest::addColumn<QString>("fileA");
        QTest::addColumn<QString>("fileB");
        // The first words of each linked quote of A, in order (indirect quotes and headlines included:
        // the analysis finds them as reported statements).
        QTest::addColumn<QStringList>("linkedA");
        QTest::newRow("two outlets, one press conference")
            << u"quotelinks/harbour-wire.txt"_s << u"quotelinks/harbour-broadsheet.txt"_s
            << QStringList{u"Fishing fleets to share"_s, u"The quotas will be"_s, u"We have waited eleven"_s};
        QTest::newRow("two outlets, the Vienna talks (bundled sample)")
            << u":/parlance/samples/01-vienna-talks-wire.txt"_s << u":/parlance/samples/02-vienna-talks-correspondent.txt"_s
            << QStringList{u"We are not there"_s, u"Oslo was prepared to"_s, u"If the guns stay"_s, u"We didn\u2019t come to"_s};
        QTest::newRow("different events: fisheries and a Senate hearing")
            << u"quotelinks/harbour-wire.txt"_s << u"quotelinks/senate-hearing.txt"_s << QStringList();
        QTest::newRow("different events: the other outlet and the hearing")
            << u"quotelinks/harbour-broadsheet.txt"_s << u"quotelinks/senate-hearing.txt"_s << QStringList();
        QTest::newRow("different events: Vienna talks and a Senate hearing")
            << u":/parlance/samples/01-vienna-talks-wire.txt"_s << u"quotelinks/senate-hearing.txt"_s << QStringList();
        QTest::newRow("different events: Vienna talks and fisheries")
            << u":/parlance/samples/02-vienna-talks-correspondent.txt"_s << u"quotelinks/harbour-broadsheet.txt"_s << QStringList();
    }

    void ownTexts()
    {
        // The quotes and speakers the analysis finds, as a project would hold them.
        QFETCH(QString, fileA);
        QFETCH(QString, fileB);
        QFETCH(QStringList, linkedA);
        const Analyzer analyzer;
        QHash<QString, qint64> speakerIds;
        auto document = [&](const QString &name) {
            QFile file(name.startsWith(u':') ? name : QStringLiteral(PARLANCE_TEST_DATA_DIR "/") + name);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            QuoteMatcher::Document doc{QString::fromUtf8(file.readAll()), {}};
            const AnalysisResult result = analyzer.analyze(doc.text);
            for (const FoundQuote &q : result.quotes) {
                const qint64 speaker = q.speaker.isEmpty() ? 0 : speakerIds.value(q.speaker, speakerIds.size() + 1);
                if (speaker)
                    speakerIds.insert(q.speaker, speaker);
                doc.quotes.append({doc.quotes.size() + 1, q.content, speaker});
            }
            return doc;
        };
        const QuoteMatcher::Document a = document(fileA);
        const QuoteMatcher::Document b = document(fileB);
        QVERIFY(a.quotes.size() >= 3 && b.quotes.size() >= 3);
        QStringList linked;
        for (const QuoteLink &link : QuoteMatcher().match({a, b})) {
            const QuoteMatcher::Quote &qa = a.quotes[link.quoteA - 1];
            const QuoteMatcher::Quote &qb = b.quotes[link.quoteB - 1];
            QVERIFY(!qa.speaker || !qb.speaker || qa.speaker == qb.speaker);
            const QList<QuoteWord> words = QuoteMatcher::words(a.text, qa.parts);
            linked << a.text.sliced(words.first().span.start, words.value(3, words.last()).span.end - words.first().span.start);
        }
        QCOMPARE(linked.join(u" | "), linkedA.join(u" | "));
    }
};

QTEST_GUILESS_MAIN(TestQuoteMatcher)
#include "tst_quotematcher.moc"
