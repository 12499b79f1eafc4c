// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "export/exporter.h"

namespace Parlance::Export {

/// brat standoff: a folder with article-ID.txt (the text, UTF-8) and article-ID.ann per article,
/// plus an annotation.conf declaring the types. Offsets are Unicode code points (what brat, a
/// Python tool, counts); a span that crosses a line break is written as discontinuous fragments.
///
/// Every annotation is a text-bound entity (Quote, ActorMention, Commitment, Category); its parts
/// (Cue, Source, Content, Condition, Time) are entities linked to it by relations of the same
/// name; its attributes are A lines (Origin, QuoteKind, CommitmentType, Strength, Negated, Coder,
/// Created, Modified, ParlanceId, and Extent "START-END" for a span that begins or ends on a line break); the speaker/holder, the addressee and the codebook category are
/// Reference normalizations (ParlanceActor:ID, ParlanceAddressee:ID, ParlanceCategory:ID); the note is
/// an AnnotatorNotes comment. Import::BratImporter reads all of it back.
class BratExporter final : public Exporter {
public:
    explicit BratExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("brat"); }
    QString description() const override { return QStringLiteral("brat standoff (.txt + .ann per article)"); }
    QString fileSuffix() const override { return {}; }
    bool write(const ReportData &data, const QString &folder, Error *error) const override;

    /// The .ann file of one article.
    static QString annotationFile(const ReportArticle &entry, const ReportData &data);
    /// "article-ID", the base name of an article's two files.
    static QString baseName(const Model::Article &article);
    /// The annotation.conf that declares the types used.
    static QString configuration();
};

/// Escapes a note for one line of a .ann file (backslash, tab, line breaks) and back.
QString escapeBratNote(const QString &note);
QString unescapeBratNote(QStringView line);

} // namespace Parlance::Export
