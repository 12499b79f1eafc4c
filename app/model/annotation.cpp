// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotation.h"

#include <array>
#include <utility>

namespace Parlance::Model {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(table.front().second);
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, QStringView name, bool *ok)
{
    for (const auto &[v, n] : table) {
        if (name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0) {
            if (ok) *ok = true;
            return v;
        }
    }
    if (ok) *ok = false;
    return table.front().first;
}

constexpr std::array<std::pair<AnnotationKind, const char *>, 4> kindNames{{
    {AnnotationKind::Quote, "quote"},
    {AnnotationKind::ActorMention, "actor"},
    {AnnotationKind::Commitment, "commitment"},
    {AnnotationKind::Category, "category"},
}};

constexpr std::array<std::pair<Origin, const char *>, 4> originNames{{
    {Origin::Manual, "manual"},
    {Origin::Suggested, "suggested"},
    {Origin::Accepted, "accepted"},
    {Origin::Rejected, "rejected"},
}};

constexpr std::array<std::pair<QuoteKind, const char *>, 6> quoteKindNames{{
    {QuoteKind::Direct, "direct"},
    {QuoteKind::Indirect, "indirect"},
    {QuoteKind::Headline, "headline"},
    {QuoteKind::Partial, "partial"},
    {QuoteKind::Mixed, "mixed"},
    {QuoteKind::Stance, "stance"},
}};

constexpr std::array<std::pair<SourceKind, const char *>, 6> sourceKindNames{{
    {SourceKind::None, "none"},
    {SourceKind::Named, "named"},
    {SourceKind::Pronoun, "pronoun"},
    {SourceKind::Unnamed, "unnamed"},
    {SourceKind::Collective, "collective"},
    {SourceKind::Document, "document"},
}};

constexpr std::array<std::pair<CommitmentType, const char *>, 8> commitmentTypeNames{{
    {CommitmentType::Promise, "promise"},
    {CommitmentType::Threat, "threat"},
    {CommitmentType::Demand, "demand"},
    {CommitmentType::Offer, "offer"},
    {CommitmentType::Plan, "plan"},
    {CommitmentType::Assurance, "assurance"},
    {CommitmentType::Refusal, "refusal"},
    {CommitmentType::Agreement, "agreement"},
}};

} // namespace

QString annotationKindName(AnnotationKind kind) { return nameOf(kindNames, kind); }
AnnotationKind annotationKindFromName(QStringView name, bool *ok) { return valueOf(kindNames, name, ok); }
QString originName(Origin origin) { return nameOf(originNames, origin); }
Origin originFromName(QStringView name, bool *ok) { return valueOf(originNames, name, ok); }
QString quoteKindName(QuoteKind kind) { return nameOf(quoteKindNames, kind); }
QuoteKind quoteKindFromName(QStringView name, bool *ok) { return valueOf(quoteKindNames, name, ok); }
QString sourceKindName(SourceKind kind) { return nameOf(sourceKindNames, kind); }
SourceKind sourceKindFromName(QStringView name, bool *ok) { return valueOf(sourceKindNames, name, ok); }
QString commitmentTypeName(CommitmentType type) { return nameOf(commitmentTypeNames, type); }
CommitmentType commitmentTypeFromName(QStringView name, bool *ok) { return valueOf(commitmentTypeNames, name, ok); }

QList<CommitmentType> allCommitmentTypes()
{
    QList<CommitmentType> all;
    for (const auto &[t, name] : commitmentTypeNames)
        all.append(t);
    return all;
}

QList<QuoteKind> allQuoteKinds()
{
    QList<QuoteKind> all;
    for (const auto &[k, name] : quoteKindNames)
        all.append(k);
    return all;
}

} // namespace Parlance::Model
