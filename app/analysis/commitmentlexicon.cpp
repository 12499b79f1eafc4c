// SPDX-License-Identifier: GPL-2.0-or-later
#include "commitmentlexicon.h"

#include "lexiconfiles.h"

#include <QFile>
#include "analysislog.h"

namespace Parlance::Analysis {

namespace {

const QLatin1StringView kCommissive("commissive-verbs.txt");
const QLatin1StringView kModality("modality.txt");
const QLatin1StringView kHedges("hedges-boosters.txt");
const QLatin1StringView kNegation("negation.txt");
const QLatin1StringView kConditions("conditions.txt");
const QLatin1StringView kTimes("time-expressions.txt");
const QLatin1StringView kReporting("reporting-verbs.txt");
const QLatin1StringView kWords("words-commitments.txt");

void warn(QStringList *warnings, QLatin1StringView file, QStringView line)
{
    const QString message = QStringLiteral("lexicon %1: cannot read line \"%2\"").arg(file, line);
    if (warnings)
        warnings->append(message);
    qCWarning(lcLexicons).noquote() << message;
}

QList<QStringView> fields(QStringView line)
{
    QList<QStringView> out;
    for (QStringView f : line.split(u'|'))
        out.append(f.trimmed());
    return out;
}

QList<QStringView> commaList(QStringView s)
{
    QList<QStringView> out;
    for (QStringView f : s.split(u','))
        if (const QStringView t = f.trimmed(); !t.isEmpty())
            out.append(t);
    return out;
}

// Phrases are matched token by token, so they are written as the segmenter splits text:
// "cut off" is two words, "Jan." one, "n't" never stands alone.
QString normalisedPhrase(QStringView phrase)
{
    return phrase.toString().simplified().toLower();
}

template<typename Fn>
void forEachLine(QStringView content, Fn fn)
{
    for (QStringView line : content.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        fn(line);
    }
}

} // namespace

CommitmentLexicon::CommitmentLexicon()
{
    // The rules read these words whatever cues a user gives; a user's file of the same name adds to them.
    QFile words(QStringLiteral(":/parlance/lexicons/") + kWords);
    if (words.open(QIODevice::ReadOnly))
        m_wordSets.addFile(QString(kWords), QString::fromUtf8(words.readAll()), nullptr);
}

QStringList CommitmentLexicon::fileNames()
{
    // The built-in word sets are read by the constructor; a folder's words-commitments.txt extends them.
    return {kWords, kCommissive, kModality, kHedges, kNegation, kConditions, kTimes, kReporting};
}

std::shared_ptr<const CommitmentLexicon> CommitmentLexicon::load(const QStringList &extraFolders, QStringList *warnings)
{
    auto lexicon = std::make_shared<CommitmentLexicon>();
    readLexiconFiles(fileNames(), extraFolders, warnings, [&](const QString &name, const QString &content) {
        lexicon->addFile(name, content, warnings);
    });
    return lexicon;
}

std::shared_ptr<const CommitmentLexicon> CommitmentLexicon::builtIn()
{
    static const std::shared_ptr<const CommitmentLexicon> lexicon = load();
    return lexicon;
}

bool CommitmentLexicon::addFile(QStringView fileName, QStringView content, QStringList *warnings)
{
    if (fileName == kCommissive) {
        forEachLine(content, [&](QStringView line) { parseCommissive(line, warnings); });
    } else if (fileName == kModality) {
        forEachLine(content, [&](QStringView line) { parseRung(line, m_modality, m_strengths, warnings); });
    } else if (fileName == kHedges) {
        forEachLine(content, [&](QStringView line) { parseRung(line, m_hedges, m_shifts, warnings); });
    } else if (fileName == kNegation) {
        forEachLine(content, [&](QStringView line) { m_negations.addPattern(normalisedPhrase(line), 0); });
    } else if (fileName == kConditions) {
        forEachLine(content, [&](QStringView line) { m_conditions.addPattern(normalisedPhrase(line), 0); });
    } else if (fileName == kTimes) {
        forEachLine(content, [&](QStringView line) { parseTimeLine(line, warnings); });
    } else if (fileName == kReporting) {
        // Owned by the attribution finder (format "forms | frames | class"): the verbs of speech
        // without particles are the ones that report a commitment in someone's words.
        forEachLine(content, [&](QStringView line) {
            const QList<QStringView> f = fields(line);
            if (f.size() != 3 || f[2] != u"speech" || f[0].contains(u'+'))
                return;
            for (QStringView form : f[0].split(u' ', Qt::SkipEmptyParts))
                m_reportingVerbs.insert(m_vocabulary.intern(form));
        });
    } else if (fileName == kWords) {
        m_wordSets.addFile(fileName, content, warnings); // adding the built-in words again changes nothing
    } else {
        return false;
    }
    return true;
}

void CommitmentLexicon::parseCommissive(QStringView line, QStringList *warnings)
{
    const QList<QStringView> f = fields(line);
    bool ok = false;
    Cue cue;
    if (f.size() >= 3)
        cue.type = Model::commitmentTypeFromName(f[0], &ok);
    if (ok && f.size() >= 4 && !f[3].isEmpty()) {
        cue.typeWhenNegated = Model::commitmentTypeFromName(f[3], &ok);
    }
    if (ok) {
        for (QChar c : f[1]) {
            switch (c.unicode()) {
            case u'v': cue.flags |= Verb; break;
            case u'c': cue.flags |= NeedsComplement; break;
            case u'o': cue.flags |= TakesAddressee; break;
            case u'r': cue.flags |= Readiness; break;
            case u'n': cue.flags |= Noun; break;
            case u'm': cue.flags |= Marker; break;
            case u'-': break;
            default: ok = false;
            }
        }
    }
    if (!ok || f.size() > 4) {
        warn(warnings, kCommissive, line);
        return;
    }
    for (QStringView form : commaList(f[2])) {
        const QString phrase = normalisedPhrase(form);
        int id = m_phraseIds.value(phrase, -1);
        if (id < 0) {
            id = int(m_cues.size());
            m_phraseIds.insert(phrase, id);
            m_cues.append(QList<Cue>());
            m_commissives.addPattern(phrase, id);
        }
        m_cues[id].append(cue);
    }
}

void CommitmentLexicon::parseRung(QStringView line, PhraseMatcher &matcher, QList<double> &values,
                                  QStringList *warnings)
{
    const QList<QStringView> f = fields(line);
    bool ok = f.size() == 2;
    const double value = ok ? f[0].toDouble(&ok) : 0.0;
    if (!ok) {
        warn(warnings, kModality, line);
        return;
    }
    const int index = int(values.size());
    values.append(value);
    for (QStringView form : commaList(f[1]))
        matcher.addPattern(normalisedPhrase(form), index);
}

void CommitmentLexicon::parseTimeLine(QStringView line, QStringList *warnings)
{
    if (line.startsWith(u'@')) {
        const QList<QStringView> f = fields(line.sliced(1));
        if (f.size() != 2 || f[0].isEmpty()) {
            warn(warnings, kTimes, line);
            return;
        }
        QStringList words;
        for (QStringView w : commaList(f[1]))
            words.append(w.toString());
        m_times.addClass(f[0].toString(), words);
        return;
    }
    if (!m_times.addPattern(line, 0))
        warn(warnings, kTimes, line);
}

} // namespace Parlance::Analysis
