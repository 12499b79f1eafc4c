// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "analysis/quotematcher.h"
#include "highlight/precision.h"
#include "model/annotation.h"
#include "model/article.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>

namespace Parlance::Highlight {
class ArticleHighlighter;
}

namespace Parlance::Ui {

/// Shows one article's text, read-only, with paragraphs kept, and its annotations highlighted.
/// The view never edits the text (annotations point into it); the document positions are the
/// article's UTF-16 offsets.
///
/// Pointing at (or selecting) a quote or a commitment lights up every annotation of its speaker or
/// holder; a tooltip tells speaker, type, strength and note. Site text is folded away behind a marker.
class ArticleView final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setArticle(const Model::Article &article);
    const Model::Article &article() const { return m_article; }

    /// The annotations to show; actor and category names feed the tooltips.
    void setAnnotations(const QList<Model::Annotation> &annotations, const QHash<qint64, QString> &actorNames,
                        const QHash<qint64, QColor> &categoryColors = {});
    const QList<Model::Annotation> &annotations() const { return m_annotations; }
    std::optional<Model::Annotation> annotation(qint64 id) const;

    /// Word-level differences against a linked quote in another column.
    void setWordMarks(const QList<Analysis::WordMark> &marks);
    /// Lines added to an annotation's tooltip (how a linked quote reads elsewhere), by annotation id.
    void setLinkNotes(const QHash<qint64, QStringList> &notes) { m_linkNotes = notes; }

    /// Site text to fold away; `folded` false shows it, de-emphasised.
    void setBoilerplate(const QList<Model::Span> &spans);
    void setBoilerplateFolded(bool folded);
    bool isBoilerplateFolded() const { return m_folded; }
    /// Blocks currently hidden by folding.
    int hiddenBlockCount() const;

    /// The selected text as an article span (invalid when nothing is selected).
    Model::Span selectedSpan() const;
    /// Selects an annotation: its text is selected and scrolled into view, its actor lit up.
    void selectAnnotation(qint64 id);
    qint64 selectedAnnotationId() const { return m_selectedId; }
    /// Selects a span and scrolls to it (without selecting an annotation).
    void selectSpan(Model::Span span);
    /// What is not drawn: suggestions below a confidence, the word classes (View menu). Hidden
    /// suggestions cannot be clicked or pointed at either.
    void setPrecision(const Highlight::Precision &precision);
    /// Annotations covering a position, narrowest first; rejected and hidden suggestions left out.
    QList<Model::Annotation> annotationsAt(int position) const;
    /// The actor whose annotations are lit up (0: none).
    qint64 emphasizedActor() const { return m_emphasizedActor; }
    /// Extra-selection spans currently lit up (for tests).
    QList<Model::Span> litSpans() const;
    /// Marks the hits of a search (Find in Text); `current` (an index into `hits`, or -1) stands out.
    void setFindHits(const QList<Model::Span> &hits, int current = -1);
    const QList<Model::Span> &findHits() const { return m_findHits; }

    /// The tooltip text for an annotation.
    QString describe(const Model::Annotation &a) const;

    /// Actions offered by the context menu (owned by the caller).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    Highlight::ArticleHighlighter *highlighter() const { return m_highlighter; }
    /// Highlights a newly set article's visible part now rather than at the next paint. Only the
    /// blocks on screen are highlighted, each when it is first shown: a long article opens at once.
    void ensureHighlighted();
    /// Highlights the whole text again (after the syntax definition or the actor names changed).
    void rehighlight();

Q_SIGNALS:
    /// A person clicked an annotation (or moved onto one with the keyboard).
    void annotationActivated(qint64 annotationId);
    /// The view got the focus (the window's annotation keys now act on it).
    void focusedIn();
    /// A person dragged an end of the selected annotation to a new place.
    void resizeRequested(qint64 annotationId, Parlance::Model::Span span);

protected:
    bool event(QEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void leaveEvent(QEvent *e) override;
    void focusInEvent(QFocusEvent *e) override;
    void contextMenuEvent(QContextMenuEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void changeEvent(QEvent *e) override;
    /// Copies the article's own text (a long paragraph is shown as several blocks, see textToShow).
    QMimeData *createMimeDataFromSelection() const override;

private:
    void emphasize(qint64 actorId);
    /// Which end of the selected annotation is under a viewport point: 1 start, 2 end, 0 neither.
    int edgeAt(const QPoint &point) const;
    /// The span the drag in progress would give.
    Model::Span draggedSpan(const QPoint &point) const;
    void updateExtraSelections();
    void applyFolding();
    void highlightVisibleBlocks();
    void highlightAroundVisibleBlocks();
    bool isDark() const;

    Model::Article m_article;
    QList<Model::Annotation> m_annotations;
    QHash<qint64, QString> m_actorNames;
    QHash<qint64, QColor> m_categoryColors;
    QHash<qint64, QStringList> m_linkNotes;
    QList<Model::Span> m_boilerplate;
    bool m_folded = true;
    /// First visible block of each folded run, with the number of paragraphs hidden after it.
    QList<QPair<int, int>> m_foldMarkers;
    qint64 m_selectedId = 0;
    qint64 m_emphasizedActor = 0;
    QList<Model::Span> m_findHits;
    int m_currentFindHit = -1;
    qint64 m_hoverActor = 0;
    int m_dragEdge = 0; ///< the end being dragged (see edgeAt())
    Model::Span m_dragPreview;
    QList<QAction *> m_contextActions;
    Highlight::ArticleHighlighter *m_highlighter = nullptr;
    QTimer m_lookAhead; ///< highlights the screens around the visible one when idle
};

} // namespace Parlance::Ui
