// SPDX-License-Identifier: GPL-2.0-or-later
#include "article.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Parlance::Model {

QByteArray Article::hashText(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString Article::displayTitle() const
{
    if (!title.trimmed().isEmpty()) {
        // A title of a sane length is shown as it is (exporters escape what needs it).
        const QString trimmed = title.trimmed();
        return trimmed.size() <= shownTitleLength ? trimmed : bounded(trimmed, shownTitleLength);
    }
    // The first non-empty line, found without splitting a text of megabytes.
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).sliced(start, end - start).trimmed();
        if (!line.isEmpty())
            return bounded(line.left(4 * 80), 80);
        start = end + 1;
    }
    return {};
}

QString Article::bounded(QStringView text, qsizetype length)
{
    // Only so much is looked at: what is cut off need not be cleaned.
    QString out;
    out.reserve(std::min(text.size(), length + 1));
    bool space = false;
    for (qsizetype i = 0; i < text.size() && out.size() <= length; ++i) {
        const QChar c = text[i];
        const bool blank = c.isSpace() || c.category() == QChar::Other_Control;
        if (blank) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    if (out.size() <= length)
        return out;
    // Cut at the last space of the final fifth, else anywhere (not inside a surrogate pair).
    qsizetype cut = out.lastIndexOf(QLatin1Char(' '), length - 1);
    if (cut < length - length / 5)
        cut = length - 1;
    if (cut > 0 && out[cut - 1].isHighSurrogate())
        --cut;
    out.truncate(cut);
    return out.trimmed() + QChar(0x2026);
}

void Article::limitMetadata()
{
    title = bounded(title, maxTitleLength);
    outlet = bounded(outlet, maxNameLength);
    author = bounded(author, maxNameLength);
    // A URL or a language tag cut short is wrong: one that is too long is dropped instead.
    url = bounded(url, maxUrlLength);
    if (url.endsWith(QChar(0x2026)))
        url.clear();
    language = bounded(language, maxLanguageLength);
    if (language.endsWith(QChar(0x2026)) || language.contains(QLatin1Char(' ')))
        language.clear();
}

} // namespace Parlance::Model
