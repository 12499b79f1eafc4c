// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportdata.h"

#include "exportutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Parlance::Export {

bool ReportData::takes(Model::Origin origin, const ExportOptions &options)
{
    switch (origin) {
    case Model::Origin::Manual:
    case Model::Origin::Accepted:
        return true;
    case Model::Origin::Suggested:
        return options.includeSuggestions;
    case Model::Origin::Rejected:
        return false;
    }
    return false;
}

void ReportData::dropSpansOutsideTexts()
{
    constexpr int shownWarnings = 20; // then one line counts the rest
    int dropped = 0;
    auto warn = [&](const QString &line) {
        if (++dropped <= shownWarnings)
            warnings.append(line);
    };
    for (ReportArticle &entry : articles) {
        const qsizetype length = entry.article.text.size();
        const qint64 articleId = entry.article.id;
        auto badPart = [&](const Model::Annotation &a, Model::Span &part, const char *what) {
            if (part.start == -1 && part.end == -1)
                return; // none
            if (!part.fitsIn(length)) {
                warn(QStringLiteral("article %1: annotation %2: its %3 (%4-%5) lies outside the text (%6 characters); left out")
                         .arg(articleId).arg(a.id).arg(QLatin1StringView(what)).arg(part.start).arg(part.end).arg(length));
                part = {};
            }
        };
        QList<Model::Annotation> kept;
        kept.reserve(entry.annotations.size());
        for (Model::Annotation a : std::as_const(entry.annotations)) {
            if (!a.span.fitsIn(length)) {
                warn(QStringLiteral("article %1: annotation %2 (%3-%4) lies outside the text (%5 characters); left out")
                         .arg(articleId).arg(a.id).arg(a.span.start).arg(a.span.end).arg(length));
                continue;
            }
            badPart(a, a.cue, "cue");
            badPart(a, a.source, "source");
            badPart(a, a.condition, "condition");
            badPart(a, a.time, "time");
            const auto outside = std::remove_if(a.contentParts.begin(), a.contentParts.end(),
                                                [&](const Model::Span &part) { return !part.fitsIn(length); });
            if (outside != a.contentParts.end()) {
                warn(QStringLiteral("article %1: annotation %2: %3 quoted part(s) lie outside the text; left out")
                         .arg(articleId).arg(a.id).arg(a.contentParts.end() - outside));
                a.contentParts.erase(outside, a.contentParts.end());
            }
            kept.append(std::move(a));
        }
        entry.annotations = std::move(kept);
    }
    if (dropped > shownWarnings)
        warnings.append(QStringLiteral("… and %1 more annotations or parts outside their texts, left out").arg(dropped - shownWarnings));
    invalidateIndexes();
}

ReportCounts ReportData::counts() const
{
    ReportCounts c;
    c.articles = articles.size();
    for (const ReportArticle &entry : articles)
        for (const Model::Annotation &a : entry.annotations) {
            ++c.annotations;
            c.suggestions += a.origin == Model::Origin::Suggested;
            switch (a.kind) {
            case Model::AnnotationKind::Quote: ++c.quotes; break;
            case Model::AnnotationKind::Commitment: ++c.commitments; break;
            case Model::AnnotationKind::ActorMention: ++c.mentions; break;
            case Model::AnnotationKind::Category: ++c.categorised; break;
            }
        }
    return c;
}

QString ReportData::describedTitle(const QList<ReportArticle> &articles)
{
    QDate first, last;
    for (const ReportArticle &entry : articles) {
        const QDate d = entry.article.published;
        if (!d.isValid())
            continue;
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    }
    const QLocale c = QLocale::c();
    QString dates;
    if (first.isValid() && first == last)
        dates = c.toString(first, QStringLiteral("d MMM yyyy"));
    else if (first.isValid() && first.year() == last.year() && first.month() == last.month())
        dates = QStringLiteral("%1–%2").arg(first.day()).arg(c.toString(last, QStringLiteral("d MMM yyyy")));
    else if (first.isValid())
        dates = c.toString(first, QStringLiteral("d MMM yyyy")) + QStringLiteral(" – ") + c.toString(last, QStringLiteral("d MMM yyyy"));
    const QString what = translateCounted("Parlance::Export::ReportData", "Who said what in %n article(s)", int(articles.size()));
    return dates.isEmpty() ? what : what + QStringLiteral(", ") + dates;
}

void ReportData::linkQuotes()
{
    linkedQuotes.clear();
    QSet<std::pair<qint64, qint64>> seen;
    for (const ReportComparison &comparison : std::as_const(comparisons)) {
        QList<Analysis::QuoteMatcher::Document> documents;
        for (const qint64 articleId : comparison.articleIds) {
            const ReportArticle *entry = article(articleId);
            Analysis::QuoteMatcher::Document doc;
            if (entry) {
                doc.text = entry->article.text;
                for (const Model::Annotation &a : entry->annotations) {
                    if (a.kind == Model::AnnotationKind::Quote)
                        doc.quotes.append({a.id, a.contentParts.isEmpty() ? QList<Model::Span>{a.span} : a.contentParts, a.actorId});
                }
            }
            documents.append(doc);
        }
        const QList<Analysis::QuoteLink> links = Analysis::QuoteMatcher().match(documents);
        for (const Analysis::QuoteLink &link : links) {
            // A pair shown once even if it is part of several comparisons.
            if (seen.contains({link.quoteA, link.quoteB}))
                continue;
            seen.insert({link.quoteA, link.quoteB});
            linkedQuotes.append({link.quoteA, link.quoteB, link.similarity, link.diff});
        }
    }
}

void ReportData::index() const
{
    if (m_indexed)
        return;
    m_actorIndex.clear();
    m_categoryIndex.clear();
    m_articleIndex.clear();
    m_annotationIndex.clear();
    for (qsizetype i = 0; i < actors.size(); ++i)
        m_actorIndex.insert(actors[i].id, i);
    for (qsizetype i = 0; i < categories.size(); ++i)
        m_categoryIndex.insert(categories[i].id, i);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        m_articleIndex.insert(articles[i].article.id, i);
        const auto &annotations = articles[i].annotations;
        for (qsizetype j = 0; j < annotations.size(); ++j)
            m_annotationIndex.insert(annotations[j].id, {i, j});
    }
    m_indexed = true;
}

const Model::Actor *ReportData::actor(qint64 id) const
{
    index();
    const auto it = m_actorIndex.constFind(id);
    return it == m_actorIndex.cend() ? nullptr : &actors[*it];
}

const Model::CodebookCategory *ReportData::category(qint64 id) const
{
    index();
    const auto it = m_categoryIndex.constFind(id);
    return it == m_categoryIndex.cend() ? nullptr : &categories[*it];
}

const ReportArticle *ReportData::article(qint64 id) const
{
    index();
    const auto it = m_articleIndex.constFind(id);
    return it == m_articleIndex.cend() ? nullptr : &articles[*it];
}

const Model::Annotation *ReportData::annotation(qint64 id) const
{
    index();
    const auto it = m_annotationIndex.constFind(id);
    return it == m_annotationIndex.cend() ? nullptr : &articles[it->first].annotations[it->second];
}

QString ReportData::actorName(qint64 id) const
{
    const Model::Actor *a = id ? actor(id) : nullptr;
    return a ? a->canonicalName : QString();
}

} // namespace Parlance::Export
