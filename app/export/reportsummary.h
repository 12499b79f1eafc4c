// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Page one of a report: who said what in each article, who committed to what, and the two charts.
// Plain values built from ReportData (no widgets, no formats), so that the report composer lays
// them out for every format and the review desk can show the same tables in a window
// (Models::SummaryTableModel) and export them.

#include "barchart.h"
#include "reportdata.h"
#include "sourcekind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Export {

/// One cell of a summary table: text with what it is, so each format can style it.
struct SummaryCell {
    enum Style : quint8 {
        Plain,
        Actor,   ///< an actor's name (actorId): in the actor's colour
        Quotes,  ///< quotations, one a line: italic
        Excerpt, ///< a sentence with the annotated words at `emphasis`: those in bold
        Muted,   ///< a remark ("not identified")
    };
    QString text;
    Style style = Plain;
    qint64 actorId = 0;
    Model::Span emphasis; ///< Excerpt: the annotated words, UTF-16 offsets into `text`
    QString detail;       ///< shown after the text, de-emphasised (a role, a condition)
    qint64 annotationId = 0; ///< what a click on the cell shows (a count: the first of its quotes)

    /// The text with its detail in brackets, as a table without styles (CSV, a list view) shows it.
    QString plainText() const;

    friend bool operator==(const SummaryCell &, const SummaryCell &) = default;
};

/// A row, or a group's heading row (one cell across the table: an article, a holder).
struct SummaryRow {
    QList<SummaryCell> cells;
    bool group = false;
    qint64 articleId = 0;         ///< the article the row is about (0: several)
    QList<qint64> annotationIds;  ///< the annotations it shows, for jumping to them

    friend bool operator==(const SummaryRow &, const SummaryRow &) = default;
};

struct SummaryTable {
    QStringList header;
    QList<SummaryRow> rows;

    friend bool operator==(const SummaryTable &, const SummaryTable &) = default;
};

class ReportSummary final {
public:
    /// Quotes longer than this many words are shortened in the middle (the article has them whole).
    static constexpr int MaxQuoteWords = 32;
    /// Quotes listed per speaker and article; the rest are counted.
    static constexpr int MaxQuotesPerSpeaker = 4;
    /// Words of a commitment's sentence kept on either side of the commitment.
    static constexpr int ContextWords = 6;

    explicit ReportSummary(const ReportData &data);

    /// Who said what: per article (a group row "N. title"), one row per speaker with the source's
    /// kind and the quotes. Named sources first, then collective, then unnamed ones.
    SummaryTable speakers() const;
    /// Speakers × articles: one row per speaker (named, then collective, then unnamed sources; the
    /// most quoted first) with the source's kind, then one column per article with the number of
    /// the speaker's quotes in it (the cell's annotationId: the first of them), then the total (the
    /// speaker's and the total's annotationId: the first quote of all).
    /// A speaker is an actor, or for quotes without one the words that name the source.
    SummaryTable speakersByArticle() const;
    /// Who committed to what: per holder (a group row, most commitments first), one row per
    /// commitment with its sentence shortened around it, type, strength in words, addressee and
    /// the article's number.
    SummaryTable commitments() const;
    /// Quotes per speaker over all articles, the most quoted first.
    BarChart quotesPerSpeaker() const;
    /// Commitments by type, each bar split by strength (StrengthWords).
    BarChart commitmentsByTypeAndStrength() const;

    /// "3. Title" as the summary tables name an article.
    static QString articleLabel(int number, const Model::Article &article);

    /// The quote's words (its content parts joined by " … "), at most `maxWords` words: a longer
    /// quote keeps its beginning and end around " … ".
    static QString quoteWords(const QString &articleText, const Model::Annotation &quote, int maxWords = MaxQuoteWords);

    /// The sentence around `span`, at most `contextWords` words on either side (cut ends marked
    /// with …), line breaks as spaces; `emphasis` receives where the span is in the result.
    static QString sentenceAround(const QString &text, Model::Span span, int contextWords, Model::Span *emphasis);

private:
    struct Source {
        qint64 actorId = 0;
        SourceKind kind = SourceKind::Unnamed;
        QString words; ///< the source's words when they, not an actor, name it
    };
    Source sourceOf(const ReportArticle &entry, const Model::Annotation &quote) const;
    SummaryCell speakerCell(const Source &source) const;
    SummaryCell actorCell(qint64 actorId, const QString &fallback) const;

    const ReportData &m_data;
};

} // namespace Parlance::Export
