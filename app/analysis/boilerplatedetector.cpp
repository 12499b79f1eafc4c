// SPDX-License-Identifier: GPL-2.0-or-later
#include "boilerplatedetector.h"

#include "lexiconfiles.h"

#include <QFile>

namespace Parlance::Analysis {

namespace {

struct ParagraphFacts {
    int words = 0;
    bool fullStop = false; ///< ends like a sentence: . ! ? … possibly inside closing quotes or brackets
    int startKind = -1;    ///< the line/tail pattern it starts with, or -1
    bool containsPattern = false;
};

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026);
}

} // namespace

std::shared_ptr<const BoilerplatePatterns> BoilerplatePatterns::load(const QStringList &extraFolders,
                                                                     QStringList *warnings)
{
    auto patterns = std::make_shared<BoilerplatePatterns>();
    readLexiconFiles({QStringLiteral("boilerplate.txt")}, extraFolders, warnings,
                     [&](const QString &, const QString &content) { patterns->addFile(content, warnings); });
    return patterns;
}

std::shared_ptr<const BoilerplatePatterns> BoilerplatePatterns::builtIn()
{
    static const std::shared_ptr<const BoilerplatePatterns> patterns = load();
    return patterns;
}

void BoilerplatePatterns::addFile(QStringView content, QStringList *warnings)
{
    for (QStringView line : content.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype bar = line.indexOf(u'|');
        const QStringView kind = bar > 0 ? line.first(bar).trimmed() : QStringView();
        const QString words = bar > 0 ? line.sliced(bar + 1).trimmed().toString().toLower() : QString();
        bool ok = !words.isEmpty();
        if (ok && kind == u"line")
            ok = m_starts.addPattern(words, Line);
        else if (ok && kind == u"tail")
            ok = m_starts.addPattern(words, Tail);
        else if (ok && kind == u"contains")
            ok = m_contains.addPattern(words, Contains);
        else
            ok = false;
        if (!ok && warnings)
            warnings->append(QStringLiteral("lexicon boilerplate.txt: cannot read line \"%1\"").arg(line));
    }
}

BoilerplateDetector::BoilerplateDetector(std::shared_ptr<const BoilerplatePatterns> patterns)
    : m_patterns(std::move(patterns))
{
}

QList<Model::Span> BoilerplateDetector::find(QStringView text, const TextSegmentation &seg) const
{
    QList<Model::Span> out;
    if (!m_patterns || seg.paragraphs.isEmpty())
        return out;
    const QList<int> keys = m_patterns->vocabulary().keysOf(text, seg);

    // One pass over each paragraph's tokens: its length, its ending and the patterns it has.
    QList<ParagraphFacts> facts(seg.paragraphs.size());
    for (int p = 0; p < seg.paragraphs.size(); ++p) {
        const Paragraph &para = seg.paragraphs[p];
        if (para.firstSentence >= para.endSentence)
            continue;
        const int first = seg.sentences[para.firstSentence].firstToken;
        const int end = seg.sentences[para.endSentence - 1].endToken;
        ParagraphFacts &f = facts[p];
        for (int t = first; t < end; ++t) {
            const Token::Kind k = seg.tokens[t].kind;
            if (k == Token::Kind::Word || k == Token::Kind::Number)
                ++f.words;
        }
        // Skip leading marks (bullets, dashes, quotation marks) before matching a start pattern.
        int start = first;
        while (start < end && seg.tokens[start].kind != Token::Kind::Word && seg.tokens[start].kind != Token::Kind::Number
               && seg.tokens[start].span.length() == 1 && text[seg.tokens[start].span.start] != QChar(0x00A9))
            ++start;
        if (const auto m = m_patterns->starts().matchAt(seg, keys, start, end); m.length)
            f.startKind = m.value;
        if (f.words <= kMaxContainsWords) {
            for (int t = first; t < end && !f.containsPattern; ++t)
                f.containsPattern = m_patterns->contains().matchAt(seg, keys, t, end).length > 0;
        }
        int last = end - 1;
        while (last > first && (seg.tokens[last].kind == Token::Kind::QuoteMark
                                || text[seg.tokens[last].span.start] == u')'))
            --last;
        const Token &lt = seg.tokens[last];
        f.fullStop = (lt.kind == Token::Kind::Punctuation && isTerminator(text[lt.span.start])) || lt.abbreviation;
    }

    // The last real paragraph: long enough and ending like a sentence, and no furniture itself.
    int lastBody = -1;
    for (int p = 0; p < facts.size(); ++p) {
        const ParagraphFacts &f = facts[p];
        if (f.words >= kMinBodyWords && f.fullStop && f.startKind < 0 && !(f.containsPattern && !f.fullStop))
            lastBody = p;
    }

    bool inTail = false;
    for (int p = 0; p < facts.size(); ++p) {
        const ParagraphFacts &f = facts[p];
        const bool afterBody = lastBody >= 0 && p > lastBody;
        bool furniture = false;
        if (f.startKind >= 0 && f.words <= kMaxLineWords) {
            furniture = true;
            inTail = inTail || f.startKind == BoilerplatePatterns::Tail;
        } else if (f.containsPattern && (!f.fullStop || afterBody)) {
            furniture = true;
        } else if (inTail && f.words <= kMaxTailWords) {
            furniture = true;
        } else if (afterBody && p > 0 && !f.fullStop && f.words <= kMaxTailWords) {
            furniture = true; // a tag list or a prompt after the article
        } else {
            inTail = false;
        }
        if (furniture)
            out.append(seg.paragraphs[p].span);
    }
    return out;
}

} // namespace Parlance::Analysis
