// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Parlance::Model {

/// An article: its text, never altered after import (annotations point into it), and its metadata.
struct Article final {
    qint64 id = 0;          ///< 0 until stored in a project
    QString title;
    QString outlet;
    QString author;
    QString url;
    QDate published;
    QString language;       ///< BCP 47 tag, e.g. "en"
    QString text;
    QByteArray contentHash; ///< see hashText()
    QDateTime importedAt;
    QString uuid = {}; ///< stable identity across copies of a project; assigned when first stored

    /// SHA-256 of the UTF-8 text, hex: detects a text changed behind Parlance's back and duplicate imports.
    static QByteArray hashText(const QString &text);
    bool textMatchesHash() const { return contentHash == hashText(text); }

    /// A title to show: the title, else the first line of the text; cut to shownTitleLength with
    /// an ellipsis (a project may hold a longer one, written before titles were bounded).
    QString displayTitle() const;

    // Bounds for the metadata taken at import: no headline, outlet or author comes near, and a file
    // with a megabyte "title" cannot make every list, header and window title carry it.
    static constexpr qsizetype maxTitleLength = 300;
    static constexpr qsizetype maxNameLength = 200;   ///< outlet, author
    static constexpr qsizetype maxUrlLength = 2048;
    static constexpr qsizetype maxLanguageLength = 35; ///< BCP 47 tags are far shorter
    static constexpr qsizetype shownTitleLength = 200;

    /// Keeps the metadata within the bounds above (cut at a word near the end, with an ellipsis)
    /// and turns line breaks and other control characters in it into spaces.
    void limitMetadata();
    /// `text` on one line (control characters as spaces, runs of white space as one), cut to
    /// at most `length` characters at a word near the end, with an ellipsis.
    static QString bounded(QStringView text, qsizetype length);

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace Parlance::Model
