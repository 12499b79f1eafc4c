// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlefile.h"

#include "htmlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Parlance::Import {

namespace {

QString normalizeLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// The offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = b[i];
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (b[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        const char32_t minimum = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// The first non-empty line, without its Markdown heading marks (found without splitting the text).
QString firstLine(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        QStringView line = QStringView(text).sliced(start, end - start).trimmed();
        while (line.startsWith(QLatin1Char('#')))
            line = line.sliced(1);
        line = line.trimmed();
        if (!line.isEmpty())
            return line.left(4 * Model::Article::maxTitleLength).toString();
        start = end + 1;
    }
    return {};
}

QDate dateFrom(const QString &value)
{
    return QDate::fromString(value.trimmed().left(10), Qt::ISODate);
}

// "key: value" lines between two "---" lines at the very start (YAML front matter, as static site
// generators and many note apps write it). Only the keys an article has are read; the block is
// not part of the article's text.
bool takeFrontMatter(QString &text, Model::Article &article)
{
    if (!text.startsWith(QStringLiteral("---\n")))
        return false;
    const qsizetype end = text.indexOf(QStringLiteral("\n---\n"), 3);
    if (end < 0)
        return false;
    const QStringList lines = text.mid(4, end - 4).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1StringView("title"))
            article.title = value;
        else if (key == QLatin1StringView("outlet") || key == QLatin1StringView("source") || key == QLatin1StringView("publisher"))
            article.outlet = value;
        else if (key == QLatin1StringView("author"))
            article.author = value;
        else if (key == QLatin1StringView("url") || key == QLatin1StringView("link"))
            article.url = value;
        else if (key == QLatin1StringView("date") || key == QLatin1StringView("published"))
            article.published = dateFrom(value);
        else if (key == QLatin1StringView("language") || key == QLatin1StringView("lang"))
            article.language = value;
    }
    qsizetype body = end + 5;
    while (body < text.size() && text[body] == QLatin1Char('\n'))
        ++body;
    text = text.mid(body);
    return true;
}

} // namespace

ArticleFile::Format ArticleFile::formatOf(const QString &name, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1StringView("html") || suffix == QLatin1StringView("htm") || suffix == QLatin1StringView("xhtml"))
        return Format::Html;
    if (suffix == QLatin1StringView("md") || suffix == QLatin1StringView("markdown"))
        return Format::Markdown;
    const QByteArray start = bytes.left(512).trimmed().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return Format::Html;
    return Format::Text;
}

namespace {

/// Fills `error` (if given) with a problem of the file `name`; what a failed read returns.
std::optional<Model::Article> refuse(Error *error, Error::Code code, Error::Problem problem, const QString &name,
                                     const QStringList &args = {}, const QString &detail = {})
{
    if (error)
        *error = {code, problem, name, args, detail};
    return std::nullopt;
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

std::optional<Model::Article> ArticleFile::read(const QString &path, Error *error, Encoding *encoding)
{
    auto fail = [&](Error::Problem problem, const QStringList &args = {}, const QString &detail = {}) {
        return refuse(error, problem == Error::Problem::NoSuchFile ? Error::NotFound : Error::Io, problem, path, args, detail);
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Problem::NoSuchFile);
    if (info.isDir())
        return fail(Error::Problem::FolderNotFile);
    // A pipe or a device would block the reader or never end: only regular files are articles.
    if (!info.isFile())
        return fail(Error::Problem::PipeOrDevice);
    if (info.size() > maxSize)
        return fail(Error::Problem::TooLargeOfAtMost, {megabytes(info.size()), megabytes(maxSize)});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Problem::CannotRead, {}, file.errorString());
    const QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize)
        return fail(Error::Problem::TooLargeAtMost, {megabytes(maxSize)});
    return fromBytes(bytes, path, error, encoding);
}

QString ArticleFile::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16 BE");
    }
    return {};
}

std::optional<Model::Article> ArticleFile::fromBytes(const QByteArray &bytes, const QString &name, Error *error,
                                                     Encoding *encoding)
{
    auto fail = [&](Error::Problem problem, const QStringList &args = {}) { return refuse(error, Error::Invalid, problem, name, args); };
    if (bytes.size() > maxSize)
        return fail(Error::Problem::TooLargeAtMost, {megabytes(maxSize)});

    // UTF-16 with a byte order mark is what Windows editors save as "Unicode". Without the mark
    // UTF-16 is not told apart from binary data, and is refused as such below.
    Encoding read = Encoding::Utf8;
    QString text;
    QByteArray utf8; // the HTML reader takes UTF-8
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        read = bytes.startsWith("\xFF\xFE") ? Encoding::Utf16LE : Encoding::Utf16BE;
        if (bytes.size() % 2 != 0)
            return fail(Error::Problem::InvalidEncodingOddBytes, {encodingName(read)});
        QStringDecoder decoder(read == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError())
            return fail(Error::Problem::InvalidEncoding, {encodingName(read)});
        // Unpaired surrogates: not text.
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i].isHighSurrogate() ? !(i + 1 < text.size() && text[i + 1].isLowSurrogate()) : text[i].isLowSurrogate())
                return fail(Error::Problem::LoneSurrogate, {encodingName(read), QString::number(i)});
            if (text[i].isHighSurrogate())
                ++i;
        }
        if (text.trimmed().isEmpty())
            return fail(text.isEmpty() ? Error::Problem::EmptyText : Error::Problem::OnlyWhiteSpace);
        if (text.contains(QChar(0)))
            return fail(Error::Problem::BinaryNotText);
    } else {
        if (bytes.trimmed().isEmpty())
            return fail(bytes.isEmpty() ? Error::Problem::EmptyText : Error::Problem::OnlyWhiteSpace);
        if (bytes.contains('\0'))
            return fail(Error::Problem::BinaryNotText);
        QByteArrayView content = bytes;
        if (content.startsWith("\xEF\xBB\xBF"))
            content = content.sliced(3);
        const qsizetype bad = firstInvalidUtf8(content);
        if (bad >= 0)
            return fail(Error::Problem::InvalidUtf8At, {QString::number(bad + (content.size() < bytes.size() ? 3 : 0))});
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(content);
        if (decoder.hasError())
            return fail(Error::Problem::InvalidEncoding, {encodingName(Encoding::Utf8)});
    }
    // Control characters other than tab, line and page breaks mean a binary file.
    qsizetype controls = 0;
    for (QChar c : std::as_const(text)) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t') && c != QLatin1Char('\f'))
            ++controls;
    }
    if (controls > 0 && controls * 100 > text.size())
        return fail(Error::Problem::BinaryNotText);
    text = normalizeLineEnds(text);

    Model::Article article;
    const Format format = formatOf(name, read == Encoding::Utf8 ? bytes : text.left(512).toUtf8());
    if (format == Format::Html) {
        Error why;
        std::optional<Model::Article> page = HtmlReader::read(text.toUtf8(), &why);
        if (!page) {
            why.file = name;
            if (error)
                *error = why;
            return std::nullopt;
        }
        article = std::move(*page);
    } else {
        takeFrontMatter(text, article);
        article.text = text;
    }
    if (article.text.trimmed().isEmpty())
        return fail(Error::Problem::NoText);
    if (article.title.isEmpty())
        article.title = firstLine(article.text);
    article.limitMetadata();
    article.contentHash = Model::Article::hashText(article.text);
    if (encoding)
        *encoding = read;
    return article;
}

} // namespace Parlance::Import
