// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The agreement report: per kind a table of the coefficients and units (the kind's label, each
// label value against the rest, each attribute), a coder × coder matrix, and the units the coders
// disagreed on with their text. JSON and CSV for programs; Markdown, HTML, PDF and ODT for people.

#include "agreementstudy.h"
#include "error/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Parlance::Agreement {

class AgreementReport final {
public:
    /// `title`: what the report is about (e.g. the project's file name).
    AgreementReport(const AgreementResult &result, const QString &title);

    /// json, csv, markdown, html, pdf, odt.
    static QStringList formatNames();
    /// PDF and ODT lay out text, which needs fonts and so a QGuiApplication.
    static bool needsGuiApplication(QStringView format);

    QByteArray toJson() const;
    /// The table rows only (one line per kind, value and attribute), RFC 4180.
    QByteArray toCsv() const;
    QString toMarkdown() const;
    /// `forTextDocument`: the subset of HTML that QTextDocument lays out (for PDF and ODT).
    QString toHtml(bool forTextDocument = false) const;

    /// Writes the report in `format` to `path` atomically; false with `error` naming the file.
    bool write(QStringView format, const QString &path, Error *error) const;
    /// The report in a text format (json, csv, markdown, html); empty for pdf/odt.
    QByteArray bytes(QStringView format) const;

    /// "0.812", or "–" when undefined.
    static QString number(double value);
    /// "Commitments", "Quotes", …
    static QString kindTitle(Model::AnnotationKind kind);

private:
    QString rowTitle(const AgreementRow &row) const;
    const AgreementResult &m_result;
    QString m_title;
};

} // namespace Parlance::Agreement
