// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Export {

/// How wide the columns of a paper report's table are (PDF and ODT), from their content, as the
/// automatic table layout of CSS does it: every column gets its minimum — its longest header word
/// (headers never break inside a word) and its longest word up to a quarter of the line (longer
/// ones may break; a column whose longest line is short keeps it whole) — and what is left of
/// the line goes to the columns in proportion to how much
/// more their longest lines would need. Tables always take the full width.
class TableLayout final {
public:
    /// `cellPadding`: points on either side of a cell's text.
    TableLayout(double textWidth, double fontSize, double cellPadding);

    /// The font size for this header: fontSize, or smaller (down to 70 %) when the header's words
    /// would not fit side by side.
    double fontSizeFor(const QStringList &header) const;

    /// Each column's share of the width (summing to 1). `rows`: the cells' text, line breaks kept.
    QList<double> columnShares(const QStringList &header, const QList<QStringList> &rows, double fontSize) const;

private:
    double m_textWidth;
    double m_fontSize;
    double m_padding;
};

} // namespace Parlance::Export
