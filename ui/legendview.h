// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "highlight/precision.h"
#include "highlight/stylecatalogue.h"

#include <QTextBrowser>

#include <optional>

namespace Parlance::Ui {

/// The legend (View > Legend, F9): every style an article view draws, each named in its own style,
/// from Highlight::StyleCatalogue (the highlighter's own formats), so it cannot drift from the text.
/// It follows the palette (light or dark theme) and the View menu's precision switches.
class LegendView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit LegendView(QWidget *parent = nullptr);

    void setPrecision(const Highlight::Precision &precision);
    /// The styles listed, in order.
    const QList<Highlight::Style> &styles() const { return m_styles; }

protected:
    void changeEvent(QEvent *e) override;

private:
    void rebuild();

    Highlight::Precision m_precision;
    QList<Highlight::Style> m_styles;
};

} // namespace Parlance::Ui
