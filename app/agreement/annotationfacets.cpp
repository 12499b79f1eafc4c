// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationfacets.h"

#include <QSet>

namespace Parlance::Agreement {

namespace {

// Names as shown; a name two of them share gets its id, so that they stay different values.
QHash<qint64, QString> distinctNames(const QHash<qint64, QString> &names)
{
    QHash<QString, int> uses;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        ++uses[it.value()];
    QHash<qint64, QString> out;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(it.key(), uses.value(it.value()) > 1 ? QStringLiteral("%1 (#%2)").arg(it.value()).arg(it.key()) : it.value());
    return out;
}

} // namespace

AnnotationFacets::AnnotationFacets(const QHash<qint64, QString> &actorNames, const QHash<qint64, QString> &categoryNames)
    : m_actors(distinctNames(actorNames))
    , m_categories(distinctNames(categoryNames))
{
}

QString AnnotationFacets::none()
{
    return QStringLiteral("(none)");
}

QString AnnotationFacets::actorName(qint64 id) const
{
    if (id == 0)
        return none();
    return m_actors.value(id, QStringLiteral("#%1").arg(id));
}

QString AnnotationFacets::categoryName(qint64 id) const
{
    if (id == 0)
        return none();
    return m_categories.value(id, QStringLiteral("#%1").arg(id));
}

QList<Facet> AnnotationFacets::facets(Model::AnnotationKind kind)
{
    using K = Model::AnnotationKind;
    switch (kind) {
    case K::Quote:
        return {{QStringLiteral("quote kind"), Metric::Nominal, true}, {QStringLiteral("speaker"), Metric::Nominal, false}};
    case K::ActorMention:
        return {{QStringLiteral("actor"), Metric::Nominal, true}};
    case K::Commitment:
        return {{QStringLiteral("type"), Metric::Nominal, true},
                {QStringLiteral("holder"), Metric::Nominal, false},
                {QStringLiteral("negation"), Metric::Nominal, false},
                {QStringLiteral("strength"), Metric::Interval, false}};
    case K::Category:
        return {{QStringLiteral("category"), Metric::Nominal, true}};
    }
    return {};
}

Rating AnnotationFacets::value(const Model::Annotation &a, const Facet &facet) const
{
    const QString &f = facet.name;
    if (f == u"quote kind")
        return Model::quoteKindName(a.quoteKind);
    if (f == u"speaker" || f == u"holder" || f == u"actor")
        return actorName(a.actorId);
    if (f == u"type")
        return Model::commitmentTypeName(a.commitmentType);
    if (f == u"negation")
        return a.negated ? QStringLiteral("yes") : QStringLiteral("no");
    if (f == u"strength")
        return a.strength < 0 ? Rating() : Rating(QString::number(a.strength, 'g', 6));
    if (f == u"category")
        return categoryName(a.categoryId);
    return Rating();
}

QString AnnotationFacets::label(const Model::Annotation &a) const
{
    return value(a, facets(a.kind).constFirst()).value_or(QString());
}

QString AnnotationFacets::unitizingCategory(const Model::Annotation &a) const
{
    if (a.kind == Model::AnnotationKind::Commitment || a.kind == Model::AnnotationKind::Category)
        return label(a);
    return Model::annotationKindName(a.kind);
}

QString AnnotationFacets::describe(const Model::Annotation &a) const
{
    QStringList parts;
    const QList<Facet> all = facets(a.kind);
    for (const Facet &f : all) {
        const Rating v = value(a, f);
        if (f.isLabel)
            parts.append(v.value_or(none()));
        else if (v)
            parts.append(f.name + QStringLiteral(": ") + *v);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

bool AnnotationFacets::sameAnswers(const Model::Annotation &a, const Model::Annotation &b) const
{
    if (a.kind != b.kind)
        return false;
    const QList<Facet> all = facets(a.kind);
    for (const Facet &f : all) {
        if (value(a, f) != value(b, f))
            return false;
    }
    return true;
}

} // namespace Parlance::Agreement
