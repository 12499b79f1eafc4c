// SPDX-License-Identifier: GPL-2.0-or-later
#include "wordset.h"

#include "foldedword.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLexicons)

namespace Parlance::Analysis {


QString Vocabulary::fold(QStringView word)
{
    QString out(word.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < word.size(); ++i)
        out[i] = QChar(foldUnit(word[i].unicode()));
    return out;
}

int Vocabulary::find(QStringView word, quint32 hash) const
{
    if (m_slots.isEmpty())
        return 0;
    const qsizetype mask = m_slots.size() - 1;
    const Slot *table = m_slots.constData();
    const char16_t *chars = m_chars.constData();
    const qsizetype size = word.size();
    const char16_t *units = word.utf16();
    for (qsizetype i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = table[i];
        if (slot.key == 0)
            return 0;
        if (slot.hash != hash || slot.length != size)
            continue;
        const char16_t *stored = chars + slot.offset;
        qsizetype j = 0;
        while (j < size && foldUnit(units[j]) == stored[j])
            ++j;
        if (j == size)
            return slot.key;
    }
}

int Vocabulary::key(QStringView word) const
{
    return find(word, foldedHash(word));
}

void Vocabulary::grow()
{
    QList<Slot> table(std::max<qsizetype>(64, m_slots.size() * 2));
    const qsizetype mask = table.size() - 1;
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.key == 0)
            continue;
        qsizetype i = slot.hash & mask;
        while (table[i].key != 0)
            i = (i + 1) & mask;
        table[i] = slot;
    }
    m_slots = std::move(table);
}

int Vocabulary::intern(QStringView word)
{
    const quint32 hash = foldedHash(word);
    if (const int k = find(word, hash))
        return k;
    if ((m_count + 1) * 2 > m_slots.size())
        grow();
    const int offset = int(m_chars.size());
    for (QChar c : word)
        m_chars.append(foldUnit(c.unicode()));
    const int k = ++m_count;
    const qsizetype mask = m_slots.size() - 1;
    qsizetype i = hash & mask;
    while (m_slots[i].key != 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, k, offset, int(word.size())};
    return k;
}

QList<int> Vocabulary::keysOf(QStringView text, const TextSegmentation &seg) const
{
    QList<int> keys(seg.tokens.size(), 0);
    for (qsizetype i = 0; i < seg.tokens.size(); ++i)
        keys[i] = find(seg.tokens[i].textIn(text), seg.tokens[i].foldedHash);
    return keys;
}

void WordSet::insert(int key)
{
    if (key <= 0)
        return;
    if (key >= m_bits.size())
        m_bits.resize(key + 1, false);
    if (!m_bits[key]) {
        m_bits[key] = true;
        ++m_count;
    }
}

void WordSets::addFile(QStringView fileName, QStringView content, QStringList *warnings)
{
    int current = -1;
    int lineNumber = 0;
    for (QStringView line : content.split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line = line.first(hash).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']') || line.size() < 3) {
                const QString message = QStringLiteral("lexicon %1, line %2: a section is written [name]")
                                            .arg(fileName).arg(lineNumber);
                if (warnings)
                    warnings->append(message);
                qCWarning(lcLexicons).noquote() << message;
                current = -1;
                continue;
            }
            declare(line.sliced(1, line.size() - 2).trimmed());
            current = m_index.value(line.sliced(1, line.size() - 2).trimmed().toString());
            continue;
        }
        if (current < 0) {
            const QString message = QStringLiteral("lexicon %1, line %2: words before the first [section]")
                                        .arg(fileName).arg(lineNumber);
            if (warnings)
                warnings->append(message);
            qCWarning(lcLexicons).noquote() << message;
            continue;
        }
        qsizetype start = -1;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            const bool space = i == line.size() || line[i].isSpace();
            if (!space && start < 0)
                start = i;
            else if (space && start >= 0) {
                m_sets[current]->insert(m_vocabulary->intern(line.sliced(start, i - start)));
                start = -1;
            }
        }
    }
}

const WordSet &WordSets::set(QStringView name) const
{
    // Every analysis asks for dozens of sets by name: no string is made for the look-up where Qt
    // can search a QString key with a view.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const int i = m_index.value(name, -1);
#else
    const int i = m_index.value(name.toString(), -1);
#endif
    if (i < 0) {
        qCWarning(lcLexicons).noquote() << "no word set named" << name.toString() << "in the lexicons";
        return m_empty;
    }
    return *m_sets[i];
}

WordSet &WordSets::declare(QStringView name)
{
    const QString key = name.toString();
    int i = m_index.value(key, -1);
    if (i < 0) {
        i = int(m_sets.size());
        m_index.insert(key, i);
        m_sets.push_back(std::make_unique<WordSet>(m_vocabulary));
    }
    return *m_sets[i];
}

} // namespace Parlance::Analysis
