// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextDocument>

namespace Parlance::Import {

namespace {

QString normalizeLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// The offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
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

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        // A Markdown heading's marks are not part of the title.
        while (line.startsWith(QLatin1Char('#')))
            line.remove(0, 1);
        line = line.trimmed();
        if (!line.isEmpty())
            return line;
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
    text = text.mid(end + 5);
    while (text.startsWith(QLatin1Char('\n')))
        text.remove(0, 1);
    return true;
}

// QTextDocument sizes headings from the default font, which has no size without a
// QGuiApplication (the command line): it then warns about pixel sizes that do not matter for the
// plain text we take. Those warnings would break the one-line-per-problem promise on stderr.
class QuietFontWarnings final {
public:
    QuietFontWarnings()
        : m_previous(qInstallMessageHandler(&QuietFontWarnings::handle))
    {
        s_previous = m_previous;
    }
    ~QuietFontWarnings() { qInstallMessageHandler(m_previous); }
    QuietFontWarnings(const QuietFontWarnings &) = delete;
    QuietFontWarnings &operator=(const QuietFontWarnings &) = delete;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.startsWith(QLatin1StringView("QFont::")))
            return;
        if (s_previous)
            s_previous(type, context, message);
    }
    QtMessageHandler m_previous;
    static inline QtMessageHandler s_previous = nullptr;
};

QString metaContent(const QString &html, const QString &attribute, const QString &name)
{
    // <meta name="author" content="…">, in either attribute order.
    const QString n = QRegularExpression::escape(name);
    const QRegularExpression before(QStringLiteral("<meta\\s[^>]*%1\\s*=\\s*[\"']%2[\"'][^>]*content\\s*=\\s*[\"']([^\"']*)[\"']")
                                        .arg(attribute, n),
                                    QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression after(QStringLiteral("<meta\\s[^>]*content\\s*=\\s*[\"']([^\"']*)[\"'][^>]*%1\\s*=\\s*[\"']%2[\"']")
                                       .arg(attribute, n),
                                   QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = before.match(html);
    if (!m.hasMatch())
        m = after.match(html);
    if (!m.hasMatch())
        return {};
    const QuietFontWarnings quiet;
    QTextDocument decode; // the attribute may hold entities
    decode.setHtml(m.captured(1));
    return decode.toPlainText().trimmed();
}

Model::Article fromHtml(const QString &html)
{
    Model::Article article;
    QString body = html;
    // Scripts and styles are not text; QTextDocument would keep some of them.
    static const QRegularExpression hidden(QStringLiteral("<(script|style|noscript|template)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    body.remove(hidden);
    const QuietFontWarnings quiet;
    QTextDocument document;
    document.setHtml(body);
    article.title = document.metaInformation(QTextDocument::DocumentTitle).simplified();
    // Paragraphs are separated by one line break in toPlainText(); keep them apart as in a text file.
    QString text = document.toPlainText();
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.replace(QChar(QChar::LineSeparator), QLatin1Char('\n'));
    QStringList paragraphs;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            paragraphs.append(line.trimmed());
    }
    article.text = paragraphs.join(QStringLiteral("\n\n"));

    article.author = metaContent(html, QStringLiteral("name"), QStringLiteral("author"));
    article.outlet = metaContent(html, QStringLiteral("property"), QStringLiteral("og:site_name"));
    article.url = metaContent(html, QStringLiteral("property"), QStringLiteral("og:url"));
    QString published = metaContent(html, QStringLiteral("property"), QStringLiteral("article:published_time"));
    if (published.isEmpty())
        published = metaContent(html, QStringLiteral("name"), QStringLiteral("date"));
    article.published = dateFrom(published);
    static const QRegularExpression lang(QStringLiteral("<html\\s[^>]*lang\\s*=\\s*[\"']([A-Za-z0-9-]+)[\"']"),
                                         QRegularExpression::CaseInsensitiveOption);
    article.language = lang.match(html).captured(1);
    return article;
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

std::optional<Model::Article> ArticleFile::read(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &why) -> std::optional<Model::Article> {
        if (error)
            *error = shown + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.isDir())
        return fail(QStringLiteral("is a folder, not a file"));
    // A pipe or a device would block the reader or never end: only regular files are articles.
    if (!info.isFile())
        return fail(QStringLiteral("is not a regular file (a pipe or a device?)"));
    if (info.size() > maxSize)
        return fail(QStringLiteral("is too large (%1 MB; at most %2 MB)").arg(info.size() / (1024 * 1024)).arg(maxSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(maxSize + 1);
    if (bytes.size() > maxSize)
        return fail(QStringLiteral("is too large (at most %1 MB)").arg(maxSize / (1024 * 1024)));
    return fromBytes(bytes, path, error);
}

std::optional<Model::Article> ArticleFile::fromBytes(const QByteArray &bytes, const QString &name, QString *error)
{
    const QString shown = QDir::toNativeSeparators(name);
    auto fail = [&](const QString &why) -> std::optional<Model::Article> {
        if (error)
            *error = shown + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    if (bytes.size() > maxSize)
        return fail(QStringLiteral("is too large (at most %1 MB)").arg(maxSize / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        return fail(bytes.isEmpty() ? QStringLiteral("is empty") : QStringLiteral("holds only white space"));
    if (bytes.contains('\0'))
        return fail(QStringLiteral("is a binary file, not text"));
    QByteArrayView content = bytes;
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    const qsizetype bad = firstInvalidUtf8(content.toByteArray());
    if (bad >= 0)
        return fail(QStringLiteral("is not valid UTF-8 (at byte %1)").arg(bad + (content.size() < bytes.size() ? 3 : 0)));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(content);
    if (decoder.hasError())
        return fail(QStringLiteral("is not valid UTF-8"));
    // Control characters other than tab, line and page breaks mean a binary file.
    int controls = 0;
    for (QChar c : std::as_const(text)) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t') && c != QLatin1Char('\f'))
            ++controls;
    }
    if (controls > 0 && controls * 100 > text.size())
        return fail(QStringLiteral("is a binary file, not text"));
    text = normalizeLineEnds(text);

    Model::Article article;
    const Format format = formatOf(name, bytes);
    if (format == Format::Html) {
        article = fromHtml(text);
    } else {
        takeFrontMatter(text, article);
        article.text = text;
    }
    if (article.text.trimmed().isEmpty())
        return fail(QStringLiteral("has no text"));
    if (article.title.isEmpty())
        article.title = firstLine(article.text);
    article.contentHash = Model::Article::hashText(article.text);
    return article;
}

} // namespace Parlance::Import
