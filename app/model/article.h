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

    /// A title to show: the title, else the first line of the text.
    QString displayTitle() const;

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace Parlance::Model
