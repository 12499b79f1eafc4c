// SPDX-License-Identifier: GPL-2.0-or-later
// `parlance timeline` on the bundled sample: threads as text and as JSON Lines, one holder, the
// stored threads only, and the usage and name errors.

#include "cli/commandline.h"
#include "sampleproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {
struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run timeline(const QStringList &args)
{
    Run r;
    QTextStream o(&r.out), e(&r.err);
    r.status = Cli::run(QStringList{u"parlance"_s, u"timeline"_s} + args, {o, e});
    o.flush();
    e.flush();
    return r;
}
} // namespace

class TestTimelineCommand final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sample.make());
        m_path = m_sample.project->path();
        m_sample.project.reset(); // closed, as a script finds it
    }

    void printsThreadsAndMoves()
    {
        const Run r = timeline({m_path});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out.count(u"(proposed, "_s), 4);
        QVERIFY(r.out.contains(u"Norway: will send unarmed ceasefire monitors"_s));
        QVERIFY(r.out.contains(u"2025-05-05  The Ledger"_s));
        QVERIFY(r.out.contains(u"withdrawn"_s));
        QVERIFY(r.out.contains(u"\u2212unarmed"_s)); // the word the second step dropped
    }

    void oneHolderAsJsonLines()
    {
        const Run r = timeline({m_path, u"--holder"_s, u"ankara"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject thread = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(thread[u"holder"_s].toString(), u"Turkey"_s);
        QCOMPARE(thread[u"status"_s].toString(), u"proposed"_s);
        QStringList moves;
        for (const QJsonValue &step : thread[u"steps"_s].toArray())
            moves.append(step[u"moves"_s].toArray().first().toString());
        QCOMPARE(moves, (QStringList{u"first"_s, u"conditional"_s, u"broken"_s}));
        QCOMPARE(thread[u"steps"_s].toArray().last()[u"cue"_s].toString(), u"broke"_s);
        QCOMPARE(thread[u"steps"_s].toArray()[1][u"condition"_s].toString(), u"only if the monitors carried no weapons"_s);
    }

    void storedOnlyAndErrors()
    {
        Run r = timeline({m_path, u"--only"_s, u"confirmed"_s});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(u"No commitment threads"_s));
        r = timeline({m_path, u"--holder"_s, u"Atlantis"_s});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(u"Atlantis"_s));
        QCOMPARE(timeline({m_path, u"--format"_s, u"xml"_s}).status, 2);
        QCOMPARE(timeline({}).status, 2);
        r = timeline({m_path + u".missing"_s});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(u".missing"_s));
    }

private:
    Test::SampleProject m_sample;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestTimelineCommand)
#include "tst_timelinecommand.moc"
