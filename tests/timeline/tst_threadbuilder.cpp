// SPDX-License-Identifier: GPL-2.0-or-later
// Which commitments the builder puts in one thread: content words, holders, addressees, time, and
// the threads a person stored. Inputs are made by hand (no project, no analysis).

#include "timeline/contentwords.h"
#include "timeline/threadbuilder.h"

#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Timeline::CommitmentThread;
using Timeline::ThreadInput;

namespace {

constexpr qint64 norway = 1;
constexpr qint64 turkey = 2;
constexpr qint64 russia = 3;

// Articles 10, 11, … one a week from 3 March 2025, alternating two outlets.
struct Input {
    ThreadInput in;
    qint64 nextId = 100;

    Input()
    {
        in.actorNames = {{norway, u"Norway"_s}, {turkey, u"Turkey"_s}, {russia, u"Russia"_s}};
    }

    qint64 article(QDate date)
    {
        const qint64 id = 10 + in.articles.size();
        in.articles.append({id, int(in.articles.size()) + 1, date,
                            in.articles.size() % 2 ? u"The Ledger"_s : u"Northline Wire"_s, u"Article %1"_s.arg(id)});
        return id;
    }
    qint64 week(int n) { return article(QDate(2025, 3, 3).addDays(7 * n)); }

    qint64 commitment(qint64 articleId, qint64 holder, const QString &words, qint64 addressee = 0, int at = 0)
    {
        Model::Annotation a;
        a.id = nextId++;
        a.articleId = articleId;
        a.kind = Model::AnnotationKind::Commitment;
        a.origin = Model::Origin::Suggested;
        a.actorId = holder;
        a.addresseeId = addressee;
        a.span = {at, at + int(words.size())};
        a.exact = words;
        a.strength = 1.0;
        in.commitments.append(a);
        return a.id;
    }
};

QList<QList<qint64>> groups(const QList<CommitmentThread> &threads)
{
    QList<QList<qint64>> out;
    for (const CommitmentThread &t : threads)
        out.append(t.commitmentIds());
    return out;
}

} // namespace

