// SPDX-License-Identifier: GPL-2.0-or-later
// Each move a step can make against the step before, one row per case, on sentences written for
// these tests.

#include "timeline/moveclassifier.h"

#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Timeline::CommitmentStep;

namespace {

// A step: `words` (the commitment) inside `sentence`, with its strength, negation and condition.
CommitmentStep step(const QString &sentence, const QString &words, double strength, bool negated = false,
                    bool conditional = false)
{
    CommitmentStep s;
    const int at = int(sentence.indexOf(words));
    if (at < 0)
        qFatal("\"%s\" is not in \"%s\"", qPrintable(words), qPrintable(sentence));
    s.sentence = sentence;
    s.sentenceStart = 0;
    s.text = words;
    s.commitment.kind = Model::AnnotationKind::Commitment;
    s.commitment.span = {at, at + int(words.size())};
    s.commitment.exact = words;
    s.commitment.strength = strength;
    s.commitment.negated = negated;
    if (conditional)
        s.commitment.condition = {0, 2};
    return s;
}

CommitmentStep plain(const QString &words, double strength, bool negated = false, bool conditional = false)
{
    return step(u"Norway "_s + words + u", the minister said."_s, words, strength, negated, conditional);
}

} // namespace

class TestMoveClassifier final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classifiesTheMove_data()
    {
        QTest::addColumn<CommitmentStep>("previous");
        QTest::addColumn<CommitmentStep>("current");
        QTest::addColumn<QString>("moves");

        const CommitmentStep will = plain(u"will send monitors to the line"_s, 1.0);
        QTest::newRow("said again") << will << plain(u"will send monitors to the line"_s, 1.0) << u"repeated"_s;
        QTest::newRow("other words, same rung") << will << plain(u"will deploy monitors along the line"_s, 1.0) << u"repeated"_s;
        QTest::newRow("higher rung") << plain(u"plans to send monitors"_s, 0.6) << plain(u"will send monitors"_s, 1.0)
                                     << u"strengthened"_s;
        QTest::newRow("lower rung") << will << plain(u"is prepared to send monitors to the line"_s, 0.4) << u"softened"_s;
        QTest::newRow("hedge added") << will << plain(u"will probably send monitors to the line"_s, 1.0) << u"softened"_s;
        QTest::newRow("hedge dropped") << plain(u"will probably send monitors to the line"_s, 1.0) << will << u"strengthened"_s;
        QTest::newRow("booster added") << will << plain(u"will certainly send monitors to the line"_s, 1.0) << u"strengthened"_s;
        QTest::newRow("booster dropped") << plain(u"will certainly send monitors to the line"_s, 1.0) << will << u"softened"_s;
        QTest::newRow("condition added") << will << plain(u"will send monitors to the line"_s, 1.0, false, true)
                                         << u"conditional"_s;
        QTest::newRow("condition dropped") << plain(u"will send monitors to the line"_s, 1.0, false, true) << will
                                           << u"unconditional"_s;
        QTest::newRow("weaker and on a condition") << will << plain(u"could send monitors to the line"_s, 0.2, false, true)
                                                   << u"softened+conditional"_s;
        QTest::newRow("negated") << will << plain(u"will not send monitors to the line"_s, 1.0, true) << u"negated"_s;
        QTest::newRow("negation dropped") << plain(u"will not send monitors to the line"_s, 1.0, true) << will
                                          << u"reinstated"_s;
        QTest::newRow("unset strength compares nothing") << plain(u"will send monitors"_s, -1.0) << plain(u"will send monitors"_s, 0.4)
                                                         << u"repeated"_s;

        // What the sentence says became of it.
        QTest::newRow("withdrawn before")
            << will << step(u"Norway has withdrawn its offer to send monitors to the line."_s, u"its offer to send monitors to the line"_s, 0.6)
            << u"withdrawn"_s;
        QTest::newRow("dropped before")
            << will << step(u"Oslo quietly dropped its plan to send monitors."_s, u"its plan to send monitors"_s, 0.6) << u"withdrawn"_s;
        QTest::newRow("no longer within")
            << will << plain(u"will no longer send monitors to the line"_s, 1.0, true) << u"withdrawn"_s;
        QTest::newRow("abandoned after")
            << will << step(u"The plan to send monitors to the line was abandoned on Sunday."_s, u"plan to send monitors to the line"_s, 0.6)
            << u"withdrawn"_s;
        QTest::newRow("not withdrawn")
            << step(u"Turkey demanded guarantees."_s, u"demanded guarantees"_s, 0.9)
            << step(u"Turkey has not withdrawn its demand for guarantees."_s, u"its demand for guarantees"_s, 0.9) << u"repeated"_s;
        QTest::newRow("kept before")
            << plain(u"promised to open an office"_s, 1.0)
            << step(u"Norway has kept its promise to open an office in Vienna."_s, u"its promise to open an office in Vienna"_s, 1.0)
            << u"fulfilled"_s;
        QTest::newRow("made good on")
            << plain(u"promised to open an office"_s, 1.0)
            << step(u"Norway made good on its pledge to open an office."_s, u"its pledge to open an office"_s, 1.0) << u"fulfilled"_s;
        QTest::newRow("carried out after")
            << plain(u"threatened to expel the envoy"_s, 0.9)
            << step(u"The threat to expel the envoy was carried out at dawn."_s, u"threat to expel the envoy"_s, 0.9) << u"fulfilled"_s;
        QTest::newRow("broke before")
            << plain(u"would keep its troops away"_s, 0.8)
            << step(u"Turkey broke its promise to keep its troops away."_s, u"its promise to keep its troops away"_s, 1.0)
            << u"broken"_s;
        QTest::newRow("went back on")
            << plain(u"agreed to release the prisoners"_s, 0.8)
            << step(u"Kyiv went back on its pledge to release the prisoners."_s, u"its pledge to release the prisoners"_s, 1.0)
            << u"broken"_s;
        QTest::newRow("did not break")
            << plain(u"would keep its troops away"_s, 0.8)
            << step(u"Turkey did not break its promise to keep its troops away."_s, u"its promise to keep its troops away"_s, 0.8)
            << u"repeated"_s;
        // Words that only look like it: too far away, or the commitment's own verb.
        QTest::newRow("cue far before")
            << will
            << step(u"Norway, which withdrew its ambassador from Ankara last month, will send monitors to the line."_s,
                    u"will send monitors to the line"_s, 1.0)
            << u"repeated"_s;
        QTest::newRow("keep is the undertaking")
            << plain(u"would keep its troops away"_s, 0.8) << plain(u"would keep its troops away"_s, 0.8) << u"repeated"_s;
    }

    void classifiesTheMove()
    {
        QFETCH(CommitmentStep, previous);
        QFETCH(CommitmentStep, current);
        QFETCH(QString, moves);
        const Timeline::MoveClassifier classifier;
        QCOMPARE(Timeline::movesName(classifier.classify(&previous, current).moves), moves);
    }

    void firstStepIsMadeAndMayAlreadyBeReported()
    {
        const Timeline::MoveClassifier classifier;
        QCOMPARE(classifier.classify(nullptr, plain(u"will send monitors"_s, 1.0)).moves, Timeline::Moves(Timeline::Move::First));
        const CommitmentStep kept =
            step(u"Norway has kept its promise to open an office."_s, u"its promise to open an office"_s, 1.0);
        const Timeline::StepChange change = classifier.classify(nullptr, kept);
        QCOMPARE(Timeline::movesName(change.moves), u"first+fulfilled"_s);
        QCOMPARE(change.cue, u"kept"_s);
    }

    void reportsTheWordsAndHedgesThatChanged()
    {
        const Timeline::MoveClassifier classifier;
        const CommitmentStep before = plain(u"will send unarmed ceasefire monitors by April"_s, 1.0);
        const CommitmentStep after = plain(u"will probably send ceasefire monitors by June"_s, 1.0);
        const Timeline::StepChange change = classifier.classify(&before, after);
        QCOMPARE(change.wordsDropped, (QStringList{u"unarmed"_s, u"April"_s}));
        QCOMPARE(change.wordsAdded, (QStringList{u"probably"_s, u"June"_s}));
        QCOMPARE(change.hedgesAdded, QStringList{u"probably"_s});
        QVERIFY(change.hedgesDropped.isEmpty());
        QCOMPARE(change.strengthBefore, 1.0);
        // The diff is QuoteMatcher's: spans into each step's text.
        QVERIFY(!change.diff.identical());
        QCOMPARE(change.diff.a.size(), 7);
        QCOMPARE(change.diff.b.size(), 7);
    }

    void madeAgainAfterItWasWithdrawn()
    {
        Timeline::CommitmentThread thread;
        thread.steps = {plain(u"will send monitors to the line"_s, 1.0),
                        step(u"Norway has withdrawn its offer to send monitors to the line."_s,
                             u"its offer to send monitors to the line"_s, 0.6),
                        plain(u"will send monitors to the line"_s, 1.0),
                        plain(u"will send monitors to the line"_s, 1.0)};
        Timeline::MoveClassifier().classify(thread);
        QStringList moves;
        for (const CommitmentStep &s : std::as_const(thread.steps))
            moves.append(Timeline::movesName(s.change.moves));
        QCOMPARE(moves, (QStringList{u"first"_s, u"withdrawn"_s, u"reinstated"_s, u"repeated"_s}));
    }

    void moveNamesRoundTrip()
    {
        for (const Timeline::Move m : Timeline::allMoves()) {
            bool ok = false;
            QCOMPARE(Timeline::moveFromName(Timeline::moveName(m), &ok), m);
            QVERIFY(ok);
        }
        bool ok = true;
        Timeline::movesFromName(u"softened+sideways"_s, &ok);
        QVERIFY(!ok);
        QCOMPARE(Timeline::movesFromName(u"conditional+softened"_s, &ok),
                 Timeline::Move::Softened | Timeline::Move::MadeConditional);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestMoveClassifier)
#include "tst_moveclassifier.moc"
