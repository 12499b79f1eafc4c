// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Paragraphs, sentences and word tokens of an article, as UTF-16 spans. Every later analysis step
// (quotes, actors, commitments, boilerplate) walks these instead of re-scanning characters.

#include "model/span.h"

#include <QList>
#include <QStringView>

#include <span>

namespace Parlance::Analysis {

struct Token final {
    enum class Kind : quint8 {
        Word,        ///< letters, with inner apostrophes, hyphens and dots (didn't, Biden-Putin, U.S.)
        Number,      ///< starts with a digit (2022, 3.5, 1,000, 10th)
        QuoteMark,   ///< “ ” " ‘ ’ ' « » „ ‚ ‹ › (an apostrophe inside a word is part of the word)
        Dash,        ///< - – — standing alone
        Punctuation, ///< anything else that is not a space; "..." is one token
    };
    Model::Span span;
    Kind kind = Kind::Punctuation;
    /// A word whose final dot belongs to it (Mr., U.S., Jan., J.): the dot is inside the span.
    bool abbreviation = false;
    /// foldedHash() of the token's text: every Vocabulary finds the token's key from it.
    quint32 foldedHash = 0;

    bool isWord() const { return kind == Kind::Word; }
    QStringView textIn(QStringView text) const { return span.textIn(text); }
};

struct Sentence final {
    Model::Span span;   ///< from the first to the last token, closing quotation marks included
    int firstToken = 0; ///< index into TextSegmentation::tokens
    int endToken = 0;   ///< one past the last token
    int paragraph = 0;  ///< index into TextSegmentation::paragraphs
};

struct Paragraph final {
    Model::Span span;      ///< one line (or block) of text, without surrounding white space
    int firstSentence = 0; ///< index into TextSegmentation::sentences
    int endSentence = 0;   ///< one past the last sentence
};

/// The segmentation of one text. Spans refer to the text that was segmented.
struct TextSegmentation final {
    QList<Paragraph> paragraphs;
    QList<Sentence> sentences;
    QList<Token> tokens;

    std::span<const Token> tokensOf(const Sentence &s) const
    {
        return std::span<const Token>(tokens.constData() + s.firstToken, size_t(s.endToken - s.firstToken));
    }
    std::span<const Sentence> sentencesOf(const Paragraph &p) const
    {
        return std::span<const Sentence>(sentences.constData() + p.firstSentence,
                                         size_t(p.endSentence - p.firstSentence));
    }
    /// Index of the sentence/paragraph/token containing UTF-16 position `pos`, or -1 (binary search).
    int sentenceAt(int pos) const;
    int paragraphAt(int pos) const;
    int tokenAt(int pos) const;
};

/// Splits text into paragraphs, sentences and tokens in one pass over the characters.
///
/// Paragraphs: every non-blank line is a paragraph (article text files hold one paragraph per line;
/// blank lines between them are allowed). Sentences end at . ! ? … (plus any closing quotation marks
/// or brackets right after them) when the next word does not start in lower case; a dot after an
/// abbreviation (Mr., Gen., U.S., Jan., No. 5, initials) ends a sentence only where a sentence
/// clearly starts after it ("… in the U.S. The talks …"). Stateless and reentrant.
class TextSegmenter final {
public:
    TextSegmentation segment(QStringView text) const;

    static bool isQuoteMark(QChar c);
    static bool isOpeningQuoteMark(QChar c);
    static bool isDash(QChar c);
};

} // namespace Parlance::Analysis
