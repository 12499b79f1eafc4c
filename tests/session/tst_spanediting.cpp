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

    void leavesActorMentionsOutAndOrdersByConfidence()
    {
        auto make = [](qint64 id, int start, Model::AnnotationKind kind, double confidence,
                       Model::Origin origin = Model::Origin::Suggested) {
            Model::Annotation a = suggestion(id, start, origin);
            a.kind = kind;
            a.confidence = confidence;
            return a;
        };
        using K = Model::AnnotationKind;
        const QList<Model::Annotation> list{make(1, 0, K::ActorMention, 0.9), make(2, 10, K::Quote, 0.8),
                                            make(3, 20, K::Commitment, 0.3), make(4, 30, K::Quote, 0.5),
                                            make(5, 40, K::Quote, 0.2, Model::Origin::Accepted),
                                            make(6, 50, K::Quote, -1, Model::Origin::Manual)};
        // By default the actor mention is not in the queue, and the counter does not count it.
        QCOMPARE(SuggestionQueue::step(list, 0, 0, +1), 2);
        QCOMPARE(SuggestionQueue::step(list, 10, 2, -1), 4);
        QCOMPARE(SuggestionQueue::progress(list).left, 3);
        QCOMPARE(SuggestionQueue::progress(list).total, 4); // the accepted one counts, the manual one not
        SuggestionQueue::Options withActors;
        withActors.actorMentions = true;
        QCOMPARE(SuggestionQueue::step(list, 0, 0, +1, withActors), 1);
        QCOMPARE(SuggestionQueue::progress(list, withActors).left, 4);
        // Least confident first: 0.3, 0.5, 0.8, wherever they stand in the text.
        SuggestionQueue::Options byConfidence;
        byConfidence.order = SuggestionQueue::Order::LeastConfidentFirst;
        QCOMPARE(SuggestionQueue::step(list, 25, 0, +1, byConfidence), 3);
        QCOMPARE(SuggestionQueue::step(list, 20, 3, +1, byConfidence), 4);
        QCOMPARE(SuggestionQueue::step(list, 30, 4, +1, byConfidence), 2);
        QCOMPARE(SuggestionQueue::step(list, 10, 2, +1, byConfidence), 3);
        QCOMPARE(SuggestionQueue::step(list, 30, 4, -1, byConfidence), 3);
        // Once the current one is decided, the next is the one after it in the order.
        QList<Model::Annotation> decided = list;
        decided[2].origin = Model::Origin::Accepted;
        QCOMPARE(SuggestionQueue::step(decided, 20, 3, +1, byConfidence), 4);
    }
};

QTEST_GUILESS_MAIN(TestSpanEditing)
#include "tst_spanediting.moc"
