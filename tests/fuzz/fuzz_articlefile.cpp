// SPDX-License-Identifier: GPL-2.0-or-later
// The text, Markdown and HTML reader (Import::ArticleFile, Import::HtmlReader) on mutated bytes:
// each input is read as all three formats. It must come back as an article or as one line saying
// why not, never crash, never hang.
#include "import/articlefile.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString names[] = {QStringLiteral("f.txt"), QStringLiteral("f.md"), QStringLiteral("f.html")};
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &name : names) {
        Parlance::Error error;
        const auto article = Parlance::Import::ArticleFile::fromBytes(bytes, name, &error);
        if (!article && !error)
            std::abort(); // refused without saying why
        if (article && (article->text.trimmed().isEmpty() || article->title.size() > Parlance::Model::Article::maxTitleLength))
            std::abort();
    }
    return 0;
}
