// SPDX-License-Identifier: GPL-2.0-or-later
#include "agreementstudy.h"

#include "unitizing.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace Parlance::Agreement {

namespace {

using Model::Annotation;
using Model::AnnotationKind;

// A coder "worked on" an article when they confirmed, made or rejected anything in it: only then
// does leaving text unmarked say "nothing here" rather than "not read yet".
bool workedOn(const StudyArticle &article, const QString &coder)
{
    return std::any_of(article.annotations.cbegin(), article.annotations.cend(), [&](const Annotation &a) {
        return a.coder == coder && a.origin != Model::Origin::Suggested;
    });
}

// The units of one kind across articles, each with its members per coder.
struct KindUnits {
    QList<CodedUnit> units;
    QList<const StudyArticle *> articleOf;
};

RatingTable tableFor(const KindUnits &kindUnits, int coders, const std::function<Rating(const Annotation &)> &valueOf)
{
    RatingTable table(coders);
    for (const CodedUnit &unit : kindUnits.units) {
        QList<Rating> ratings(coders);
        for (int c = 0; c < coders; ++c) {
            if (unit.byCoder[c])
                ratings[c] = valueOf(*unit.byCoder[c]);
        }
        table.addUnit(ratings);
    }
    return table;
}

void fillCoding(AgreementRow &row, const RatingTable &all, int coders)
{
    const RatingTable table = all.pairable();
    row.units = table.unitCount();
    row.alpha = krippendorffAlpha(table, row.metric);
    if (row.metric != Metric::Nominal)
        return; // κ, AC1 and raw agreement treat values as names: not for a scale
    row.percent = percentAgreement(table);
    row.kappa = coders == 2 ? cohenKappa(table) : fleissKappa(table);
    row.ac1 = gwetAc1(table);
}

// One kind's spans on the continuum of α_U: the articles every coder worked on, laid end to end.
struct Continuum {
    struct Unit {
        qint64 begin, length;
        QString category;
    };
    qint64 length = 0;
    QList<QList<Unit>> byCoder;

    Continuum(const QList<const StudyArticle *> &coded, const QStringList &coders, AnnotationKind kind, const AnnotationFacets &facets)
        : byCoder(coders.size())
    {
        for (const StudyArticle *article : coded) {
            for (const Annotation &a : article->annotations) {
                const qsizetype c = a.kind == kind && a.isConfirmed() ? coders.indexOf(a.coder) : -1;
                if (c >= 0)
                    byCoder[c].append({length + a.span.start, a.span.length(), facets.unitizingCategory(a)});
            }
            length += article->text.size();
        }
    }

    /// α_U among the coders `who` (indexes into the coders).
    UnitizingStudy study(const QList<int> &who) const
    {
        UnitizingStudy s(int(who.size()), 0, length);
        for (qsizetype i = 0; i < who.size(); ++i) {
            for (const Unit &u : byCoder[who[i]])
                s.addUnit(u.begin, u.length, int(i), u.category);
        }
        return s;
    }
};

QString coderCell(const std::optional<Annotation> &a, const CodedUnit &unit, const QString &text, const AnnotationFacets &facets)
{
    if (!a)
        return QStringLiteral("\u2014");
    QString cell = facets.describe(*a);
    if (a->span != unit.span)
        cell += QStringLiteral(" [\u201c%1\u201d]").arg(a->span.textIn(text).toString());
    return cell;
}

} // namespace

QStringList StudyData::coders() const
{
    QSet<QString> names;
    for (const StudyArticle &article : articles) {
        for (const Annotation &a : article.annotations) {
            if (a.isConfirmed() && !a.coder.isEmpty())
                names.insert(a.coder);
        }
    }
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return sorted;
}

QString AgreementResult::kappaName() const
{
    return coders.size() == 2 ? QStringLiteral("Cohen's \u03ba") : QStringLiteral("Fleiss' \u03ba");
}

QList<AnnotationKind> studyKinds(const StudyOptions &options)
{
    if (options.kind)
        return {*options.kind};
    return {AnnotationKind::Quote, AnnotationKind::ActorMention, AnnotationKind::Commitment, AnnotationKind::Category};
}

