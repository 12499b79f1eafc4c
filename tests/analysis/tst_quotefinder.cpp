// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/analyzer.h"

#include <QFile>
#include <QTest>

#include <thread>
#include <vector>

using namespace Parlance;
using namespace Parlance::Analysis;
using namespace Qt::StringLiterals;

// Quotes are compared as "kind|content|speaker" with the parts of a split quote joined by " // ",
// so an expectation reads like the sentence it was written from.
class TestQuoteFinder final : public QObject {
    Q_OBJECT

    static QStringList describe(const QString &text, const AnalysisResult &r)
    {
        QStringList out;
        for (const FoundQuote &q : r.quotes) {
            QStringList parts;
            for (Model::Span s : q.content)
                parts.append(s.textIn(text).toString());
            out.append(Model::quoteKindName(q.kind) + u'|' + parts.join(u" // "_s) + u'|' + q.speaker);
        }
        return out;
    }

    static QString readFixture(const QString &name)
    {
        QFile f(QStringLiteral(PARLANCE_TEST_DATA_DIR "/analysis/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

private Q_SLOTS:
    void findsQuotesInSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("inverted attribution") << u"“No deal yet,” said Ambassador Kofi Mensah."_s
                                              << QStringList{u"direct|No deal yet,|Kofi Mensah"_s};
        QTest::newRow("apposition between speaker and verb")
            << u"“Not yet,” Brenner, who is touring Asia, told reporters.\n\nSecretary of State Paul Brenner left."_s
            << QStringList{u"direct|Not yet,|Paul Brenner"_s};
        QTest::newRow("headline quote before a colon and the speaker")
            << u"‘No deal yet’: Adler rejects the offer\n\nPresident Joe Adler spoke on Monday."_s
            << QStringList{u"headline|No deal yet|Joe Adler"_s, u"headline|the offer|Joe Adler"_s};
        QTest::newRow("colon before the quote") << u"President Joe Adler said: “We stand ready.”"_s
                                                << QStringList{u"direct|We stand ready.|Joe Adler"_s};
        QTest::newRow("speech first, speaker last")
            << u"The border will stay open, Prime Minister Ana Ruiz said on Monday."_s
            << QStringList{u"indirect|The border will stay open|Ana Ruiz"_s};
        QTest::newRow("according to, at the start")
            << u"According to NATO, the drills will end on Friday."_s
            << QStringList{u"indirect|the drills will end on Friday|NATO"_s};
        QTest::newRow("according to, at the end")
            << u"The drills will end on Friday, according to NATO."_s
            << QStringList{u"indirect|The drills will end on Friday|NATO"_s};
        QTest::newRow("said without that, after a time word")
            << u"Chancellor Ingrid Bauer said Tuesday the sanctions would stay."_s
            << QStringList{u"indirect|the sanctions would stay|Ingrid Bauer"_s};
        QTest::newRow("reported clause stops at a subordinate clause")
            << u"Chancellor Ingrid Bauer said the sanctions would stay, as she left for Rome."_s
            << QStringList{u"indirect|the sanctions would stay|Ingrid Bauer"_s};
        QTest::newRow("told without a listener phrase")
            << u"Chancellor Ingrid Bauer told Adler that the sanctions would stay."_s
            << QStringList{u"indirect|that the sanctions would stay|Ingrid Bauer"_s};
        QTest::newRow("partial quote completing a reported clause")
            << u"Chancellor Ingrid Bauer said Berlin would send a “clear and firm signal” soon."_s
            << QStringList{u"partial|Berlin would send a “clear and firm signal” soon|Ingrid Bauer"_s};
        QTest::newRow("quote in another speaker's clause")
            << u"After President Joe Adler spoke of a “limited operation”, Chancellor Ingrid Bauer said "
               u"the remark was unhelpful."_s
            << QStringList{u"partial|a “limited operation”|Joe Adler"_s,
                           u"indirect|the remark was unhelpful|Ingrid Bauer"_s};
        QTest::newRow("unattributed paragraph carries the speaker over")
            << u"“We are close,” Chancellor Ingrid Bauer said.\n\n“But not there yet.”"_s
            << QStringList{u"direct|We are close, // But not there yet.|Ingrid Bauer"_s};
        QTest::newRow("carry-over stops after an unrelated paragraph")
            << u"“We are close,” Chancellor Ingrid Bauer said.\n\nThe weather was cold.\n\nIt rained.\n\n“Soon.”"_s
            << QStringList{u"direct|We are close,|Ingrid Bauer"_s, u"direct|Soon.|"_s};
        QTest::newRow("pronoun speaker") << u"Chancellor Ingrid Bauer arrived late.\n\n“Sorry,” she said."_s
                                         << QStringList{u"direct|Sorry,|Ingrid Bauer"_s};
        QTest::newRow("unnamed source") << u"“It is over,” a senior diplomat said."_s
                                        << QStringList{u"direct|It is over,|"_s};
        QTest::newRow("reported clause stops before a closing attribution")
            << u"Chancellor Ingrid Bauer said the ship had been seized, Interfax reported."_s
            << QStringList{u"indirect|Chancellor Ingrid Bauer said the ship had been seized|"_s,
                           u"indirect|the ship had been seized|Ingrid Bauer"_s};
        QTest::newRow("unnamed source opening a sentence") << u"Officials said the meeting would go ahead."_s
                                                           << QStringList{u"indirect|the meeting would go ahead|"_s};
        QTest::newRow("unnamed source after the verb naming a state")
            << u"“Why now?” asked one Chilean negotiator."_s << QStringList{u"direct|Why now?|Chile"_s};
        QTest::newRow("spokesperson in a city speaks for the body that is the subject")
            << u"The World Bank will release the funds next month, a spokesperson in New York said."_s
            << QStringList{u"indirect|The World Bank will release the funds next month|World Bank"_s};
        QTest::newRow("spokesman for a body")
            << u"The convoy was delayed, a spokesman for the Red Cross said."_s
            << QStringList{u"indirect|The convoy was delayed|International Committee of the Red Cross"_s};
        QTest::newRow("source qualified after the noun")
            << u"The ceasefire will hold, two officials familiar with the talks said."_s
            << QStringList{u"indirect|The ceasefire will hold|"_s};
        QTest::newRow("according to an unnamed source naming a state")
            << u"According to a senior Chilean diplomat, the vote will be delayed."_s
            << QStringList{u"indirect|the vote will be delayed|Chile"_s};
        QTest::newRow("relative clause after the name")
            << u"The plan came from Chancellor Ingrid Bauer, who told reporters that Berlin would pay."_s
            << QStringList{u"indirect|that Berlin would pay|Ingrid Bauer"_s};
        QTest::newRow("plural unnamed speakers")
            << u"Chancellor Ingrid Bauer met President Joe Adler.\n\n“We are united,” the two leaders said."_s
            << QStringList{u"direct|We are united,|"_s};
        QTest::newRow("transcript label")
            << u"Remarks by spokesman Omar Haddad.\n\nSpokesman: We will not comment on rumours.\n\n"
               u"Q: Is the summit off?"_s
            << QStringList{u"direct|We will not comment on rumours.|Omar Haddad"_s, u"direct|Is the summit off?|"_s};
        QTest::newRow("speaker before a participle apposition")
            << u"Okonkwo, speaking in Abuja, said the border would reopen."_s
            << QStringList{u"indirect|the border would reopen|Okonkwo"_s};
        QTest::newRow("the statement is not the last speaker")
            << u"“We are ready,” Chancellor Ingrid Bauer said.\n\n“No one wants escalation,” the statement said."_s
            << QStringList{u"direct|We are ready,|Ingrid Bauer"_s, u"direct|No one wants escalation,|"_s};
        QTest::newRow("speech first, employer and title before the name, then a participle")
            << u"Chile will respond, Foreign Ministry spokeswoman Ana Ruiz said on Monday, adding that it had "
               u"“many options”."_s
            << QStringList{u"indirect|Chile will respond|Ana Ruiz"_s, u"partial|that it had “many options”|Ana Ruiz"_s};
        QTest::newRow("unnamed source before a participle apposition")
            << u"A senior NATO official, speaking on condition of anonymity, said the drills would go ahead."_s
            << QStringList{u"indirect|the drills would go ahead|NATO"_s};
        QTest::newRow("unnamed source before a relative clause")
            << u"A senior NATO official, who asked not to be named, said the drills would go ahead."_s
            << QStringList{u"indirect|the drills would go ahead|NATO"_s};
        QTest::newRow("warned without that")
            << u"Chancellor Ingrid Bauer warned Berlin would respond if its ships were seized."_s
            << QStringList{u"indirect|Berlin would respond if its ships were seized|Ingrid Bauer"_s};
        QTest::newRow("warned a listener that")
            << u"Chancellor Ingrid Bauer warned Moscow that sanctions would follow."_s
            << QStringList{u"indirect|that sanctions would follow|Ingrid Bauer"_s};
        QTest::newRow("unnamed plural source qualified by its origin")
            << u"Officials from both countries said the talks had been constructive."_s
            << QStringList{u"indirect|the talks had been constructive|"_s};
        QTest::newRow("speech first, then the source and a clause of its own")
            << u"The border will reopen on Monday, officials on both sides said, as talks went on in Geneva."_s
            << QStringList{u"indirect|The border will reopen on Monday|"_s};
        QTest::newRow("speech first, then a role named before the person")
            << u"Chile is ready to lift the quotas, its foreign minister has said, days before the vote.\n\nSpeaking in Lima, Ana Ruiz "
               u"said talks would resume."_s
            << QStringList{u"indirect|Chile is ready to lift the quotas|Ana Ruiz"_s,
                           u"indirect|talks would resume|Ana Ruiz"_s};
        QTest::newRow("a state's body in lower case")
            << u"The Chilean foreign ministry said the quotas would stay."_s
            << QStringList{u"indirect|the quotas would stay|Chile"_s};
        QTest::newRow("speech first, then the source and where it was said")
            << u"Chile will not accept the quotas, Foreign Minister Ana Ruiz told reporters after the signing."_s
            << QStringList{u"indirect|Chile will not accept the quotas|Ana Ruiz"_s};
        QTest::newRow("an opening adjunct is not speech")
            << u"On Monday, Foreign Minister Ana Ruiz told reporters in Lima that the quotas would stay."_s
            << QStringList{u"indirect|that the quotas would stay|Ana Ruiz"_s};
        QTest::newRow("a state's prime minister's office")
            << u"Chile's prime minister's office said a delegation would travel to Lima."_s
            << QStringList{u"indirect|a delegation would travel to Lima|Chile"_s};
        QTest::newRow("quoted as saying")
            << u"Deputy Foreign Minister Oleg Petrov was quoted by Interfax as saying that Moscow saw no basis for talks."_s
            << QStringList{u"indirect|that Moscow saw no basis for talks|Oleg Petrov"_s};
        QTest::newRow("an owner's spokesman")
            << u"Petrov's spokesman said the ministry was open to contacts."_s
            << QStringList{u"indirect|the ministry was open to contacts|"_s};
        QTest::newRow("a body and a title name the person with that role")
            << u"Talks \u2018constructive\u2019, says UN envoy\n\nUN envoy Kofi Mensah met both sides on Monday."_s
            << QStringList{u"headline|Talks ‘constructive’|Kofi Mensah"_s};
        QTest::newRow("introduced by the previous paragraph's colon")
            << u"Chancellor Ingrid Bauer arrived. She told them:\n\n“We need one more day.”"_s
            << QStringList{u"direct|We need one more day.|Ingrid Bauer"_s};
    }

    void findsQuotesInSentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(text, Analyzer().analyze(text)), expected);
    }

