// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportcomposer.h"

#include "exportutil.h"

#include "analysis/boilerplatedetector.h"
#include "analysis/textsegmenter.h"
#include "highlight/actorcolors.h"
#include "highlight/reporthighlighter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

namespace Parlance::Export {

namespace {

QString tr(const char *text, int n = -1)
{
    return n < 0 ? QCoreApplication::translate("Parlance::Export::ReportComposer", text)
                 : translateCounted("Parlance::Export::ReportComposer", text, n);
}

QString kindLabel(Model::AnnotationKind kind)
{
    switch (kind) {
    case Model::AnnotationKind::Quote: return tr("quote");
    case Model::AnnotationKind::ActorMention: return tr("actor mention");
    case Model::AnnotationKind::Commitment: return tr("commitment");
    case Model::AnnotationKind::Category: return tr("category");
    }
    return {};
}

QString actorTypeLabel(Model::ActorType type)
{
    switch (type) {
    case Model::ActorType::Person: return tr("person");
    case Model::ActorType::State: return tr("state");
    case Model::ActorType::Organisation: return tr("organisation");
    case Model::ActorType::Group: return tr("group");
    case Model::ActorType::Place: return tr("place");
    case Model::ActorType::Other: return tr("other");
    }
    return {};
}

QString articleAnchor(qint64 id)
{
    return QStringLiteral("article-%1").arg(id);
}

/// An address worth printing: not one of Parlance's own (the bundled samples' "parlance:samples/…").
bool isPublicAddress(const QString &url)
{
    for (const QLatin1StringView internal : {QLatin1StringView("parlance:"), QLatin1StringView("parley:"),
                                             QLatin1StringView("qrc:"), QLatin1StringView(":/")})
        if (url.startsWith(internal, Qt::CaseInsensitive))
            return false;
    return !url.trimmed().isEmpty();
}

/// The site text of an article that a report leaves out: the paragraphs the window folds
/// (Analysis::BoilerplateDetector), each with the white space after it, unless an exported
/// annotation touches it (what a person marked is always shown).
QList<Model::Span> siteTextToLeaveOut(const QString &text, const QList<Model::Annotation> &annotations)
{
    const Analysis::TextSegmenter segmenter;
    const QList<Model::Span> found = Analysis::BoilerplateDetector().find(text, segmenter.segment(text));
    QList<Model::Span> spans;
    for (Model::Span s : found) {
        const bool annotated = std::any_of(annotations.cbegin(), annotations.cend(), [&](const Model::Annotation &a) {
            return a.span.start < s.end && s.start < a.span.end;
        });
        if (annotated)
            continue;
        while (s.end < text.size() && text[s.end].isSpace())
            ++s.end;
        spans.append(s);
    }
    return spans;
}

/// `runs` without the text inside `spans` (sorted, not overlapping); runs are cut where needed.
RichText withoutSpans(const RichText &runs, const QList<Model::Span> &spans)
{
    if (spans.isEmpty())
        return runs;
    RichText kept;
    int at = 0;
    qsizetype s = 0;
    for (const ReportRun &run : runs) {
        const int start = at, end = at + int(run.text.size());
        at = end;
        int from = start;
        while (from < end) {
            while (s < spans.size() && spans[s].end <= from)
                ++s;
            if (s == spans.size() || spans[s].start >= end) {
                ReportRun piece = run;
                piece.text = run.text.mid(from - start);
                kept.append(piece);
                break;
            }
            if (spans[s].start > from) {
                ReportRun piece = run;
                piece.text = run.text.mid(from - start, spans[s].start - from);
                kept.append(piece);
            }
            from = std::min(end, spans[s].end);
        }
    }
    return kept;
}

} // namespace

ReportComposer::ReportComposer(const ReportData &data, Highlight::ReportHighlighter &highlighter)
    : m_data(data)
    , m_highlighter(highlighter)
{
    for (const Model::CodebookCategory &c : data.categories)
        m_categoryColors.insert(c.id, c.color);
}

QStringList ReportComposer::sectionTitles()
{
    return {tr("Who said what"), tr("Who committed to what"), tr("Legend"), tr("Actors"), tr("Notes"),
            tr("Linked quotes")};
}

QString ReportComposer::countsLine(const ReportData &data)
{
    const ReportCounts c = data.counts();
    QStringList parts{tr("%n article(s)", int(c.articles)), tr("%n quote(s)", int(c.quotes)),
                      tr("%n commitment(s)", int(c.commitments)), tr("%n actor mention(s)", int(c.mentions))};
    if (c.categorised > 0)
        parts.append(tr("%n coded passage(s)", int(c.categorised)));
    QString line = parts.join(QStringLiteral(" · ")) + QStringLiteral(" — ");
    line += data.includesSuggestions ? tr("confirmed annotations and %n unreviewed suggestion(s).", int(c.suggestions))
                                     : tr("confirmed annotations only.");
    if (data.generated.isValid()) {
        const QString when = QLocale::c().toString(data.generated.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        line += u' '
              + (data.exportedBy.isEmpty() ? tr("Exported on %1 with Parlance %2.").arg(when, QStringLiteral(PARLANCE_VERSION))
                                           : tr("Exported by %1 on %2 with Parlance %3.")
                                                 .arg(data.exportedBy.simplified(), when, QStringLiteral(PARLANCE_VERSION)));
    }
    return line;
}

int ReportComposer::articleNumber(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_data.articles.size(); ++i)
        if (m_data.articles[i].article.id == articleId)
            return int(i + 1);
    return 0;
}

void ReportComposer::compose(ReportSink &sink) const
{
    const QString title = m_data.title.isEmpty() ? tr("Parlance report") : m_data.title;
    sink.begin(title, m_highlighter.textColor(), m_highlighter.backgroundColor());
    sink.heading(1, title);
    summary(sink);
    const ReportSummary summary(m_data);
    whoSaidWhat(sink, summary);
    whoCommitted(sink, summary);
    sink.separator();
    legend(sink);
    for (qsizetype i = 0; i < m_data.articles.size(); ++i)
        article(sink, int(i + 1), m_data.articles[i], m_articleTextLimit < 0 || i < m_articleTextLimit);
    actorIndex(sink);
    notes(sink);
    linkedQuotes(sink);
    sink.end();
}

void ReportComposer::summary(ReportSink &sink) const
{
    sink.paragraph(plainText(countsLine(m_data)), true);
}

void ReportComposer::whoSaidWhat(ReportSink &sink, const ReportSummary &summary) const
{
    sink.heading(2, tr("Who said what"), QStringLiteral("who-said-what"));
    QList<BarChart> charts;
    for (const BarChart &chart : {summary.quotesPerSpeaker(), summary.commitmentsByTypeAndStrength()})
        if (!chart.isEmpty())
            charts.append(chart);
    if (!charts.isEmpty())
        sink.charts(charts);
    if (m_data.counts().quotes == 0) {
        sink.paragraph(plainText(tr("No quotes.")), true);
        return;
    }
    sink.paragraph(plainText(tr("Per article, each speaker with their quotes (shortened; the articles below have them "
                                "whole). Named sources are people by name, collective ones a state, body or group "
                                "speaking as one, unnamed ones anyone not named.")),
                   true);
    summaryTable(sink, summary.speakers());
}

void ReportComposer::whoCommitted(ReportSink &sink, const ReportSummary &summary) const
{
    sink.heading(2, tr("Who committed to what"), QStringLiteral("commitments"));
    if (m_data.counts().commitments == 0) {
        sink.paragraph(plainText(tr("No commitments.")), true);
        return;
    }
    summaryTable(sink, summary.commitments());
}

void ReportComposer::summaryTable(ReportSink &sink, const SummaryTable &table) const
{
    sink.beginTable(table.header);
    for (const SummaryRow &row : table.rows) {
        if (row.group) {
            sink.tableGroupRow(row.cells.isEmpty() ? RichText() : cellText(row.cells.first()));
            continue;
        }
        QList<RichText> cells;
        for (const SummaryCell &cell : row.cells)
            cells.append(cellText(cell));
        sink.tableRow(cells);
    }
    sink.endTable();
}

RichText ReportComposer::cellText(const SummaryCell &cell) const
{
    RichText text;
    switch (cell.style) {
    case SummaryCell::Plain:
        text = plainText(cell.text);
        break;
    case SummaryCell::Actor:
        text = actorText(cell.actorId);
        if (text.isEmpty())
            text = plainText(cell.text);
        break;
    case SummaryCell::Quotes: {
        QTextCharFormat italic;
        italic.setFontItalic(true);
        text = {ReportRun{cell.text, italic, false, 0}};
        break;
    }
    case SummaryCell::Excerpt: {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        const Model::Span e = cell.emphasis.fitsIn(cell.text.size()) ? cell.emphasis : Model::Span{0, 0};
        text = {ReportRun{cell.text.left(e.start), {}, false, 0}, ReportRun{e.textIn(cell.text).toString(), bold, false, 0},
                ReportRun{cell.text.mid(e.end), {}, false, 0}};
        break;
    }
    case SummaryCell::Muted: {
        QTextCharFormat muted;
        muted.setForeground(QColor(0x66, 0x66, 0x66));
        text = {ReportRun{cell.text, muted, false, 0}};
        break;
    }
    }
    if (!cell.detail.isEmpty()) {
        QTextCharFormat muted;
        muted.setForeground(QColor(0x66, 0x66, 0x66));
        text.append({(cell.text.isEmpty() ? QString() : QStringLiteral("\n")) + cell.detail, muted, false, 0});
    }
    return text;
}

void ReportComposer::legend(ReportSink &sink) const
{
    using Mark = Highlight::ReportHighlighter::Mark;
    const auto sample = [&](Mark::Type type, bool confirmed, const QString &text) {
        Mark m;
        m.type = type;
        m.confirmed = confirmed;
        m.color = Highlight::ActorColors::color(0, m_highlighter.isDarkMode());
        m.tint = Highlight::ActorColors::tint(0, m_highlighter.isDarkMode());
        m.span = {0, int(text.size())};
        return RichText{ReportRun{text, Highlight::ArticleHighlighter::overlayFor(m), true, quint16(1u << type)}};
    };
    sink.heading(2, tr("Legend"), QStringLiteral("legend"));
    QList<QList<RichText>> rows{
        {sample(Mark::Quote, true, tr("quoted words")), plainText(tr("Quote, confirmed"))},
        {sample(Mark::Quote, false, tr("quoted words")), plainText(tr("Quote suggested by the analysis, not reviewed"))},
        {sample(Mark::Actor, true, tr("actor")), plainText(tr("Actor mention"))},
        {sample(Mark::Commitment, true, tr("will do")), plainText(tr("Commitment, confirmed"))},
        {sample(Mark::Commitment, false, tr("will do")), plainText(tr("Commitment suggested by the analysis"))},
    };
    for (const Model::CodebookCategory &c : m_data.categories) {
        QTextCharFormat f;
        QColor tint = c.color;
        tint.setAlphaF(m_highlighter.isDarkMode() ? 0.35f : 0.25f);
        f.setBackground(tint);
        f.setFontOverline(true);
        rows.append({RichText{ReportRun{c.name, f, true, quint16(1u << Mark::Category)}},
                     plainText(c.description.isEmpty() ? tr("Codebook category") : tr("Codebook category: %1").arg(c.description))});
    }
    if (!m_data.linkedQuotes.isEmpty()) {
        const QList<Mark> marks = m_highlighter.wordMarks({{{0, 5}, Analysis::WordChange::Changed}});
        rows.append({RichText{ReportRun{tr("words"), Highlight::ArticleHighlighter::overlayFor(marks[0]), true,
                                        quint16(1u << Mark::WordChanged)}},
                     plainText(tr("Wording that differs between linked quotes"))});
    }
    sink.table({tr("Sample"), tr("Meaning")}, rows);
    sink.paragraph(plainText(tr("Quotes, mentions and commitments take the colour of their speaker or holder, "
                                "the same colour in every article (see Actors). Site text (video notices, "
                                "subscription prompts, link lists) is left out.")),
                   true);
}

void ReportComposer::article(ReportSink &sink, int number, const ReportArticle &entry, bool withText) const
{
    const Model::Article &a = entry.article;
    sink.heading(2, ReportSummary::articleLabel(number, a), articleAnchor(a.id));
    QList<std::pair<QString, RichText>> fields;
    if (!a.outlet.isEmpty())
        fields.append({tr("Outlet"), plainText(a.outlet)});
    if (!a.author.isEmpty())
        fields.append({tr("Author"), plainText(a.author)});
    if (a.published.isValid())
        fields.append({tr("Published"), plainText(a.published.toString(Qt::ISODate))});
    if (!a.language.isEmpty())
        fields.append({tr("Language"), plainText(a.language)});
    if (isPublicAddress(a.url))
        fields.append({tr("Address"), plainText(a.url)});
    if (!fields.isEmpty())
        sink.fields(fields);
    if (!withText) {
        sink.paragraph(plainText(tr("The text is not shown in the preview; the export has it.")), true);
        return;
    }

    RichText runs;
    const QList<Highlight::ReportHighlighter::Run> highlighted =
        m_highlighter.highlight(a.text, m_highlighter.marksFor(entry.annotations, m_categoryColors));
    runs.reserve(highlighted.size());
    for (const Highlight::ReportHighlighter::Run &r : highlighted)
        runs.append({r.span.textIn(a.text).toString(), r.format, r.annotated, r.markTypes});
    const QList<Model::Span> siteText = siteTextToLeaveOut(a.text, entry.annotations);
    sink.articleText(withoutSpans(runs, siteText));
    if (!siteText.isEmpty())
        sink.paragraph(plainText(tr("%n paragraph(s) of site text left out.", int(siteText.size()))), true);
}

namespace {

// A table cell shows at most this much of a quote or commitment: a hostile project can hold
// thousands of annotations each a whole article long, and every cell repeating its text would
// make a report of gigabytes (the article itself shows the whole text).
constexpr int longestCell = 1000;

} // namespace

RichText ReportComposer::excerpt(const ReportArticle &entry, Model::Span span, const QList<Analysis::WordMark> &wordMarks) const
{
    const QString &text = entry.article.text;
    if (!span.fitsIn(text.size()))
        return {};
    const bool cut = span.length() > longestCell;
    if (cut)
        span.end = span.start + longestCell - (text[span.start + longestCell - 1].isHighSurrogate() ? 1 : 0);
    const QStringView piece = span.textIn(text);
    QList<Highlight::ReportHighlighter::Mark> marks = m_highlighter.wordMarks(wordMarks);
    for (auto &m : marks)
        m.span = {m.span.start - span.start, m.span.end - span.start};
    // Line breaks inside an excerpt would break table rows apart: shown as spaces.
    RichText runs;
    for (const auto &r : m_highlighter.highlight(piece, marks))
        runs.append({r.span.textIn(piece).toString().replace(u'\n', u' '), r.format, r.annotated, r.markTypes});
    if (cut)
        runs.append({QString(QChar(0x2026)), {}, false, 0});
    return runs;
}

RichText ReportComposer::actorText(qint64 actorId) const
{
    const Model::Actor *actor = actorId ? m_data.actor(actorId) : nullptr;
    if (!actor)
        return {};
    QTextCharFormat f;
    f.setForeground(Highlight::ActorColors::color(actorId, m_highlighter.isDarkMode()));
    f.setFontWeight(QFont::Bold);
    return {ReportRun{actor->canonicalName, f, false, 0}};
}

void ReportComposer::actorIndex(ReportSink &sink) const
{
    sink.heading(2, tr("Actors"), QStringLiteral("actors"));
    struct Counts {
        int quotes = 0, commitments = 0, mentions = 0;
        QSet<qint64> articles;
    };
    QHash<qint64, Counts> counts;
    for (const ReportArticle &entry : m_data.articles)
        for (const Model::Annotation &a : entry.annotations) {
            for (const qint64 id : {a.actorId, a.addresseeId}) {
                if (id)
                    counts[id].articles.insert(entry.article.id);
            }
            if (!a.actorId)
                continue;
            Counts &c = counts[a.actorId];
            if (a.kind == Model::AnnotationKind::Quote)
                ++c.quotes;
            else if (a.kind == Model::AnnotationKind::Commitment)
                ++c.commitments;
            else if (a.kind == Model::AnnotationKind::ActorMention)
                ++c.mentions;
        }
    QList<const Model::Actor *> actors;
    for (const Model::Actor &a : m_data.actors)
        if (counts.contains(a.id))
            actors.append(&a);
    std::sort(actors.begin(), actors.end(), [](const Model::Actor *a, const Model::Actor *b) {
        return a->canonicalName.localeAwareCompare(b->canonicalName) < 0;
    });
    if (actors.isEmpty()) {
        sink.paragraph(plainText(tr("No actors.")), true);
        return;
    }
    sink.beginTable({tr("Actor"), tr("Type"), tr("Role"), tr("Also called"), tr("Quotes"), tr("Commitments"),
                     tr("Mentions"), tr("Articles")});
    for (const Model::Actor *a : std::as_const(actors)) {
        const Counts &c = counts[a->id];
        QTextCharFormat swatch;
        swatch.setBackground(Highlight::ActorColors::tint(a->id, m_highlighter.isDarkMode()));
        RichText name = actorText(a->id);
        name.first().format.merge(swatch);
        QStringList numbers;
        for (const qint64 id : std::as_const(c.articles))
            numbers.append(QString::number(articleNumber(id)));
        std::sort(numbers.begin(), numbers.end(), [](const QString &x, const QString &y) { return x.toInt() < y.toInt(); });
        sink.tableRow({name, plainText(actorTypeLabel(a->type)), plainText(a->role),
                       plainText(a->aliases.join(QStringLiteral("; "))), plainText(QString::number(c.quotes)),
                       plainText(QString::number(c.commitments)), plainText(QString::number(c.mentions)),
                       plainText(numbers.join(QStringLiteral(", ")))});
    }
    sink.endTable();
}

void ReportComposer::notes(ReportSink &sink) const
{
    bool any = false;
    for (const ReportArticle &entry : m_data.articles)
        for (const Model::Annotation &a : entry.annotations) {
            if (a.note.isEmpty())
                continue;
            if (!any) {
                sink.heading(2, tr("Notes"), QStringLiteral("notes"));
                sink.beginTable({tr("Article"), tr("Annotation"), tr("Text"), tr("Note"), tr("Coder")});
            }
            any = true;
            Model::Span emphasis;
            const QString sentence = ReportSummary::sentenceAround(entry.article.text, a.span, ReportSummary::ContextWords, &emphasis);
            sink.tableRow({plainText(QString::number(articleNumber(entry.article.id))), plainText(kindLabel(a.kind)),
                           cellText({sentence, SummaryCell::Excerpt, 0, emphasis, {}}), plainText(a.note),
                           plainText(a.coder)});
        }
    if (any)
        sink.endTable();
}

void ReportComposer::linkedQuotes(ReportSink &sink) const
{
    if (m_data.comparisons.isEmpty())
        return;
    sink.heading(2, tr("Linked quotes"), QStringLiteral("linked"));
    QStringList sets;
    for (const ReportComparison &c : m_data.comparisons)
        sets.append(c.name);
    sink.paragraph(plainText(tr("Articles compared side by side: %1. Words that differ are marked.")
                                 .arg(sets.join(QStringLiteral("; ")))),
                   true);
    QList<QList<RichText>> rows;
    for (const LinkedQuote &link : m_data.linkedQuotes) {
        const Model::Annotation *left = m_data.annotation(link.leftAnnotationId);
        const Model::Annotation *right = m_data.annotation(link.rightAnnotationId);
        const ReportArticle *leftArticle = left ? m_data.article(left->articleId) : nullptr;
        const ReportArticle *rightArticle = right ? m_data.article(right->articleId) : nullptr;
        if (!leftArticle || !rightArticle)
            continue;
        const auto quote = [&](const ReportArticle &entry, const Model::Annotation &q, const QList<Analysis::WordMark> &marks) {
            const QList<Model::Span> parts = q.contentParts.isEmpty() ? QList<Model::Span>{q.span} : q.contentParts;
            RichText text;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                if (i)
                    text.append({QStringLiteral(" … "), {}, false, 0});
                text.append(excerpt(entry, parts[i], marks));
            }
            return text;
        };
        RichText speaker = actorText(left->actorId);
        if (right->actorId != left->actorId && right->actorId) {
            speaker.append({QStringLiteral(" / "), {}, false, 0});
            speaker.append(actorText(right->actorId));
        }
        rows.append({speaker, quote(*leftArticle, *left, link.diff.a), quote(*rightArticle, *right, link.diff.b),
                     plainText(QStringLiteral("%1 / %2").arg(articleNumber(leftArticle->article.id))
                                   .arg(articleNumber(rightArticle->article.id))),
                     plainText(QStringLiteral("%1%").arg(qRound(link.similarity * 100)))});
    }
    if (rows.isEmpty()) {
        sink.paragraph(plainText(tr("No quote appears in more than one of the compared articles.")), true);
        return;
    }
    sink.table({tr("Speaker"), tr("Quote"), tr("Linked quote"), tr("Articles"), tr("Shared words")}, rows);
}

} // namespace Parlance::Export
