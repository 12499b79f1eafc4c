// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The words of a commitment that say what is undertaken ("send ceasefire monitors to the contact
// line" → send, ceasefir, monitor, contact, line): what is left when the words that say how
// strongly, whether and when are taken out — the modal and commissive words of the verb group
// (the modality ladder and commissive cues before the first content word), hedges and boosters,
// negations and time expressions (resources/lexicons/, as CommitmentFinder reads them), stop words
// (stop-words.txt) and the spans the caller leaves out — stemmed, so that "will send monitors" and
// "its offer to send a monitor" share them.

#include "analysis/commitmentlexicon.h"
#include "model/span.h"
#include "movelexicon.h"
#include "wordstemmer.h"

#include <QStringList>

namespace Parlance::Timeline {

class ContentWords final {
public:
    explicit ContentWords(std::shared_ptr<const Analysis::CommitmentLexicon> commitments = Analysis::CommitmentLexicon::builtIn(),
                          std::shared_ptr<const MoveLexicon> moves = MoveLexicon::builtIn());

    /// The stems of the content words of `text`, sorted, each once. Words that overlap a span of
    /// `leaveOut` (offsets into `text`, e.g. the time expression) are not counted.
    QStringList of(QStringView text, const QList<Model::Span> &leaveOut = {});

    /// Words two sorted, unique lists share.
    static int shared(const QStringList &a, const QStringList &b);
    /// Shared words over the shorter list's length (0 if either is empty).
    static double overlap(const QStringList &a, const QStringList &b);

private:
    std::shared_ptr<const Analysis::CommitmentLexicon> m_commitments;
    std::shared_ptr<const MoveLexicon> m_moves;
    WordStemmer m_stemmer;
};

} // namespace Parlance::Timeline
