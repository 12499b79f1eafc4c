// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotematcher.h"

#include "lexiconfiles.h"

#include <QHash>

#include <algorithm>

namespace Parlance::Analysis {

bool WordDiff::identical() const
{
    return differences() == 0;
}

int WordDiff::differences() const
{
    auto count = [](const QList<WordMark> &marks) {
        return int(std::count_if(marks.cbegin(), marks.cend(), [](const WordMark &m) { return m.change != WordChange::Equal; }));
    };
    return count(a) + count(b);
}

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'\u2010' || c == u'\u2011';
}

QString keyOf(QStringView word)
{
    QString key = word.toString().toCaseFolded();
    key.replace(u'\u2019', u'\'');
    key.replace(u'\u2010', u'-');
    key.replace(u'\u2011', u'-');
    return key;
}
} // namespace

QStringList QuoteStopWords::fileNames()
{
    return {QStringLiteral("stop-words.txt"), QStringLiteral("quote-stop-words.txt")};
}

std::shared_ptr<const QuoteStopWords> QuoteStopWords::load(const QStringList &extraFolders, QStringList *warnings)
{
    auto words = std::make_shared<QuoteStopWords>();
    readLexiconFiles(fileNames(), extraFolders, warnings, [&](const QString &, const QString &content) { words->add(content); });
    return words;
}

std::shared_ptr<const QuoteStopWords> QuoteStopWords::builtIn()
{
    static const std::shared_ptr<const QuoteStopWords> words = load();
    return words;
}

void QuoteStopWords::add(QStringView content)
{
    for (QStringView line : content.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        for (QStringView item : line.split(u','))
            for (QStringView word : item.split(u' ', Qt::SkipEmptyParts))
                m_words.insert(keyOf(word.trimmed()));
    }
}

QuoteMatcher::QuoteMatcher(std::shared_ptr<const QuoteStopWords> stopWords)
    : m_stopWords(stopWords ? std::move(stopWords) : std::make_shared<QuoteStopWords>())
{
}

QList<QuoteWord> QuoteMatcher::words(QStringView text, const QList<Model::Span> &parts)
{
    QList<QuoteWord> out;
    for (const Model::Span &part : parts) {
        if (!part.fitsIn(text.size()))
            continue;
        int i = part.start;
        while (i < part.end) {
            if (!isWordChar(text[i])) {
                ++i;
                continue;
            }
            int j = i + 1;
            // A word goes on through apostrophes and hyphens between letters ("don't", "cease-fire").
            while (j < part.end && (isWordChar(text[j]) || (isJoiner(text[j]) && j + 1 < part.end && isWordChar(text[j + 1]))))
                ++j;
            out.append({Model::Span(i, j), keyOf(text.sliced(i, j - i))});
            i = j;
        }
    }
    return out;
}

QStringList QuoteMatcher::contentWords(const QList<QuoteWord> &words) const
{
    QStringList out;
    for (const QuoteWord &w : words)
        if (!m_stopWords->contains(w.key))
            out.append(w.key);
    return out;
}

double QuoteMatcher::similarity(const QStringList &a, const QStringList &b, int *sharedOut)
{
    if (sharedOut)
        *sharedOut = 0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    QHash<QString, int> counts;
    for (const QString &key : a)
        ++counts[key];
    int shared = 0;
    for (const QString &key : b) {
        auto it = counts.find(key);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++shared;
        }
    }
    if (sharedOut)
        *sharedOut = shared;
    return double(shared) / double(std::min(a.size(), b.size()));
}

WordDiff QuoteMatcher::diff(const QList<QuoteWord> &a, const QList<QuoteWord> &b)
{
    const qsizetype n = a.size(), m = b.size();
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    QList<int> lcs((n + 1) * (m + 1), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[i].key == b[j].key ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));

    WordDiff d;
    // Walk the table; runs of unmatched words on both sides between two matches are replacements.
    QList<qsizetype> onlyA, onlyB;
    auto flush = [&] {
        const WordChange changeA = onlyB.isEmpty() ? WordChange::Deleted : WordChange::Changed;
        const WordChange changeB = onlyA.isEmpty() ? WordChange::Inserted : WordChange::Changed;
        for (qsizetype i : onlyA)
            d.a.append({a[i].span, changeA});
        for (qsizetype j : onlyB)
            d.b.append({b[j].span, changeB});
        onlyA.clear();
        onlyB.clear();
    };
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i].key == b[j].key) {
            flush();
            d.a.append({a[i].span, WordChange::Equal});
            d.b.append({b[j].span, WordChange::Equal});
            ++i;
            ++j;
        } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            onlyA.append(i++);
        } else {
            onlyB.append(j++);
        }
    }
    flush();
    return d;
}

QList<QuoteLink> QuoteMatcher::match(const QList<Document> &documents) const
{
    // Words and content words of every quote, computed once.
    QList<QList<QList<QuoteWord>>> words;
    QList<QList<QStringList>> content;
    for (const Document &doc : documents) {
        QList<QList<QuoteWord>> perQuote;
        QList<QStringList> contentPerQuote;
        for (const Quote &q : doc.quotes) {
            perQuote.append(QuoteMatcher::words(doc.text, q.parts));
            contentPerQuote.append(contentWords(perQuote.last()));
        }
        words.append(perQuote);
        content.append(contentPerQuote);
    }

    QList<QuoteLink> links;
    for (qsizetype da = 0; da < documents.size(); ++da) {
        for (qsizetype db = da + 1; db < documents.size(); ++db) {
            for (qsizetype qa = 0; qa < documents[da].quotes.size(); ++qa) {
                const QList<QuoteWord> &wa = words[da][qa];
                const qint64 speakerA = documents[da].quotes[qa].speaker;
                if (wa.size() < minimumWords)
                    continue;
                double best = 0.0;
                qsizetype bestQ = -1;
                for (qsizetype qb = 0; qb < documents[db].quotes.size(); ++qb) {
                    const QList<QuoteWord> &wb = words[db][qb];
                    const qint64 speakerB = documents[db].quotes[qb].speaker;
                    if (wb.size() < minimumWords || (speakerA && speakerB && speakerA != speakerB))
                        continue;
                    int shared = 0;
                    const double s = similarity(content[da][qa], content[db][qb], &shared);
                    // A quote with fewer content words than the minimum links only if it shares all of them.
                    const qsizetype shorter = std::min(content[da][qa].size(), content[db][qb].size());
                    const int required = int(std::max<qsizetype>(std::min<qsizetype>(minimumSharedWords, shorter), 2));
                    if (shared >= required && s > best) {
                        best = s;
                        bestQ = qb;
                    }
                }
                if (bestQ < 0 || best < minimumSimilarity)
                    continue;
                QuoteLink link;
                link.documentA = int(da);
                link.quoteA = documents[da].quotes[qa].id;
                link.documentB = int(db);
                link.quoteB = documents[db].quotes[bestQ].id;
                link.similarity = best;
                link.diff = diff(wa, words[db][bestQ]);
                links.append(link);
            }
        }
    }
    return links;
}

} // namespace Parlance::Analysis
