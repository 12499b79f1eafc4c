// SPDX-License-Identifier: GPL-2.0-or-later
#include "legendview.h"

#include "highlight/syntaxrepository.h"

#include <QEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace Parlance::Ui {

LegendView::LegendView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("LegendView"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Legend"));
    rebuild();
}

void LegendView::setPrecision(const Highlight::Precision &precision)
{
    if (precision == m_precision)
        return;
    m_precision = precision;
    rebuild();
}

void LegendView::changeEvent(QEvent *e)
{
    QTextBrowser::changeEvent(e);
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::FontChange)
        rebuild();
}

void LegendView::rebuild()
{
    const Highlight::SyntaxRepository &syntax = Highlight::SyntaxRepository::instance();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_styles = Highlight::StyleCatalogue::styles(syntax.definition(), syntax.themeForPalette(palette()), dark, m_precision);

    QTextDocument *doc = document();
    doc->clear();
    doc->setDefaultFont(font());
    QTextCursor cursor(doc);
    QTextCharFormat plain;
    plain.setForeground(palette().color(QPalette::Text));
    QTextCharFormat heading = plain;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat note = plain;
    note.setForeground(palette().color(QPalette::PlaceholderText));
    QTextBlockFormat row;
    row.setBottomMargin(3);
    QTextBlockFormat headingRow;
    headingRow.setTopMargin(3);
    headingRow.setBottomMargin(3);

    // Each group one paragraph of entries side by side, so that the legend fits a small dock.
    bool first = true;
    auto block = [&](const QTextBlockFormat &format) {
        if (!first)
            cursor.insertBlock(format);
        else
            cursor.setBlockFormat(format);
        first = false;
    };
    std::optional<Highlight::Style::Group> group;
    for (const Highlight::Style &style : std::as_const(m_styles)) {
        if (group != style.group) {
            group = style.group;
            block(headingRow);
            switch (style.group) {
            case Highlight::Style::Group::Annotation:
                cursor.insertText(tr("Annotations"), heading);
                cursor.insertText(tr(" \u2014 in their actor\u2019s colour"), note);
                break;
            case Highlight::Style::Group::Text: cursor.insertText(tr("The text"), heading); break;
            case Highlight::Style::Group::WordClass: cursor.insertText(tr("Word classes"), heading); break;
            }
            block(row);
        } else {
            cursor.insertText(QStringLiteral("\u2003"), plain);
        }
        // The label in the style itself: it looks as the text does (merged over the plain text).
        QTextCharFormat f = plain;
        f.merge(style.format);
        cursor.insertText(QString(style.label).replace(u' ', QChar::Nbsp), f);
    }
    if (m_precision.minConfidence > 0) {
        block(headingRow);
        cursor.insertText(tr("Suggestions below %1 % confidence are not drawn (View > Hide Suggestions Below).")
                              .arg(std::lround(m_precision.minConfidence * 100)),
                          note);
    }
    if (!m_precision.wordClasses) {
        block(headingRow);
        cursor.insertText(tr("Word classes are not drawn (View > Show Word Classes)."), note);
    }
    // The view's own cursor was pushed along by the insertions: back to the top.
    setTextCursor(QTextCursor(doc));
}

} // namespace Parlance::Ui
