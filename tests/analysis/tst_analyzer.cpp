// SPDX-License-Identifier: GPL-2.0-or-later
// The Analyzer facade: extra lexicon folders (`parlance analyze --lexicons DIR`) extend every list the
// stages read — actors and quotes, commitments and boilerplate alike.
#include "analysis/analyzer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

const QString text = u"Borduria pinkypromised to reopen the border crossings on Monday.\n\n"
                     "Club members read this edition first and save on insurance.\n\n"
                     "The foreign minister of Syldavia told reporters that talks would continue.\n"_s;

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool hasCommitmentAt(const Analysis::AnalysisResult &r, qsizetype at)
{
    for (const Analysis::FoundCommitment &c : r.commitments)
        if (c.type == Model::CommitmentType::Promise && c.span.contains(int(at)))
            return true;
    return false;
}

bool hasBoilerplateAt(const Analysis::AnalysisResult &r, qsizetype at)
{
    for (const Model::Span &s : r.boilerplate)
        if (s.contains(int(at)))
            return true;
    return false;
}

} // namespace

class TestAnalyzer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void extraFoldersExtendCommitmentAndBoilerplateLists()
    {
        const qsizetype cue = text.indexOf(u"pinkypromised");
        const qsizetype advert = text.indexOf(u"Club members");

        const Analysis::AnalysisResult builtIn = Analysis::Analyzer().analyze(text);
        QVERIFY(!hasCommitmentAt(builtIn, cue));
        QVERIFY(!hasBoilerplateAt(builtIn, advert));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(u"commissive-verbs.txt"_s), "# a user's own cue\npromise | v | pinkypromised\n"));
        QVERIFY(write(dir.filePath(u"boilerplate.txt"_s), "line | club members read\n"));
        QStringList warnings;
        const Analysis::AnalysisResult extended = Analysis::Analyzer({dir.path()}, &warnings).analyze(text);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QVERIFY(hasCommitmentAt(extended, cue));
        QVERIFY(hasBoilerplateAt(extended, advert));
    }

    void missingFolderIsReportedOnce()
    {
        QStringList warnings;
        const Analysis::Analyzer analyzer({u"/nonexistent/parlance-lexicons"_s}, &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(u"/nonexistent/parlance-lexicons"_s));
        // The built-in lists still work.
        QVERIFY(!analyzer.analyze(u"“We will return,” Foreign Minister Lena Brandt said."_s).quotes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
