// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Words as small integers, and sets of them, for the lexicon-driven analysis.
//
// A Vocabulary interns every word a lexicon names (case-folded, with ’ and ʼ read as '); a text's
// tokens are looked up once (Vocabulary::keysOf) and every later test is an integer comparison. A
// key stands for exactly one word — a token outside the vocabulary gets 0 and matches nothing — so
// no two words can ever be confused, unlike sets of hash values.
//
// WordSet is the one set type of the analysis: the closed classes of grammar words and the lists of
// its rules (auxiliaries, subordinators, source nouns, outlets …) are named sets in the lexicon files
// of resources/lexicons/ (words-*.txt, sections "[name]"), extended by `--lexicons` like every list.

#include "textsegmenter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace Parlance::Analysis {

class Vocabulary final {
public:
    Vocabulary() = default;
    Vocabulary(const Vocabulary &) = delete;
    Vocabulary &operator=(const Vocabulary &) = delete;

    /// The key of `word` (folded), or 0 if the vocabulary does not hold it.
    int key(QStringView word) const;
    /// The same, for a word whose foldedHash() is known (a token's: Token::foldedHash).
    int key(QStringView word, quint32 hash) const { return find(word, hash); }
    /// The key of `word`, adding it if it is new.
    int intern(QStringView word);
    int size() const { return m_count; }
    /// The keys of all tokens of a segmentation (0 for a token outside the vocabulary).
    QList<int> keysOf(QStringView text, const TextSegmentation &seg) const;

    /// Lower case, typographic apostrophes as ' (foldUnit of foldedword.h).
    static QString fold(QStringView word);

private:
    // An open-addressing table of (hash, key, where the word is): looking a token up folds and
    // hashes it in one pass and compares the words themselves on a hash and length match, with no
    // allocation. The words lie end to end in one array: the analysis looks up every token of a text
    // several times, and a comparison reads memory next to the slot's instead of one string per word.
    struct Slot {
        quint32 hash = 0;
        int key = 0;    // 0: empty
        int offset = 0; // of the folded word in m_chars
        int length = 0;
    };
    int find(QStringView word, quint32 hash) const;
    void grow();

    int m_count = 0;           // words; the last one's key
    QList<char16_t> m_chars;   // the folded words, end to end
    QList<Slot> m_slots;       // a power of two long, at most half full
};

/// A set of words of one Vocabulary, compared case-insensitively.
class WordSet final {
public:
    WordSet() = default;
    explicit WordSet(const Vocabulary *vocabulary) : m_vocabulary(vocabulary) {}

    bool contains(int key) const { return key > 0 && key < int(m_bits.size()) && m_bits[key]; }
    bool contains(QStringView word) const { return m_vocabulary && contains(m_vocabulary->key(word)); }
    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }

    void insert(int key);

private:
    const Vocabulary *m_vocabulary = nullptr;
    QList<bool> m_bits; // by key
    int m_count = 0;
};

/// Named word sets read from lexicon files with sections:
///
///     # a comment
///     [auxiliaries]
///     has have had is are was were
///
/// Words are separated by white space; a file may hold any number of sections, and a section named
/// again (in the same file or in a file from `--lexicons`) adds to the set.
class WordSets final {
public:
    explicit WordSets(Vocabulary *vocabulary) : m_vocabulary(vocabulary) {}
    WordSets(const WordSets &) = delete;
    WordSets &operator=(const WordSets &) = delete;

    void addFile(QStringView fileName, QStringView content, QStringList *warnings);
    /// The set of that name; an empty set (and a warning in the log) if no file defines it.
    const WordSet &set(QStringView name) const;
    /// The set of that name, made empty if there is none yet; it stays at its address while files
    /// add to it.
    WordSet &declare(QStringView name);
    bool has(QStringView name) const { return m_index.contains(name.toString()); }
    QStringList names() const { return m_index.keys(); }

private:
    Vocabulary *m_vocabulary;
    QHash<QString, int> m_index;
    std::vector<std::unique_ptr<WordSet>> m_sets; // owned one by one: references stay valid
    WordSet m_empty;
};

} // namespace Parlance::Analysis
