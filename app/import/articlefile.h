// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Reading one file into an article: UTF-8 plain text or Markdown (kept as text), or HTML (tags
// stripped). The text is kept as written except for two normalisations that no reader can see:
// a UTF-8 byte order mark is dropped and line ends (CRLF, lone CR) become LF.

#include "model/article.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Parlance::Import {

class ArticleFile final {
public:
    /// Larger files are refused: no news article comes near, and a mistaken file stays cheap.
    static constexpr qint64 maxSize = 20 * 1024 * 1024;

    enum class Format { Text, Markdown, Html };

    /// Reads `path`. On failure returns nothing and sets `error` to one line naming the file
    /// ("notes.txt: is not valid UTF-8 (at byte 1041)").
    static std::optional<Model::Article> read(const QString &path, QString *error);

    /// The same for bytes already in memory; `name` names the file in messages and its suffix
    /// chooses the format (HTML is also recognised by its first tag).
    static std::optional<Model::Article> fromBytes(const QByteArray &bytes, const QString &name, QString *error);

    static Format formatOf(const QString &name, const QByteArray &bytes);
};

} // namespace Parlance::Import
