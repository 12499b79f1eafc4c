// SPDX-License-Identifier: GPL-2.0-or-later
#include "phrasematcher.h"

namespace Parlance::Analysis {

void PhraseMatcher::addClass(const QString &name, const QStringList &words)
{
    int cls = m_classNames.value(name, -1);
    if (cls < 0) {
        cls = int(m_classes.size());
        m_classNames.insert(name, cls);
        m_classes.append(QSet<int>());
    }
    for (const QString &w : words)
        m_classes[cls].insert(m_vocabulary->intern(w));
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
            e.key = m_vocabulary->intern(part);
        }
        p.elements.append(e);
    }
    if (p.elements.isEmpty())
        return false;
    const int index = int(m_patterns.size());
    const Element &first = p.elements.first();
    const auto indexUnder = [&](int key) {
        if (key >= m_byFirstKey.size())
            m_byFirstKey.resize(key + 1);
        m_byFirstKey[key].append(index);
    };
    switch (first.kind) {
    case Element::Literal:
        indexUnder(first.key);
        break;
    case Element::Class:
        for (int k : std::as_const(m_classes[first.cls]))
            indexUnder(k);
        break;
    case Element::Number:
        m_numberFirst.append(index);
        break;
    }
    m_patterns.append(p);
    return true;
}

bool PhraseMatcher::elementMatches(const Element &e, const Token &t, int key) const
{
    switch (e.kind) {
    case Element::Literal:
        return key != 0 && e.key == key;
    case Element::Class:
        return m_classes[e.cls].contains(key);
    case Element::Number:
        return isNumber(t, key);
    }
    return false;
}

PhraseMatcher::Match PhraseMatcher::matchAt(const TextSegmentation &seg, const QList<int> &keys, int index,
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
    if (const int key = keys[index]; key > 0 && key < m_byFirstKey.size())
        tryPatterns(m_byFirstKey[key]);
    if (!m_numberFirst.isEmpty()
        && isNumber(seg.tokens[index], keys[index]))
        tryPatterns(m_numberFirst);
    return best;
}

} // namespace Parlance::Analysis
