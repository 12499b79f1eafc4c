// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlreader.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QStringTokenizer>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace Parlance::Import {

namespace {

// ---------------------------------------------------------------------------------------------
// The rules from resources/import/
// ---------------------------------------------------------------------------------------------

enum class Role : quint8 { Inline, Block, Break, Skip };

enum class Field : quint8 { Title, Outlet, Author, Url, Date, Language, Count };

struct MetaRule {
    QByteArray attribute; // "name", "property", …
    QByteArray value;     // lower case: "og:site_name"
    Field field;
    int rank;             // its line among the field's lines: lower wins
};

struct Rules {
    QHash<QByteArray, Role> roles;
    QList<MetaRule> meta;
};

// "a | b" lines of a data file, comments and blank lines left out.
QList<std::pair<QByteArray, QByteArray>> ruleLines(const QString &path)
{
    QFile file(path);
    QList<std::pair<QByteArray, QByteArray>> out;
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("HtmlReader: cannot read %s", qPrintable(path));
        return out;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype bar = line.indexOf('|');
        if (line.isEmpty() || line.startsWith('#') || bar < 0)
            continue;
        out.append({line.left(bar).trimmed(), line.mid(bar + 1).trimmed()});
    }
    return out;
}

const Rules &rules()
{
    static const Rules r = [] {
        Rules rules;
        for (const auto &[name, role] : ruleLines(QStringLiteral(":/parlance/import/html-elements.txt"))) {
            if (role == "block")
                rules.roles.insert(name.toLower(), Role::Block);
            else if (role == "break")
                rules.roles.insert(name.toLower(), Role::Break);
            else if (role == "skip")
                rules.roles.insert(name.toLower(), Role::Skip);
        }
        static const QHash<QByteArray, Field> fields{{"title", Field::Title}, {"outlet", Field::Outlet},
                                                     {"author", Field::Author}, {"url", Field::Url},
                                                     {"date", Field::Date}, {"language", Field::Language}};
        QHash<Field, int> ranks;
        for (const auto &[field, tag] : ruleLines(QStringLiteral(":/parlance/import/html-metadata.txt"))) {
            const qsizetype equals = tag.indexOf('=');
            const auto f = fields.constFind(field.toLower());
            if (equals <= 0 || f == fields.cend())
                continue;
            rules.meta.append({tag.left(equals).trimmed().toLower(), tag.mid(equals + 1).trimmed().toLower(), *f, ranks[*f]++});
        }
        return rules;
    }();
    return r;
}

// ---------------------------------------------------------------------------------------------
// The attribute limit, checked before parsing
// ---------------------------------------------------------------------------------------------

// libxml2's HTML parser (2.9, as Debian ships it) drops a repeated attribute by comparing each new
// name with every earlier one of the same tag: a tag of n attributes costs n²/2 comparisons. So the
// attributes are counted first, by a scan that reads markup the way that parser does (the same
// characters start and end comments, doctypes, processing instructions, end tags, attribute names
// and quoted values, and script and style contents), so that it cannot be shown one tag while the
// parser reads another. It is linear and counts only; the parser still does all of the reading.
class StartTagCounter {
public:
    explicit StartTagCounter(QByteArrayView html)
        : m_p(html.data())
        , m_end(html.data() + html.size())
    {
    }

    qsizetype most()
    {
        qsizetype most = 0;
        while (m_p < m_end) {
            if (*m_p != '<') {
                const void *next = std::memchr(m_p, '<', size_t(m_end - m_p));
                m_p = next ? static_cast<const char *>(next) : m_end;
                continue;
            }
            if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<!") && upperIs(2, "DOCTYPE")) {
                doctype();
            } else if (startsWith("<?")) {
                m_p += 2;
                if (m_p < m_end && isNameStart(*m_p))
                    skipPast('>');
            } else if (startsWith("</")) {
                m_p += 2;
                if (m_p < m_end && isNameStart(*m_p))
                    skipPast('>');
            } else if (m_p + 1 < m_end && isLetter(m_p[1])) {
                ++m_p;
                most = std::max(most, startTag());
            } else {
                ++m_p; // a '<' that is text
            }
        }
        return most;
    }

