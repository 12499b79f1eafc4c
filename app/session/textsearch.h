// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Find in text: where a search's words stand in an article, and a keyword-in-context list of them
// across the project (the articles come from the full-text index, Project::searchArticleIds).

#include "model/span.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Session {

/// One place a searched word stands, with the words around it.
struct TextHit {
    qint64 articleId = 0;
    Model::Span span;
    QString before; ///< the text before it on its line, at most TextSearch::contextLength characters
    QString match;  ///< the words found, as the article writes them
    QString after;
    friend bool operator==(const TextHit &, const TextHit &) = default;
};

class TextSearch final {
public:
    static constexpr int contextLength = 40;

    /// The words of a search as the index reads them (FTS5 operators and quotation marks left out).
    static QStringList words(const QString &query);
    /// Every whole-word occurrence of the search's words in `text`, ignoring case, in text order.
    static QList<Model::Span> find(QStringView text, const QString &query);
    /// The occurrences in every article the index finds for `query`, article by article, with their
    /// context; at most `limit`.
    static QList<TextHit> inProject(const Storage::Project &project, const QString &query, int limit = 1000);
};

} // namespace Parlance::Session
