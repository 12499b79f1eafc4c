// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Pairs quotation marks into quoted runs: “…” "…" ‘…’ '…' «…» „…“ ‹…› 「…」, telling apostrophes
// (didn’t, Ukraine’s, ’90s, allies’) from closing marks, keeping nested quotes inside the outer one,
// and joining a quotation that runs over several paragraphs (the convention: no closing mark at the
// end of a paragraph, an opening mark at the start of the next).

#include "model/span.h"
#include "textsegmenter.h"

#include <QList>
#include <QStringView>

namespace Parlance::Analysis {

struct QuoteRun final {
    Model::Span marks;   ///< from the opening mark to after the closing mark (or the paragraph end)
    Model::Span content; ///< between the marks, without surrounding white space
    int paragraph = -1;
    int group = -1;      ///< runs of one quotation over several paragraphs share a group (its first run)
    bool closed = true;  ///< false if the paragraph ended before a closing mark
};

class QuoteMarkScanner final {
public:
    /// The outermost quoted runs of `text`, in text order.
    QList<QuoteRun> scan(QStringView text, const TextSegmentation &segmentation) const;
};

} // namespace Parlance::Analysis
