// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "error/error.h"
#include "model/actor.h"
#include "model/annotation.h"
#include "model/article.h"

#include <QList>
#include <QString>

#include <optional>

namespace Parlance::Import {

/// One article read from a brat .txt/.ann pair.
struct BratDocument {
    QString name;                           ///< the base name of the files ("article-12")
    Model::Article article;                 ///< the text; id 0, title from the first line
    /// The annotations, in file order; ids as exported by Parlance (ParlanceId), else 0; articleId 0.
    QList<Model::Annotation> annotations;
    /// The actors the annotations refer to (id and name as in the exporting project).
    QList<Model::Actor> actors;
    /// The codebook categories referred to. Entity types Parlance does not know (from other brat
    /// projects) become categories too, with negative ids, so the caller can add and remap them.
    QList<Model::CodebookCategory> categories;
};

/// Reads brat standoff files: the format written by Export::BratExporter (every span and
/// attribute comes back) and plain brat annotations of other tools (their entity types become
/// codebook categories; events and equivalences are ignored). Offsets in the files are code points.
class BratImporter final {
public:
    /// Reads NAME.txt and NAME.ann (`txtPath` is the .txt; a missing .ann means no annotations).
    /// On failure returns nothing and sets `error`, naming the file (and the line).
    static std::optional<BratDocument> read(const QString &txtPath, Error *error);
    /// Reads every .txt of a folder (sorted by name) with its .ann.
    static std::optional<QList<BratDocument>> readFolder(const QString &folder, Error *error);
    /// Parses the .ann text against the article text; `fileName` is the error's file.
    static std::optional<BratDocument> parse(const QString &text, const QString &ann, const QString &fileName,
                                             Error *error);
};

} // namespace Parlance::Import
