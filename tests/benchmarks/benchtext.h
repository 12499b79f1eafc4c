// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Generated article text for the benchmarks (bench_storage, bench_postgres): made-up words drawn with
// a Zipf-like skew, in sentences and paragraphs.

#include "model/annotation.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Parlance::Bench {

using namespace Qt::StringLiterals;

// A vocabulary of made-up words, drawn with a Zipf-like skew as in real prose.
class Words {
public:
    Words()
    {
        static const char *syllables[] = {"ka", "lo", "min", "ter", "sa", "vi", "dor", "ne", "ral", "po", "gu", "es",
                                          "tan", "mi", "ro", "bel", "cu", "da", "fen", "ho"};
        QRandomGenerator random(7);
        while (m_words.size() < 5000) {
            QString w;
            const int n = 1 + int(random.bounded(3));
            for (int i = 0; i < n; ++i)
                w += QString::fromLatin1(syllables[random.bounded(20)]);
            if (!m_words.contains(w))
                m_words.append(w);
        }
    }
    const QString &pick(QRandomGenerator &random) const
    {
        const double u = random.generateDouble();
        const auto index = qsizetype(std::pow(double(m_words.size()), u)) - 1;
        return m_words.at(std::clamp<qsizetype>(index, 0, m_words.size() - 1));
    }
    const QString &at(qsizetype i) const { return m_words.at(i); }

private:
    QStringList m_words;
};

inline QString articleText(const Words &words, QRandomGenerator &random, int count, int number)
{
    QString text;
    text.reserve(count * 7);
    text += u"Report %1 on the talks\n\n"_s.arg(number);
    for (int i = 0; i < count; ++i) {
        const QString &w = words.pick(random);
        if (i % 12 == 0 && !text.isEmpty() && !text.endsWith(QLatin1Char('\n'))) {
            text += QStringLiteral(". ");
        } else if (!text.endsWith(QLatin1Char('\n'))) {
            text += QLatin1Char(' ');
        }
        text += w;
        if (i % 90 == 89)
            text += QStringLiteral(".\n\n");
    }
    text += QLatin1Char('.');
    return text;
}

/// The k-th of an article's generated annotations (the same kinds, spans and notes in every benchmark).
inline Model::Annotation annotation(qint64 articleId, int textLength, qint64 k, const QList<qint64> &actors,
                                    const Words &words, QRandomGenerator &random)
{
    using namespace Qt::StringLiterals;
    Model::Annotation a;
    a.articleId = articleId;
    const int s = int(random.bounded(std::max(1, textLength - 200)));
    a.span = {s, s + 20 + int(random.bounded(150))};
    a.kind = Model::AnnotationKind(k % 3);
    a.actorId = actors[random.bounded(int(actors.size()))];
    a.strength = 0.5;
    if (k % 10 == 0)
        a.note = u"note about %1"_s.arg(words.pick(random));
    return a;
}

} // namespace Parlance::Bench
