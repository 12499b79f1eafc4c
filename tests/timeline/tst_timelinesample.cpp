// SPDX-License-Identifier: GPL-2.0-or-later
// The commitment threads proposed on the bundled sample against a hand-made answer key
// (tests/data/timeline/sample-threads.txt): precision and recall of thread membership (pairs of
// commitments put in one thread) and of the move labels are printed, and every one must be right.

#include "sampleproject.h"
#include "timeline/commitmenttimeline.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Parlance;

namespace {

struct KeyStep {
    QString file;
    QString words;
    QString moves;
    int line = 0;
};
struct KeyThread {
    QString holder;
    QList<KeyStep> steps;
};

QList<KeyThread> readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<KeyThread> threads;
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1StringView("thread:"))) {
            threads.append({line.mid(7).trimmed(), {}});
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('|'));
        if (fields.size() != 3 || threads.isEmpty())
            qFatal("%s:%d: cannot read \"%s\"", qPrintable(path), number, qPrintable(line));
        threads.last().steps.append({fields[0].trimmed(), fields[1].trimmed(), fields[2].trimmed(), number});
    }
    return threads;
}

using Pair = std::pair<qint64, qint64>;

QSet<Pair> pairsOf(const QList<QList<qint64>> &groups)
{
    QSet<Pair> pairs;
    for (const QList<qint64> &g : groups) {
        for (qsizetype i = 0; i < g.size(); ++i)
            for (qsizetype j = i + 1; j < g.size(); ++j)
                pairs.insert({std::min(g[i], g[j]), std::max(g[i], g[j])});
    }
    return pairs;
}

template<typename T>
void report(const char *what, const QSet<T> &proposed, const QSet<T> &key)
{
    const qsizetype right = QSet<T>(proposed).intersect(key).size();
    const double precision = proposed.isEmpty() ? 1.0 : double(right) / double(proposed.size());
    const double recall = key.isEmpty() ? 1.0 : double(right) / double(key.size());
    qInfo("%s: precision %.3f (%lld of %lld proposed), recall %.3f (%lld of %lld in the key)", what, precision,
          qlonglong(right), qlonglong(proposed.size()), recall, qlonglong(right), qlonglong(key.size()));
}

} // namespace

class TestTimelineSample final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposedThreadsEqualTheAnswerKey();
    void threadsLeaveOutUndatedArticles();
};

void TestTimelineSample::proposedThreadsEqualTheAnswerKey()
{
    Test::SampleProject sample;
    QVERIFY(sample.make());
    const QList<KeyThread> key = readKey(QStringLiteral(PARLANCE_TEST_DATA_DIR "/timeline/sample-threads.txt"));
    QVERIFY(!key.isEmpty());

    // The key's steps as commitments of the project (the analysis must still find each of them).
    QList<QList<qint64>> keyGroups;
    QSet<std::pair<qint64, QString>> keyMoves;
    for (const KeyThread &thread : key) {
        QList<qint64> group;
        for (const KeyStep &step : thread.steps) {
            const qint64 id = sample.commitment(step.file, step.words);
            if (!id)
                QFAIL(qPrintable(QStringLiteral("answer key line %1: no single commitment \"%2\" in %3")
                                     .arg(step.line).arg(step.words, step.file)));
            group.append(id);
            bool ok = false;
            Timeline::movesFromName(step.moves, &ok);
            QVERIFY2(ok, qPrintable(QStringLiteral("answer key line %1: unknown move").arg(step.line)));
            keyMoves.insert({id, step.moves});
        }
        keyGroups.append(group);
    }

    const QList<Timeline::CommitmentThread> threads = Timeline::threadsOf(*sample.project);
    QList<QList<qint64>> proposedGroups;
    QSet<std::pair<qint64, QString>> proposedMoves;
    for (const Timeline::CommitmentThread &thread : threads) {
        qInfo().noquote() << "thread" << thread.holder;
        QList<qint64> group;
        for (const Timeline::CommitmentStep &step : thread.steps) {
            qInfo().noquote() << "  " << step.date.toString(Qt::ISODate) << step.outlet << "|" << step.text << "|"
                              << Timeline::movesName(step.change.moves) << step.change.cue;
            group.append(step.commitmentId());
            group.append(step.alsoIn);
            proposedMoves.insert({step.commitmentId(), Timeline::movesName(step.change.moves)});
        }
        proposedGroups.append(group);
    }

    const QSet<Pair> keyPairs = pairsOf(keyGroups);
    const QSet<Pair> proposedPairs = pairsOf(proposedGroups);
    report("thread membership (pairs)", proposedPairs, keyPairs);
    report("move labels", proposedMoves, keyMoves);
    QCOMPARE(proposedPairs, keyPairs);
    QCOMPARE(proposedMoves, keyMoves);
    QCOMPARE(threads.size(), key.size());
}

void TestTimelineSample::threadsLeaveOutUndatedArticles()
{
    // The two Vienna articles have no date: a timeline has no place for them.
    Test::SampleProject sample;
    QVERIFY(sample.make());
    const qint64 vienna = sample.articleByFile.value(QStringLiteral("01-vienna-talks-wire.txt"));
    QVERIFY(vienna);
    QVERIFY(!sample.project->article(vienna)->published.isValid());
    for (const Timeline::CommitmentThread &thread : Timeline::threadsOf(*sample.project))
        for (const Timeline::CommitmentStep &step : thread.steps)
            QVERIFY(step.articleId != vienna && step.date.isValid());
}

QTEST_GUILESS_MAIN(TestTimelineSample)
#include "tst_timelinesample.moc"
