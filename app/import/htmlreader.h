// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Reading an HTML page into an article with libxml2's HTML parser, through its SAX interface: no
// tree is built, so memory stays proportional to the text, and the page is read once, front to back.
// What each element means (a paragraph, a line break, not text) comes from
// resources/import/html-elements.txt, which <meta> tags give metadata from html-metadata.txt.

#include "error/error.h"
#include "model/article.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Parlance::Import {

class HtmlReader final {
public:
    /// Deeper nesting is refused: no page nests that deep, and libxml2 looks up a closing tag
    /// through the open elements, so unbounded depth would make a hostile page quadratic.
    static constexpr int maxDepth = 256;
    /// More attributes in one tag are refused, before parsing: libxml2 compares each attribute
    /// name with every earlier one of its tag (see StartTagCounter in the .cpp).
    static constexpr int maxAttributes = 256;

    /// Reads `html` (UTF-8). Fills text, title, outlet, author, url, published and language; the
    /// text is the page's paragraphs, trimmed, separated by a blank line. On failure returns
    /// nothing and sets `why` (without a file name): "nests elements more than 256 deep".
    static std::optional<Model::Article> read(QByteArrayView html, Error *why);

    /// The most attributes libxml2 would read in one start tag of `html` (exposed for tests).
    static qsizetype mostAttributesInOneTag(QByteArrayView html);
};

} // namespace Parlance::Import
