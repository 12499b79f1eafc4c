// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/textanchor.h"

#include <QTest>

using Parlance::Model::Span;
using Parlance::Model::TextAnchor;
using namespace Qt::StringLiterals;

class TestTextAnchor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void captureTakesContext()
    {
        const QString text = QStringLiteral("The envoy said the talks were “useful”, and left.");
        const int at = text.indexOf(QStringLiteral("useful"));
        const TextAnchor anchor = TextAnchor::capture(text, Span(at, at + 6));
        QCOMPARE(anchor.exact, QStringLiteral("useful"));
        QVERIFY(anchor.prefix.endsWith(QStringLiteral("were “")));
        QVERIFY(anchor.suffix.startsWith(QStringLiteral("”, and")));
        QVERIFY(anchor.prefix.size() <= TextAnchor::contextLength);
        QVERIFY(anchor.matches(text, Span(at, at + 6)));
        QVERIFY(!anchor.matches(text, Span(at + 1, at + 7)));
    }

    void contextNeverSplitsASurrogatePair()
    {
        // 31 letters + an emoji before the span: the 32-unit prefix window starts inside the emoji.
        const QString emoji = QStringLiteral("\U0001F30D");
        const QString before = QString(31, u'a');
        const QString text = emoji + before + u"[span]"_s + QString(31, u'b') + emoji + u"tail"_s;
        const int start = int(text.indexOf(u'['));
        const int end = int(text.indexOf(u']')) + 1;
        const TextAnchor anchor = TextAnchor::capture(text, Span(start, end));
        QCOMPARE(anchor.prefix, before);
        QCOMPARE(anchor.suffix, QString(31, u'b'));
        QCOMPARE(QString::fromUtf8(anchor.prefix.toUtf8()), anchor.prefix);
        QCOMPARE(anchor.locate(text, Span(0, 6)), Span(start, end));
    }

    void captureOutsideTextIsEmpty()
    {
        QCOMPARE(TextAnchor::capture(u"short", Span(2, 50)), TextAnchor());
    }

    void locatePicksOccurrenceWithMatchingContext()
    {
        const QString text = QStringLiteral("Paris said yes. Later, Berlin said yes. Then Rome said no.");
        const int second = text.indexOf(QStringLiteral("said yes"), 10);
        const TextAnchor anchor = TextAnchor::capture(text, Span(second, second + 8));
        // Offsets drifted: the stored span points somewhere else.
        QCOMPARE(anchor.locate(text, Span(0, 8)), Span(second, second + 8));
        // Text shifted by an inserted sentence: found by context, not by position.
        const QString shifted = QStringLiteral("Intro. ") + text;
        QCOMPARE(anchor.locate(shifted, Span(second, second + 8)), Span(second + 7, second + 15));
    }

    void locateMissingIsInvalid()
    {
        const TextAnchor anchor{QStringLiteral("absent"), {}, {}};
        QVERIFY(!anchor.locate(u"nothing here", Span(0, 6)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
