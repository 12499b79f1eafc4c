// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QImage;
class QPainter;

namespace Parlance::Export {

/// A horizontal bar chart of a report (quotes per speaker, commitments by type and strength),
/// drawn once by paint() with QPainter on whatever device a format needs: SVG through
/// QSvgGenerator (HTML inline, beside the Markdown, inside the ODT), the PDF page itself (vector),
/// an image. Qt Charts would need Qt Widgets (QChart is a QGraphicsWidget), which the core library
/// never links; a painter on a generator keeps the output deterministic (same data, same bytes)
/// and the chart testable as a value. Needs a QGuiApplication (fonts).
class BarChart final {
public:
    struct Bar {
        QString label;
        QList<int> values; ///< one per series, stacked left to right; one value if there are no series
        QColor color;      ///< the bar's colour when the chart has no series
        friend bool operator==(const Bar &, const Bar &) = default;
    };

    QString title;
    QStringList series;         ///< names of the stacked parts, for the legend; empty: plain bars
    QList<QColor> seriesColors; ///< one per series
    QList<Bar> bars;            ///< top to bottom

    bool isEmpty() const { return bars.isEmpty(); }
    static int total(const Bar &bar);

    /// The chart's size in points (1/72 inch): a fixed width, the height from the bars and legend.
    QSizeF size() const;
    /// Draws the chart with its top left corner at `topLeft`, in the painter's device units, at
    /// the device's resolution (points are converted with its logical DPI).
    void paint(QPainter &painter, QPointF topLeft) const;
    /// The chart as an SVG document (1 user unit = 1 point).
    QByteArray toSvg() const;
    /// The chart as a PNG at `dotsPerInch`.
    QByteArray toPng(int dotsPerInch) const;
    /// The numbers in words, for alternative text: "Quotes per speaker: Ingrid Halvorsen 5, …".
    QString description() const;

    friend bool operator==(const BarChart &, const BarChart &) = default;

    static constexpr double Width = 250.0; ///< points: two charts side by side on an A4 text line
};

} // namespace Parlance::Export

Q_DECLARE_METATYPE(Parlance::Export::BarChart)
