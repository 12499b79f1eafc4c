// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Flags site furniture in article text — "This video is no longer available", subscription and
// newsletter prompts, share buttons, cookie notices, copyright lines, "Read more" and tag lists
// after the last paragraph — so that the view can fold it. Nothing is ever removed from the text.

#include "phrasematcher.h"
#include "textsegmenter.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace Parlance::Analysis {

/// The patterns of resources/lexicons/boilerplate.txt (the file documents its format).
class BoilerplatePatterns final {
public:
    enum Kind { Line = 0, Tail = 1, Contains = 2 };

    /// The built-in file, then files named boilerplate.txt in `extraFolders`.
    static std::shared_ptr<const BoilerplatePatterns> load(const QStringList &extraFolders = {},
                                                           QStringList *warnings = nullptr);
    static std::shared_ptr<const BoilerplatePatterns> builtIn();

    BoilerplatePatterns() = default;
    BoilerplatePatterns(const BoilerplatePatterns &) = delete;
    BoilerplatePatterns &operator=(const BoilerplatePatterns &) = delete;

    void addFile(QStringView content, QStringList *warnings = nullptr);

    const Vocabulary &vocabulary() const { return m_vocabulary; }
    const PhraseMatcher &starts() const { return m_starts; }     ///< line and tail patterns
    const PhraseMatcher &contains() const { return m_contains; } ///< contains patterns

private:
    Vocabulary m_vocabulary;
    PhraseMatcher m_starts{&m_vocabulary};
    PhraseMatcher m_contains{&m_vocabulary};
};

class BoilerplateDetector final {
public:
    explicit BoilerplateDetector(std::shared_ptr<const BoilerplatePatterns> patterns = BoilerplatePatterns::builtIn());

    /// The paragraphs of `text` that are boilerplate, as their spans, in text order.
    QList<Model::Span> find(QStringView text, const TextSegmentation &segmentation) const;

    static constexpr int kMaxLineWords = 25;
    static constexpr int kMaxTailWords = 15;
    static constexpr int kMaxContainsWords = 20;
    static constexpr int kMinBodyWords = 8;

private:
    std::shared_ptr<const BoilerplatePatterns> m_patterns;
};

} // namespace Parlance::Analysis
