// SPDX-License-Identifier: GPL-2.0-or-later
#include "namevariants.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Parlance::Model::NameVariants {

namespace {

bool isInitial(QStringView word)
{
    // "J", "J." (after punctuation is trimmed, one letter).
    return word.size() == 1 && word.front().isLetter();
}

/// `shorter`'s words end `longer`'s (or are all of them).
bool endsWith(const QStringList &longer, const QStringList &shorter)
{
    if (shorter.isEmpty() || shorter.size() > longer.size())
        return false;
    return std::equal(shorter.crbegin(), shorter.crend(), longer.crbegin());
}

} // namespace

QStringList keyWords(QStringView name)
{
    QStringList words;
    const QString folded = normalizedName(name);
    for (QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        // Punctuation at a word's ends ("J.", "Trump,") is not part of the name.
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word = word.sliced(1);
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        if (!word.isEmpty() && !isInitial(word))
            words.append(word.toString());
    }
    return words;
}

bool isVariant(QStringView shorter, QStringView longer)
{
    return endsWith(keyWords(longer), keyWords(shorter));
}

QList<NameVariantGroup> propose(const QList<Actor> &actors)
{
    const qsizetype n = actors.size();
    QList<QStringList> words(n);
    for (qsizetype i = 0; i < n; ++i)
        words[i] = keyWords(actors[i].canonicalName);

    // Union-find over the accepted pairs.
    QList<qsizetype> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&](qsizetype i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };

    for (qsizetype s = 0; s < n; ++s) {
        if (words[s].isEmpty())
            continue;
        // The fuller names this one could be short for.
        QList<qsizetype> fuller;
        for (qsizetype l = 0; l < n; ++l)
            if (l != s && actors[l].type == actors[s].type && endsWith(words[l], words[s])
                && (words[l].size() > words[s].size() || l > s)) // equal words: each pair once
                fuller.append(l);
        if (fuller.isEmpty())
            continue;
        // They must all be one name: each a variant of the fullest. Else the short name is ambiguous
        // ("Clinton" for Bill or Hillary) and goes with none.
        const qsizetype fullest = *std::max_element(fuller.cbegin(), fuller.cend(), [&](qsizetype a, qsizetype b) {
            return words[a].size() < words[b].size();
        });
        const bool oneName = std::all_of(fuller.cbegin(), fuller.cend(), [&](qsizetype l) {
            return endsWith(words[fullest], words[l]);
        });
        if (!oneName)
            continue;
        for (const qsizetype l : std::as_const(fuller))
            parent[root(l)] = root(s);
    }

    QHash<qsizetype, QList<qsizetype>> members;
    QList<qsizetype> order; // groups in the order of their first actor
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype r = root(i);
        if (!members.contains(r))
            order.append(r);
        members[r].append(i);
    }
    QList<NameVariantGroup> groups;
    for (const qsizetype r : std::as_const(order)) {
        QList<qsizetype> group = members.value(r);
        if (group.size() < 2)
            continue;
        // The fullest name first: most words (initials too), then longest; then by name.
        std::sort(group.begin(), group.end(), [&](qsizetype a, qsizetype b) {
            const qsizetype wa = actors[a].canonicalName.simplified().count(u' ');
            const qsizetype wb = actors[b].canonicalName.simplified().count(u' ');
            if (wa != wb)
                return wa > wb;
            if (actors[a].canonicalName.size() != actors[b].canonicalName.size())
                return actors[a].canonicalName.size() > actors[b].canonicalName.size();
            return actors[a].canonicalName.localeAwareCompare(actors[b].canonicalName) < 0;
        });
        NameVariantGroup g;
        for (const qsizetype i : std::as_const(group))
            g.actorIds.append(actors[i].id);
        groups.append(g);
    }
    return groups;
}

} // namespace Parlance::Model::NameVariants
