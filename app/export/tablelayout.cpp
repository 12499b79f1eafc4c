// SPDX-License-Identifier: GPL-2.0-or-later
#include "tablelayout.h"

#include "pointmetrics.h"

#include <algorithm>
#include <numeric>

namespace Parlance::Export {

namespace {

/// Metrics differ a little between devices (hinting, rounding): a margin so that words still fit.
constexpr double Slack = 1.04;
/// A column at most this share of the line wide, on one line, is never wrapped (if all fit).
constexpr double ShortColumn = 0.18;

double longestWord(const QFontMetricsF &metrics, const QString &text)
{
    double longest = 0;
    for (const QStringView line : QStringView(text).tokenize(u'\n'))
        for (const QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts))
            longest = std::max(longest, metrics.horizontalAdvance(word.toString()));
    return longest * Slack;
}

double longestLine(const QFontMetricsF &metrics, const QString &text)
{
    double longest = 0;
    for (const QStringView line : QStringView(text).tokenize(u'\n'))
        longest = std::max(longest, metrics.horizontalAdvance(line.toString()));
    return longest * Slack;
}

} // namespace

TableLayout::TableLayout(double textWidth, double fontSize, double cellPadding)
    : m_textWidth(textWidth)
    , m_fontSize(fontSize)
    , m_padding(cellPadding)
{
}

double TableLayout::fontSizeFor(const QStringList &header) const
{
    const QFontMetricsF bold = pointMetrics(reportFont(m_fontSize, true));
    double sum = 0;
    for (const QString &h : header)
        sum += longestWord(bold, h) + 2 * m_padding + 2;
    return sum > m_textWidth ? m_fontSize * std::max(0.7, m_textWidth / sum) : m_fontSize;
}

QList<double> TableLayout::columnShares(const QStringList &header, const QList<QStringList> &rows, double fontSize) const
{
    const qsizetype columns = header.size();
    if (columns == 0)
        return {};
    const QFontMetricsF bold = pointMetrics(reportFont(fontSize, true));
    const QFontMetricsF plain = pointMetrics(reportFont(fontSize));
    const double extra = 2 * m_padding + 2;
    const double wordLimit = m_textWidth / 4;
    QList<double> minimum(columns), maximum(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        minimum[c] = longestWord(bold, header[c]) + extra;
        maximum[c] = longestLine(bold, header[c]) + extra;
    }
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < columns && c < row.size(); ++c) {
            minimum[c] = std::max(minimum[c], std::min(wordLimit, longestWord(plain, row[c]) + extra));
            maximum[c] = std::max(maximum[c], longestLine(plain, row[c]) + extra);
        }
    // Short cells ("fairly strong", a name) are not wrapped at all when the line has room: a
    // column whose longest line is narrow gets that line as its minimum.
    QList<double> unwrapped = minimum;
    for (qsizetype c = 0; c < columns; ++c)
        if (maximum[c] <= m_textWidth * ShortColumn)
            unwrapped[c] = maximum[c];
    if (std::accumulate(unwrapped.cbegin(), unwrapped.cend(), 0.0) < m_textWidth)
        minimum = unwrapped;
    const double minimumSum = std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
    const double maximumSum = std::accumulate(maximum.cbegin(), maximum.cend(), 0.0);
    QList<double> widths(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        if (maximumSum <= m_textWidth) // every cell fits on one line: the rest shared alike
            widths[c] = maximum[c] * m_textWidth / maximumSum;
        else if (minimumSum >= m_textWidth)
            widths[c] = minimum[c];
        else
            widths[c] = minimum[c] + (m_textWidth - minimumSum) * (maximum[c] - minimum[c]) / (maximumSum - minimumSum);
    }
    const double sum = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    for (double &w : widths)
        w /= sum;
    return widths;
}

} // namespace Parlance::Export
