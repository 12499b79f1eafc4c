// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportdata.h"
#include "reportsink.h"

namespace Parlance::Highlight {
class ReportHighlighter;
}

namespace Parlance::Export {

/// Lays out the annotated report once for every report format: a heading with what the report
/// holds, the legend, each article (metadata and highlighted text), the quote sheet grouped by
/// speaker, the commitments table, the actor index, the notes and the linked quotes of compared
/// articles.
class ReportComposer final {
public:
    /// `highlighter` carries the syntax definition, the theme and light or dark colours.
    ReportComposer(const ReportData &data, Highlight::ReportHighlighter &highlighter);

    void compose(ReportSink &sink) const;

    /// The sections' headings, in order (for tests and tables of contents).
    static QStringList sectionTitles();

private:
    void summary(ReportSink &sink) const;
    void legend(ReportSink &sink) const;
    void article(ReportSink &sink, const ReportArticle &entry) const;
    void quoteSheet(ReportSink &sink) const;
    void commitments(ReportSink &sink) const;
    void actorIndex(ReportSink &sink) const;
    void notes(ReportSink &sink) const;
    void linkedQuotes(ReportSink &sink) const;

    /// A range of an article's text with its highlighting (a quote, a sentence…).
    RichText excerpt(const ReportArticle &entry, Model::Span span, const QList<Analysis::WordMark> &wordMarks = {}) const;
    RichText actorText(qint64 actorId) const;
    QString quoteText(const ReportArticle &entry, const Model::Annotation &quote) const;

    const ReportData &m_data;
    Highlight::ReportHighlighter &m_highlighter;
    QHash<qint64, QColor> m_categoryColors;
};

} // namespace Parlance::Export
