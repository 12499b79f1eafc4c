// SPDX-License-Identifier: GPL-2.0-or-later
#include "analysis/commitmentfinder.h"
#include "analysis/textsegmenter.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Parlance::Analysis;
using Parlance::Model::ActorType;
using Parlance::Model::CommitmentType;
using Parlance::Model::QuoteKind;
using Parlance::Model::Span;

namespace {

// Invented places and people, so that no fixture is copied from a real article.
// Each spec: "Name|type|role|alias;alias".
const QStringList kActors{
    u"Ruritania|state||Ruritanian"_s,
    u"Borduria|state||Bordurian;the Bordurians"_s,
    u"Hana Vos|person|Ruritanian Foreign Minister|Vos"_s,
    u"Oskar Lind|person|Bordurian envoy|Lind"_s,
    u"Ida Berg|person|NATO chief|Berg"_s,
};

bool isWordBoundary(const QString &text, qsizetype at)
{
    return at <= 0 || at >= text.size() || !text[at].isLetterOrNumber();
}

// Every whole-word occurrence of each actor's name and aliases (longest first, no overlaps).
QList<FoundActor> actorsIn(const QString &text)
{
    QList<FoundActor> actors;
    QList<Span> taken;
    for (const QString &spec : kActors) {
        const QStringList f = spec.split(u'|');
        FoundActor a;
        a.name = f[0];
        a.type = f[1] == u"person" ? ActorType::Person : ActorType::State;
        a.role = f[2];
        a.aliases = f[3].split(u';', Qt::SkipEmptyParts);
        actors.append(a);
    }
    QList<std::pair<QString, int>> names;
    for (int i = 0; i < actors.size(); ++i) {
        names.append({actors[i].name, i});
        for (const QString &alias : std::as_const(actors[i].aliases))
            names.append({alias, i});
    }
    std::sort(names.begin(), names.end(), [](const auto &x, const auto &y) { return x.first.size() > y.first.size(); });
    for (const auto &[name, index] : names) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            const Span s(int(at), int(at + name.size()));
            if (!isWordBoundary(text, at - 1) || !isWordBoundary(text, at + name.size()))
                continue;
            if (std::any_of(taken.cbegin(), taken.cend(), [s](Span t) { return t.overlaps(s); }))
                continue;
            taken.append(s);
            actors[index].mentions.append(s);
        }
    }
    return actors;
}

// The text between the first “ and the next ” as one direct quote of `speaker`.
QList<FoundQuote> quotesIn(const QString &text, const QString &speaker)
{
    if (speaker.isEmpty())
        return {};
    const qsizetype open = text.indexOf(u'“');
    const qsizetype close = text.indexOf(u'”', open + 1);
    FoundQuote q;
    q.kind = QuoteKind::Direct;
    q.content.append(Span(int(open + 1), int(close)));
    q.speaker = speaker;
    return {q};
}

QString textOf(const QString &text, Span s) { return s.isValid() ? s.textIn(text).toString() : QString(); }

} // namespace

