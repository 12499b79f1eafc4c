// SPDX-License-Identifier: GPL-2.0-or-later
#include "session/textsearch.h"

#include "sampleproject.h"

#include <QTest>

using namespace Parlance;
using namespace Parlance::Session;
using namespace Qt::StringLiterals;

class TestTextSearch final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsWholeWordsIgnoringCase()
    {
        const QString text = u"Observers, not an observer: the OBSERVERS' army and the armed observers."_s;
        QStringList found;
        for (const Model::Span &s : TextSearch::find(text, u"observers"_s))
            found << s.textIn(text).toString();
        QCOMPARE(found, (QStringList{u"Observers"_s, u"OBSERVERS"_s, u"observers"_s}));
        // Several words: any of them; index operators and quotation marks are not words.
        QCOMPARE(TextSearch::words(u"\"army\" OR armed NOT"_s), (QStringList{u"army"_s, u"armed"_s}));
        QCOMPARE(TextSearch::find(text, u"arm"_s).size(), 0);
        QCOMPARE(TextSearch::find(text, u"army OR armed"_s).size(), 2);
        QVERIFY(TextSearch::find(text, u"  "_s).isEmpty());
    }

    void listsEveryHitInContextAcrossTheProject()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const QList<TextHit> hits = TextSearch::inProject(*sample.project, u"observers"_s);
        // The bundled sample says "observers" once in each of three articles.
        QCOMPARE(hits.size(), 3);
        QSet<qint64> articles;
        for (const TextHit &hit : hits) {
            articles.insert(hit.articleId);
            const QString text = sample.project->article(hit.articleId)->text;
            QCOMPARE(hit.span.textIn(text), u"observers");
            QCOMPARE(hit.match, u"observers"_s);
            QVERIFY(!hit.before.isEmpty() && !hit.after.isEmpty());
            QVERIFY(hit.before.size() <= TextSearch::contextLength && hit.after.size() <= TextSearch::contextLength);
            QVERIFY(text.left(hit.span.start).simplified().endsWith(hit.before));
        }
        QCOMPARE(articles.size(), 3);
        QVERIFY(TextSearch::inProject(*sample.project, u"zeppelin"_s).isEmpty());
        QCOMPARE(TextSearch::inProject(*sample.project, u"observers"_s, 2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
