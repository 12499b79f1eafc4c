// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportdata.h"
#include "reportsink.h"
#include "reportsummary.h"

namespace Parlance::Highlight {
class ReportHighlighter;
}

namespace Parlance::Export {

/// Lays out the annotated report once for every report format. Page one answers an editor's
/// first questions: what the report holds and who made it, who said what in each article (with
/// the charts) and who committed to what. Then the legend and the articles (metadata and the
/// highlighted text, without the site text the window folds), then the actor index, the notes
/// and the linked quotes of compared articles.
class ReportComposer final {
public:
    /// `highlighter` carries the syntax definition, the theme and light or dark colours.
    ReportComposer(const ReportData &data, Highlight::ReportHighlighter &highlighter);

    /// Lays out the text of the first `limit` articles only (a preview); page one and the other
    /// sections still cover them all. Negative: all (the default).
    void setArticleTextLimit(int limit) { m_articleTextLimit = limit; }

    void compose(ReportSink &sink) const;

    /// The sections' headings after the title, in order (for tests and tables of contents).
    static QStringList sectionTitles();
    /// The report's first line: what it holds, which annotations, who exported it and when.
    static QString countsLine(const ReportData &data);

private:
    void summary(ReportSink &sink) const;
    void whoSaidWhat(ReportSink &sink, const ReportSummary &summary) const;
    void whoCommitted(ReportSink &sink, const ReportSummary &summary) const;
    void legend(ReportSink &sink) const;
    void article(ReportSink &sink, int number, const ReportArticle &entry, bool withText) const;
    void actorIndex(ReportSink &sink) const;
    void notes(ReportSink &sink) const;
    void linkedQuotes(ReportSink &sink) const;

    void summaryTable(ReportSink &sink, const SummaryTable &table) const;
    RichText cellText(const SummaryCell &cell) const;
    /// A range of an article's text with its highlighting (a quote, a sentence…).
    RichText excerpt(const ReportArticle &entry, Model::Span span, const QList<Analysis::WordMark> &wordMarks = {}) const;
    RichText actorText(qint64 actorId) const;
    int articleNumber(qint64 articleId) const;

    const ReportData &m_data;
    Highlight::ReportHighlighter &m_highlighter;
    QHash<qint64, QColor> m_categoryColors;
    int m_articleTextLimit = -1;
};

} // namespace Parlance::Export