private:
    static bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    static bool isNameStart(char c) { return isLetter(c) || c == '_' || c == ':' || c == '.'; }
    static bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9') || c == '-'; }

    bool startsWith(const char *s) const
    {
        const size_t n = std::strlen(s);
        return size_t(m_end - m_p) >= n && std::memcmp(m_p, s, n) == 0;
    }
    bool upperIs(qsizetype offset, const char *s) const
    {
        const qsizetype n = qsizetype(std::strlen(s));
        if (m_end - m_p < offset + n)
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            char c = m_p[offset + i];
            if (c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
            if (c != s[i])
                return false;
        }
        return true;
    }
    void skipPast(char c)
    {
        const void *at = std::memchr(m_p, c, size_t(m_end - m_p));
        m_p = at ? static_cast<const char *>(at) + 1 : m_end;
    }
    void skipBlanks()
    {
        while (m_p < m_end && isBlank(*m_p))
            ++m_p;
    }

    // The parser ends a comment at "-->" or at a character XML does not allow, where it goes on
    // reading markup.
    void comment()
    {
        m_p += 4;
        const char *first = m_p; // "<!-->" does not end itself: the "--" comes after "<!--"
        while (m_p < m_end) {
            const auto c = uchar(*m_p);
            if (c == '>' && m_p - first >= 2 && m_p[-1] == '-' && m_p[-2] == '-') {
                ++m_p;
                return;
            }
            if ((c < 0x20 && !isBlank(char(c))) || (c == 0xEF && m_end - m_p >= 3 && uchar(m_p[1]) == 0xBF && uchar(m_p[2]) >= 0xBE))
                return;
            ++m_p;
        }
    }

    // <!DOCTYPE name "public id" "system id">: quoted literals may hold '>'.
    void doctype()
    {
        m_p += 9;
        while (m_p < m_end && *m_p != '>') {
            if (*m_p == '"' || *m_p == '\'') {
                const char quote = *m_p++;
                skipPast(quote);
            } else {
                ++m_p;
            }
        }
        if (m_p < m_end)
            ++m_p;
    }

    // A name: the parser keeps at most 100 characters of one and reads the rest as a new name.
    qsizetype name()
    {
        const char *start = m_p;
        while (m_p < m_end && isNameChar(*m_p))
            ++m_p;
        return qsizetype(m_p - start);
    }

    qsizetype startTag()
    {
        const char *tagName = m_p;
        const qsizetype nameLength = name();
        const bool rawText = (nameLength == 6 && qstrnicmp(tagName, "script", 6) == 0)
                          || (nameLength == 5 && qstrnicmp(tagName, "style", 5) == 0);
        qsizetype attributes = nameLength / 100;
        skipBlanks();
        while (m_p < m_end && *m_p != '>' && !(startsWith("/>"))) {
            if (isNameStart(*m_p)) {
                attributes += 1 + name() / 100;
                skipBlanks();
                if (m_p < m_end && *m_p == '=') {
                    ++m_p;
                    skipBlanks();
                    if (m_p < m_end && (*m_p == '"' || *m_p == '\'')) {
                        const char quote = *m_p++;
                        skipPast(quote);
                    } else {
                        while (m_p < m_end && !isBlank(*m_p) && *m_p != '>')
                            ++m_p;
                    }
                }
            } else {
                // Not a name: the parser drops everything up to a blank or the end of the tag.
                while (m_p < m_end && !isBlank(*m_p) && *m_p != '>' && !startsWith("/>"))
                    ++m_p;
            }
            skipBlanks();
        }
        if (rawText && m_p < m_end && *m_p == '>') {
            // Script and style text ends at the first "</" and a letter.
            ++m_p;
            while (m_p < m_end && !(startsWith("</") && m_p + 2 < m_end && isLetter(m_p[2])))
                ++m_p;
        }
        return attributes;
    }

    const char *m_p;
    const char *m_end;
};

