// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportdata.h"

#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Parlance::Export {

/// The page every paper report is laid out for: A4 with 15 mm margins.
QPageLayout reportPageLayout();

/// The annotated report as a QTextDocument, built with QTextCursor so that the highlighting keeps
/// the exact character formats of the view (underline styles included), for PDF and the export
/// dialog's preview. Tables take the full width of reportPageLayout()'s text, their columns as wide
/// as their content asks (a header never breaks inside a word); charts are drawn by BarChart as
/// text objects, in vector form wherever the document is painted. Always in the light theme:
/// documents are printed on paper. `articleTextLimit`: see ReportComposer::setArticleTextLimit().
/// Needs a QGuiApplication (fonts).
std::unique_ptr<QTextDocument> reportDocument(const ReportData &data, int articleTextLimit = -1);

/// Paints `document` on `device` page by page, each page's number at its foot. The document is
/// laid out for the device's paint rectangle. Returns the number of pages.
int printReport(QTextDocument &document, QPagedPaintDevice &device);

} // namespace Parlance::Export
