// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "span.h"

#include <QString>

namespace Parlance::Model {

/// The W3C TextQuoteSelector idea: a span remembered by its exact text and a little context on
/// each side, so that it can be verified against a text and found again if offsets drift.
struct TextAnchor final {
    QString exact;
    QString prefix;
    QString suffix;

    static constexpr int contextLength = 32;

    /// The anchor of `span` in `text` (empty if the span does not fit the text).
    static TextAnchor capture(QStringView text, Span span);

    /// True if `text` holds exactly this anchor's text at `span`.
    bool matches(QStringView text, Span span) const;

    /// Where the anchor is in `text`: `hint` if it still matches there, else the occurrence of
    /// `exact` with the most context in common (ties: nearest to the hint); invalid if absent.
    Span locate(QStringView text, Span hint) const;

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

} // namespace Parlance::Model
