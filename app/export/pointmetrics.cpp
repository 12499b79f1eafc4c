// SPDX-License-Identifier: GPL-2.0-or-later
#include "pointmetrics.h"

#include <QImage>

namespace Parlance::Export {

QFontMetricsF pointMetrics(const QFont &font)
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        return image;
    }();
    return QFontMetricsF(font, &device);
}

QFont reportFont(double pointSize, bool bold)
{
    QFont font(QStringLiteral("Noto Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace Parlance::Export