class TestThreadBuilder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contentWordsLeaveOutHowAndWhen()
    {
        Timeline::ContentWords words;
        const QStringList will = words.of(u"will send ceasefire monitors to the contact line"_s);
        QCOMPARE(words.of(u"its offer to send a ceasefire monitor to the contact line"_s), will);
        QCOMPARE(words.of(u"is still prepared to send ceasefire monitors to the contact line"_s), will);
        QCOMPARE(will.size(), 5);
        // A commissive word after the first content word is content ("guarantees" is what is demanded).
        const QStringList demanded = words.of(u"demanded written guarantees"_s);
        QCOMPARE(demanded.size(), 2);
        QVERIFY(!demanded.contains(u"demand"_s));
        // The time expression, and spans the caller leaves out.
        QCOMPARE(words.of(u"will send monitors by the end of April"_s), words.of(u"will send monitors"_s));
        const QString text = u"will send monitors to Vienna"_s;
        QCOMPARE(words.of(text, {Model::Span(int(text.indexOf(u"Vienna"_s)), int(text.size()))}).size(), 2);
        QCOMPARE(Timeline::ContentWords::overlap(words.of(u"will open an office in Vienna"_s), will), 0.0);
    }

    void stemsComeFromSqlitesPorterStemmer()
    {
        Timeline::WordStemmer stemmer;
        QVERIFY(stemmer.isValid());
        QCOMPARE(stemmer.stem(u"Monitors"_s), u"monitor"_s);
        QCOMPARE(stemmer.stem(u"deployed"_s), stemmer.stem(u"deploying"_s));
        QCOMPARE(stemmer.stem(u"guarantees"_s), stemmer.stem(u"guarantee"_s));
        QCOMPARE(stemmer.stem(u"Oslo"_s), u"oslo"_s);
    }

    void sameUndertakingAcrossArticlesIsOneThread()
    {
        Input i;
        const qint64 a = i.commitment(i.week(0), norway, u"will send ceasefire monitors to the contact line"_s);
        const qint64 b = i.commitment(i.week(1), norway, u"could send monitors to the contact line"_s);
        const qint64 c = i.commitment(i.week(2), norway, u"will open a liaison office in Vienna"_s);
        const qint64 d = i.commitment(i.week(3), norway, u"its offer to send ceasefire monitors"_s);
        const QList<CommitmentThread> threads = Timeline::ThreadBuilder().build(i.in);
        QCOMPARE(groups(threads), (QList<QList<qint64>>{{a, b, d}}));
        QCOMPARE(threads.first().holder, u"Norway"_s);
        QCOMPARE(threads.first().steps[1].outlet, u"The Ledger"_s);
        QVERIFY(!threads.first().isStored());
        Q_UNUSED(c)
    }

    void otherHolderOrAddresseeIsAnotherThread()
    {
        Input i;
        const qint64 a = i.commitment(i.week(0), turkey, u"demanded guarantees for the monitors"_s, norway);
        const qint64 b = i.commitment(i.week(1), russia, u"demanded guarantees for the monitors"_s, norway);
        const qint64 c = i.commitment(i.week(2), turkey, u"demanded guarantees for the monitors"_s, russia);
        const qint64 e = i.commitment(i.week(4), russia, u"demanded guarantees for the monitors"_s, norway);
        QCOMPARE(groups(Timeline::ThreadBuilder().build(i.in)), (QList<QList<qint64>>{{b, e}}));
        // None stated is compatible with any addressee: it goes on with the latest thread that matches.
        const qint64 d = i.commitment(i.week(3), turkey, u"demanded guarantees for the monitors"_s);
        QCOMPARE(groups(Timeline::ThreadBuilder().build(i.in)), (QList<QList<qint64>>{{b, e}, {c, d}}));
        Q_UNUSED(a)
    }

    void timeWindowAndDatesDecide()
    {
        Input i;
        const qint64 a = i.commitment(i.article(QDate(2025, 1, 6)), norway, u"will send ceasefire monitors"_s);
        const qint64 b = i.commitment(i.article(QDate(2025, 3, 3)), norway, u"will send ceasefire monitors"_s);
        const qint64 c = i.commitment(i.article(QDate(2025, 10, 6)), norway, u"will send ceasefire monitors"_s);
        const qint64 d = i.commitment(i.article(QDate(2025, 11, 3)), norway, u"will send ceasefire monitors"_s);
        const qint64 undated = i.commitment(i.article(QDate()), norway, u"will send ceasefire monitors"_s);
        QCOMPARE(groups(Timeline::ThreadBuilder().build(i.in)), (QList<QList<qint64>>{{a, b}, {c, d}}));
        Timeline::ThreadOptions wide;
        wide.windowDays = 365;
        QCOMPARE(groups(Timeline::ThreadBuilder().build(i.in, wide)), (QList<QList<qint64>>{{a, b, c, d}}));
        Q_UNUSED(undated)
    }

    void articlesComeInDateOrderNotImportOrder()
    {
        Input i;
        const qint64 late = i.commitment(i.article(QDate(2025, 4, 1)), norway, u"will no longer send ceasefire monitors"_s);
        const qint64 early = i.commitment(i.article(QDate(2025, 3, 1)), norway, u"will send ceasefire monitors"_s);
        const QList<CommitmentThread> threads = Timeline::ThreadBuilder().build(i.in);
        QCOMPARE(groups(threads), (QList<QList<qint64>>{{early, late}}));
        QCOMPARE(threads.first().steps.first().date, QDate(2025, 3, 1));
    }

    void oneStepPerArticle()
    {
        Input i;
        const qint64 first = i.week(0);
        const qint64 a = i.commitment(first, norway, u"will send ceasefire monitors"_s, 0, 10);
        const qint64 b = i.commitment(first, norway, u"would send the ceasefire monitors"_s, 0, 200);
        const qint64 c = i.commitment(i.week(1), norway, u"will send ceasefire monitors"_s);
        const QList<CommitmentThread> threads = Timeline::ThreadBuilder().build(i.in);
        QCOMPARE(threads.size(), 1);
        QCOMPARE(threads.first().steps.size(), 2);
        QCOMPARE(threads.first().steps[0].commitmentId(), a);
        QCOMPARE(threads.first().steps[0].alsoIn, QList<qint64>{b});
        QCOMPARE(threads.first().steps[1].commitmentId(), c);
        // Two mentions in one article are no thread by themselves.
        Input alone;
        const qint64 article = alone.week(0);
        alone.commitment(article, norway, u"will send ceasefire monitors"_s, 0, 10);
        alone.commitment(article, norway, u"will send ceasefire monitors"_s, 0, 300);
        QVERIFY(Timeline::ThreadBuilder().build(alone.in).isEmpty());
    }

    void storedThreadsKeepTheirCommitmentsAndTakeNewOnes()
    {
        Input i;
        const qint64 a = i.commitment(i.week(0), norway, u"will send ceasefire monitors"_s);
        const qint64 b = i.commitment(i.week(1), norway, u"will send ceasefire monitors"_s);
        const qint64 unlike = i.commitment(i.week(2), norway, u"will open an office in Vienna"_s);
        const qint64 c = i.commitment(i.week(3), norway, u"will send ceasefire monitors"_s);
        const qint64 d = i.commitment(i.week(4), norway, u"will send ceasefire monitors"_s);
        // A person split the four in two and put the unlike one with the first pair.
        i.in.records = {{7, {a, b, unlike}, u"Monitors, first half"_s, {}, {}}, {8, {c}, {}, {}, {}}};
        const QList<CommitmentThread> threads = Timeline::ThreadBuilder().build(i.in);
        QCOMPARE(groups(threads), (QList<QList<qint64>>{{a, b, unlike}, {c, d}}));
        QCOMPARE(threads[0].id, 7);
        QCOMPARE(threads[0].label, u"Monitors, first half"_s);
        QVERIFY(threads[0].isConfirmed());
        QCOMPARE(threads[1].id, 8);
        QVERIFY(threads[1].steps[0].stored);
        QVERIFY(!threads[1].steps[1].stored); // proposed as a further step
        QVERIFY(!threads[1].isConfirmed());

        Timeline::ThreadOptions storedOnly;
        storedOnly.propose = false;
        QCOMPARE(groups(Timeline::ThreadBuilder().build(i.in, storedOnly)), (QList<QList<qint64>>{{a, b, unlike}, {c}}));
    }

    void holderFilter()
    {
        Input i;
        const qint64 a = i.commitment(i.week(0), norway, u"will send ceasefire monitors"_s);
        const qint64 b = i.commitment(i.week(1), norway, u"will send ceasefire monitors"_s);
        i.commitment(i.week(0), turkey, u"will keep its troops away"_s);
        i.commitment(i.week(1), turkey, u"will keep its troops away"_s);
        QCOMPARE(Timeline::ThreadBuilder().build(i.in).size(), 2);
        Timeline::ThreadOptions options;
        options.holderIds = {norway};
        QCOMPARE(groups(Timeline::ThreadBuilder().build(i.in, options)), (QList<QList<qint64>>{{a, b}}));
    }
};

QTEST_GUILESS_MAIN(TestThreadBuilder)
#include "tst_threadbuilder.moc"
