// SPDX-License-Identifier: GPL-2.0-or-later
#include "wordset.h"

#include <QLoggingCategory>
#include <QVarLengthArray>

Q_DECLARE_LOGGING_CATEGORY(lcLexicons)

namespace Parlance::Analysis {

namespace {

inline char16_t foldUnit(char16_t u)
{
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    if (u == 0x2019 || u == 0x02BC || u == 0x2018)
        return u'\'';
    return QChar(u).toLower().unicode();
}

bool isFolded(QStringView word)
{
    for (QChar c : word)
        if (foldUnit(c.unicode()) != c.unicode())
            return false;
    return true;
}

} // namespace

QString Vocabulary::fold(QStringView word)
{
    QString out(word.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < word.size(); ++i)
        out[i] = QChar(foldUnit(word[i].unicode()));
    return out;
}

int Vocabulary::key(QStringView word) const
{
    if (isFolded(word))
        return m_keys.value(word, 0);
    QVarLengthArray<char16_t, 48> folded(word.size());
    for (qsizetype i = 0; i < word.size(); ++i)
        folded[i] = foldUnit(word[i].unicode());
    return m_keys.value(QStringView(folded.constData(), folded.size()), 0);
}

int Vocabulary::intern(QStringView word)
{
    if (const int k = key(word))
        return k;
    m_words.append(fold(word));
    const int k = int(m_words.size());
    m_keys.insert(QStringView(m_words.constLast()), k);
    return k;
}

QList<int> Vocabulary::keysOf(QStringView text, const TextSegmentation &seg) const
{
    QList<int> keys(seg.tokens.size(), 0);
    for (qsizetype i = 0; i < seg.tokens.size(); ++i)
        keys[i] = key(seg.tokens[i].textIn(text));
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
    const int i = m_index.value(name.toString(), -1);
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
