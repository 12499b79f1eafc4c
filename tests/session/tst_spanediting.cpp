// SPDX-License-Identifier: GPL-2.0-or-later
// The keyboard rules for spans and for stepping through suggestions, without a window.
#include "session/spanediting.h"
#include "session/suggestionqueue.h"

#include <QTest>

using namespace Parlance;
using namespace Parlance::Session;
using namespace Qt::StringLiterals;
using SpanEditing::Edge;
using SpanEditing::Step;

namespace {
const QString text = u"She said: \u201cWe will not wait, ever.\u201d Then she left."_s;

Model::Span spanOf(const QString &part)
{
    const int at = int(text.indexOf(part));
    return {at, at + int(part.size())};
}

QString words(Model::Span span)
{
    return span.textIn(text).toString();
}

Model::Annotation suggestion(qint64 id, int start, Model::Origin origin = Model::Origin::Suggested)
{
    Model::Annotation a;
    a.id = id;
    a.span = {start, start + 2};
    a.origin = origin;
    return a;
}
} // namespace

class TestSpanEditing final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trimsWhiteSpace()
    {
        QCOMPARE(words(SpanEditing::trimmed(text, spanOf(u" said: "_s))), u"said:"_s);
        QCOMPARE(SpanEditing::trimmed(text, spanOf(u" "_s)).length(), 0);
        QCOMPARE(SpanEditing::trimmed(text, {5, 500}), Model::Span(5, 500)); // outside the text: as given
    }

    void quoteWordsLeaveTheMarksOut()
    {
        QCOMPARE(words(SpanEditing::withoutQuoteMarks(text, spanOf(u"\u201cWe will not wait, ever.\u201d"_s))), u"We will not wait, ever."_s);
        QCOMPARE(words(SpanEditing::withoutQuoteMarks(text, spanOf(u"\u201cWe will not wait,"_s))), u"We will not wait"_s);
    }

    void movesAnEndByAWord_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("edge");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("to");
        QTest::newRow("end on, taking the punctuation") << u"We will not"_s << int(Edge::End) << int(Step::On) << u"We will not wait,"_s;
        QTest::newRow("end on, over the closing mark") << u"wait, ever"_s << int(Edge::End) << int(Step::On) << u"wait, ever.\u201d Then"_s;
        QTest::newRow("end back") << u"We will not wait"_s << int(Edge::End) << int(Step::Back) << u"We will not"_s;
        QTest::newRow("start back") << u"will not"_s << int(Edge::Start) << int(Step::Back) << u"We will not"_s;
        QTest::newRow("start on") << u"We will not"_s << int(Edge::Start) << int(Step::On) << u"will not"_s;
        QTest::newRow("end back to one letter") << u"We"_s << int(Edge::End) << int(Step::Back) << u"W"_s;
        QTest::newRow("never empty") << u"W"_s << int(Edge::End) << int(Step::Back) << u"W"_s;
        QTest::newRow("at the end of the text") << u"left."_s << int(Edge::End) << int(Step::On) << u"left."_s;
    }

    void movesAnEndByAWord()
    {
        QFETCH(QString, from);
        QFETCH(int, edge);
        QFETCH(int, step);
        QFETCH(QString, to);
        QCOMPARE(words(SpanEditing::movedByWord(text, spanOf(from), Edge(edge), Step(step))), to);
    }

    void stepsThroughSuggestionsInReadingOrder()
    {
        const QList<Model::Annotation> list{suggestion(7, 40), suggestion(3, 10), suggestion(5, 10),
                                            suggestion(9, 20, Model::Origin::Accepted)};
        QCOMPARE(SuggestionQueue::step(list, 0, 0, +1), 3);   // from the cursor: the first in the text
        QCOMPARE(SuggestionQueue::step(list, 10, 3, +1), 5);  // same place, later id
        QCOMPARE(SuggestionQueue::step(list, 10, 5, +1), 7);  // decided ones are skipped
        QCOMPARE(SuggestionQueue::step(list, 40, 7, +1), 3);  // wraps around
        QCOMPARE(SuggestionQueue::step(list, 10, 3, -1), 7);  // and backwards
        QCOMPARE(SuggestionQueue::step(list, 40, 7, -1), 5);
        QCOMPARE(SuggestionQueue::step({suggestion(9, 20, Model::Origin::Rejected)}, 0, 0, +1), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpanEditing)
#include "tst_spanediting.moc"
