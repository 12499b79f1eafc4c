// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// `parlance analyze FILE... [--format json|brat] [--lexicons DIR]`: the automatic analysis of plain
// text files, as JSON Lines (one object per file) or brat standoff lines. Offsets are Unicode code
// points of the text as decoded from UTF-8, end exclusive.

#include "analysis/analysisresult.h"
#include "error/error.h"
#include "commandline.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Parlance::Cli {

/// Runs the command; `args` are the arguments after "analyze".
int runAnalyze(const QStringList &args, Output io);

/// Decodes a file's bytes as strict UTF-8 (a NUL byte means a binary file). On failure returns
/// false and sets `error` (without a file: the caller knows it), e.g. "invalid UTF-8".
bool decodeText(const QByteArray &bytes, QString *text, Error *error);

/// One JSON Lines record (without the newline) for an analysed text.
QString analysisToJsonLine(const QString &file, QStringView text, const Analysis::AnalysisResult &result);

/// brat standoff (.ann) lines for an analysed text, each ending in a newline.
QString analysisToBrat(QStringView text, const Analysis::AnalysisResult &result);

} // namespace Parlance::Cli
