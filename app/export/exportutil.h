// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Small helpers the exporters share: text cleaning and escaping, surrogate-safe anchors, atomic
// file writes with one-line errors.

#include "error/error.h"
#include "model/span.h"
#include "model/textanchor.h"

#include <QByteArray>
#include <QString>

namespace Parlance::Export {

/// The text with every character that is not allowed in XML/HTML or would disturb a document
/// replaced one for one (so offsets keep): C0 controls but tab, line feed and carriage return
/// become their Control Pictures (U+2400…), DEL becomes U+2421, C1 controls, lone surrogates and
/// the non-characters U+FFFE/U+FFFF become U+FFFD.
QString cleanText(QStringView text);

/// QCoreApplication::translate() with a count, for texts written "%n article(s)": without a
/// translation that has plural forms (no catalogue for the locale, tests, the command line),
/// the English "(s)" becomes "s" or nothing, so that a report never reads "6 article(s)".
QString translateCounted(const char *context, const char *text, int n);

/// cleanText() and then escaped for HTML and XML text and double- or single-quoted attributes.
QString escapeHtml(QStringView text);

/// The anchor of `span` in `text` like Model::TextAnchor::capture(), with its context widened or
/// narrowed so that it never splits a surrogate pair.
Model::TextAnchor anchorAt(QStringView text, Model::Span span);

/// Writes `bytes` to `path` atomically. On failure sets `error` to "PATH: reason".
bool writeFile(const QString &path, const QByteArray &bytes, Error *error);

/// Creates `path` as a folder if needed. On failure sets `error` to "PATH: reason".
bool makeFolder(const QString &path, Error *error);

/// "0.75" for a strength, an empty string when it is not set (negative).
QString strengthText(double strength);

} // namespace Parlance::Export
