// SPDX-License-Identifier: GPL-2.0-or-later
// From coders' annotations to agreement: pairing spans into units (exact or by overlap), what
// curation gets (agreed annotations and disagreements), and the rows of a study.

#include "agreement/agreementreport.h"
#include "agreement/agreementstudy.h"
#include "agreement/codercomparison.h"
#include "agreement/spanalignment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Parlance;
using namespace Parlance::Agreement;
using namespace Qt::StringLiterals;
using Model::Annotation;
using Model::AnnotationKind;

namespace {

const QString text = u"Russia said it would withdraw its troops. Ukraine demanded guarantees before any talks. "
                     u"The minister warned of consequences if the deal collapsed. Talks resume next week."_s;

Model::Span spanOf(const QString &words)
{
    const int at = int(text.indexOf(words));
    Q_ASSERT(at >= 0);
    return {at, at + int(words.size())};
}

Annotation commitment(const QString &coder, const QString &words, Model::CommitmentType type, qint64 holder = 0,
                       double strength = -1, bool negated = false)
{
    Annotation a;
    a.articleId = 1;
    a.kind = AnnotationKind::Commitment;
    a.origin = Model::Origin::Manual;
    a.coder = coder;
    a.span = spanOf(words);
    a.commitmentType = type;
    a.actorId = holder;
    a.strength = strength;
    a.negated = negated;
    return a;
}

StudyData study(const QList<Annotation> &annotations)
{
    StudyData data;
    data.articles.append({1, 1, u"Talks"_s, text, annotations});
    data.actorNames = {{1, u"Russia"_s}, {2, u"Ukraine"_s}, {3, u"the minister"_s}};
    return data;
}

const AgreementRow *rowOf(const AgreementResult &r, AnnotationKind kind, const QString &facet, const QString &value = {})
{
    for (const AgreementRow &row : r.rows) {
        if (row.kind == kind && row.facet == facet && row.value == value)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestAgreementStudy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchScores_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("aStart");
        QTest::addColumn<int>("aEnd");
        QTest::addColumn<int>("bStart");
        QTest::addColumn<int>("bEnd");
        QTest::addColumn<double>("score");
        const int exact = int(MatchOptions::Mode::Exact), overlap = int(MatchOptions::Mode::Overlap);
        QTest::newRow("exact: same bounds") << exact << 0.5 << 10 << 20 << 10 << 20 << 1.0;
        QTest::newRow("exact: one character more") << exact << 0.5 << 10 << 20 << 10 << 21 << 0.0;
        QTest::newRow("overlap: 9 of 11") << overlap << 0.5 << 10 << 20 << 11 << 21 << 9.0 / 11;
        QTest::newRow("overlap: below the threshold") << overlap << 0.9 << 10 << 20 << 11 << 21 << 0.0;
        QTest::newRow("overlap: touching is not overlapping") << overlap << 0.01 << 10 << 20 << 20 << 30 << 0.0;
        QTest::newRow("overlap: half, at the threshold") << overlap << 0.5 << 0 << 10 << 0 << 5 << 0.5;
    }

    void matchScores()
    {
        QFETCH(int, mode);
        QFETCH(double, threshold);
        QFETCH(int, aStart);
        QFETCH(int, aEnd);
        QFETCH(int, bStart);
        QFETCH(int, bEnd);
        QFETCH(double, score);
        const MatchOptions options{MatchOptions::Mode(mode), threshold};
        QCOMPARE(options.score({aStart, aEnd}, {bStart, bEnd}), score);
        QCOMPARE(options.score({bStart, bEnd}, {aStart, aEnd}), score);
    }

    void alignmentPrefersTheSameLabelAndNeverTwoSpansOfOneCoder()
    {
        // Coder 0 marked one span twice (two categories); coder 1 once, with the second label.
        const QList<CodedSpan> spans{{0, {10, 20}, u"hedge"_s}, {0, {10, 20}, u"threat"_s}, {1, {10, 20}, u"threat"_s}};
        const QList<AlignedUnit> units = alignSpans(spans, 2, {});
        QCOMPARE(units.size(), 2);
        for (const AlignedUnit &u : units) {
            if (u.memberCount() == 2)
                QCOMPARE(spans[u.members[0]].label, u"threat"_s);
        }
    }

    void alignmentDoesNotDependOnInputOrder()
    {
        QRandomGenerator rng(7);
        QList<CodedSpan> spans;
        for (int i = 0; i < 60; ++i) {
            const int start = rng.bounded(200);
            spans.append({rng.bounded(3), {start, start + 1 + rng.bounded(30)}, QString::number(rng.bounded(3))});
        }
        const MatchOptions options{MatchOptions::Mode::Overlap, 0.3};
        auto describe = [&](const QList<CodedSpan> &list) {
            QStringList out;
            for (const AlignedUnit &u : alignSpans(list, 3, options)) {
                QStringList members;
                for (int m : u.members)
                    members.append(m < 0 ? u"-"_s : u"%1:%2-%3:%4"_s.arg(list[m].coder).arg(list[m].span.start).arg(list[m].span.end).arg(list[m].label));
                out.append(members.join(u' '));
            }
            std::sort(out.begin(), out.end());
            return out;
        };
        const QStringList expected = describe(spans);
        for (int round = 0; round < 5; ++round) {
            QList<CodedSpan> shuffled = spans;
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            QCOMPARE(describe(shuffled), expected);
        }
        // Every unit's members match one another and come from different coders.
        for (const AlignedUnit &u : alignSpans(spans, 3, options)) {
            for (int x : u.members)
                for (int y : u.members)
                    if (x >= 0 && y >= 0 && x != y)
                        QVERIFY(options.matches(spans[x].span, spans[y].span));
        }
    }

    void comparisonForCuration()
    {
        using T = Model::CommitmentType;
        const QList<QList<Annotation>> byCoder{
            {commitment(u"ann"_s, u"it would withdraw its troops"_s, T::Promise, 1, 0.8),
             commitment(u"ann"_s, u"demanded guarantees"_s, T::Demand, 2)},
            {commitment(u"bo"_s, u"it would withdraw its troops"_s, T::Promise, 1, 0.8),
             commitment(u"bo"_s, u"demanded guarantees"_s, T::Offer, 2),
             commitment(u"bo"_s, u"warned of consequences"_s, T::Threat, 3)},
        };
        const AnnotationFacets facets({{1, u"Russia"_s}, {2, u"Ukraine"_s}, {3, u"the minister"_s}}, {});
        const ArticleComparison comparison = compareCoders(byCoder, facets);
        QCOMPARE(comparison.units.size(), 3);
        const QList<Annotation> agreed = comparison.agreed();
        QCOMPARE(agreed.size(), 1);
        QCOMPARE(agreed.first().span, spanOf(u"it would withdraw its troops"_s));
        QVERIFY(agreed.first().coder.isEmpty());
        QVERIFY(agreed.first().uuid.isEmpty());
        const QList<CodedUnit> disagreements = comparison.disagreements();
        QCOMPARE(disagreements.size(), 2);
        QCOMPARE(disagreements[0].differences, QStringList{u"type"_s});
        QCOMPARE(disagreements[1].differences, QStringList{u"marked"_s});
        QVERIFY(!disagreements[1].byCoder[0]);
        QCOMPARE(disagreements[1].byCoder[1]->commitmentType, T::Threat);
    }

    void suggestionsAndRejectedAreNotCompared()
    {
        Annotation s = commitment(u"ann"_s, u"demanded guarantees"_s, Model::CommitmentType::Demand);
        s.origin = Model::Origin::Suggested;
        Annotation r = commitment(u"bo"_s, u"demanded guarantees"_s, Model::CommitmentType::Demand);
        r.origin = Model::Origin::Rejected;
        const ArticleComparison comparison = compareCoders({{s}, {r}}, AnnotationFacets());
        QVERIFY(comparison.units.isEmpty());
    }

    void identicalCodersAgreeEverywhere()
    {
        using T = Model::CommitmentType;
        QList<Annotation> all;
        for (const QString &coder : {u"ann"_s, u"bo"_s, u"cy"_s}) {
            all << commitment(coder, u"it would withdraw its troops"_s, T::Promise, 1, 0.8)
                << commitment(coder, u"demanded guarantees"_s, T::Demand, 2, 0.9)
                << commitment(coder, u"warned of consequences"_s, T::Threat, 3, 0.9, true);
        }
        const AgreementResult r = computeAgreement(study(all), {});
        QCOMPARE(r.coders, (QStringList{u"ann"_s, u"bo"_s, u"cy"_s}));
        QCOMPARE(r.codedArticles, 1);
        QVERIFY(r.disagreements.isEmpty());
        const AgreementRow *type = rowOf(r, AnnotationKind::Commitment, u"type"_s);
        QVERIFY(type);
        QCOMPARE(type->units, 3);
        QCOMPARE(type->kappa.value, 1.0);
        QCOMPARE(type->alpha.value, 1.0);
        QCOMPARE(type->ac1.value, 1.0);
        QCOMPARE(type->alphaU.value, 1.0);
        for (const QString &facet : {u"holder"_s, u"negation"_s, u"strength"_s})
            QCOMPARE(rowOf(r, AnnotationKind::Commitment, facet)->alpha.value, 1.0);
        QCOMPARE(rowOf(r, AnnotationKind::Commitment, u"type"_s, u"threat"_s)->alphaU.value, 1.0);
        for (const PairAgreement &p : r.pairs) {
            if (p.kind == AnnotationKind::Commitment) {
                QCOMPARE(p.kappa.value, 1.0);
                QCOMPARE(p.alphaU.value, 1.0);
            }
        }
    }

    void rowsPerTypeAndAttribute()
    {
        using T = Model::CommitmentType;
        const QList<Annotation> all{
            commitment(u"ann"_s, u"it would withdraw its troops"_s, T::Promise, 1, 0.8),
            commitment(u"bo"_s, u"it would withdraw its troops"_s, T::Promise, 1, 0.6),
            commitment(u"ann"_s, u"demanded guarantees"_s, T::Demand, 2, 0.9),
            commitment(u"bo"_s, u"demanded guarantees"_s, T::Offer, 1, 0.9),
            commitment(u"ann"_s, u"warned of consequences"_s, T::Threat, 3),
            commitment(u"bo"_s, u"warned of consequences"_s, T::Threat, 3),
            commitment(u"bo"_s, u"Talks resume next week"_s, T::Plan), // one coder only
        };
        const AgreementResult r = computeAgreement(study(all), {});
        const AgreementRow *type = rowOf(r, AnnotationKind::Commitment, u"type"_s);
        QCOMPARE(type->units, 3); // the unit only bo marked is not rated by two
        // Two coders: Cohen's κ on promise/promise, demand/offer, threat/threat.
        QCOMPARE(type->percent.value, 2.0 / 3);
        QVERIFY(type->kappa.value > 0 && type->kappa.value < 1);
        QCOMPARE(rowOf(r, AnnotationKind::Commitment, u"holder"_s)->percent.value, 2.0 / 3);
        const AgreementRow *strength = rowOf(r, AnnotationKind::Commitment, u"strength"_s);
        QCOMPARE(strength->metric, Metric::Interval);
        QCOMPARE(strength->units, 2); // the threat has no strength from either coder
        QVERIFY(!strength->kappa.isDefined()); // κ and AC1 are for names, not a scale
        for (const QString &value : {u"demand"_s, u"offer"_s, u"plan"_s, u"promise"_s, u"threat"_s})
            QVERIFY2(rowOf(r, AnnotationKind::Commitment, u"type"_s, value), qPrintable(value));
        QCOMPARE(rowOf(r, AnnotationKind::Commitment, u"type"_s, u"threat"_s)->alphaU.value, 1.0);
        QVERIFY(rowOf(r, AnnotationKind::Commitment, u"type"_s, u"plan"_s)->alphaU.value < 0.5);
        QCOMPARE(r.disagreements.size(), 3);

        // The report carries all of it, in every text format.
        const AgreementReport report(r, u"talks.parlance"_s);
        const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
        QCOMPARE(json.value(u"kappa").toString(), u"cohen"_s);
        QCOMPARE(json.value(u"disagreements").toArray().size(), 3);
        QVERIFY(report.toMarkdown().contains(u"Talks resume next week"_s));
        QVERIFY(report.toHtml().contains(u"warned of consequences"_s) == false); // agreed units are not listed
        QVERIFY(report.toHtml().contains(u"demanded guarantees"_s));
        const QStringList csv = QString::fromUtf8(report.toCsv()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 1 + int(r.rows.size()));
    }

    void onlyChosenCodersAndKind()
    {
        using T = Model::CommitmentType;
        const QList<Annotation> all{commitment(u"ann"_s, u"demanded guarantees"_s, T::Demand),
                                    commitment(u"bo"_s, u"demanded guarantees"_s, T::Demand),
                                    commitment(u"cy"_s, u"demanded guarantees"_s, T::Offer)};
        StudyOptions options;
        options.coders = {u"ann"_s, u"bo"_s};
        options.kind = AnnotationKind::Commitment;
        const AgreementResult r = computeAgreement(study(all), options);
        QVERIFY(r.disagreements.isEmpty());
        for (const AgreementRow &row : r.rows)
            QCOMPARE(row.kind, AnnotationKind::Commitment);
        QCOMPARE(rowOf(r, AnnotationKind::Commitment, u"type"_s)->kappa.value, 1.0);
    }

    void overlapMatchingPairsDifferentBounds()
    {
        using T = Model::CommitmentType;
        const QList<Annotation> all{commitment(u"ann"_s, u"it would withdraw its troops"_s, T::Promise),
                                    commitment(u"bo"_s, u"would withdraw its troops"_s, T::Promise)};
        const AgreementResult exact = computeAgreement(study(all), {});
        QCOMPARE(rowOf(exact, AnnotationKind::Commitment, u"type"_s)->units, 0);
        StudyOptions overlap;
        overlap.match = {MatchOptions::Mode::Overlap, 0.5};
        const AgreementResult loose = computeAgreement(study(all), overlap);
        QCOMPARE(rowOf(loose, AnnotationKind::Commitment, u"type"_s)->units, 1);
        QCOMPARE(loose.disagreements.size(), 1);
        QCOMPARE(loose.disagreements.first().unit.differences, QStringList{u"marked"_s}); // bounds differ
    }
};

QTEST_GUILESS_MAIN(TestAgreementStudy)
#include "tst_agreementstudy.moc"
