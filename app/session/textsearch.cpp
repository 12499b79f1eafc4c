// SPDX-License-Identifier: GPL-2.0-or-later
#include "textsearch.h"

#include "storage/project.h"

#include <QRegularExpression>

#include <algorithm>

namespace Parlance::Session {

QStringList TextSearch::words(const QString &query)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{Mn}'\u2019-]*"));
    static const QStringList operators{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("NEAR")};
    QStringList out;
    for (auto it = word.globalMatch(query); it.hasNext();) {
        const QString w = it.next().captured();
        if (!operators.contains(w) && !out.contains(w, Qt::CaseInsensitive))
            out.append(w);
    }
    return out;
}

QList<Model::Span> TextSearch::find(QStringView text, const QString &query)
{
    const QStringList searched = words(query);
    if (searched.isEmpty())
        return {};
    QStringList escaped;
    for (const QString &w : searched)
        escaped << QRegularExpression::escape(w);
    // Whole words only, as the index matches them: "arm" does not find "army".
    const QRegularExpression pattern(QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])").arg(escaped.join(u'|')),
                                     QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<Model::Span> out;
    for (auto it = pattern.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(Model::Span(int(m.capturedStart()), int(m.capturedEnd())));
    }
    return out;
}

QList<TextHit> TextSearch::inProject(const Storage::Project &project, const QString &query, int limit)
{
    QList<TextHit> hits;
    for (const qint64 id : project.searchArticleIds(query)) {
        const std::optional<Model::Article> article = project.article(id);
        if (!article)
            continue;
        const QString &text = article->text;
        for (const Model::Span &span : find(text, query)) {
            if (hits.size() >= limit)
                return hits;
            // The context stays on the hit's line: a paragraph break ends it.
            qsizetype from = std::max<qsizetype>(0, span.start - contextLength);
            qsizetype to = std::min<qsizetype>(text.size(), span.end + contextLength);
            if (const qsizetype nl = text.lastIndexOf(u'\n', span.start - 1); nl >= from && span.start > 0)
                from = nl + 1;
            if (const qsizetype nl = text.indexOf(u'\n', span.end); nl >= 0 && nl < to)
                to = nl;
            // Whole words only at the edges of the context.
            if (from > 0 && text[from - 1].isLetterOrNumber() && text[from].isLetterOrNumber()) {
                if (const qsizetype space = text.indexOf(u' ', from); space >= 0 && space < span.start)
                    from = space + 1;
            }
            if (to < text.size() && text[to - 1].isLetterOrNumber() && text[to].isLetterOrNumber()) {
                if (const qsizetype space = text.lastIndexOf(u' ', to - 1); space >= span.end)
                    to = space;
            }
            hits.append({id, span, text.sliced(from, span.start - from).simplified(), span.textIn(text).toString(),
                         text.sliced(span.end, to - span.end).simplified()});
        }
    }
    return hits;
}

} // namespace Parlance::Session
