// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The rules for making and reshaping an annotation's span from the keyboard: which characters a
// span never starts or ends with, where the next word ends, which marks a quote's words exclude.
// Pure functions of the text, so that they are tested without a window.

#include "model/span.h"

#include <QString>

namespace Parlance::Session::SpanEditing {

/// The end of an annotation to move, and which way.
enum class Edge { Start, End };
enum class Step { Back = -1, On = +1 };

/// `span` without leading and trailing white space (a person's selection often takes some).
Model::Span trimmed(const QString &text, Model::Span span);

/// The quoted words of a span: without the quotation marks (and a trailing comma) around them.
Model::Span withoutQuoteMarks(const QString &text, Model::Span span);

/// `span` with one end moved by a word: the end on to the end of the next word (taking closing
/// punctuation and quotation marks with it) or back to the end of the previous one; the start
/// back to the start of the previous word or on to the start of the next. Never empty: a move
/// that would empty the span leaves it as it was.
Model::Span movedByWord(const QString &text, Model::Span span, Edge edge, Step step);

} // namespace Parlance::Session::SpanEditing
