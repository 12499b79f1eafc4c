// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/actor.h"
#include "model/annotation.h"
#include "model/article.h"

#include <QTest>

using namespace Parlance::Model;

class TestModelValues final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void actorKnownByAliasesIgnoringCaseAndSpaces()
    {
        Actor a;
        a.canonicalName = QStringLiteral("Antony Blinken");
        a.type = ActorType::Person;
        a.addAlias(QStringLiteral("Blinken"));
        a.addAlias(QStringLiteral("the Secretary of State"));
        a.addAlias(QStringLiteral("blinken")); // already known: not added twice
        QCOMPARE(a.aliases.size(), 2);
        QVERIFY(a.isKnownAs(u"antony\u00a0blinken")); // no-break space folds to a space
        QVERIFY(a.isKnownAs(u"The  Secretary of State"));
        QVERIFY(!a.isKnownAs(u"Lavrov"));
        QVERIFY(!a.isKnownAs(u""));
    }

    void typeNamesRoundTrip()
    {
        for (ActorType t : {ActorType::Person, ActorType::State, ActorType::Organisation, ActorType::Group,
                            ActorType::Place, ActorType::Other})
            QCOMPARE(actorTypeFromName(actorTypeName(t)), t);
        QCOMPARE(actorTypeFromName(u"organization"), ActorType::Organisation);
        QCOMPARE(actorTypeFromName(u"nonsense"), ActorType::Other);

        for (CommitmentType t : allCommitmentTypes()) {
            bool ok = false;
            QCOMPARE(commitmentTypeFromName(commitmentTypeName(t), &ok), t);
            QVERIFY(ok);
        }
        QCOMPARE(allCommitmentTypes().size(), 8);
        bool ok = true;
        commitmentTypeFromName(u"bribe", &ok);
        QVERIFY(!ok);

        for (Origin o : {Origin::Manual, Origin::Suggested, Origin::Accepted, Origin::Rejected})
            QCOMPARE(originFromName(originName(o)), o);
        for (AnnotationKind k : {AnnotationKind::Quote, AnnotationKind::ActorMention, AnnotationKind::Commitment,
                                 AnnotationKind::Category})
            QCOMPARE(annotationKindFromName(annotationKindName(k)), k);
        QCOMPARE(quoteKindFromName(u"headline"), QuoteKind::Headline);
    }

    void confirmedMeansAPersonSawIt()
    {
        Annotation a;
        a.origin = Origin::Manual;
        QVERIFY(a.isConfirmed());
        a.origin = Origin::Accepted;
        QVERIFY(a.isConfirmed());
        a.origin = Origin::Suggested;
        QVERIFY(!a.isConfirmed());
        a.origin = Origin::Rejected;
        QVERIFY(!a.isConfirmed());
    }

    void articleHashAndTitle()
    {
        Article a;
        a.text = QStringLiteral("\nTalks stall in Geneva\n\nBody text.");
        a.contentHash = Article::hashText(a.text);
        QVERIFY(a.textMatchesHash());
        QCOMPARE(a.contentHash.size(), 64);
        QCOMPARE(a.displayTitle(), QStringLiteral("Talks stall in Geneva"));
        a.title = QStringLiteral("  Given title ");
        QCOMPARE(a.displayTitle(), QStringLiteral("Given title"));
        a.text += QLatin1Char('!');
        QVERIFY(!a.textMatchesHash());
    }
};

QTEST_GUILESS_MAIN(TestModelValues)
#include "tst_modelvalues.moc"
