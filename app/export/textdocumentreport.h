// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportdata.h"

#include <memory>

class QTextDocument;

namespace Parlance::Export {

/// The annotated report as a QTextDocument, built with QTextCursor so that the highlighting keeps
/// the exact character formats of the view (underline styles included), for PDF and ODT.
/// Always in the light theme: documents are printed on paper. Needs a QGuiApplication (fonts).
std::unique_ptr<QTextDocument> reportDocument(const ReportData &data);

} // namespace Parlance::Export
