// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "analysis/quotematcher.h"
#include "highlight/precision.h"
#include "model/annotation.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTextBlock>

#include <vector>

namespace Parlance::Highlight {

/// Highlights an article: the lexical layer from the syntax definition first, then the annotations
/// on top, merged run by run with what is already there so lexical colours survive.
///
/// Each kind has its own cue that is not colour, so overlapping annotations stay visible together:
/// quotes are italic, actor mentions bold, commitments underlined, codebook categories overlined.
/// Confirmed annotations (manual or accepted) get a solid background; suggestions get no background
/// and a dotted (quotes, actors) or wavy (commitments) underline. Rejected suggestions are not shown.
/// Colours follow the actor (speaker, holder) through ActorColors, so one actor has one colour
/// in every view.
class ArticleHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter {
    Q_OBJECT
public:
    /// One overlay range.
    struct Mark {
        enum Type : quint8 { Quote, Actor, Commitment, Category, Boilerplate, WordEqual, WordOnlyHere, WordChanged };
        Model::Span span;
        Type type = Quote;
        bool confirmed = false;
        QColor color; ///< lines and text marks
        QColor tint;  ///< background
        friend bool operator==(const Mark &, const Mark &) = default;
    };

    explicit ArticleHighlighter(QTextDocument *document);

    /// Colours for a dark base (light text) rather than a light one.
    void setDarkMode(bool dark);
    bool isDarkMode() const { return m_dark; }

    /// The annotations to overlay; categories take their colour from `categoryColors`.
    void setAnnotations(const QList<Model::Annotation> &annotations, const QHash<qint64, QColor> &categoryColors = {});
    /// What is left out: suggestions below a confidence, the word classes (View menu).
    void setPrecision(const Precision &precision);
    const Precision &precision() const { return m_precision; }
    /// The project's actor names changed (SyntaxRepository::setActorNames): draws them anew.
    void actorNamesChanged();
    /// Word-by-word differences against a linked quote in another article.

    void setWordMarks(const QList<Analysis::WordMark> &marks);
    /// Site text (navigation, share buttons, newsletter boxes), drawn de-emphasised.
    void setBoilerplate(const QList<Model::Span> &spans);

    /// The marks a block carries (for tests and tooltips).
    QList<Mark> marksInBlock(int blockNumber) const;

    /// Highlights only the blocks asked for with highlightBlocks() (those on screen) instead of the
    /// whole document, so that a long article paints at once. A block stays highlighted once shown,
    /// and is kept up to date when the overlays or the theme change.
    void setOnDemand(bool onDemand) { m_onDemand = onDemand; }
    /// Highlights the blocks numbered first..last that are not highlighted yet (on demand only).
    void highlightBlocks(int first, int last);
    /// The same for one block of the document.
    void highlightShownBlock(const QTextBlock &block);
    /// Whether the block is highlighted: always, unless on demand and not yet shown.
    bool isBlockHighlighted(int blockNumber) const;

    /// Stops highlighting while the document is being filled (a new article), so that the text is
    /// highlighted once, with its overlays, by attach() instead of twice.
    void detach();
    /// Highlights the document again (all of it, once), with the current overlays.
    void attach();
    bool isAttached() const { return document() != nullptr; }

    /// The overlay formats, exposed for the legend (StyleCatalogue) and tests.
    static QTextCharFormat overlayFor(const Mark &mark);

    /// The marks of annotations (rejected ones left out) and of word differences, in the colours
    /// of a light or dark base. Shared with ReportHighlighter, so that a report looks like the view.
    static QList<Mark> annotationMarks(const QList<Model::Annotation> &annotations,
                                       const QHash<qint64, QColor> &categoryColors, bool dark);
    static QList<Mark> wordMarks(const QList<Analysis::WordMark> &marks, bool dark);

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region) override;

private:
    void rebuild();
    /// The project's actor names (SyntaxRepository::actorNames) in the lexical "Actor" format.
    void applyActorNames(const QString &text);

    QPointer<QTextDocument> m_target; ///< the document highlighted, also while detached
    bool m_dark = false;
    Precision m_precision;
    QList<Model::Annotation> m_annotations;
    QHash<qint64, QColor> m_categoryColors;
    QList<Analysis::WordMark> m_wordMarks;
    QList<Model::Span> m_boilerplate;
    /// Where the lexical layer changed format in the block being highlighted: the overlay is merged
    /// once per piece between these and the marks' ends, not once per character.
    QList<int> m_lexicalCuts;
    bool m_onDemand = false;
    /// On demand: per block number, whether the block has been asked for (and so is highlighted).
    std::vector<char> m_wanted;
    /// Per block number, the marks overlapping it.
    QList<QList<Mark>> m_blockMarks;
};

} // namespace Parlance::Highlight
