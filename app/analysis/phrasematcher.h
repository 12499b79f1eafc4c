// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Multi-word patterns of the lexicon-driven analysis, matched against the vocabulary keys of a
// text's tokens (Vocabulary::keysOf): each pattern word is a key of the same vocabulary, so a match
// compares integers and never confuses two words.

#include "textsegmenter.h"
#include "wordset.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Parlance::Analysis {

/// Multi-word patterns matched at a token, longest first. A pattern is words separated by spaces;
/// an element "<name>" matches any word of a class added with addClass(), "<number>" any number
/// token or a word of the number-word set. Punctuation in a pattern is a token of its own ("by the
/// end of , "). The vocabulary must outlive the matcher; patterns intern their words in it.
class PhraseMatcher final {
public:
    explicit PhraseMatcher(Vocabulary *vocabulary, const WordSet *numberWords = nullptr)
        : m_vocabulary(vocabulary), m_numberWords(numberWords)
    {
    }

    struct Match {
        int length = 0; ///< in tokens; 0: no match
        int value = -1;
    };

    void addClass(const QString &name, const QStringList &words);
    /// Returns false (and adds nothing) if the pattern names an unknown class.
    bool addPattern(QStringView pattern, int value);
    bool isEmpty() const { return m_patterns.isEmpty(); }

    /// The longest pattern that matches the tokens starting at `index` (not beyond `end`).
    Match matchAt(const TextSegmentation &seg, const QList<int> &keys, int index, int end) const;

private:
    struct Element {
        enum Kind : quint8 { Literal, Class, Number } kind = Literal;
        int key = 0;     ///< Literal
        int cls = -1;    ///< Class
    };
    struct Pattern {
        QList<Element> elements;
        int value = -1;
    };
    bool elementMatches(const Element &e, const Token &t, int key) const;
    bool isNumber(const Token &t, int key) const
    {
        return t.kind == Token::Kind::Number || (m_numberWords && m_numberWords->contains(key));
    }

    Vocabulary *m_vocabulary;
    const WordSet *m_numberWords;
    QList<Pattern> m_patterns;
    QHash<QString, int> m_classNames;
    QList<QSet<int>> m_classes;
    QList<QList<int>> m_byFirstKey;          // by vocabulary key: the patterns whose first element can be it
    QList<int> m_numberFirst;                // patterns that start with <number>
};

} // namespace Parlance::Analysis
