// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Where a text names an actor by one of its names or aliases: whole names, with their case
// ("Donald Trump", "Trump", "the Secretary of State"), never a word of one ("House" of "White
// House") nor a common word that happens to share its letters ("frank" for "Frank").

#include "model/span.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Parlance::Highlight {

class ActorNameMatcher final {
public:
    ActorNameMatcher() = default;
    /// Names of one character, or with no letter, are left out.
    explicit ActorNameMatcher(const QStringList &names);

    bool isEmpty() const { return m_names.isEmpty(); }
    const QStringList &names() const { return m_names; }
    /// Whether `text` (spaces folded) is one of the names, with its case.
    bool isName(const QString &text) const { return m_nameSet.contains(text.simplified()); }
    /// The names in `text`, longest first where two start at one place, not overlapping, in order.
    QList<Model::Span> find(QStringView text) const;

private:
    QStringList m_names;
    QSet<QString> m_nameSet;
    QRegularExpression m_pattern;
};

} // namespace Parlance::Highlight
