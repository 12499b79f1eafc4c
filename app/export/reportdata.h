// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What an export contains, loaded once from a project and handed to every exporter, so that no
// exporter touches the database (and tests build one by hand).

#include "analysis/quotematcher.h"
#include "error/error.h"
#include "model/actor.h"
#include "model/annotation.h"
#include "model/article.h"
#include "timeline/commitmentthread.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Export {

/// Which articles and which annotations an export takes.
struct ExportOptions {
    QList<qint64> articleIds;        ///< empty: every article of the project, in import order
    bool includeSuggestions = false; ///< false: confirmed only (Manual, Accepted); rejected never
    bool csvByteOrderMark = false;   ///< start CSV with a UTF-8 BOM, for spreadsheet applications
    /// Prefix CSV cells that a spreadsheet would run as a formula (=, +, -, @) with an apostrophe.
    bool csvFormulaGuard = true;
    bool darkTheme = false;          ///< HTML report colours from the dark theme
    QString title;                   ///< the report's title; empty: the project's (ReportData::fromProject)
};

/// How much a report holds, as its first lines and the export dialog say it.
struct ReportCounts {
    qsizetype articles = 0;
    qsizetype annotations = 0;
    qsizetype quotes = 0;
    qsizetype commitments = 0;
    qsizetype mentions = 0;
    qsizetype categorised = 0; ///< passages coded with a codebook category
    qsizetype suggestions = 0; ///< of all these, not reviewed yet
    friend bool operator==(const ReportCounts &, const ReportCounts &) = default;
};

/// One article with the annotations that are exported, in document order.
struct ReportArticle {
    Model::Article article;
    QList<Model::Annotation> annotations;
};

/// Articles that were opened side by side.
struct ReportComparison {
    QString name;
    QList<qint64> articleIds; ///< in column order
};

/// The same quotation in two compared articles, with how its wording differs.
struct LinkedQuote {
    qint64 leftAnnotationId = 0;  ///< a quote of the earlier article of the comparison
    qint64 rightAnnotationId = 0; ///< its counterpart in a later article
    double similarity = 0.0;      ///< 0..1
    Analysis::WordDiff diff;      ///< word marks on both sides (UTF-16 spans of each article's text)
};

struct ReportData {
    /// The project setting that holds the title of the project's reports (what was last typed in
    /// the export dialog).
    static constexpr const char *TitleSetting = "report/title";

    QString title;        ///< the report's heading: typed, the project's, or what it holds (fromProject)
    QDateTime generated;  ///< when the export was made (UTC)
    QString exportedBy;   ///< who made it: the project's coder, else the system's user name
    bool includesSuggestions = false; ///< the annotations include unreviewed suggestions
    QList<ReportArticle> articles;
    QList<Model::Actor> actors;
    QList<Model::CodebookCategory> categories;
    QList<ReportComparison> comparisons;
    QList<LinkedQuote> linkedQuotes;
    /// What was left out because the project's rows did not make sense (an annotation past the
    /// end of its article's text), one line each, for the person exporting.
    QStringList warnings;
    /// Commitments followed from article to article, with each step's move (see reportthreads.h):
    /// the stored threads, and the proposed ones when the suggestions are exported.
    QList<Timeline::CommitmentThread> commitmentThreads;

    /// Loads the articles chosen by `options` with their annotations (confirmed ones, plus the
    /// suggestions if asked; never the rejected ones), the actors, the codebook and the comparison
    /// sets. Returns false with a one-line message naming the project if an article id is unknown.
    static bool fromProject(const Storage::Project &project, const ExportOptions &options, ReportData *data,
                            Error *error);

    /// Fills linkedQuotes from the comparisons: the quotes of each compared pair of articles are
    /// matched by Analysis::QuoteMatcher and their wording compared word by word.
    void linkQuotes();

    /// Treats stored offsets as untrusted: an annotation whose span does not lie within its
    /// article's text is left out, and a part (content, cue, source, condition, time) that does not
    /// is dropped, each with a line in `warnings`. fromProject() calls it; exporters also never
    /// read past a text, but only this says so.
    void dropSpansOutsideTexts();

    /// What the articles hold, by kind.
    ReportCounts counts() const;

    /// A title that says what a report holds, for a project without one: "Who said what in 6
    /// articles, 4–7 Mar 2025" (dates as published, where known).
    static QString describedTitle(const QList<ReportArticle> &articles);

    /// True if an annotation of this origin belongs in an export made with `options`.
    static bool takes(Model::Origin origin, const ExportOptions &options);

    // Look-ups by id (null if unknown). The indexes are built on first use: fill the lists first,
    // or call invalidateIndexes() after changing them.
    const Model::Actor *actor(qint64 id) const;
    const Model::CodebookCategory *category(qint64 id) const;
    const ReportArticle *article(qint64 id) const;
    const Model::Annotation *annotation(qint64 id) const;
    /// The actor's canonical name, or an empty string.
    QString actorName(qint64 id) const;
    void invalidateIndexes() { m_indexed = false; }

private:
    void index() const;
    mutable QHash<qint64, qsizetype> m_actorIndex;
    mutable QHash<qint64, qsizetype> m_categoryIndex;
    mutable QHash<qint64, qsizetype> m_articleIndex;
    mutable QHash<qint64, std::pair<qsizetype, qsizetype>> m_annotationIndex;
    mutable bool m_indexed = false;
};

} // namespace Parlance::Export
