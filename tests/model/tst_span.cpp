// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/span.h"

#include <QTest>

using Parlance::Model::CodePointMap;
using Parlance::Model::Span;

class TestSpan final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultIsInvalid()
    {
        const Span s;
        QVERIFY(!s.isValid());
        QVERIFY(s.isEmpty());
        QCOMPARE(s.length(), 0);
        QVERIFY(!s.fitsIn(10));
    }

    void containsAndOverlaps()
    {
        const Span s(4, 10);
        QVERIFY(s.contains(4));
        QVERIFY(s.contains(9));
        QVERIFY(!s.contains(10)); // end exclusive
        QVERIFY(s.contains(Span(5, 10)));
        QVERIFY(!s.contains(Span(5, 11)));
        QVERIFY(s.overlaps(Span(9, 12)));
        QVERIFY(!s.overlaps(Span(10, 12))); // touching is not overlapping
        QCOMPARE(s.united(Span(1, 5)), Span(1, 10));
        QCOMPARE(Span().united(s), s);
    }

    void textIn()
    {
        const QString text = QStringLiteral("Moscow said no.");
        QCOMPARE(Span(0, 6).textIn(text).toString(), QStringLiteral("Moscow"));
        QVERIFY(Span(10, 40).textIn(text).isEmpty());
    }

    void documentOrderPutsEnclosingSpanFirst()
    {
        QVERIFY(Span(2, 9) < Span(2, 5));
        QVERIFY(Span(1, 2) < Span(2, 3));
        QVERIFY(!(Span(2, 5) < Span(2, 5)));
    }

    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("codePoint");
        const QString bmp = QStringLiteral("Kyiv – “yes”");
        QTest::newRow("BMP only, start") << bmp << 0 << 0;
        QTest::newRow("BMP only, end") << bmp << int(bmp.size()) << int(bmp.size());
        const QString emoji = QStringLiteral("a\U0001F600b\U0001F30Dc"); // a 😀 b 🌍 c
        QTest::newRow("before first emoji") << emoji << 1 << 1;
        QTest::newRow("after first emoji") << emoji << 3 << 2;
        QTest::newRow("after b") << emoji << 4 << 3;
        QTest::newRow("after second emoji") << emoji << 6 << 4;
        QTest::newRow("end") << emoji << 7 << 5;
    }

    void codePoints()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, codePoint);
        const CodePointMap map(text);
        QCOMPARE(map.toCodePoint(utf16), codePoint);
        QCOMPARE(map.toUtf16(codePoint), utf16);
        // Cross-check against Qt's own UCS-4 conversion.
        QCOMPARE(int(text.left(utf16).toUcs4().size()), codePoint);
    }

    void spansConvertBothWays()
    {
        const QString text = QStringLiteral("\U0001F600\U0001F600 “quote” \U0001F30D end");
        const CodePointMap map(text);
        const Span utf16(text.indexOf(QStringLiteral("quote")), text.indexOf(QStringLiteral("”")));
        const Span cp = map.toCodePoints(utf16);
        QCOMPARE(cp, Span(4, 9));
        QCOMPARE(map.toUtf16(cp), utf16);
    }
};

QTEST_GUILESS_MAIN(TestSpan)
#include "tst_span.moc"
