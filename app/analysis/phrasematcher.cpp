// SPDX-License-Identifier: GPL-2.0-or-later
#include "phrasematcher.h"

namespace Parlance::Analysis {

quint64 wordKey(QStringView word)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : word) {
        char16_t u = c.unicode();
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                u = char16_t(u + 32);
        } else if (u == 0x2019 || u == 0x02BC || u == 0x2018) {
            u = u'\'';
        } else {
            u = c.toLower().unicode();
        }
        h ^= u;
        h *= 1099511628211ULL;
    }
    return h;
}

QList<quint64> tokenKeys(QStringView text, const TextSegmentation &seg)
{
    QList<quint64> keys(seg.tokens.size(), 0);
    for (qsizetype i = 0; i < seg.tokens.size(); ++i) {
        const Token &t = seg.tokens[i];
        keys[i] = wordKey(t.textIn(text));
    }
    return keys;
}

WordSet::WordSet(std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        insert(QStringView(w));
}

namespace {

const WordSet &numberWords()
{
    static const WordSet set{u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine",
                             u"ten", u"eleven", u"twelve", u"fifteen", u"twenty", u"thirty", u"few", u"several",
                             u"couple", u"hundred", u"hundreds", u"dozen", u"dozens"};
    return set;
}

} // namespace

void PhraseMatcher::addClass(const QString &name, const QStringList &words)
{
    int cls = m_classNames.value(name, -1);
    if (cls < 0) {
        cls = int(m_classes.size());
        m_classNames.insert(name, cls);
        m_classes.append(QSet<quint64>());
    }
    for (const QString &w : words)
        m_classes[cls].insert(wordKey(w));
}

bool PhraseMatcher::addPattern(QStringView pattern, int value)
{
    Pattern p;
    p.value = value;
    for (QStringView part : pattern.split(u' ', Qt::SkipEmptyParts)) {
        Element e;
        if (part.size() > 2 && part.startsWith(u'<') && part.endsWith(u'>')) {
            const QStringView name = part.sliced(1, part.size() - 2);
            if (name == u"number") {
                e.kind = Element::Number;
            } else {
                e.kind = Element::Class;
                e.cls = m_classNames.value(name.toString(), -1);
                if (e.cls < 0)
                    return false;
            }
        } else {
            e.key = wordKey(part);
        }
        p.elements.append(e);
    }
    if (p.elements.isEmpty())
        return false;
    const int index = int(m_patterns.size());
    const Element &first = p.elements.first();
    switch (first.kind) {
    case Element::Literal:
        m_byFirstKey[first.key].append(index);
        break;
    case Element::Class:
        for (quint64 k : std::as_const(m_classes[first.cls]))
            m_byFirstKey[k].append(index);
        break;
    case Element::Number:
        m_numberFirst.append(index);
        break;
    }
    m_patterns.append(p);
    return true;
}

bool PhraseMatcher::elementMatches(const Element &e, const Token &t, quint64 key) const
{
    switch (e.kind) {
    case Element::Literal:
        return e.key == key;
    case Element::Class:
        return m_classes[e.cls].contains(key);
    case Element::Number:
        return t.kind == Token::Kind::Number || numberWords().contains(key);
    }
    return false;
}

PhraseMatcher::Match PhraseMatcher::matchAt(const TextSegmentation &seg, const QList<quint64> &keys, int index,
                                            int end) const
{
    Match best;
    if (index >= end)
        return best;
    const auto tryPatterns = [&](const QList<int> &candidates) {
        for (int pi : candidates) {
            const Pattern &p = m_patterns[pi];
            const int n = int(p.elements.size());
            if (n <= best.length || index + n > end)
                continue;
            bool ok = true;
            for (int k = 0; k < n && ok; ++k)
                ok = elementMatches(p.elements[k], seg.tokens[index + k], keys[index + k]);
            if (ok)
                best = {n, p.value};
        }
    };
    const auto it = m_byFirstKey.constFind(keys[index]);
    if (it != m_byFirstKey.cend())
        tryPatterns(*it);
    if (!m_numberFirst.isEmpty()
        && (seg.tokens[index].kind == Token::Kind::Number || numberWords().contains(keys[index])))
        tryPatterns(m_numberFirst);
    return best;
}

} // namespace Parlance::Analysis