// ---------------------------------------------------------------------------------------------
// Reading: SAX events into paragraphs and metadata
// ---------------------------------------------------------------------------------------------

QByteArrayView view(const xmlChar *s)
{
    return s ? QByteArrayView(reinterpret_cast<const char *>(s)) : QByteArrayView();
}

class Collector {
public:
    // The title is read up to a bound: a page's <title> can be megabytes (the article keeps less).
    static constexpr qsizetype titleBytes = 4 * Model::Article::maxTitleLength;

    explicit Collector(htmlParserCtxtPtr context)
        : m_context(context)
    {
        m_text.reserve(1024);
    }

    static void startElement(void *self, const xmlChar *name, const xmlChar **attributes)
    {
        static_cast<Collector *>(self)->start(view(name), attributes);
    }
    static void endElement(void *self, const xmlChar *name) { static_cast<Collector *>(self)->end(view(name)); }
    static void characters(void *self, const xmlChar *text, int length)
    {
        static_cast<Collector *>(self)->text(QByteArrayView(reinterpret_cast<const char *>(text), length));
    }

    bool tooDeep() const { return m_tooDeep; }

    Model::Article article()
    {
        Model::Article article;
        // Paragraphs: one a line so far; kept apart by a blank line, as in a text file.
        QString text = QString::fromUtf8(m_text);
        text.replace(QChar::Nbsp, QLatin1Char(' '));
        QString joined;
        joined.reserve(text.size());
        for (const QStringView line : QStringTokenizer(text, u'\n', Qt::SkipEmptyParts)) {
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (!joined.isEmpty())
                joined += QLatin1StringView("\n\n");
            joined += trimmed;
        }
        article.text = joined;
        auto field = [this](Field f) { return QString::fromUtf8(m_fields[int(f)]).simplified(); };
        article.title = QString::fromUtf8(m_title).simplified();
        if (article.title.isEmpty())
            article.title = field(Field::Title);
        article.outlet = field(Field::Outlet);
        article.author = field(Field::Author);
        article.url = field(Field::Url);
        article.published = QDate::fromString(field(Field::Date).left(10), Qt::ISODate);
        article.language = QString::fromUtf8(m_lang).trimmed();
        if (article.language.isEmpty())
            article.language = field(Field::Language);
        article.language.replace(u'_', u'-'); // og:locale says en_GB
        return article;
    }

private:
    void start(QByteArrayView name, const xmlChar **attributes)
    {
        if (++m_depth > HtmlReader::maxDepth) {
            m_tooDeep = true;
            xmlStopParser(m_context);
            return;
        }
        if (name == "title" && !m_titleDone && (m_skipFrom == 0 || m_skipName == "head")) {
            m_inTitle = true;
            return;
        }
        if (name == "meta") {
            meta(attributes);
            return;
        }
        if (name == "html" && attributes) {
            for (const xmlChar **a = attributes; a[0]; a += 2) {
                if (qstricmp(reinterpret_cast<const char *>(a[0]), "lang") == 0 && a[1])
                    m_lang = view(a[1]).left(64).toByteArray();
            }
        }
        const Role role = rules().roles.value(QByteArray::fromRawData(name.data(), name.size()), Role::Inline);
        if (role == Role::Skip && m_skipFrom == 0) {
            m_skipFrom = m_depth;
            m_skipName = name.toByteArray();
        } else if (role == Role::Block || role == Role::Break) {
            endLine();
        }
        if (name == "pre")
            ++m_pre;
    }

    void end(QByteArrayView name)
    {
        if (m_depth == m_skipFrom) {
            m_skipFrom = 0;
            m_skipName.clear();
        }
        --m_depth;
        if (name == "title" && m_inTitle) {
            m_inTitle = false;
            m_titleDone = true;
            return;
        }
        if (name == "pre" && m_pre > 0)
            --m_pre;
        if (rules().roles.value(QByteArray::fromRawData(name.data(), name.size()), Role::Inline) == Role::Block)
            endLine();
    }