class TestCommitmentFinder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsCommitment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker"); // of the quotation in the text, if any
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<QString>("addressee");
        QTest::addColumn<int>("strength"); // percent
        QTest::addColumn<bool>("negated");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("time");

        QTest::newRow("promise with will and a deadline")
            << u"Ruritania will reopen the border crossing by the end of the month."_s << QString()
            << u"will reopen the border crossing by the end of the month"_s << u"promise"_s << u"Ruritania"_s
            << QString() << 100 << false << QString() << u"by the end of the month"_s;
        QTest::newRow("readiness after a linking verb")
            << u"Ruritania stands ready to host further talks."_s << QString()
            << u"stands ready to host further talks"_s << u"offer"_s << u"Ruritania"_s
            << QString() << 40 << false << QString() << QString();
        QTest::newRow("an owner's troops")
            << u"Ruritania said its troops were ready to withdraw."_s << QString()
            << u"were ready to withdraw"_s << u"offer"_s << u"Ruritania"_s
            << QString() << 40 << false << QString() << QString();
        QTest::newRow("an envoy acting for a state")
            << u"A Ruritanian envoy pressed Borduria to accept the truce."_s << QString()
            << u"pressed Borduria to accept the truce"_s << u"demand"_s << u"Ruritania"_s
            << u"Borduria"_s << 80 << false << QString() << QString();
        QTest::newRow("a partial quote continuing the clause")
            << u"Vos said that Ruritania \u201cwill not accept\u201d the plan."_s << QString()
            << u"will not accept"_s << u"refusal"_s << u"Ruritania"_s
            << QString() << 100 << true << QString() << QString();
        QTest::newRow("pledge with a time span")
            << u"Ruritania pledged to deliver the aid within weeks."_s << QString()
            << u"pledged to deliver the aid within weeks"_s << u"promise"_s << u"Ruritania"_s << QString() << 100
            << false << QString() << u"within weeks"_s;
        QTest::newRow("warning with addressee")
            << u"Hana Vos warned Borduria that it would face sanctions."_s << QString()
            << u"warned Borduria that it would face sanctions"_s << u"threat"_s << u"Hana Vos"_s << u"Borduria"_s
            << 90 << false << QString() << QString();
        QTest::newRow("would with a threat word and a hedge")
            << u"Ruritania would probably respond with force."_s << QString()
            << u"would probably respond with force"_s << u"threat"_s << u"Ruritania"_s << QString() << 70 << false
            << QString() << QString();
        QTest::newRow("conditional threat after the clause")
            << u"Ruritania will suspend the talks unless the attacks stop."_s << QString()
            << u"will suspend the talks"_s << u"threat"_s << u"Ruritania"_s << QString() << 100 << false
            << u"unless the attacks stop"_s << QString();
        QTest::newRow("demand with urged X to")
            << u"Vos urged Borduria to release the detained reporters within days."_s << QString()
            << u"urged Borduria to release the detained reporters within days"_s << u"demand"_s << u"Hana Vos"_s
            << u"Borduria"_s << 80 << false << QString() << u"within days"_s;
        QTest::newRow("demand with called on")
            << u"Lind called on Ruritania to withdraw its observers."_s << QString()
            << u"called on Ruritania to withdraw its observers"_s << u"demand"_s << u"Oskar Lind"_s
            << u"Ruritania"_s << 80 << false << QString() << QString();
        QTest::newRow("offer of readiness with a fronted condition")
            << u"If the shelling stops, Borduria is ready to resume talks next week."_s << QString()
            << u"is ready to resume talks next week"_s << u"offer"_s << u"Borduria"_s << QString() << 40 << false
            << u"If the shelling stops"_s << u"next week"_s;
        QTest::newRow("offer weakened by may")
            << u"Ruritania may offer a loan to its neighbour."_s << QString() << u"may offer a loan to its neighbour"_s
            << u"offer"_s << u"Ruritania"_s << QString() << 20 << false << QString() << QString();
        QTest::newRow("plan") << u"Ruritania plans to open an embassy on Monday."_s << QString()
                              << u"plans to open an embassy on Monday"_s << u"plan"_s << u"Ruritania"_s << QString()
                              << 60 << false << QString() << u"on Monday"_s;
        QTest::newRow("negated plan is an assurance")
            << u"Borduria does not intend to deploy troops near the border."_s << QString()
            << u"does not intend to deploy troops near the border"_s << u"assurance"_s << u"Borduria"_s << QString()
            << 60 << true << QString() << QString();
        QTest::newRow("refusal") << u"Ruritania refused to sign the final statement."_s << QString()
                                 << u"refused to sign the final statement"_s << u"refusal"_s << u"Ruritania"_s
                                 << QString() << 90 << false << QString() << QString();
        QTest::newRow("negated will with a refusal word")
            << u"Borduria will not accept any partition of the region."_s << QString()
            << u"will not accept any partition of the region"_s << u"refusal"_s << u"Borduria"_s << QString() << 100
            << true << QString() << QString();
        QTest::newRow("contraction won't")
            << u"Borduria won't recognise the vote."_s << QString() << u"won't recognise the vote"_s << u"refusal"_s
            << u"Borduria"_s << QString() << 100 << true << QString() << QString();
        QTest::newRow("did not rule out is a weak negated offer")
            << u"Vos did not rule out a meeting with her counterpart."_s << QString()
            << u"did not rule out a meeting with her counterpart"_s << u"offer"_s << u"Hana Vos"_s << QString() << 20
            << true << QString() << QString();
        QTest::newRow("agreement") << u"Borduria agreed to a prisoner exchange on Friday."_s << QString()
                                   << u"agreed to a prisoner exchange on Friday"_s << u"agreement"_s << u"Borduria"_s
                                   << QString() << 80 << false << QString() << u"on Friday"_s;
        QTest::newRow("reported speech: X said she would")
            << u"Vos said she would visit the region soon."_s << QString() << u"would visit the region soon"_s
            << u"promise"_s << u"Hana Vos"_s << QString() << 80 << false << QString() << u"soon"_s;
        QTest::newRow("subject before a relative clause")
            << u"Lind, who met Vos twice last year, was also willing to travel again."_s << QString()
            << u"was also willing to travel again"_s << u"offer"_s << u"Oskar Lind"_s << QString() << 40 << false
            << QString() << QString();
        QTest::newRow("I in a quote is the speaker")
            << u"“I will travel to the capital tomorrow,” Vos said."_s << u"Hana Vos"_s
            << u"will travel to the capital tomorrow"_s << u"promise"_s << u"Hana Vos"_s << QString() << 100 << false
            << QString() << u"tomorrow"_s;
        QTest::newRow("we in a quote is the speaker's state, from the role")
            << u"“We are certainly willing to help,” said Vos."_s << u"Hana Vos"_s << u"are certainly willing to help"_s
            << u"offer"_s << u"Ruritania"_s << QString() << 50 << false << QString() << QString();
        QTest::newRow("threat in a quote without an actor subject")
            << u"“Any incursion will be met with a firm response,” Vos said."_s << u"Hana Vos"_s
            << u"will be met with a firm response"_s << u"threat"_s << u"Ruritania"_s << QString() << 100 << false
            << QString() << QString();
        QTest::newRow("must in a quote is a demand on the subject")
            << u"“Borduria must withdraw its artillery,” Vos said."_s << u"Hana Vos"_s
            << u"must withdraw its artillery"_s << u"demand"_s << u"Hana Vos"_s << u"Borduria"_s << 100 << false
            << QString() << QString();
        QTest::newRow("a threat the subject undergoes is the speaker's")
            << u"Vos said Borduria would pay a heavy price for the raid."_s << QString()
            << u"would pay a heavy price for the raid"_s << u"threat"_s << u"Hana Vos"_s << u"Borduria"_s << 80
            << false << QString() << QString();
        QTest::newRow("guarantee demanded of someone else")
            << u"Borduria's demands include a guarantee that Ruritania will never host foreign troops."_s << QString()
            << u"a guarantee that Ruritania will never host foreign troops"_s << u"demand"_s << u"Borduria"_s
            << QString() << 100 << false << QString() << QString();
        QTest::newRow("not ruled out is on the lowest rung")
            << u"Ruritania has not ruled out new talks."_s << QString() << u"has not ruled out new talks"_s
            << u"offer"_s << u"Ruritania"_s << QString() << 20 << true << QString() << QString();
        QTest::newRow("but shares the subject of the clause before")
            << u"Borduria could delay the vote but would never cancel it."_s << QString()
            << u"would never cancel it"_s << u"assurance"_s << u"Borduria"_s << QString() << 80 << true << QString()
            << QString();
        QTest::newRow("possessive subject")
            << u"Borduria's government will reopen the consulate."_s << QString() << u"will reopen the consulate"_s
            << u"promise"_s << u"Borduria"_s << QString() << 100 << false << QString() << QString();
        QTest::newRow("demand on a phrase that names no actor")
            << u"Ruritania urged both sides to show restraint."_s << QString()
            << u"urged both sides to show restraint"_s << u"demand"_s << u"Ruritania"_s << QString() << 80 << false
            << QString() << QString();
        QTest::newRow("noun with of and a gerund, held by the clause subject")
            << u"Lind said Borduria had no intention of leaving the treaty."_s << QString()
            << u"no intention of leaving the treaty"_s << u"assurance"_s << u"Borduria"_s << QString() << 80 << true
            << QString() << QString();
        QTest::newRow("a collective noun is the speaker's body, named in the role")
            << u"NATO chief Ida Berg said the alliance would keep its ships in the strait."_s << QString()
            << u"would keep its ships in the strait"_s << u"promise"_s << u"NATO"_s << QString() << 80 << false
            << QString() << QString();
        QTest::newRow("condition after a link")
            << u"Borduria is ready to sign, but only if the blockade ends."_s << QString() << u"is ready to sign"_s
            << u"offer"_s << u"Borduria"_s << QString() << 40 << false << u"only if the blockade ends"_s << QString();
        QTest::newRow("assurance given")
            << u"Ruritania gave assurances that the convoy would pass safely."_s << QString()
            << u"assurances that the convoy would pass safely"_s << u"assurance"_s << u"Ruritania"_s << QString() << 80
            << false << QString() << QString();
    }
    void findsCommitment()
    {
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        QFETCH(QString, span);
        QFETCH(QString, type);
        QFETCH(QString, holder);
        QFETCH(QString, addressee);
        QFETCH(int, strength);
        QFETCH(bool, negated);
        QFETCH(QString, condition);
        QFETCH(QString, time);

        const TextSegmentation seg = TextSegmenter().segment(text);
        const QList<FoundCommitment> found = CommitmentFinder().find(text, seg, actorsIn(text), quotesIn(text, speaker));
        QStringList spans;
        for (const FoundCommitment &c : found)
            spans.append(textOf(text, c.span));
        QCOMPARE(spans, QStringList{span});
        const FoundCommitment &c = found.first();
        QCOMPARE(Parlance::Model::commitmentTypeName(c.type), type);
        QCOMPARE(c.holder, holder);
        QCOMPARE(c.addressee, addressee);
        QCOMPARE(int(std::lround(c.strength * 100)), strength);
        QCOMPARE(c.negated, negated);
        QCOMPARE(textOf(text, c.condition), condition);
        QCOMPARE(textOf(text, c.time), time);
        QVERIFY(c.span.contains(c.cue));
    }

    void ignoresNonCommitments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ability, not commitment") << u"Borduria will be able to export grain."_s;
        QTest::newRow("prediction about a thing") << u"The delay would be costly for everyone."_s;
        QTest::newRow("warning without content") << u"Vos warned him by telephone about the border."_s;
        QTest::newRow("expect with an object") << u"Ruritania did not expect a breakthrough."_s;
        QTest::newRow("inside a condition") << u"If Borduria wants to talk, the door is open."_s;
        QTest::newRow("reporting, not demanding") << u"Vos told Lind that the meeting was useful."_s;
        QTest::newRow("noun without a complement") << u"The proposals, sent by Borduria, were long."_s;
        QTest::newRow("going somewhere") << u"Lind is going to the capital."_s;
        QTest::newRow("passive expectation") << u"The talks were expected to resume in Valdora."_s;
        QTest::newRow("a relative clause after a commitment noun") << u"Vos called any deal that leaves Borduria out a mistake."_s;
        QTest::newRow("a source's anonymity") << u"An aide, who asked not to be named, spoke of progress."_s;
        QTest::newRow("a source's anonymity, declined") << u"An aide, who declined to be identified, spoke of progress."_s;
    }
    void ignoresNonCommitments()
    {
        QFETCH(QString, text);
        const TextSegmentation seg = TextSegmenter().segment(text);
        const QList<FoundCommitment> found = CommitmentFinder().find(text, seg, actorsIn(text), {});
        QStringList spans;
        for (const FoundCommitment &c : found)
            spans.append(textOf(text, c.span));
        QCOMPARE(spans, QStringList{});
    }

    void findsSeveralInOneSentence()
    {
        const QString text = u"Vos said she planned to meet Lind again and did not rule out a visit in May."_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        const QList<FoundCommitment> found = CommitmentFinder().find(text, seg, actorsIn(text), {});
        QCOMPARE(found.size(), 2);
        QCOMPARE(textOf(text, found[0].span), u"planned to meet Lind again"_s);
        QCOMPARE(found[0].type, CommitmentType::Plan);
        QCOMPARE(textOf(text, found[1].span), u"did not rule out a visit in May"_s);
        QCOMPARE(found[1].holder, u"Hana Vos"_s); // the coordinated clause shares the subject
        QCOMPARE(textOf(text, found[1].time), u"in May"_s);
    }

    void speakersSideFromWhatTheyReport()
    {
        // No role: the side is the state whose commitments the speaker reports.
        const QString text = u"Lind confirmed that Borduria will send a delegation. “We are ready to talk,” Lind said."_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        QList<FoundActor> actors = actorsIn(text);
        for (FoundActor &a : actors)
            a.role.clear();
        const QList<FoundCommitment> found = CommitmentFinder().find(text, seg, actors, quotesIn(text, u"Oskar Lind"_s));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].holder, u"Borduria"_s);
        QCOMPARE(found[1].holder, u"Borduria"_s);
    }

    void speakerFromTrailingAttribution()
    {
        // "We" after a paraphrase the speaker attributes at the end of the sentence.
        const QString text = u"Borduria is ready to host the talks, envoy Oskar Lind said. “We will do our part,” Lind added."_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        QList<FoundActor> actors = actorsIn(text);
        for (FoundActor &a : actors)
            a.role.clear();
        const QList<FoundCommitment> found = CommitmentFinder().find(text, seg, actors, quotesIn(text, u"Oskar Lind"_s));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].holder, u"Borduria"_s);
        QCOMPARE(textOf(text, found[1].span), u"will do our part"_s);
        QCOMPARE(found[1].holder, u"Borduria"_s);
    }

    void customLexiconAddsCues()
    {
        auto lexicon = std::make_shared<CommitmentLexicon>();
        QVERIFY(lexicon->addFile(u"commissive-verbs.txt", u"# test\npromise | c | swear blind\n"));
        QVERIFY(lexicon->addFile(u"modality.txt", u"0.3 | swear\n"));
        QVERIFY(!lexicon->addFile(u"unknown.txt", u"x"));
        QStringList warnings;
        QVERIFY(lexicon->addFile(u"modality.txt", u"not a number | x\n", &warnings));
        QCOMPARE(warnings.size(), 1);
        const QString text = u"Lind swear blind to pay."_s;
        const TextSegmentation seg = TextSegmenter().segment(text);
        const QList<FoundCommitment> found = CommitmentFinder(lexicon).find(text, seg, actorsIn(text), {});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].holder, u"Oskar Lind"_s);
        QCOMPARE(int(std::lround(found[0].strength * 100)), 30);
    }
};

QTEST_GUILESS_MAIN(TestCommitmentFinder)
#include "tst_commitmentfinder.moc"
