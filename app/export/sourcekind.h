// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Parlance::Model {
struct Actor;
struct Annotation;
} // namespace Parlance::Model

namespace Parlance::Export {

/// Who a quotation comes from, as an editor tells sources apart.
enum class SourceKind {
    Named,      ///< a person, by name ("Ingrid Halvorsen")
    Collective, ///< a state, body or group speaking as one ("Moscow", "the foreign ministry")
    Unnamed,    ///< a person or group not named ("a senior diplomat"), or no source at all
};

/// "named", "collective", "unnamed" (translated).
QString sourceKindLabel(SourceKind kind);

/// The one place that classifies a quote's source, from its speaker (null: none) and the words
/// that name the source in the text (Annotation::source). The words decide first, with the rules
/// of resources/reports/source-kinds.txt ("a senior official" is unnamed even if the analysis knows
/// which state they speak for); then a person is named and any other actor collective; a quote
/// without a speaker is unnamed. When quote annotations carry a source
/// kind of their own (the analysis is adding one), it is to be taken here first.
SourceKind classifySource(const Model::Actor *speaker, QStringView sourceWords);

} // namespace Parlance::Export
