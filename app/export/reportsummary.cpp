// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportsummary.h"

#include "exportutil.h"
#include "strengthwords.h"

#include "analysis/textsegmenter.h"
#include "highlight/actorcolors.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>

namespace Parlance::Export {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return n < 0 ? QCoreApplication::translate("Parlance::Export::ReportSummary", text, disambiguation)
                 : translateCounted("Parlance::Export::ReportSummary", text, n);
}

/// Runs of white space (line breaks too) as one space.
QString oneLine(QStringView text)
{
    return text.toString().simplified();
}

/// The words of `text` as spans (split at white space).
QList<Model::Span> wordsOf(QStringView text)
{
    QList<Model::Span> words;
    int start = -1;
    for (int i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text[i].isSpace();
        if (space && start >= 0) {
            words.append({start, i});
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return words;
}

/// At most `maxWords` words of `text`: the first two thirds and the last third around " … ".
QString boundedWords(const QString &text, int maxWords)
{
    const QString flat = oneLine(text);
    const QList<Model::Span> words = wordsOf(flat);
    if (words.size() <= maxWords)
        return flat;
    const int head = maxWords * 2 / 3;
    const int tail = maxWords - head;
    return flat.left(words[head - 1].end) + QStringLiteral(" … ") + flat.mid(words[words.size() - tail].start);
}

QColor neutralColor()
{
    return Highlight::ActorColors::neutral(false);
}

/// A sequential blue ramp, darkest for the strongest band.
QList<QColor> strengthColors(qsizetype bands)
{
    QList<QColor> colors;
    for (qsizetype i = 0; i < bands; ++i) {
        const double t = bands > 1 ? double(i) / double(bands - 1) : 0.0;
        colors.append(QColor::fromHslF(0.58f, 0.55f, float(0.28 + 0.5 * t)));
    }
    return colors;
}

} // namespace

ReportSummary::ReportSummary(const ReportData &data)
    : m_data(data)
{
}

QString ReportSummary::articleLabel(int number, const Model::Article &article)
{
    return QStringLiteral("%1. %2").arg(number).arg(oneLine(article.displayTitle()));
}

QString ReportSummary::quoteWords(const QString &articleText, const Model::Annotation &quote, int maxWords)
{
    QStringList parts;
    for (const Model::Span part : quote.contentParts)
        if (part.fitsIn(articleText.size()))
            parts.append(oneLine(part.textIn(articleText)));
    if (parts.isEmpty() && quote.span.fitsIn(articleText.size()))
        parts.append(oneLine(quote.span.textIn(articleText)));
    return boundedWords(parts.join(QStringLiteral(" … ")), maxWords);
}

QString ReportSummary::sentenceAround(const QString &text, Model::Span span, int contextWords, Model::Span *emphasis)
{
    if (!span.fitsIn(text.size()))
        return {};
    const Analysis::TextSegmenter segmenter;
    // Only the neighbourhood is segmented: a sentence is never longer than a paragraph.
    const int from = std::max(0, int(text.lastIndexOf(u'\n', std::max(0, span.start - 1))) + 1);
    int to = int(text.indexOf(u'\n', span.end));
    if (to < 0)
        to = int(text.size());
    const QStringView around = QStringView(text).sliced(from, to - from);
    const Analysis::TextSegmentation segments = segmenter.segment(around);
    Model::Span sentence = span;
    for (const int pos : {span.start - from, std::max(span.start, span.end - 1) - from}) {
        const int s = segments.sentenceAt(pos);
        if (s >= 0)
            sentence = sentence.united({segments.sentences[s].span.start + from, segments.sentences[s].span.end + from});
    }
    QString before = oneLine(QStringView(text).sliced(sentence.start, span.start - sentence.start));
    QString after = oneLine(QStringView(text).sliced(span.end, sentence.end - span.end));
    const QList<Model::Span> beforeWords = wordsOf(before);
    if (beforeWords.size() > contextWords)
        before = QStringLiteral("… ") + before.mid(beforeWords[beforeWords.size() - contextWords].start);
    const QList<Model::Span> afterWords = wordsOf(after);
    if (afterWords.size() > contextWords)
        after = after.left(afterWords[contextWords - 1].end) + QStringLiteral(" …");
    const QString words = boundedWords(span.textIn(text).toString(), MaxQuoteWords);
    // Keep the space that separated the pieces in the text.
    if (!before.isEmpty() && span.start > sentence.start && text[span.start - 1].isSpace())
        before += u' ';
    if (!after.isEmpty() && span.end < sentence.end && text[span.end].isSpace())
        after.prepend(u' ');
    if (emphasis)
        *emphasis = {int(before.size()), int(before.size() + words.size())};
    return before + words + after;
}

ReportSummary::Source ReportSummary::sourceOf(const ReportArticle &entry, const Model::Annotation &quote) const
{
    const Model::Actor *speaker = quote.actorId ? m_data.actor(quote.actorId) : nullptr;
    const QString words = quote.source.fitsIn(entry.article.text.size()) ? oneLine(quote.source.textIn(entry.article.text))
                                                                         : QString();
    Source source;
    source.actorId = speaker ? speaker->id : 0;
    source.kind = classifySource(speaker, words);
    if (source.kind == SourceKind::Unnamed)
        source.words = words;
    return source;
}

SummaryCell ReportSummary::actorCell(qint64 actorId, const QString &fallback) const
{
    const Model::Actor *actor = actorId ? m_data.actor(actorId) : nullptr;
    if (!actor)
        return {fallback, fallback.isEmpty() ? SummaryCell::Plain : SummaryCell::Muted, 0, {}, {}};
    return {actor->canonicalName, SummaryCell::Actor, actor->id, {}, actor->role};
}

QString SummaryCell::plainText() const
{
    return detail.isEmpty() ? text : text.isEmpty() ? detail : text + QStringLiteral(" (") + detail + u')';
}

SummaryCell ReportSummary::speakerCell(const Source &source) const
{
    SummaryCell who = actorCell(source.actorId, source.words.isEmpty() ? tr("not identified") : source.words);
    if (source.actorId && !source.words.isEmpty())
        who.detail = source.words; // "a senior Turkish diplomat", speaking for Turkey
    return who;
}

SummaryTable ReportSummary::speakersByArticle() const
{
    SummaryTable table;
    table.header = {tr("Speaker"), tr("Source")};
    for (qsizetype i = 0; i < m_data.articles.size(); ++i)
        table.header.append(articleLabel(int(i + 1), m_data.articles[i].article));
    table.header.append(tr("Total"));

    struct Speaker {
        Source source;
        QString key; ///< the source's words when no actor names it, case-folded
        QList<QList<const Model::Annotation *>> quotes; ///< per article
        qsizetype total = 0;
    };
    QList<Speaker> speakers;
    for (qsizetype i = 0; i < m_data.articles.size(); ++i) {
        const ReportArticle &entry = m_data.articles[i];
        for (const Model::Annotation &a : entry.annotations) {
            if (a.kind != Model::AnnotationKind::Quote)
                continue;
            const Source source = sourceOf(entry, a);
            const QString key = source.actorId ? QString() : Model::normalizedName(source.words);
            auto it = std::find_if(speakers.begin(), speakers.end(), [&](const Speaker &s) {
                return s.source.actorId == source.actorId && s.source.kind == source.kind && s.key == key;
            });
            if (it == speakers.end()) {
                speakers.append({source, key, QList<QList<const Model::Annotation *>>(m_data.articles.size()), 0});
                it = speakers.end() - 1;
            }
            it->quotes[i].append(&a);
            ++it->total;
        }
    }
    // Named sources first, then collective, then unnamed; within each the most quoted first (stable:
    // equals stay in the order they are first quoted).
    std::stable_sort(speakers.begin(), speakers.end(), [](const Speaker &a, const Speaker &b) {
        if (a.source.kind != b.source.kind)
            return a.source.kind < b.source.kind;
        return a.total > b.total;
    });
    for (const Speaker &s : std::as_const(speakers)) {
        SummaryRow row;
        SummaryCell who = speakerCell(s.source);
        if (s.source.words.isEmpty())
            who.detail.clear(); // a role is for the list of quotes; here the name is enough
        row.cells = {who, {sourceKindLabel(s.source.kind), SummaryCell::Plain, 0, {}, {}}};
        for (const QList<const Model::Annotation *> &quotes : s.quotes) {
            SummaryCell count{QString::number(quotes.size()), quotes.isEmpty() ? SummaryCell::Muted : SummaryCell::Plain,
                              0, {}, {}};
            if (!quotes.isEmpty())
                count.annotationId = quotes.first()->id;
            row.cells.append(count);
            for (const Model::Annotation *q : quotes)
                row.annotationIds.append(q->id);
        }
        row.cells.append({QString::number(s.total), SummaryCell::Plain, 0, {}, {}});
        // The speaker and the total go to the first quote of all.
        row.cells.first().annotationId = row.cells.last().annotationId = row.annotationIds.value(0);
        table.rows.append(row);
    }
    return table;
}

SummaryTable ReportSummary::speakers() const
{
    SummaryTable table;
    table.header = {tr("Speaker"), tr("Source"), tr("Quotes")};
    for (qsizetype i = 0; i < m_data.articles.size(); ++i) {
        const ReportArticle &entry = m_data.articles[i];
        const Model::Article &article = entry.article;
        SummaryRow group;
        group.group = true;
        group.articleId = article.id;
        QStringList about;
        if (!article.outlet.isEmpty())
            about.append(oneLine(article.outlet));
        if (article.published.isValid())
            about.append(QLocale::c().toString(article.published, QStringLiteral("d MMM yyyy")));
        group.cells = {{articleLabel(int(i + 1), article), SummaryCell::Plain, 0, {}, about.join(QStringLiteral(", "))}};
        table.rows.append(group);

        struct Speaker {
            Source source;
            int firstAt = 0;
            QList<const Model::Annotation *> quotes;
        };
        QList<Speaker> speakers;
        for (const Model::Annotation &a : entry.annotations) {
            if (a.kind != Model::AnnotationKind::Quote)
                continue;
            const Source source = sourceOf(entry, a);
            auto it = std::find_if(speakers.begin(), speakers.end(), [&](const Speaker &s) {
                return s.source.actorId == source.actorId && s.source.kind == source.kind
                    && (source.actorId || Model::normalizedName(s.source.words) == Model::normalizedName(source.words));
            });
            if (it == speakers.end()) {
                speakers.append({source, int(speakers.size()), {}});
                it = speakers.end() - 1;
            }
            it->quotes.append(&a);
        }
        std::stable_sort(speakers.begin(), speakers.end(), [](const Speaker &a, const Speaker &b) {
            if (a.source.kind != b.source.kind)
                return a.source.kind < b.source.kind;
            if (a.quotes.size() != b.quotes.size())
                return a.quotes.size() > b.quotes.size();
            return a.firstAt < b.firstAt;
        });
        if (speakers.isEmpty()) {
            SummaryRow none;
            none.articleId = article.id;
            none.cells = {{tr("No quotes"), SummaryCell::Muted, 0, {}, {}}, {}, {}};
            table.rows.append(none);
        }
        for (const Speaker &s : std::as_const(speakers)) {
            SummaryRow row;
            row.articleId = article.id;
            const SummaryCell who = speakerCell(s.source);
            QStringList lines;
            for (const Model::Annotation *q : s.quotes) {
                row.annotationIds.append(q->id);
                if (lines.size() == MaxQuotesPerSpeaker)
                    continue;
                const QString words = quoteWords(article.text, *q);
                lines.append(q->quoteKind == Model::QuoteKind::Direct ? QString(u'“' + words + u'”')
                                                                        : QString(words + u' ' + tr("(reported)")));
            }
            if (s.quotes.size() > MaxQuotesPerSpeaker)
                lines.append(tr("and %n more in the article", nullptr, int(s.quotes.size() - MaxQuotesPerSpeaker)));
            row.cells = {who, {sourceKindLabel(s.source.kind), SummaryCell::Plain, 0, {}, {}},
                         {lines.join(u'\n'), SummaryCell::Quotes, 0, {}, {}}};
            table.rows.append(row);
        }
    }
    return table;
}

SummaryTable ReportSummary::commitments() const
{
    SummaryTable table;
    table.header = {tr("Commitment"), tr("Type"), tr("Strength"), tr("Addressee"), tr("Article")};
    struct Found {
        int articleNumber;
        const ReportArticle *entry;
        const Model::Annotation *annotation;
    };
    std::map<qint64, QList<Found>> byHolder;
    for (qsizetype i = 0; i < m_data.articles.size(); ++i)
        for (const Model::Annotation &a : m_data.articles[i].annotations)
            if (a.kind == Model::AnnotationKind::Commitment)
                byHolder[m_data.actor(a.actorId) ? a.actorId : 0].append({int(i + 1), &m_data.articles[i], &a});
    QList<qint64> holders;
    for (const auto &[holder, found] : byHolder)
        holders.append(holder);
    // The holders with most commitments first; no holder last.
    std::stable_sort(holders.begin(), holders.end(), [&](qint64 a, qint64 b) {
        if ((a == 0) != (b == 0))
            return b == 0;
        if (byHolder[a].size() != byHolder[b].size())
            return byHolder[a].size() > byHolder[b].size();
        return m_data.actorName(a).localeAwareCompare(m_data.actorName(b)) < 0;
    });
    for (const qint64 holder : std::as_const(holders)) {
        SummaryRow group;
        group.group = true;
        group.cells = {actorCell(holder, tr("Holder not identified"))};
        table.rows.append(group);
        for (const Found &f : byHolder[holder]) {
            const Model::Annotation &a = *f.annotation;
            const QString &text = f.entry->article.text;
            SummaryCell sentence;
            sentence.style = SummaryCell::Excerpt;
            sentence.text = sentenceAround(text, a.span, ContextWords, &sentence.emphasis);
            QStringList when;
            for (const Model::Span part : {a.condition, a.time})
                if (!part.isEmpty() && part.fitsIn(text.size()))
                    when.append(oneLine(part.textIn(text)));
            sentence.detail = when.join(QStringLiteral(" · "));
            QString type = Model::commitmentTypeName(a.commitmentType);
            if (a.negated)
                type += QStringLiteral(", ") + tr("negated");
            SummaryRow row;
            row.articleId = f.entry->article.id;
            row.annotationIds = {a.id};
            row.cells = {sentence,
                         {type, SummaryCell::Plain, 0, {}, {}},
                         {StrengthWords::word(a.strength), SummaryCell::Plain, 0, {}, {}},
                         actorCell(a.addresseeId, {}),
                         {QString::number(f.articleNumber), SummaryCell::Plain, 0, {}, {}}};
            row.cells[3].detail.clear(); // the addressee's role is in the actor index
            table.rows.append(row);
        }
    }
    return table;
}

BarChart ReportSummary::quotesPerSpeaker() const
{
    static constexpr int MaxBars = 10;
    BarChart chart;
    chart.title = tr("Quotes per speaker");
    QHash<qint64, int> counts; // actor id (0: not identified) -> quotes
    QList<qint64> order;
    for (const ReportArticle &entry : m_data.articles)
        for (const Model::Annotation &a : entry.annotations)
            if (a.kind == Model::AnnotationKind::Quote) {
                const qint64 id = m_data.actor(a.actorId) ? a.actorId : 0;
                if (!counts.contains(id))
                    order.append(id);
                ++counts[id];
            }
    std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        if ((a == 0) != (b == 0))
            return b == 0;
        return counts[a] > counts[b];
    });
    int others = 0, otherSpeakers = 0;
    for (const qint64 id : std::as_const(order)) {
        if (id && chart.bars.size() >= MaxBars) {
            others += counts[id];
            ++otherSpeakers;
            continue;
        }
        if (id)
            chart.bars.append({m_data.actorName(id), {counts[id]}, Highlight::ActorColors::color(id, false)});
        else
            chart.bars.append({tr("speaker not identified"), {counts[id]}, neutralColor()});
    }
    if (others > 0)
        chart.bars.insert(chart.bars.size() - (counts.contains(0) ? 1 : 0),
                          {tr("%n other speaker(s)", nullptr, int(otherSpeakers)), {others}, neutralColor()});
    return chart;
}

