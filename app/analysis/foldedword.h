// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The folded form of a word that every lexicon look-up compares (lower case, ’ ʼ ‘ read as '), and
// its hash. The segmenter hashes each token once (Token::foldedHash); every Vocabulary then finds the
// token's key from that hash without reading its letters again.

#include <QChar>
#include <QStringView>

namespace Parlance::Analysis {

inline char16_t foldUnit(char16_t u)
{
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    if (u == 0x2019 || u == 0x02BC || u == 0x2018)
        return u'\'';
    return QChar(u).toLower().unicode();
}

inline quint32 foldedHash(QStringView word)
{
    quint32 h = 2166136261u; // FNV-1a over the folded UTF-16 units
    for (QChar c : word) {
        h ^= foldUnit(c.unicode());
        h *= 16777619u;
    }
    return h;
}

} // namespace Parlance::Analysis
