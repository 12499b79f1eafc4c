// SPDX-License-Identifier: GPL-2.0-or-later
#include "actornamematcher.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parlance::Highlight {

ActorNameMatcher::ActorNameMatcher(const QStringList &names)
{
    for (const QString &name : names) {
        const QString simplified = name.simplified();
        const bool hasLetter = std::any_of(simplified.cbegin(), simplified.cend(), [](QChar c) { return c.isLetter(); });
        if (simplified.size() > 1 && hasLetter && !m_names.contains(simplified))
            m_names.append(simplified);
    }
    if (m_names.isEmpty())
        return;
    m_nameSet = QSet<QString>(m_names.cbegin(), m_names.cend());
    // Longest first, so that "Donald Trump" wins over "Donald" at the same place.
    QStringList sorted = m_names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QStringList alternatives;
    for (const QString &name : std::as_const(sorted)) {
        // Any run of spaces (no-break ones too) between the words of a name.
        QStringList words;
        for (const QString &w : name.split(u' '))
            words.append(QRegularExpression::escape(w));
        alternatives.append(words.join(u"\\s+"_s));
    }
    // Whole names: no letter, digit or underscore right before or after.
    m_pattern.setPattern(u"(?<!\\w)(?:"_s + alternatives.join(u'|') + u")(?!\\w)"_s);
    m_pattern.setPatternOptions(QRegularExpression::UseUnicodePropertiesOption);
    m_pattern.optimize();
}

QList<Model::Span> ActorNameMatcher::find(QStringView text) const
{
    QList<Model::Span> spans;
    if (m_names.isEmpty())
        return spans;
    for (QRegularExpressionMatchIterator it = m_pattern.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    return spans;
}

} // namespace Parlance::Highlight
