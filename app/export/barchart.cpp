// SPDX-License-Identifier: GPL-2.0-or-later
#include "barchart.h"

#include "pointmetrics.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPaintDevice>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Parlance::Export {

namespace {

// Everything in points.
constexpr double Padding = 4.0;
constexpr double RowHeight = 12.0;
constexpr double BarHeight = 8.5;
constexpr double Gap = 5.0;
constexpr double Swatch = 7.0;
constexpr double MaxLabelShare = 0.42; ///< of the width, for the speakers' names

QFont labelFont() { return reportFont(7.0); }
QFont titleFont() { return reportFont(8.0, true); }

/// Where everything goes, in points from the chart's top left corner.
struct Layout {
    double labelWidth = 0;
    double barsLeft = 0;
    double barsWidth = 0;
    double barsTop = 0;
    QList<QRectF> swatches; ///< legend swatches; their names start right of them
    double height = 0;
    int maximum = 1;
};

Layout layOut(const BarChart &chart)
{
    Layout l;
    const QFontMetricsF labels = pointMetrics(labelFont());
    const QFontMetricsF title = pointMetrics(titleFont());
    for (const BarChart::Bar &bar : chart.bars) {
        l.labelWidth = std::max(l.labelWidth, labels.horizontalAdvance(bar.label));
        l.maximum = std::max(l.maximum, BarChart::total(bar));
    }
    l.labelWidth = std::min(l.labelWidth, BarChart::Width * MaxLabelShare);
    const double valueWidth = labels.horizontalAdvance(QString::number(l.maximum)) + Gap;
    l.barsLeft = Padding + l.labelWidth + Gap;
    l.barsWidth = std::max(10.0, BarChart::Width - l.barsLeft - valueWidth - Padding);
    l.barsTop = Padding + title.height() + Gap;
    double y = l.barsTop + chart.bars.size() * RowHeight;
    if (!chart.series.isEmpty()) {
        // The legend flows in lines under the bars.
        y += Gap;
        double x = Padding;
        for (const QString &name : chart.series) {
            const double w = Swatch + 3 + labels.horizontalAdvance(name) + 2 * Gap;
            if (x > Padding && x + w > BarChart::Width - Padding) {
                x = Padding;
                y += RowHeight;
            }
            l.swatches.append(QRectF(x, y + (RowHeight - Swatch) / 2, Swatch, Swatch));
            x += w;
        }
        y += RowHeight;
    }
    l.height = y + Padding;
    return l;
}

QColor seriesColor(const BarChart &chart, qsizetype series, const BarChart::Bar &bar)
{
    if (chart.series.isEmpty())
        return bar.color.isValid() ? bar.color : QColor(0x88, 0x88, 0x88);
    return chart.seriesColors.value(series, QColor(0x88, 0x88, 0x88));
}

} // namespace

int BarChart::total(const Bar &bar)
{
    int sum = 0;
    for (const int v : bar.values)
        sum += std::max(0, v);
    return sum;
}

QSizeF BarChart::size() const
{
    return {Width, layOut(*this).height};
}

void BarChart::paint(QPainter &painter, QPointF topLeft) const
{
    const Layout l = layOut(*this);
    const QPaintDevice *device = painter.device();
    const double k = device ? device->logicalDpiY() / 72.0 : 1.0;
    const auto at = [&](double x, double y) { return topLeft + QPointF(x * k, y * k); };
    const auto box = [&](const QRectF &r) { return QRectF(at(r.x(), r.y()), r.size() * k); };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QColor ink(0x1d, 0x1d, 0x1f);
    const QColor faint(0xcc, 0xcc, 0xcc);

    const QFont title = titleFont();
    const QFont labels = labelFont();
    const QFontMetricsF titleMetrics = pointMetrics(title);
    const QFontMetricsF labelMetrics = pointMetrics(labels);
    painter.setFont(title);
    painter.setPen(ink);
    painter.drawText(at(Padding, Padding + titleMetrics.ascent()), this->title);

    painter.setFont(labels);
    const double baseline = (RowHeight + labelMetrics.ascent() - labelMetrics.descent()) / 2;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const double top = l.barsTop + i * RowHeight;
        const QString label = labelMetrics.elidedText(bar.label, Qt::ElideRight, l.labelWidth);
        painter.setPen(ink);
        painter.drawText(at(Padding + l.labelWidth - labelMetrics.horizontalAdvance(label), top + baseline), label);
        double x = l.barsLeft;
        painter.setPen(Qt::NoPen);
        for (qsizetype s = 0; s < bar.values.size(); ++s) {
            const double w = l.barsWidth * std::max(0, bar.values[s]) / l.maximum;
            if (w <= 0)
                continue;
            painter.setBrush(seriesColor(*this, s, bar));
            painter.drawRect(box(QRectF(x, top + (RowHeight - BarHeight) / 2, w, BarHeight)));
            x += w;
        }
        painter.setPen(ink);
        painter.drawText(at(x + 2.5, top + baseline), QString::number(total(bar)));
    }
    // The axis the bars start from.
    painter.setPen(QPen(faint, 0.6 * k));
    painter.drawLine(at(l.barsLeft, l.barsTop), at(l.barsLeft, l.barsTop + bars.size() * RowHeight));

    for (qsizetype s = 0; s < l.swatches.size(); ++s) {
        const QRectF swatch = l.swatches[s];
        painter.setPen(Qt::NoPen);
        painter.setBrush(seriesColors.value(s));
        painter.drawRect(box(swatch));
        painter.setPen(ink);
        painter.drawText(at(swatch.right() + 3, swatch.center().y() + (labelMetrics.ascent() - labelMetrics.descent()) / 2),
                         series[s]);
    }
    painter.restore();
}

QByteArray BarChart::toSvg() const
{
    const QSizeF points = size();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(72);
    svg.setSize(QSize(int(std::ceil(points.width())), int(std::ceil(points.height()))));
    svg.setViewBox(QRectF(QPointF(0, 0), points));
    svg.setTitle(title);
    svg.setDescription(description());
    {
        QPainter painter(&svg);
        paint(painter, {0, 0});
    }
    return buffer.data();
}

QByteArray BarChart::toPng(int dotsPerInch) const
{
    const QSizeF points = size();
    const double k = dotsPerInch / 72.0;
    QImage image(int(std::ceil(points.width() * k)), int(std::ceil(points.height() * k)), QImage::Format_ARGB32);
    image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
    image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(painter, {0, 0});
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QString BarChart::description() const
{
    QStringList parts;
    for (const Bar &bar : bars) {
        QString part = bar.label + u' ' + QString::number(total(bar));
        if (!series.isEmpty()) {
            QStringList pieces;
            for (qsizetype s = 0; s < bar.values.size() && s < series.size(); ++s)
                if (bar.values[s] > 0)
                    pieces.append(QStringLiteral("%1 %2").arg(bar.values[s]).arg(series[s]));
            part += QStringLiteral(" (") + pieces.join(QStringLiteral(", ")) + u')';
        }
        parts.append(part);
    }
    return title + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

} // namespace Parlance::Export
