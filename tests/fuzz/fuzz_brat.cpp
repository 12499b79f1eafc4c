// SPDX-License-Identifier: GPL-2.0-or-later
// The brat reader (Import::BratImporter) on mutated standoff files, and the brat writer on what it
// read: an input is "TEXT\0ANN" (without a NUL, all of it is the .ann of an empty text). What is
// read must be written again and read back to the same annotations' spans.
#include "formats/brat/bratexporter.h"
#include "formats/brat/bratimporter.h"

#include <cstdint>
#include <cstdlib>

using namespace Parlance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    const QString text = nul < 0 ? QString() : QString::fromUtf8(bytes.left(nul));
    const QString ann = QString::fromUtf8(nul < 0 ? bytes : bytes.mid(nul + 1));
    Error error;
    const auto doc = Import::BratImporter::parse(text, ann, QStringLiteral("f.ann"), &error);
    if (!doc) {
        if (!error)
            std::abort();
        return 0;
    }
    Export::ReportData report;
    Export::ReportArticle entry{doc->article, doc->annotations};
    report.articles.append(entry);
    report.actors = doc->actors;
    report.categories = doc->categories;
    const QString written = Export::BratExporter::annotationFile(entry, report);
    const auto again = Import::BratImporter::parse(text, written, QStringLiteral("again.ann"), &error);
    if (!again || again->annotations.size() != doc->annotations.size())
        std::abort(); // our own output must read back
    for (qsizetype i = 0; i < doc->annotations.size(); ++i) {
        if (again->annotations[i].span != doc->annotations[i].span)
            std::abort();
    }
    return 0;
}