BarChart ReportSummary::commitmentsByTypeAndStrength() const
{
    BarChart chart;
    chart.title = tr("Commitments by type and strength");
    chart.series = StrengthWords::words();
    chart.seriesColors = strengthColors(chart.series.size());
    const qsizetype unset = chart.series.size();
    chart.series.append(tr("not set"));
    chart.seriesColors.append(neutralColor());
    std::map<Model::CommitmentType, QList<int>> counts;
    for (const ReportArticle &entry : m_data.articles)
        for (const Model::Annotation &a : entry.annotations)
            if (a.kind == Model::AnnotationKind::Commitment) {
                QList<int> &values = counts[a.commitmentType];
                values.resize(chart.series.size());
                const int band = StrengthWords::band(a.strength);
                ++values[band < 0 ? unset : band];
            }
    bool anyUnset = false;
    for (const Model::CommitmentType type : Model::allCommitmentTypes()) {
        const auto it = counts.find(type);
        if (it == counts.end())
            continue;
        anyUnset = anyUnset || it->second[unset] > 0;
        chart.bars.append({Model::commitmentTypeName(type), it->second, {}});
    }
    if (!anyUnset) {
        chart.series.removeLast();
        chart.seriesColors.removeLast();
        for (BarChart::Bar &bar : chart.bars)
            bar.values.removeLast();
    }
    return chart;
}

} // namespace Parlance::Export
