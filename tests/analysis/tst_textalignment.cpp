// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/textalignment.h"

#include <QTest>

using namespace Parlance;
using Analysis::TextAlignment;
using Model::Span;

class TestTextAlignment final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void withoutMatchesPositionsFollowTheLength()
    {
        const TextAlignment a(1000, 500, {});
        QCOMPARE(a.toB(0), 0);
        QCOMPARE(a.toB(500), 250);
        QCOMPARE(a.toB(1000), 500);
        QCOMPARE(a.toA(250), 500);
        // Out of range positions are clamped to the texts.
        QCOMPARE(a.toB(-5), 0);
        QCOMPARE(a.toB(5000), 500);
        QCOMPARE(TextAlignment(0, 0, {}).toB(10), 0);
        QCOMPARE(TextAlignment().toB(10), 0);
    }

    void aLinkedQuoteLinesUp()
    {
        // The quote is near the top of A (a short wire story) and near the end of B (a long
        // feature that leads with background).
        const TextAlignment a(1000, 3000, {{Span(100, 200), Span(2500, 2600)}});
        QCOMPARE(a.toB(100), 2500);
        QCOMPARE(a.toB(150), 2550);
        QCOMPARE(a.toB(200), 2600);
        QCOMPARE(a.toA(2500), 100);
        // Before the quote: interpolated between the starts; after it: between the quote and the ends.
        QCOMPARE(a.toB(50), 1250);
        QCOMPARE(a.toB(600), 2800);
        QCOMPARE(a.toB(1000), 3000);
    }

    void crossingMatchesAreLeftOut()
    {
        // B tells the second and third quotes first; the largest set in the same order is kept.
        const QList<TextAlignment::Match> matches{
            {Span(100, 150), Span(900, 950)}, // crosses the two below
            {Span(300, 350), Span(200, 250)},
            {Span(500, 550), Span(400, 450)},
        };
        const TextAlignment a(1000, 1000, matches);
        QCOMPARE(a.anchors().size(), 2);
        QCOMPARE(a.anchors().first().a, Span(300, 350));
        QCOMPARE(a.toB(300), 200);
        QCOMPARE(a.toB(500), 400);
        // Forward in A is never backward in B.
        int previous = 0;
        for (int p = 0; p <= 1000; p += 7) {
            QVERIFY(a.toB(p) >= previous);
            previous = a.toB(p);
        }
    }

    void overlappingAndInvalidMatchesAreIgnored()
    {
        const TextAlignment a(1000, 1000,
                              {{Span(100, 300), Span(100, 300)},
                               {Span(200, 400), Span(350, 380)}, // overlaps the first in A
                               {Span(900, 1200), Span(10, 20)},  // beyond the first text
                               {Span(), Span(5, 6)}});
        QCOMPARE(a.anchors().size(), 1);
        QCOMPARE(a.toB(250), 250);
    }
};

QTEST_GUILESS_MAIN(TestTextAlignment)
#include "tst_textalignment.moc"
