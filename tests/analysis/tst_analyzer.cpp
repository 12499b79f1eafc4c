// SPDX-License-Identifier: GPL-2.0-or-later
// The Analyzer facade: extra lexicon folders (`parlance analyze --lexicons DIR`) extend every list the
// stages read — actors and quotes, commitments and boilerplate alike.
#include "analysis/analyzer.h"
#include "analysis/suggestions.h"
#include "analysis/wordset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <algorithm>

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

    void extraFoldersExtendAttributionWordLists()
    {
        // A new verb of speech, a new kind of document and a new outlet, each in the file of its list.
        const QString sentence = u"Borduria's envoy opined that the talks would continue. The almanac said the "
                                 "harvest had failed. The Daily Planet reported that the crossing would open.\n"_s;
        const auto find = [&](const Analysis::AnalysisResult &r, QStringView cue) -> const Analysis::FoundQuote * {
            for (const Analysis::FoundQuote &q : r.quotes)
                if (q.cue.textIn(sentence) == cue)
                    return &q;
            return nullptr;
        };
        const auto hasActor = [](const Analysis::AnalysisResult &r, QStringView name) {
            return std::any_of(r.actors.cbegin(), r.actors.cend(), [&](const Analysis::FoundActor &a) {
                return a.name.contains(name);
            });
        };
        const Analysis::AnalysisResult builtIn = Analysis::Analyzer().analyze(sentence);
        QVERIFY(!find(builtIn, u"opined"));
        QVERIFY(find(builtIn, u"said"));
        QCOMPARE(find(builtIn, u"said")->sourceKind, Model::SourceKind::Unnamed);
        QVERIFY(hasActor(builtIn, u"Daily Planet"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(u"reporting-verbs.txt"_s), "opine opines opined opining | quote that | speech\n"));
        QVERIFY(write(dir.filePath(u"words-attribution.txt"_s), "[document-nouns]\nalmanac almanacs\n"));
        QVERIFY(write(dir.filePath(u"outlets.txt"_s), "the Daily Planet\n"));
        QStringList warnings;
        const Analysis::AnalysisResult extended = Analysis::Analyzer({dir.path()}, &warnings).analyze(sentence);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        const Analysis::FoundQuote *opined = find(extended, u"opined");
        QVERIFY(opined);
        QCOMPARE(opined->content.constFirst().textIn(sentence), u"that the talks would continue"_s);
        QCOMPARE(find(extended, u"said")->sourceKind, Model::SourceKind::Document);
        QVERIFY(!hasActor(extended, u"Daily Planet"));
    }

    void wordSetsCompareWordsNotHashes()
    {
        // Every word has a key of its own: no two words can be taken for each other.
        Analysis::Vocabulary vocabulary;
        QSet<int> keys;
        for (int i = 0; i < 50000; ++i)
            keys.insert(vocabulary.intern(u"w%1"_s.arg(i, 0, 36)));
        QCOMPARE(keys.size(), 50000);
        Analysis::WordSets sets(&vocabulary);
        sets.addFile(u"words-test.txt"_s, u"# comment\n[verbs]\nsaid told  # a trailing comment\n[verbs]\nSays\n"_s, nullptr);
        const Analysis::WordSet &verbs = sets.set(u"verbs");
        QCOMPARE(verbs.count(), 3);
        QVERIFY(verbs.contains(u"said"));
        QVERIFY(verbs.contains(u"SAID")); // without case
        QVERIFY(verbs.contains(u"says"));
        QVERIFY(!verbs.contains(u"say"));
        QVERIFY(!verbs.contains(u"w0")); // in the vocabulary, not in the set
        QVERIFY(!verbs.contains(u"unknown"));
        QVERIFY(sets.set(u"no-such-set").isEmpty());
        QVERIFY(!sets.set(u"no-such-set").contains(u"said"));
    }

    void suggestionsCarryKindSourceAndConfidence()
    {
        const QString article = u"“We will stay,” Chancellor Ingrid Bauer said. Most voters support the treaty.\n"_s;
        const Analysis::AnalysisResult r = Analysis::Analyzer().analyze(article);
        const QList<Model::Annotation> suggestions = Analysis::toSuggestions(r, 5, {});
        QList<Model::Annotation> quotes;
        for (const Model::Annotation &a : suggestions)
            if (a.kind == Model::AnnotationKind::Quote)
                quotes.append(a);
        QCOMPARE(quotes.size(), r.quotes.size());
        QCOMPARE(quotes.size(), 2);
        for (int i = 0; i < quotes.size(); ++i) {
            QCOMPARE(quotes[i].quoteKind, r.quotes[i].kind);
            QCOMPARE(quotes[i].sourceKind, r.quotes[i].sourceKind);
            QCOMPARE(quotes[i].confidence, r.quotes[i].confidence);
            QVERIFY(quotes[i].confidence > 0 && quotes[i].confidence < 1);
        }
        QCOMPARE(quotes[0].quoteKind, Model::QuoteKind::Direct);
        QCOMPARE(quotes[0].sourceKind, Model::SourceKind::Named);
        QCOMPARE(quotes[1].quoteKind, Model::QuoteKind::Stance);
        QCOMPARE(quotes[1].sourceKind, Model::SourceKind::Unnamed);
        QVERIFY(quotes[0].confidence > quotes[1].confidence); // a quoted, named speaker is surer
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
