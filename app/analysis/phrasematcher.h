// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Allocation-free word look-ups for the lexicon-driven analysis: every token gets a 64-bit key of its
// case-folded text once, and word sets and multi-word patterns are matched against those keys.

#include "textsegmenter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Parlance::Analysis {

/// The key of a word: FNV-1a over its UTF-16 units, lower-cased, with ’ and ʼ folded to '.
quint64 wordKey(QStringView word);

/// The keys of all tokens of a segmentation (0 for a token that is neither word nor number).
QList<quint64> tokenKeys(QStringView text, const TextSegmentation &seg);

/// A set of words, compared case-insensitively.
class WordSet final {
public:
    WordSet() = default;
    WordSet(std::initializer_list<const char16_t *> words);
    void insert(QStringView word) { m_keys.insert(wordKey(word)); }
    bool contains(quint64 key) const { return m_keys.contains(key); }
    bool contains(QStringView word) const { return m_keys.contains(wordKey(word)); }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    QSet<quint64> m_keys;
};

/// Multi-word patterns matched at a token, longest first. A pattern is words separated by spaces;
/// an element "<name>" matches any word of a class added with addClass(), "<number>" any number
/// token or number word. Punctuation in a pattern is a token of its own ("by the end of , ").
class PhraseMatcher final {
public:
    struct Match {
        int length = 0; ///< in tokens; 0: no match
        int value = -1;
    };

    void addClass(const QString &name, const QStringList &words);
    /// Returns false (and adds nothing) if the pattern names an unknown class.
    bool addPattern(QStringView pattern, int value);
    bool isEmpty() const { return m_patterns.isEmpty(); }

    /// The longest pattern that matches the tokens starting at `index` (not beyond `end`).
    Match matchAt(const TextSegmentation &seg, const QList<quint64> &keys, int index, int end) const;

private:
    struct Element {
        enum Kind : quint8 { Literal, Class, Number } kind = Literal;
        quint64 key = 0; ///< Literal
        int cls = -1;    ///< Class
    };
    struct Pattern {
        QList<Element> elements;
        int value = -1;
    };
    bool elementMatches(const Element &e, const Token &t, quint64 key) const;

    QList<Pattern> m_patterns;
    QHash<QString, int> m_classNames;
    QList<QSet<quint64>> m_classes;
    QHash<quint64, QList<int>> m_byFirstKey; // patterns whose first element can be this word
    QList<int> m_numberFirst;                // patterns that start with <number>
};

} // namespace Parlance::Analysis
