// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/analyzer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Parlance::Analysis;
using namespace Qt::StringLiterals;

class TestActorFinder final : public QObject {
    Q_OBJECT

    static const FoundActor *actorNamed(const AnalysisResult &r, const QString &name)
    {
        for (const FoundActor &a : r.actors)
            if (a.name == name)
                return &a;
        return nullptr;
    }

private Q_SLOTS:
    void findsActors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("actors");  // "name|type", in order of first mention
        QTest::addColumn<QStringList>("aliases"); // "name=alias", each must be among the actor's aliases
        QTest::newRow("title, full name, surname")
            << u"Foreign Minister Ilse Brandt met reporters. Brandt said the talks went well."_s
            << QStringList{u"Ilse Brandt|person"_s}
            << QStringList{u"Ilse Brandt=Foreign Minister Ilse Brandt"_s, u"Ilse Brandt=Brandt"_s};
        QTest::newRow("surname before full name")
            << u"Brandt warns of delays\n\nForeign Minister Ilse Brandt said on Friday that talks were slow."_s
            << QStringList{u"Ilse Brandt|person"_s} << QStringList{u"Ilse Brandt=Brandt"_s};
        QTest::newRow("metonyms and demonyms")
            << u"Moscow rejected the plan. The Kremlin said Russian troops would stay, and the Russians left."_s
            << QStringList{u"Russia|state"_s}
            << QStringList{u"Russia=Moscow"_s, u"Russia=The Kremlin"_s, u"Russia=Russian"_s, u"Russia=the Russians"_s};
        QTest::newRow("capitals of several states")
            << u"Washington and Beijing traded barbs while Kyiv waited."_s
            << QStringList{u"United States|state"_s, u"China|state"_s, u"Ukraine|state"_s}
            << QStringList{u"United States=Washington"_s, u"China=Beijing"_s, u"Ukraine=Kyiv"_s};
        QTest::newRow("organisations with long forms")
            << u"The North Atlantic Treaty Organization met. NATO and the OSCE issued statements."_s
            << QStringList{u"NATO|organisation"_s, u"OSCE|organisation"_s}
            << QStringList{u"NATO=North Atlantic Treaty Organization"_s};
        QTest::newRow("capital as a place is not an actor")
            << u"The envoys met in Vienna on Monday."_s << QStringList{} << QStringList{};
        QTest::newRow("unknown person found by the reporting verb")
            << u"The plan is dead, Okonkwo said."_s << QStringList{u"Okonkwo|person"_s} << QStringList{};
        QTest::newRow("known given name")
            << u"Talks with Marta Lindqvist ended early."_s << QStringList{u"Marta Lindqvist|person"_s} << QStringList{};
        QTest::newRow("state before a title")
            << u"Chilean Foreign Minister Pablo Serra arrived."_s << QStringList{u"Pablo Serra|person"_s}
            << QStringList{u"Pablo Serra=Chilean Foreign Minister Pablo Serra"_s};
        QTest::newRow("plural title before two names")
            << u"A summit between presidents Joe Adler and Vladimir Sokolov is planned."_s
            << QStringList{u"Joe Adler|person"_s, u"Vladimir Sokolov|person"_s} << QStringList{};
        QTest::newRow("state body stands for the state")
            << u"The Russian Foreign Ministry said it was surprised."_s << QStringList{u"Russia|state"_s}
            << QStringList{u"Russia=The Russian Foreign Ministry"_s};
        QTest::newRow("credit line names no actors")
            << u"Talks went on.\n\n(Reporting by Anna Marsh; Editing by Paul Dunn)"_s << QStringList{} << QStringList{};
        QTest::newRow("title and surname first, full name later")
            << u"President Adler said no. Later, Joe Adler told aides the deal was near."_s
            << QStringList{u"Joe Adler|person"_s} << QStringList{u"Joe Adler=President Adler"_s};
        QTest::newRow("plural noun opening a sentence is not a person")
            << u"Officials said the meeting would go ahead."_s << QStringList{} << QStringList{};
        QTest::newRow("name particles and a shorter form")
            << u"Commission President Ursula von der Leyen spoke. Von der Leyen left; later von der Leyen said no."_s
            << QStringList{u"Ursula von der Leyen|person"_s}
            << QStringList{u"Ursula von der Leyen=Von der Leyen"_s};
        QTest::newRow("acronym speaking is a body")
            << u"The IRGC said the ship was seized."_s << QStringList{u"IRGC|organisation"_s} << QStringList{};
        QTest::newRow("news agency is not an actor")
            << u"The ship was seized, Interfax reported."_s << QStringList{} << QStringList{};
        QTest::newRow("state named only by an adjective is a bystander")
            << u"She quoted a French colleague on the German-made tanks."_s << QStringList{} << QStringList{};
        QTest::newRow("state named by an adjective that speaks is an actor")
            << u"Chinese diplomats said they hoped for a deal."_s << QStringList{u"China|state"_s}
            << QStringList{u"China=Chinese"_s};
        QTest::newRow("city of two words leaves no fragment")
            << u"The plan is final, a spokesperson in New York said. In Los Angeles, Okonkwo said no."_s
            << QStringList{u"Okonkwo|person"_s} << QStringList{};
        QTest::newRow("newspaper named after a city is not an actor")
            << u"The deal is off, the New York Times reported."_s << QStringList{} << QStringList{};
        QTest::newRow("capital as a destination or origin is a place")
            << u"We came to Vienna to talk. She flew to Baku from Brussels, and troops moved across Kyiv."_s
            << QStringList{} << QStringList{};
        QTest::newRow("capital as the speaker is the state")
            << u"Vienna said the talks would go on. A message to Moscow went unanswered."_s
            << QStringList{u"Austria|state"_s, u"Russia|state"_s} << QStringList{u"Austria=Vienna"_s};
        QTest::newRow("capital before an event noun is a place")
            << u"The Vienna talks and a Minsk monitoring mission were discussed."_s << QStringList{} << QStringList{};
        QTest::newRow("capital in a dateline is a place")
            << u"Vienna, March 4 (Wire) – The talks went on."_s << QStringList{} << QStringList{};
        QTest::newRow("full name in apposition")
            << u"Her counterpart, Mehmet Arslan, was more guarded."_s << QStringList{u"Mehmet Arslan|person"_s}
            << QStringList{};
        QTest::newRow("full name before an apposition and a verb")
            << u"Nadir Guliyev, the foreign minister, said little."_s << QStringList{u"Nadir Guliyev|person"_s}
            << QStringList{};
        QTest::newRow("possessive state before a title is an actor")
            << u"Chile's Foreign Minister Pablo Serra spoke."_s
            << QStringList{u"Chile|state"_s, u"Pablo Serra|person"_s} << QStringList{};
        QTest::newRow("transcript labels are not people")
            << u"Q: Will you go?\n\nSpokesperson: We will see."_s << QStringList{} << QStringList{};
        QTest::newRow("indefinite pronouns opening a quote are no one")
            << u"\u201cNothing is agreed until everything is agreed,\u201d Okonkwo added. Everyone knows the rules."_s
            << QStringList{u"Okonkwo|person"_s} << QStringList{};
        QTest::newRow("news outlets are not people")
            << u"Okonkwo told Fox News the plan was dead, the Associated Press reported."_s
            << QStringList{u"Okonkwo|person"_s} << QStringList{};
        QTest::newRow("a title ending a headline is not the next paragraph's name")
            << u"Talks useful, says UN envoy\n\nUN envoy Kofi Mensah met both sides."_s
            << QStringList{u"United Nations|organisation"_s, u"Kofi Mensah|person"_s} << QStringList{};
        QTest::newRow("hyphenated pair is not a person")
            << u"A new Adler-Sokolov meeting is possible."_s << QStringList{} << QStringList{};
    }

    void findsActors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, actors);
        QFETCH(QStringList, aliases);
        const AnalysisResult r = Analyzer().analyze(text);
        QStringList found;
        for (const FoundActor &a : r.actors)
            found.append(a.name + u'|' + Model::actorTypeName(a.type));
        QCOMPARE(found, actors);
        for (const QString &pair : std::as_const(aliases)) {
            const QString name = pair.section(u'=', 0, 0);
            const QString alias = pair.section(u'=', 1);
            const FoundActor *a = actorNamed(r, name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY2(a->aliases.contains(alias), qPrintable(pair + u" not in "_s + a->aliases.join(u", "_s)));
        }
    }

    void readsExtraLexiconFolders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"countries.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# a user's own states\nFreedonia | Fredville | Freedonian\nthis line | has | far | too | many fields\n");
        file.close();
        QStringList warnings;
        const Analyzer analyzer(QStringList{dir.path()}, &warnings);
        QCOMPARE(warnings.size(), 1); // the malformed line, named in the warning
        QVERIFY(warnings[0].contains(u"too"_s));
        const AnalysisResult r = analyzer.analyze(u"Fredville rejected the plan. Moscow agreed."_s);
        QStringList names;
        for (const FoundActor &a : r.actors)
            names.append(a.name);
        QCOMPARE(names, (QStringList{u"Freedonia"_s, u"Russia"_s}));
        QCOMPARE(r.actors[0].aliases, QStringList{u"Fredville"_s});
    }

    void takesRoleFromTitle()
    {
        const AnalysisResult r = Analyzer().analyze(u"Russian Foreign Minister Oleg Petrov spoke. Petrov left."_s);
        QCOMPARE(r.actors.size(), 1);
        QCOMPARE(r.actors[0].role, u"Russian Foreign Minister"_s);
        QCOMPARE(r.actors[0].mentions.size(), 2);
    }

    void takesRoleFromApposition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("role");
        QTest::newRow("after the name, a state's possessive")
            << u"Mehmet Arslan, Turkey's foreign minister, said the talks were useful."_s << u"Mehmet Arslan"_s
            << u"Turkish foreign minister"_s;
        QTest::newRow("after the name, with an article")
            << u"Nadir Guliyev, the deputy foreign minister, said little."_s << u"Nadir Guliyev"_s
            << u"deputy foreign minister"_s;
        QTest::newRow("before the name, a person's possessive")
            << u"Okafor's chief of staff, Andriy Melnyk, said the plan was dead."_s << u"Andriy Melnyk"_s
            << u"Okafor's chief of staff"_s;
        QTest::newRow("a foreign policy chief")
            << u"EU foreign policy chief Marta Lindqvist said the sanctions were ready."_s << u"Marta Lindqvist"_s
            << u"EU foreign policy chief"_s;
        QTest::newRow("a former role is not the role")
            << u"Ilse Brandt, a former defence minister, said the talks were useful."_s << u"Ilse Brandt"_s << QString();
        QTest::newRow("no title, no role")
            << u"Ilse Brandt, who arrived late, said the talks were useful."_s << u"Ilse Brandt"_s << QString();
    }

    void takesRoleFromApposition()
    {
        QFETCH(QString, text);
        QFETCH(QString, person);
        QFETCH(QString, role);
        const AnalysisResult r = Analyzer().analyze(text);
        const FoundActor *a = actorNamed(r, person);
        QVERIFY(a);
        QCOMPARE(a->role, role);
    }

    void keepsTheStateInTheRole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("role");
        QTest::newRow("abbreviation with full stops")
            << u"U.S. Secretary of State Paul Brenner spoke."_s << u"US Secretary of State"_s;
        QTest::newRow("abbreviation without full stops")
            << u"US Secretary of State Paul Brenner spoke."_s << u"US Secretary of State"_s;
        QTest::newRow("adjective") << u"Chilean Foreign Minister Pablo Serra spoke."_s << u"Chilean Foreign Minister"_s;
        QTest::newRow("possessive state becomes the adjective")
            << u"Chile's Foreign Minister Pablo Serra spoke."_s << u"Chilean Foreign Minister"_s;
    }

    void keepsTheStateInTheRole()
    {
        QFETCH(QString, text);
        QFETCH(QString, role);
        const AnalysisResult r = Analyzer().analyze(text);
        QStringList roles;
        for (const FoundActor &a : r.actors)
            if (a.type == Model::ActorType::Person)
                roles.append(a.role);
        QCOMPARE(roles, QStringList{role});
    }

    void resolvesPronounsAndRoleNouns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("anaphor"); // its first occurrence in the text
        QTest::addColumn<QString>("actor");   // the actor it must be a mention of
        QTest::newRow("he after the subject, not the object")
            << u"Secretary of State Paul Brenner met Foreign Minister Oleg Petrov. He said little."_s
            << u"He"_s << u"Paul Brenner"_s;
        QTest::newRow("she skips a man")
            << u"Chancellor Ingrid Bauer met President Joe Adler, who spoke first. Later she said no."_s
            << u"she"_s << u"Ingrid Bauer"_s;
        QTest::newRow("role noun finds its title")
            << u"Prime Minister Ana Ruiz met Ambassador Kofi Mensah. The prime minister said yes."_s
            << u"The prime minister"_s << u"Ana Ruiz"_s;
        QTest::newRow("role named before the person")
            << u"The fisheries minister has warned of hard choices.\n\nSpeaking on Sunday, Eleanor Whitcombe said no."_s
            << u"The fisheries minister"_s << u"Eleanor Whitcombe"_s;
        QTest::newRow("transcript label is the holder of the role")
            << u"Remarks by spokesperson Lin Wei.\n\nSpokesperson: No comment."_s << u"Spokesperson"_s << u"Lin Wei"_s;
        QTest::newRow("he after a name in apposition to the subject")
            << u"Prime Minister Oleg Petrov rejected the plan.\n\nThe European Union's envoy, Kofi Mensah, offered to host talks. "
               u"He said little else."_s
            << u"He"_s << u"Kofi Mensah"_s;
        QTest::newRow("the government is a state")
            << u"Brazil rejected the offer. The government said it wanted more."_s
            << u"The government"_s << u"Brazil"_s;
    }

    void resolvesPronounsAndRoleNouns()
    {
        QFETCH(QString, text);
        QFETCH(QString, anaphor);
        QFETCH(QString, actor);
        const AnalysisResult r = Analyzer().analyze(text);
        const FoundActor *a = actorNamed(r, actor);
        QVERIFY(a);
        const int at = int(text.indexOf(anaphor));
        QVERIFY(a->mentions.contains(Model::Span(at, at + int(anaphor.size()))));
    }
    void pluralSpeakersAreNoEarlierActor()
    {
        // "they" after "the two leaders said" are the leaders, not the state named before.
        const QString text = u"Brazil rejected the offer.\n\nThe two leaders said they would meet again in June."_s;
        const AnalysisResult r = Analyzer().analyze(text);
        const int at = int(text.indexOf(u"they"));
        for (const FoundActor &a : r.actors)
            QVERIFY2(!a.mentions.contains(Model::Span(at, at + 4)), qPrintable(a.name));
        for (const FoundCommitment &c : r.commitments)
            if (c.span.textIn(text).contains(u"meet again"))
                QCOMPARE(c.holder, QString());
        // A named group keeps its pronoun.
        const QString named = u"Brazil rejected the offer.\n\nThe Russians said they would stay."_s;
        const AnalysisResult n = Analyzer().analyze(named);
        const FoundActor *russia = actorNamed(n, u"Russia"_s);
        QVERIFY(russia);
        const int they = int(named.indexOf(u"they"));
        QVERIFY(russia->mentions.contains(Model::Span(they, they + 4)));
    }

};

QTEST_GUILESS_MAIN(TestActorFinder)
#include "tst_actorfinder.moc"
