// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Finds the same quotation in several articles (by the content words two quotes share) and compares
// its wording word by word, so that a quote trimmed, reworded or spliced by one outlet is flagged.
// Function words, modals and negations (resources/lexicons/stop-words.txt, quote-stop-words.txt)
// never make two quotes one statement, and two quotes of different known speakers are never linked.

#include "model/span.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

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
    double similarity = 0.0; ///< 0..1: shared content words over the shorter quote's content words
    WordDiff diff;
};

/// The words that do not count when two quotes are compared (folded keys, as QuoteWord::key).
class QuoteStopWords final {
public:
    static QStringList fileNames();
    /// The built-in lists, then those of the same names in `extraFolders`.
    static std::shared_ptr<const QuoteStopWords> load(const QStringList &extraFolders = {}, QStringList *warnings = nullptr);
    static std::shared_ptr<const QuoteStopWords> builtIn();

    void add(QStringView content);
    bool contains(const QString &key) const { return m_words.contains(key); }
    qsizetype size() const { return m_words.size(); }

private:
    QSet<QString> m_words;
};

class QuoteMatcher final {
public:
    explicit QuoteMatcher(std::shared_ptr<const QuoteStopWords> stopWords = QuoteStopWords::builtIn());

    struct Quote {
        qint64 id = 0;
        QList<Model::Span> parts; ///< the quoted words (several for a split quote)
        qint64 speaker = 0;       ///< the speaker's actor id; 0 if unknown
    };
    struct Document {
        QString text;
        QList<Quote> quotes;
    };

    /// The words of a quote's parts, in order.
    static QList<QuoteWord> words(QStringView text, const QList<Model::Span> &parts);
    /// The keys of the words that are not stop words.
    QStringList contentWords(const QList<QuoteWord> &words) const;
    /// Shared keys (as a multiset) over the shorter side's count; 0 if either is empty. `shared`
    /// receives the number of shared keys.
    static double similarity(const QStringList &a, const QStringList &b, int *shared = nullptr);
    /// Word-by-word comparison (longest common subsequence of the keys).
    static WordDiff diff(const QList<QuoteWord> &a, const QList<QuoteWord> &b);

    /// Links every quote to its best counterpart in each other document, when both have at least
    /// `minimumWords` words, they share at least `minimumSharedWords` content words (all of the
    /// shorter quote's when it has fewer, but never fewer than two) and at least
    /// `minimumSimilarity` of the shorter quote's content words, and their speakers agree where
    /// both are known.
    QList<QuoteLink> match(const QList<Document> &documents) const;

    double minimumSimilarity = 0.5;
    int minimumWords = 3;
    int minimumSharedWords = 3;

private:
    std::shared_ptr<const QuoteStopWords> m_stopWords;
};

} // namespace Parlance::Analysis
