// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/textsegmenter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Parlance::Analysis::TextSegmentation;
using Parlance::Analysis::TextSegmenter;
using Parlance::Analysis::Token;
using Parlance::Model::Span;

namespace {

template<typename Items>
QStringList textsOf(const QString &text, const Items &items)
{
    QStringList out;
    for (const auto &item : items)
        out.append(item.span.textIn(text).toString());
    return out;
}

} // namespace

class TestTextSegmenter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsParagraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("one per line") << u"First line.\nSecond line.\nThird."_s
                                      << QStringList{u"First line."_s, u"Second line."_s, u"Third."_s};
        QTest::newRow("blank lines and indentation")
            << u"\n\n  Alpha beta.  \n\n\n\tGamma.\n"_s << QStringList{u"Alpha beta."_s, u"Gamma."_s};
        QTest::newRow("windows line ends") << u"One.\r\nTwo.\r\n"_s << QStringList{u"One."_s, u"Two."_s};
        QTest::newRow("unicode paragraph separator") << u"One.\u2029Two."_s << QStringList{u"One."_s, u"Two."_s};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("only white space") << u"  \n \t \n"_s << QStringList{};
    }
    void splitsParagraphs()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, paragraphs);
        const TextSegmentation seg = TextSegmenter().segment(text);
        QCOMPARE(textsOf(text, seg.paragraphs), paragraphs);
        // Every sentence lies in its paragraph, and the paragraphs cover their sentences in order.
        for (int p = 0; p < seg.paragraphs.size(); ++p) {
            for (const auto &s : seg.sentencesOf(seg.paragraphs[p])) {
                QCOMPARE(s.paragraph, p);
                QVERIFY(seg.paragraphs[p].span.contains(s.span));
            }
        }
    }

    void splitsSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("plain full stops")
            << u"The envoys met in Oslo. They talked for an hour. Nobody left early."_s
            << QStringList{u"The envoys met in Oslo."_s, u"They talked for an hour."_s, u"Nobody left early."_s};
        QTest::newRow("question and exclamation")
            << u"Will they sign? Nobody knows! Talks go on."_s
            << QStringList{u"Will they sign?"_s, u"Nobody knows!"_s, u"Talks go on."_s};
        QTest::newRow("title abbreviations")
            << u"Mr. Varga met Gen. Okafor and Dr. Lind. They agreed."_s
            << QStringList{u"Mr. Varga met Gen. Okafor and Dr. Lind."_s, u"They agreed."_s};
        QTest::newRow("initials") << u"A letter from John Q. Public arrived. It was short."_s
                                  << QStringList{u"A letter from John Q. Public arrived."_s, u"It was short."_s};
        QTest::newRow("dotted acronym inside a sentence")
            << u"The U.S. Senate voted on the U.N. plan. Then it adjourned."_s
            << QStringList{u"The U.S. Senate voted on the U.N. plan."_s, u"Then it adjourned."_s};
        QTest::newRow("dotted acronym ending a sentence")
            << u"The delegation flew to the U.S. The talks start soon."_s
            << QStringList{u"The delegation flew to the U.S."_s, u"The talks start soon."_s};
        QTest::newRow("month and number abbreviations")
            << u"The deal of Jan. 12 replaced resolution No. 4. It expires in Dec. The parties know."_s
            << QStringList{u"The deal of Jan. 12 replaced resolution No. 4."_s, u"It expires in Dec."_s,
                           u"The parties know."_s};
        QTest::newRow("the word no is not an abbreviation")
            << u"They said no. Then they left."_s << QStringList{u"They said no."_s, u"Then they left."_s};
        QTest::newRow("full stop inside closing curly quotes")
            << u"She said: “We will stay.” Then she left."_s
            << QStringList{u"She said: “We will stay.”"_s, u"Then she left."_s};
        QTest::newRow("question inside quotes then attribution")
            << u"“Are we ready?” the envoy asked. “Yes.”"_s
            << QStringList{u"“Are we ready?” the envoy asked."_s, u"“Yes.”"_s};
        QTest::newRow("comma inside quotes does not end")
            << u"“We will talk,” he said. “Soon.”"_s << QStringList{u"“We will talk,” he said."_s, u"“Soon.”"_s};
        QTest::newRow("straight quotes and nested single")
            << u"He said \"they called it 'final.'\" Nobody agreed."_s
            << QStringList{u"He said \"they called it 'final.'\""_s, u"Nobody agreed."_s};
        QTest::newRow("guillemets") << u"«Nous verrons.» Puis il partit."_s
                                    << QStringList{u"«Nous verrons.»"_s, u"Puis il partit."_s};
        QTest::newRow("decimal number and ellipsis")
            << u"Growth was 3.5 percent. We will see... maybe later. Fine."_s
            << QStringList{u"Growth was 3.5 percent."_s, u"We will see... maybe later."_s, u"Fine."_s};
        QTest::newRow("next sentence starts with a quote")
            << u"He paused. “Never,” he said."_s << QStringList{u"He paused."_s, u"“Never,” he said."_s};
        QTest::newRow("closing bracket after the stop")
            << u"It was signed (in the end.) Peace followed."_s
            << QStringList{u"It was signed (in the end.)"_s, u"Peace followed."_s};
        QTest::newRow("no final stop") << u"Talks resume next week"_s << QStringList{u"Talks resume next week"_s};
        QTest::newRow("headline with dashes") << u"– New summit? –"_s << QStringList{u"– New summit? –"_s};
    }
    void splitsSentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        const TextSegmentation seg = TextSegmenter().segment(text);
        QCOMPARE(textsOf(text, seg.sentences), sentences);
    }

    void tokenizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("apostrophes stay inside words")
            << u"We didn’t see Kyiv’s reply, it isn't here."_s
            << QStringList{u"We"_s, u"didn’t"_s, u"see"_s, u"Kyiv’s"_s, u"reply"_s, u","_s, u"it"_s, u"isn't"_s,
                           u"here"_s, u"."_s};
        QTest::newRow("hyphens join, dashes stand alone")
            << u"A Biden-Putin summit – or not — again--maybe"_s
            << QStringList{u"A"_s, u"Biden-Putin"_s, u"summit"_s, u"–"_s, u"or"_s, u"not"_s, u"—"_s, u"again"_s,
                           u"--"_s, u"maybe"_s};
        QTest::newRow("quote marks are tokens")
            << u"“frank,” 'swift' «oui»"_s
            << QStringList{u"“"_s, u"frank"_s, u","_s, u"”"_s, u"'"_s, u"swift"_s, u"'"_s, u"«"_s, u"oui"_s,
                           u"»"_s};
        QTest::newRow("numbers") << u"On 10:30, 1,000 troops and 3.5% more in 2022."_s
                                 << QStringList{u"On"_s, u"10:30"_s, u","_s, u"1,000"_s, u"troops"_s, u"and"_s,
                                                u"3.5"_s, u"%"_s, u"more"_s, u"in"_s, u"2022"_s, u"."_s};
        QTest::newRow("abbreviations keep their dot")
            << u"Mr. Ode of the U.S. met J. Ross at 9 a.m. today."_s
            << QStringList{u"Mr."_s, u"Ode"_s, u"of"_s, u"the"_s, u"U.S."_s, u"met"_s, u"J."_s, u"Ross"_s, u"at"_s,
                           u"9"_s, u"a.m."_s, u"today"_s, u"."_s};
        QTest::newRow("missing space after a stop splits")
            << u"in Ukraine.The"_s << QStringList{u"in"_s, u"Ukraine"_s, u"."_s, u"The"_s};
        QTest::newRow("non-latin and accents")
            << u"Лавров сказал: «Посмотрим». Zürich’s café"_s
            << QStringList{u"Лавров"_s, u"сказал"_s, u":"_s, u"«"_s, u"Посмотрим"_s, u"»"_s, u"."_s,
                           u"Zürich’s"_s, u"café"_s};
    }
    void tokenizes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        const TextSegmentation seg = TextSegmenter().segment(text);
        QCOMPARE(textsOf(text, seg.tokens), tokens);
    }

    void classifiesTokens()
    {
        const QString text = u"“Mr. Kay won 2 votes” – he said."_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        using K = Token::Kind;
        const QList<K> kinds{K::QuoteMark, K::Word, K::Word, K::Word, K::Number, K::Word,
                             K::QuoteMark, K::Dash, K::Word, K::Word, K::Punctuation};
        QCOMPARE(seg.tokens.size(), kinds.size());
        for (int i = 0; i < kinds.size(); ++i)
            QCOMPARE(seg.tokens[i].kind, kinds[i]);
        QVERIFY(seg.tokens[1].abbreviation);
        QVERIFY(!seg.tokens[2].abbreviation);
    }

    void spansAreUtf16Offsets()
    {
        // U+1F30D is two UTF-16 units: spans after it are QString indexes, not code points.
        const QString text = u"Peace \U0001F30D now. Again."_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        QCOMPARE(textsOf(text, seg.tokens),
                 (QStringList{u"Peace"_s, u"\U0001F30D"_s, u"now"_s, u"."_s, u"Again"_s, u"."_s}));
        QCOMPARE(seg.tokens[2].span, Span(9, 12));
        QCOMPARE(seg.sentences.size(), 2);
        QCOMPARE(seg.sentences[1].span, Span(14, 20));
    }

    void findsItemsAtPositions()
    {
        const QString text = u"One two.\nThree four. Five."_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        QCOMPARE(seg.paragraphs.size(), 2);
        QCOMPARE(seg.sentences.size(), 3);
        QCOMPARE(seg.paragraphAt(0), 0);
        QCOMPARE(seg.paragraphAt(8), -1); // the line break
        QCOMPARE(seg.paragraphAt(9), 1);
        QCOMPARE(seg.sentenceAt(text.indexOf(u"four")), 1);
        QCOMPARE(seg.sentenceAt(text.indexOf(u"Five")), 2);
        QCOMPARE(seg.sentenceAt(text.indexOf(u" Five")), -1);
        QCOMPARE(seg.tokenAt(text.indexOf(u"four") + 2), 4);
        QCOMPARE(seg.tokenAt(3), -1);
        QCOMPARE(seg.tokensOf(seg.sentences[1]).size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestTextSegmenter)
#include "tst_textsegmenter.moc"