    void text(QByteArrayView bytes)
    {
        if (m_inTitle) {
            if (m_title.size() < titleBytes)
                m_title += bytes.left(titleBytes - m_title.size());
            return;
        }
        if (m_skipFrom != 0)
            return;
        // White space runs become one space, as a browser shows them; in <pre> line breaks stay.
        for (const char c : bytes) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (m_pre && c == '\n')
                    endLine();
                else if (m_pre)
                    m_text += c;
                else
                    m_space = true;
                continue;
            }
            if (m_space && !m_atLineStart)
                m_text += ' ';
            m_space = false;
            m_atLineStart = false;
            m_text += c;
        }
    }

    void endLine()
    {
        if (!m_atLineStart)
            m_text += '\n';
        m_atLineStart = true;
        m_space = false;
    }

    void meta(const xmlChar **attributes)
    {
        if (!attributes)
            return;
        QByteArrayView content;
        for (const xmlChar **a = attributes; a[0]; a += 2) {
            if (view(a[0]) == "content")
                content = view(a[1]);
        }
        if (content.isEmpty())
            return;
        for (const xmlChar **a = attributes; a[0]; a += 2) {
            const QByteArray value = view(a[1]).left(256).toByteArray().toLower();
            for (const MetaRule &rule : rules().meta) {
                if (rule.attribute != view(a[0]) || rule.value != value)
                    continue;
                const int f = int(rule.field);
                if (m_fields[f].isEmpty() || rule.rank < m_ranks[f]) {
                    m_fields[f] = content.left(titleBytes).toByteArray();
                    m_ranks[f] = rule.rank;
                }
            }
        }
    }

    htmlParserCtxtPtr m_context;
    QByteArray m_text;
    bool m_atLineStart = true;
    bool m_space = false;
    int m_pre = 0;
    int m_depth = 0;
    bool m_tooDeep = false;
    int m_skipFrom = 0; // the depth of the element whose contents are not text, or 0
    QByteArray m_skipName;
    bool m_inTitle = false;
    bool m_titleDone = false;
    QByteArray m_title;
    QByteArray m_lang;
    QByteArray m_fields[int(Field::Count)];
    int m_ranks[int(Field::Count)] = {};
};

} // namespace

qsizetype HtmlReader::mostAttributesInOneTag(QByteArrayView html)
{
    return StartTagCounter(html).most();
}

std::optional<Model::Article> HtmlReader::read(QByteArrayView html, Error *why)
{
    auto fail = [&](Error::Problem problem, const QStringList &args = {}, const QString &detail = {}) -> std::optional<Model::Article> {
        if (why)
            *why = {Error::Invalid, problem, {}, args, detail};
        return std::nullopt;
    };
    if (mostAttributesInOneTag(html) > maxAttributes)
        return fail(Error::Problem::PageTooManyAttributes, {QString::number(maxAttributes)});
    if (html.size() > std::numeric_limits<int>::max())
        return fail(Error::Problem::PageTooLarge);

    xmlInitParser();
    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(html.data(), int(html.size()));
    if (!context)
        return fail(Error::Problem::CannotRead, {}, QStringLiteral("out of memory"));
    Collector collector(context);
    htmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.startElement = &Collector::startElement;
    sax.endElement = &Collector::endElement;
    sax.characters = &Collector::characters;
    // Blanks between elements separate words too ("<b>a</b> <i>b</i>").
    sax.ignorableWhitespace = &Collector::characters;
    // No cdataBlock: script and style contents are not text. No error or warning callbacks:
    // a page with errors is read as far as it makes sense, quietly.
    sax.initialized = 1;
    std::memcpy(context->sax, &sax, sizeof sax);
    context->userData = &collector;
    // The bytes are UTF-8 whatever the page's <meta charset> says (the file was decoded already);
    // never the network.
    htmlCtxtUseOptions(context, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(context);
    htmlFreeParserCtxt(context);
    if (collector.tooDeep())
        return fail(Error::Problem::PageTooDeep, {QString::number(maxDepth)});
    return collector.article();
}

} // namespace Parlance::Import
