// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Finds quotations and their speakers: direct quotes (with the attribution after them, before them,
// split by them, or carried over from the previous paragraph), reported speech ("X said (that) …",
// "according to X, …", "…, X said.") and headline attributions ("… – Blinken", "Lavrov: …").

#include "actorfinder.h"
#include "analysisresult.h"
#include "lexicons.h"
#include "quotemarks.h"
#include "textsegmenter.h"

#include <QList>
#include <QStringView>

namespace Parlance::Analysis {

class QuoteFinder final {
public:
    explicit QuoteFinder(const Lexicons &lexicons) : m_lexicons(lexicons) {}

    /// `runOfToken` gives for every token the quoted run that contains it (-1: none).
    QList<FoundQuote> find(QStringView text, const TextSegmentation &segmentation, const QList<QuoteRun> &runs,
                           const QList<int> &runOfToken, const ActorTable &actors) const;

private:
    const Lexicons &m_lexicons;
};

} // namespace Parlance::Analysis
