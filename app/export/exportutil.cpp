// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportutil.h"
#include "storage/diskspace.h"

#include <QCoreApplication>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Parlance::Export {

namespace {

/// One pass for both cleanText() and escapeHtml() (reports escape millions of characters).
template<bool Escape>
QString clean(QStringView text)
{
    QString result;
    result.reserve(text.size() + (Escape ? text.size() / 16 : 0));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') {
            result += QChar(char16_t(0x2400 + u));
        } else if (u == 0x7f) {
            result += QChar(char16_t(0x2421));
        } else if ((u >= 0x80 && u < 0xa0) || u == 0xfffe || u == 0xffff) {
            result += QChar(QChar::ReplacementCharacter);
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result += c;
            result += text[++i];
        } else if (c.isSurrogate()) {
            result += QChar(QChar::ReplacementCharacter);
        } else if (Escape && u == u'<') {
            result += QLatin1StringView("&lt;");
        } else if (Escape && u == u'>') {
            result += QLatin1StringView("&gt;");
        } else if (Escape && u == u'&') {
            result += QLatin1StringView("&amp;");
        } else if (Escape && u == u'"') {
            result += QLatin1StringView("&quot;");
        } else if (Escape && u == u'\'') {
            result += QLatin1StringView("&#39;");
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace

QString cleanText(QStringView text)
{
    return clean<false>(text);
}

QString escapeHtml(QStringView text)
{
    return clean<true>(text);
}

Model::TextAnchor anchorAt(QStringView text, Model::Span span)
{
    if (!span.fitsIn(text.size()))
        return {};
    int prefixStart = std::max(0, span.start - Model::TextAnchor::contextLength);
    int suffixEnd = std::min(int(text.size()), span.end + Model::TextAnchor::contextLength);
    // Never start the prefix on the second half, nor end the suffix after the first half, of a pair.
    if (prefixStart > 0 && text[prefixStart].isLowSurrogate() && text[prefixStart - 1].isHighSurrogate())
        ++prefixStart;
    if (suffixEnd < text.size() && text[suffixEnd - 1].isHighSurrogate() && text[suffixEnd].isLowSurrogate())
        --suffixEnd;
    prefixStart = std::min(prefixStart, span.start);
    suffixEnd = std::max(suffixEnd, span.end);
    return {span.textIn(text).toString(), text.sliced(prefixStart, span.start - prefixStart).toString(),
            text.sliced(span.end, suffixEnd - span.end).toString()};
}

bool writeFile(const QString &path, const QByteArray &bytes, Error *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Storage::DiskSpace::writeError(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Storage::DiskSpace::writeError(path, file.errorString());
        return false;
    }
    return true;
}

bool makeFolder(const QString &path, Error *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = {Error::Io, Error::Problem::NotAFolder, path};
        return false;
    }
    if (!QDir().mkpath(path)) {
        if (error)
            *error = {Error::Io, Error::Problem::CannotCreateFolder, path};
        return false;
    }
    return true;
}

QString strengthText(double strength)
{
    return strength < 0 ? QString() : QString::number(strength);
}

QString translateCounted(const char *context, const char *text, int n)
{
    QString translated = QCoreApplication::translate(context, text, nullptr, n);
    return translated.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace Parlance::Export