    // Every part of an attribution, as "kind|content|source|source kind|speaker".
    void findsAttributionParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("split quote over two sentences")
            << u"“We are ready,” Chancellor Ingrid Bauer said. “The rest is up to them.”"_s
            << QStringList{u"direct|We are ready, // The rest is up to them.|Chancellor Ingrid Bauer|named|Ingrid Bauer"_s};
        QTest::newRow("attribution inside the reported clause")
            << u"The latest test, North Korea said, was its biggest yet."_s
            << QStringList{u"indirect|The latest test // was its biggest yet|North Korea|named|North Korea"_s};
        QTest::newRow("reporting verb with an object and its complement")
            << u"Senator Tim Wallace called her vote a mistake."_s
            << QStringList{u"indirect|her vote a mistake|Senator Tim Wallace|named|Tim Wallace"_s};
        QTest::newRow("wh-clause")
            << u"Minister Ana Ruiz explained why the talks had stalled."_s
            << QStringList{u"indirect|why the talks had stalled|Minister Ana Ruiz|named|Ana Ruiz"_s};
        QTest::newRow("clause without that")
            << u"Ambassador Kofi Mensah insisted he has the votes."_s
            << QStringList{u"indirect|he has the votes|Ambassador Kofi Mensah|named|Kofi Mensah"_s};
        QTest::newRow("unnamed source with a qualifier")
            << u"Diplomats familiar with the talks said a deal was close."_s
            << QStringList{u"indirect|a deal was close|Diplomats familiar with the talks|unnamed|"_s};
        QTest::newRow("collective source")
            << u"The campaign said the ad would run again."_s
            << QStringList{u"indirect|the ad would run again|The campaign|collective|"_s};
        QTest::newRow("document source and evidence")
            << u"A new poll shows most voters support the treaty."_s
            << QStringList{u"stance|most voters support the treaty|A new poll|document|"_s,
                           u"stance|the treaty|most voters|unnamed|"_s};
        QTest::newRow("according to a noun phrase")
            << u"According to the report, the ceasefire held overnight."_s
            << QStringList{u"indirect|the ceasefire held overnight|the report|document|"_s};
        QTest::newRow("belief is a stance, not speech")
            << u"Chancellor Ingrid Bauer believes the treaty will pass."_s
            << QStringList{u"stance|the treaty will pass|Chancellor Ingrid Bauer|named|Ingrid Bauer"_s};
        QTest::newRow("passive attribution")
            << u"Senator Tim Wallace has been criticised for the vote."_s
            << QStringList{u"indirect|Senator Tim Wallace has been criticised for the vote||none|"_s};
        QTest::newRow("scare quotes are no attribution")
            << u"The so-called “peace train” left the station on Monday."_s << QStringList{};
        QTest::newRow("dash attribution closing a quotation")
            << u"“Nothing about us without us.” — Karen Bright"_s
            << QStringList{u"direct|Nothing about us without us.|Karen Bright|named|Karen Bright"_s};
        QTest::newRow("question and answer turns")
            << u"Ruth Okafor spoke to us.\n\nQ: Are the talks over?\n\nA: No. We will be back next week."_s
            << QStringList{u"direct|Are the talks over?|Q|named|"_s, u"direct|No. We will be back next week.|A|named|"_s};
        QTest::newRow("abbreviated title and a middle initial")
            << u"Rep. Joseph P. Crowley said the bill would pass."_s
            << QStringList{u"indirect|the bill would pass|Rep. Joseph P. Crowley|named|Joseph P. Crowley"_s};
        QTest::newRow("a news outlet reports, it is no actor")
            << u"The Daily Beast reported that the deal had collapsed."_s
            << QStringList{u"indirect|that the deal had collapsed|The Daily Beast|named|"_s};
    }

    void findsAttributionParts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const FoundQuote &q : Analyzer().analyze(text).quotes) {
            QStringList parts;
            for (Model::Span s : q.content)
                parts.append(s.textIn(text).toString());
            found.append(Model::quoteKindName(q.kind) + u'|' + parts.join(u" // "_s) + u'|' + q.source.textIn(text)
                         + u'|' + Model::sourceKindName(q.sourceKind) + u'|' + q.speaker);
        }
        QCOMPARE(found, expected);
    }

    void analysesConcurrentlyWithOneAnalyzer()
    {
        // analyze() is const and shares only the read-only lexicons: threads must agree with one run.
        const QString text = readFixture(u"wire-truce.txt"_s) + readFixture(u"split-and-carryover.txt"_s);
        const Analyzer analyzer;
        const QStringList expected = describe(text, analyzer.analyze(text));
        QList<QStringList> results(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&, i] {
                for (int round = 0; round < 20; ++round)
                    results[i] = describe(text, analyzer.analyze(text));
            });
        for (std::thread &t : threads)
            t.join();
        for (const QStringList &r : std::as_const(results))
            QCOMPARE(r, expected);
    }

    void recordsCueAndSource()
    {
        const QString text = u"“Fine,” the minister told reporters.\n"_s;
        const QString withName = u"Foreign Minister Oleg Petrov arrived.\n"_s + text;
        const AnalysisResult r = Analyzer().analyze(withName);
        QCOMPARE(r.quotes.size(), 1);
        const FoundQuote &q = r.quotes[0];
        QCOMPARE(q.cue.textIn(withName), u"told"_s); // the listener is not part of the cue
        QCOMPARE(q.source.textIn(withName), u"the minister"_s);
        QCOMPARE(q.speaker, u"Oleg Petrov"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuoteFinder)
#include "tst_quotefinder.moc"
