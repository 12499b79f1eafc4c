// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// English word stems, so that "monitors" and "monitor", "deployed" and "deploying" meet when two
// commitments are compared. The stemmer is SQLite's: FTS5's built-in "porter" tokenizer (Martin
// Porter's algorithm), reached through the FTS5 C API on a private in-memory database, rather than
// a stemmer of our own.

#include <QHash>
#include <QString>

#include <memory>

namespace Parlance::Timeline {

class WordStemmer final {
public:
    WordStemmer();
    ~WordStemmer();
    WordStemmer(const WordStemmer &) = delete;
    WordStemmer &operator=(const WordStemmer &) = delete;

    /// False when SQLite has no FTS5 porter tokenizer: stem() then returns words case-folded.
    bool isValid() const;
    /// The stem of one word (case-folded first). Not thread-safe: one stemmer per thread.
    QString stem(QStringView word);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parlance::Timeline
