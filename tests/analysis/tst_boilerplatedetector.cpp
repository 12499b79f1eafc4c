// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/boilerplatedetector.h"
#include "analysis/textsegmenter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parlance::Analysis;
using Parlance::Model::Span;

namespace {

// Two real-looking article paragraphs (invented), long enough to count as the article body.
const QString kBody = u"Delegations from Ruritania and Borduria met on Tuesday for a third round of talks on the river border.\n"
                      u"“We made progress on the water agreement,” the Ruritanian envoy told reporters after the meeting.\n"_s;

QStringList flagged(const QString &text)
{
    const TextSegmentation seg = TextSegmenter().segment(text);
    QStringList out;
    for (const Span &s : BoilerplateDetector().find(text, seg))
        out.append(s.textIn(text).toString());
    return out;
}

} // namespace

class TestBoilerplateDetector final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flagsFurniture_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("video notice between paragraphs")
            << u"Delegations from Ruritania and Borduria met on Tuesday for a third round of talks.\n"
               u"This video is no longer available.\n"
               u"The envoys will meet again next month in the capital, officials on both sides said."_s
            << QStringList{u"This video is no longer available."_s};
        QTest::newRow("read more and a tag list at the end")
            << kBody + u"\nRead more on these topics\n\nRuritania Borduria Diplomacy\n"_s
            << QStringList{u"Read more on these topics"_s, u"Ruritania Borduria Diplomacy"_s};
        QTest::newRow("subscription prompts after the article")
            << kBody + u"Unlock unlimited stories\nJoin today for exclusive offers\n"_s
            << QStringList{u"Unlock unlimited stories"_s, u"Join today for exclusive offers"_s};
        QTest::newRow("newsletter and share prompts anywhere")
            << u"Sign up for our daily briefing\n"_s + kBody + u"Share this article\n"_s
            << QStringList{u"Sign up for our daily briefing"_s, u"Share this article"_s};
        QTest::newRow("copyright and cookie lines")
            << kBody + u"© 2031 Example News Agency. All rights reserved.\nWe use cookies to improve your experience.\n"_s
            << QStringList{u"© 2031 Example News Agency. All rights reserved."_s,
                           u"We use cookies to improve your experience."_s};
        QTest::newRow("related list with bullets")
            << kBody + u"Related:\n• Border talks stall again\n• Envoy resigns\n"_s
            << QStringList{u"Related:"_s, u"• Border talks stall again"_s, u"• Envoy resigns"_s};
        QTest::newRow("headline and body are kept") << u"Talks resume on the river border\n"_s + kBody << QStringList{};
        QTest::newRow("a long paragraph that starts like a prompt is kept")
            << u"Sign up was slow at first, but by the end of the week more than two hundred observers from "
               u"both countries had registered for the monitoring mission along the river, officials said.\n"_s
                   + kBody
            << QStringList{};
        QTest::newRow("a short last sentence of the article is kept")
            << kBody + u"Talks resume in May.\n"_s << QStringList{};
        QTest::newRow("empty text") << QString() << QStringList{};
    }
    void flagsFurniture()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(flagged(text), expected);
    }

    void spansAreWholeParagraphs()
    {
        const QString text = kBody + u"  Read more  \n"_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        const QList<Span> spans = BoilerplateDetector().find(text, seg);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first(), seg.paragraphs.last().span);
        QCOMPARE(text.size(), kBody.size() + 14); // nothing removed
    }

    void extraPatternsExtend()
    {
        auto patterns = std::make_shared<BoilerplatePatterns>();
        QStringList warnings;
        patterns->addFile(u"# own\nline | brought to you by\nbogus line\n"_s, &warnings);
        QCOMPARE(warnings.size(), 1);
        const QString text = kBody + u"Brought to you by a sponsor of our coverage of the region and its people.\n"_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        const QList<Span> spans = BoilerplateDetector(patterns).find(text, seg);
        QCOMPARE(spans.size(), 1);
        QVERIFY(spans.first().textIn(text).startsWith(u"Brought to you by"));
    }
};

QTEST_GUILESS_MAIN(TestBoilerplateDetector)
#include "tst_boilerplatedetector.moc"