AgreementResult computeAgreement(const StudyData &data, const StudyOptions &options)
{
    AgreementResult result;
    result.options = options;
    result.coders = options.coders.isEmpty() ? data.coders() : options.coders;
    const int coders = int(result.coders.size());
    const AnnotationFacets facets(data.actorNames, data.categoryNames);

    // Units per kind, article by article.
    QHash<int, KindUnits> byKind;
    QList<const StudyArticle *> coded;
    for (const StudyArticle &article : data.articles) {
        QList<QList<Annotation>> byCoder(coders);
        bool any = false;
        for (const Annotation &a : article.annotations) {
            const qsizetype c = result.coders.indexOf(a.coder);
            if (c < 0 || !a.isConfirmed())
                continue;
            if (options.kind && a.kind != *options.kind)
                continue;
            byCoder[c].append(a);
            any = true;
        }
        if (!any)
            continue;
        ++result.articles;
        if (std::all_of(result.coders.cbegin(), result.coders.cend(), [&](const QString &c) { return workedOn(article, c); }))
            coded.append(&article);
        const ArticleComparison comparison = compareCoders(byCoder, facets, options.match);
        for (const CodedUnit &unit : comparison.units) {
            KindUnits &k = byKind[int(unit.kind)];
            k.units.append(unit);
            k.articleOf.append(&article);
            if (!unit.isUnanimous()) {
                Disagreement d;
                d.articleId = article.id;
                d.articleNumber = article.number;
                d.articleTitle = article.title;
                d.unit = unit;
                d.text = unit.span.textIn(article.text).toString();
                for (int c = 0; c < coders; ++c)
                    d.byCoder.append(coderCell(unit.byCoder[c], unit, article.text, facets));
                result.disagreements.append(d);
            }
        }
    }
    result.codedArticles = int(coded.size());

    QList<int> everyone(coders);
    std::iota(everyone.begin(), everyone.end(), 0);
    for (AnnotationKind kind : studyKinds(options)) {
        const KindUnits units = byKind.value(int(kind));
        const Continuum continuum(coded, result.coders, kind, facets);
        const UnitizingStudy where = continuum.study(everyone);
        const QList<Facet> questions = AnnotationFacets::facets(kind);
        for (const Facet &facet : questions) {
            const RatingTable table = tableFor(units, coders, [&](const Annotation &a) { return facets.value(a, facet); });
            AgreementRow row;
            row.kind = kind;
            row.facet = facet.name;
            row.metric = facet.metric;
            fillCoding(row, table, coders);
            if (!facet.isLabel) {
                result.rows.append(row);
                continue;
            }
            row.alphaU = where.overall();
            result.rows.append(row);
            // One value against the rest, for the kinds with a closed set of labels.
            if (kind != AnnotationKind::Commitment && kind != AnnotationKind::Category)
                continue;
            QStringList values = table.pairable().values();
            for (const QString &category : where.categories()) {
                if (!values.contains(category))
                    values.append(category);
            }
            std::sort(values.begin(), values.end());
            for (const QString &value : std::as_const(values)) {
                AgreementRow one;
                one.kind = kind;
                one.facet = facet.name;
                one.value = value;
                const RatingTable binary = tableFor(units, coders, [&](const Annotation &a) {
                    return Rating(facets.value(a, facet) == Rating(value) ? QStringLiteral("yes") : QStringLiteral("no"));
                });
                fillCoding(one, binary, coders);
                one.alphaU = where.category(value);
                result.rows.append(one);
            }
        }
        // Coder × coder on the label.
        const Facet label = questions.constFirst();
        const RatingTable table = tableFor(units, coders, [&](const Annotation &a) { return facets.value(a, label); });
        for (int a = 0; a < coders; ++a) {
            for (int b = a + 1; b < coders; ++b) {
                PairAgreement pair;
                pair.kind = kind;
                pair.a = a;
                pair.b = b;
                const RatingTable two = table.pair(a, b);
                pair.kappa = cohenKappa(two);
                pair.alpha = krippendorffAlpha(two);
                pair.alphaU = continuum.study({a, b}).overall();
                result.pairs.append(pair);
            }
        }
    }
    return result;
}

} // namespace Parlance::Agreement
