// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Finds the same quotation in several articles (by word overlap) and compares its wording word by
// word, so that a quote trimmed, reworded or spliced by one outlet is flagged.

#include "model/span.h"

#include <QList>
#include <QString>

namespace Parlance::Analysis {

/// One word of a quote: where it is in the article and its comparison key (case and apostrophes folded).
struct QuoteWord {
    Model::Span span;
    QString key;
};

/// How a word of one side compares with the other side.
enum class WordChange {
    Equal,    ///< the same word in the same place
    Deleted,  ///< only on side A: the other side left it out (a trimmed quote)
    Inserted, ///< only on side B: the other side has no such word
    Changed,  ///< replaced: a run of words on one side stands where different words stand on the other
};

struct WordMark {
    Model::Span span;
    WordChange change = WordChange::Equal;
    friend bool operator==(const WordMark &, const WordMark &) = default;
};

/// The word-level comparison of two quotes. Marks of side A carry Equal, Deleted or Changed; marks of
/// side B carry Equal, Inserted or Changed; both are in text order.
struct WordDiff {
    QList<WordMark> a;
    QList<WordMark> b;
    bool identical() const;
    int differences() const; ///< words not Equal on either side
};

/// A quote of one article linked to a quote of another.
struct QuoteLink {
    int documentA = -1;
    qint64 quoteA = 0;
    int documentB = -1;
    qint64 quoteB = 0;
    double similarity = 0.0; ///< 0..1: shared words over the shorter quote's words
    WordDiff diff;
};

class QuoteMatcher final {
public:
    struct Quote {
        qint64 id = 0;
        QList<Model::Span> parts; ///< the quoted words (several for a split quote)
    };
    struct Document {
        QString text;
        QList<Quote> quotes;
    };

    /// The words of a quote's parts, in order.
    static QList<QuoteWord> words(QStringView text, const QList<Model::Span> &parts);
    /// Shared words (as a multiset) over the shorter side's word count; 0 if either is empty.
    static double similarity(const QList<QuoteWord> &a, const QList<QuoteWord> &b);
    /// Word-by-word comparison (longest common subsequence of the keys).
    static WordDiff diff(const QList<QuoteWord> &a, const QList<QuoteWord> &b);

    /// Links every quote to its best counterpart in each other document, when at least
    /// `minimumSimilarity` of the shorter quote's words (and `minimumWords` words) are shared.
    QList<QuoteLink> match(const QList<Document> &documents) const;

    double minimumSimilarity = 0.5;
    int minimumWords = 3;
};

} // namespace Parlance::Analysis
