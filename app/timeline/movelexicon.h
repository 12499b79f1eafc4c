// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The word lists commitment threads read (resources/lexicons/): the phrases that say a commitment
// was withdrawn, fulfilled or broken (commitment-moves.txt) and the stop words left out when two
// commitments' content words are compared (stop-words.txt). Each file documents its format.

#include "analysis/phrasematcher.h"
#include "commitmentthread.h"

#include <memory>

namespace Parlance::Timeline {

class MoveLexicon final {
public:
    /// A phrase that says what became of a commitment.
    struct StatusCue {
        Move move = Move::Withdrawn; ///< Withdrawn, Fulfilled or Broken
        bool within = false;         ///< also counts inside the commitment's own words
    };

    /// The built-in files from :/parlance/lexicons, then files of the same names in `extraFolders`.
    static std::shared_ptr<const MoveLexicon> load(const QStringList &extraFolders = {}, QStringList *warnings = nullptr);
    /// The built-in lexicon, loaded once and shared.
    static std::shared_ptr<const MoveLexicon> builtIn();
    static QStringList fileNames();
    /// Parses one file's text; `fileName` selects its format. False for a name this lexicon does not read.
    bool addFile(QStringView fileName, QStringView content, QStringList *warnings = nullptr);

    /// Status phrases: matchAt() gives an index for statusCue().
    const Analysis::PhraseMatcher &statusPhrases() const { return m_status; }
    StatusCue statusCue(int index) const { return m_cues.value(index); }
    const Analysis::WordSet &stopWords() const { return m_stopWords; }
    /// The words of both; Vocabulary::keysOf() keys a text's tokens for them.
    const Analysis::Vocabulary &vocabulary() const { return m_vocabulary; }

private:
    Analysis::Vocabulary m_vocabulary;
    Analysis::PhraseMatcher m_status{&m_vocabulary};
    QList<StatusCue> m_cues;
    Analysis::WordSet m_stopWords{&m_vocabulary};
};

} // namespace Parlance::Timeline
