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
    void findsQuotesInFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("split and carried over") << u"split-and-carryover.txt"_s << QStringList{
            u"headline|Harbour deal close|"_s,
            u"indirect|Hungary would sign the harbour accord before the summer|Helena Varga"_s,
            u"direct|We have waited long enough, // and the text is ready.|Helena Varga"_s,
            u"indirect|the last open question concerned fishing rights|Helena Varga"_s,
            u"direct|Nobody wants another year of talks. Our partners know that. // If the other side needs more "
            u"time, we will give it, but not forever.|Helena Varga"_s,
            u"direct|There are details left,|Tomas Lind"_s,
            u"direct|We will see,|Tomas Lind"_s,
        };
        QTest::newRow("quotation styles") << u"styles.txt"_s << QStringList{
            u"indirect|Japan’s position hadn’t changed since the ’90s|Kenji Mori"_s,
            u"direct|Nous resterons à la table|Kenji Mori"_s,
            u"direct|einen guten Anfang|Anna Keller"_s,
            u"indirect|talks would go on|Anna Keller"_s,
            u"direct|We heard them say “never”, but I don’t believe it.|Kenji Mori"_s,
            u"indirect|the delegations' schedules were full|"_s,
            u"direct|Ce n’est pas fini|Anna Keller"_s,
        };
        QTest::newRow("reported speech") << u"indirect.txt"_s << QStringList{
            u"indirect|Russia was ready to resume talks with Georgia|Russia"_s,
            u"indirect|the United Nations would send observers to the border|Omar Haddad"_s,
            u"indirect|the first meeting would take place in Geneva|Omar Haddad"_s,
            u"indirect|both sides have agreed to a ceasefire|European Union"_s,
            u"indirect|The observers will arrive next week|United States"_s,
            u"indirect|he planned to visit Tbilisi in March|Omar Haddad"_s,
            u"indirect|Beijing had offered help|Omar Haddad"_s,
        };
        QTest::newRow("headlines and role nouns") << u"headline.txt"_s << QStringList{
            u"headline|NATO will not send troops to the region|Jens Stoltenberg"_s,
            u"headline|Moscow expects answers by Friday|Lavrov"_s,
            u"direct|The alliance remains united,|Jens Stoltenberg"_s,
            u"direct|empty words|Pavel Orlov"_s,
            u"indirect|Russia would respond|Pavel Orlov"_s,
            u"direct|in due course|Pavel Orlov"_s,
            u"indirect|they hoped for a compromise|China"_s,
        };
        QTest::newRow("wire copy with a dateline") << u"wire-nuclear.txt"_s << QStringList{
            u"headline|nuclear talks can resume if sanctions are eased|Iran"_s,
            u"indirect|Iran is prepared to return to talks on its nuclear programme if Western powers ease some "
            u"sanctions first|Abbas Araghchi"_s,
            u"direct|The ball is in their court. We have shown flexibility and now it is their turn,|Abbas Araghchi"_s,
            u"indirect|the bloc was studying the proposal and would respond in due course|European Commission"_s,
            u"indirect|Washington remained committed to diplomacy but would not lift sanctions without verifiable "
            u"steps|United States"_s,
            u"direct|We are not going to reward bad behaviour,|Ned Carter"_s,
            u"indirect|the United States was consulting closely with its allies|Ned Carter"_s,
            u"indirect|Moscow supported the resumption of talks|Sergei Ryabkin"_s,
            u"indirect|Iran had expanded its stockpile of enriched uranium|International Atomic Energy Agency"_s,
            u"indirect|Israel will not allow Iran to obtain a nuclear weapon|Benjamin Netanyahu"_s,
            u"direct|Israel will defend itself, by itself,|Benjamin Netanyahu"_s,
        };
        QTest::newRow("wire copy with unnamed sources") << u"wire-truce.txt"_s << QStringList{
            u"indirect|Negotiators from Israel and Hamas resumed indirect talks in Cairo on Sunday|Egypt"_s,
            u"direct|We are ready to be flexible,|Haniyeh"_s,
            u"direct|But we will not sign a deal that does not end the war.|Haniyeh"_s,
            u"direct|constructive|Egypt"_s,
            u"direct|Why would we stop now?|Israel"_s,
            u"direct|The pressure works.|Yoav Gallant"_s,
            u"direct|We have made progress,|Qatar"_s,
            u"direct|More work is needed.|Qatar"_s,
            u"indirect|Washington hoped for an agreement|Jake Sullivan"_s,
            u"direct|within days|Jake Sullivan"_s,
            u"direct|I think we are closer than we have been, // but I don't want to jinx it.|Jake Sullivan"_s,
            u"indirect|he had spoken to his Egyptian counterpart|Jake Sullivan"_s,
        };
        // Reported clauses stop where an embedded partial quote starts; the quote takes their speaker.
        QTest::newRow("wire copy with spokespeople") << u"wire-taiwan.txt"_s << QStringList{
            u"indirect|it would take|China"_s,
            u"direct|resolute and forceful measures|China"_s,
            u"direct|seriously violates|Lin Jian"_s,
            u"direct|The U.S. side should stop arming Taiwan,|Lin Jian"_s,
            u"direct|Otherwise it will bear all the consequences.|Lin Jian"_s,
            u"indirect|the sale was consistent with long-standing U.S. policy|United States"_s,
            u"direct|Our commitment to Taiwan is rock-solid,|United States"_s,
            u"indirect|Washington did not support Taiwan independence|United States"_s,
            u"indirect|it would help the island|Taiwan"_s,
            u"direct|maintain peace and stability|Taiwan"_s,
            u"indirect|Chinese warplanes had crossed the median line of the Taiwan Strait 12 times on Tuesday|Taiwan"_s,
            u"indirect|the dispute was unlikely to derail planned talks between the two sides' defence chiefs|"_s,
            u"direct|Neither side wants a crisis right now,|Bonnie Lin"_s,
        };
        // Wire style: a dateline, “…,” X told reporters, partial quotes, a spokesperson in a city.
        QTest::newRow("wire copy with a place in the source") << u"wire-grain-corridor.txt"_s << QStringList{
            u"headline|Grain corridor talks to resume in Istanbul|"_s,
            u"indirect|Negotiators from Kyiv and Moscow will meet again next week to discuss reopening the grain "
            u"corridor|"_s,
            u"direct|We are looking at a narrow window, but it is a real one,|Selim Karaca"_s,
            u"indirect|the first shipments could leave Odesa|Selim Karaca"_s,
            u"direct|within days|Selim Karaca"_s,
            u"direct|Nobody should expect miracles,|Selim Karaca"_s,
            u"direct|But the ships are ready.|Selim Karaca"_s,
            u"direct|practical solutions|Russia"_s,
            u"indirect|the United Nations would send a logistics team to the Black Sea ports|United Nations"_s,
        };
        // AP style: "said Thursday", "X, the foreign minister, said", "said X, who …", plural speakers.
        QTest::newRow("agency copy with appositions") << u"ap-border-talks.txt"_s << QStringList{
            u"indirect|Armenia and Azerbaijan agreed Thursday to hold another round of border talks before the end "
            u"of the year|"_s,
            u"direct|The hardest part is behind us,|Aram Petrosyan"_s,
            u"indirect|his government wanted a signed treaty by the spring|Nadir Guliyev"_s,
            u"indirect|the two sides had settled most of the disputed villages|Nadir Guliyev"_s,
            u"direct|We will keep our word,|Nadir Guliyev"_s,
            u"direct|This is what courage looks like,|Kaja Kallas"_s,
            u"indirect|they would meet again in Geneva|"_s,
        };
        // British style: single quotes, "told the BBC", a minister named only in the next paragraph.
        QTest::newRow("british paper with single quotes") << u"british-fisheries.txt"_s << QStringList{
            u"direct|hard choices|"_s,
            u"direct|hard choices|Eleanor Whitcombe"_s,
            u"direct|We want a fair deal, not a quick one.|Eleanor Whitcombe"_s,
            u"direct|If Oslo moves, we will move,|Eleanor Whitcombe"_s,
            u"direct|That is how this works.|Eleanor Whitcombe"_s,
            u"indirect|a draft text could be ready within a month|Eleanor Whitcombe"_s,
            u"direct|constructive|Norway"_s,
            u"direct|We have not given up,|Tormod Haugli"_s,
        };
        QTest::newRow("guillemets and German quotes") << u"continental-energy.txt"_s << QStringList{
            u"indirect|France and Germany would buy gas jointly next winter|Claire Dubreuil"_s,
            u"direct|Nous n’avons pas le choix|Claire Dubreuil"_s,
            u"direct|ein starkes Signal|Markus Feldhaus"_s,
            u"indirect|Berlin would host the next round of talks|Markus Feldhaus"_s,
            u"direct|Wir stehen zusammen|Markus Feldhaus"_s,
            u"indirect|the two governments would report back to the European Commission in March|Markus Feldhaus"_s,
            u"indirect|both countries would share storage capacity with their neighbours|"_s,
        };
        // A transcript ("Spokesperson: …", "Q: …"), a three-paragraph quote, a speaker after the quote.
        QTest::newRow("briefing transcript") << u"briefing-transcript.txt"_s << QStringList{
            u"direct|We have noted the reports. China supports every effort that leads to a ceasefire.|Lin Wei"_s,
            u"direct|China has already sent two convoys, and we will send more if the crossings stay open.|Lin Wei"_s,
            u"direct|Our position has not changed. We have said from the start that dialogue is the only way "
            u"forward, and we will keep saying it. // Nobody gains from a longer war. We urge all sides to return "
            u"to the table without preconditions. // China is ready to play a constructive role.|Lin Wei"_s,
            u"indirect|Beijing would back a new round of talks in Cairo|Zhao Ming"_s,
            u"indirect|the two ministers agreed to stay in close contact|China"_s,
        };
    }

    void findsQuotesInFixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, expected);
        const QString text = readFixture(fixture);
        QVERIFY(!text.isEmpty());
        QCOMPARE(describe(text, Analyzer().analyze(text)), expected);
    }

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
            << QStringList{u"direct|No deal yet|Joe Adler"_s};
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
            << QStringList{u"indirect|the sanctions would stay|Ingrid Bauer"_s};
        QTest::newRow("partial quote completing a reported clause")
            << u"Chancellor Ingrid Bauer said Berlin would send a “clear and firm signal” soon."_s
            << QStringList{u"direct|clear and firm signal|Ingrid Bauer"_s};
        QTest::newRow("quote in another speaker's clause")
            << u"After President Joe Adler spoke of a “limited operation”, Chancellor Ingrid Bauer said "
               u"the remark was unhelpful."_s
            << QStringList{u"direct|limited operation|Joe Adler"_s,
                           u"indirect|the remark was unhelpful|Ingrid Bauer"_s};
        QTest::newRow("unattributed paragraph carries the speaker over")
            << u"“We are close,” Chancellor Ingrid Bauer said.\n\n“But not there yet.”"_s
            << QStringList{u"direct|We are close,|Ingrid Bauer"_s, u"direct|But not there yet.|Ingrid Bauer"_s};
        QTest::newRow("carry-over stops after an unrelated paragraph")
            << u"“We are close,” Chancellor Ingrid Bauer said.\n\nThe weather was cold.\n\nIt rained.\n\n“Soon.”"_s
            << QStringList{u"direct|We are close,|Ingrid Bauer"_s, u"direct|Soon.|"_s};
        QTest::newRow("pronoun speaker") << u"Chancellor Ingrid Bauer arrived late.\n\n“Sorry,” she said."_s
                                         << QStringList{u"direct|Sorry,|Ingrid Bauer"_s};
        QTest::newRow("unnamed source") << u"“It is over,” a senior diplomat said."_s
                                        << QStringList{u"direct|It is over,|"_s};
        QTest::newRow("reported clause stops before a closing attribution")
            << u"Chancellor Ingrid Bauer said the ship had been seized, Interfax reported."_s
            << QStringList{u"indirect|the ship had been seized|Ingrid Bauer"_s};
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
            << QStringList{u"indirect|Berlin would pay|Ingrid Bauer"_s};
        QTest::newRow("plural unnamed speakers")
            << u"Chancellor Ingrid Bauer met President Joe Adler.\n\n“We are united,” the two leaders said."_s
            << QStringList{u"direct|We are united,|"_s};
        QTest::newRow("transcript label")
            << u"Remarks by spokesman Omar Haddad.\n\nSpokesman: We will not comment on rumours.\n\n"
               u"Q: Is the summit off?"_s
            << QStringList{u"direct|We will not comment on rumours.|Omar Haddad"_s};
        QTest::newRow("speaker before a participle apposition")
            << u"Okonkwo, speaking in Abuja, said the border would reopen."_s
            << QStringList{u"indirect|the border would reopen|Okonkwo"_s};
        QTest::newRow("the statement is not the last speaker")
            << u"“We are ready,” Chancellor Ingrid Bauer said.\n\n“No one wants escalation,” the statement said."_s
            << QStringList{u"direct|We are ready,|Ingrid Bauer"_s, u"direct|No one wants escalation,|"_s};
        QTest::newRow("speech first, employer and title before the name, then a participle")
            << u"Chile will respond, Foreign Ministry spokeswoman Ana Ruiz said on Monday, adding that it had "
               u"“many options”."_s
            << QStringList{u"indirect|Chile will respond|Ana Ruiz"_s, u"direct|many options|Ana Ruiz"_s};
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
            << QStringList{u"indirect|sanctions would follow|Ingrid Bauer"_s};
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
            << QStringList{u"indirect|the quotas would stay|Ana Ruiz"_s};
        QTest::newRow("a state's prime minister's office")
            << u"Chile's prime minister's office said a delegation would travel to Lima."_s
            << QStringList{u"indirect|a delegation would travel to Lima|Chile"_s};
        QTest::newRow("quoted as saying")
            << u"Deputy Foreign Minister Oleg Petrov was quoted by Interfax as saying that Moscow saw no basis for talks."_s
            << QStringList{u"indirect|Moscow saw no basis for talks|Oleg Petrov"_s};
        QTest::newRow("an owner's spokesman")
            << u"Petrov's spokesman said the ministry was open to contacts."_s
            << QStringList{u"indirect|the ministry was open to contacts|"_s};
        QTest::newRow("a body and a title name the person with that role")
            << u"Talks \u2018constructive\u2019, says UN envoy\n\nUN envoy Kofi Mensah met both sides on Monday."_s
            << QStringList{u"direct|constructive|Kofi Mensah"_s};
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
        QCOMPARE(q.cue.textIn(withName), u"told reporters"_s);
        QCOMPARE(q.source.textIn(withName), u"the minister"_s);
        QCOMPARE(q.speaker, u"Oleg Petrov"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuoteFinder)
#include "tst_quotefinder.moc"
