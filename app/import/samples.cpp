// SPDX-License-Identifier: GPL-2.0-or-later
#include "samples.h"

#include "articlefile.h"

#include <QDir>
#include <QFile>

namespace Parlance::Import {

QList<Model::Article> bundledSamples()
{
    QList<Model::Article> articles;
    const QDir dir(QStringLiteral(":/parlance/samples"));
    const QStringList names = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Model::Article article;
        if (name.endsWith(QLatin1StringView(".md"))) {
            // Markdown samples carry their outlet and date in front matter, read as an import reads it.
            std::optional<Model::Article> read = ArticleFile::fromBytes(file.readAll(), name, nullptr);
            if (!read)
                continue;
            article = *read;
        } else {
            article.text = QString::fromUtf8(file.readAll());
            article.title = article.text.section(QLatin1Char('\n'), 0, 0).trimmed();
            article.outlet = QStringLiteral("Parlance sample");
        }
        if (article.language.isEmpty())
            article.language = QStringLiteral("en");
        article.url = QStringLiteral("parlance:samples/") + name;
        article.contentHash = Model::Article::hashText(article.text);
        articles.append(article);
    }
    return articles;
}

} // namespace Parlance::Import
