// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Reading one file into an article: plain text or Markdown (kept as text), or HTML (read by
// HtmlReader), in UTF-8 or in UTF-16 with a byte order mark. The text is kept as written except for
// two normalisations that no reader can see: a byte order mark is dropped and line ends (CRLF,
// lone CR) become LF. Title and metadata are bounded (Model::Article::limitMetadata()).

#include "error/error.h"
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
    /// How the file's bytes were decoded: UTF-8 (with or without a byte order mark), or UTF-16
    /// with a byte order mark.
    enum class Encoding { Utf8, Utf16LE, Utf16BE };
    static QString encodingName(Encoding encoding);

    /// Reads `path`. On failure returns nothing and sets `error`, naming the file (its message():
    /// "notes.txt: is not valid UTF-8 (at byte 1041)"). `encoding`, if given, receives how the
    /// file was decoded.
    static std::optional<Model::Article> read(const QString &path, Error *error, Encoding *encoding = nullptr);

    /// The same for bytes already in memory; `name` names the file in messages and its suffix
    /// chooses the format (HTML is also recognised by its first tag).
    static std::optional<Model::Article> fromBytes(const QByteArray &bytes, const QString &name, Error *error,
                                                   Encoding *encoding = nullptr);

    static Format formatOf(const QString &name, const QByteArray &bytes);
};

} // namespace Parlance::Import
