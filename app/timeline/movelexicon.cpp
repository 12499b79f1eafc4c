// SPDX-License-Identifier: GPL-2.0-or-later
#include "movelexicon.h"

#include "analysis/lexiconfiles.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMoveLexicon, "parlance.timeline.lexicons")

namespace Parlance::Timeline {

namespace {

const QLatin1StringView kMoves("commitment-moves.txt");
const QLatin1StringView kStopWords("stop-words.txt");

void warn(QStringList *warnings, QStringView file, QStringView line)
{
    const QString message = QStringLiteral("lexicon %1: cannot read line \"%2\"").arg(file, line);
    if (warnings)
        warnings->append(message);
    qCWarning(lcMoveLexicon).noquote() << message;
}

template<typename Fn>
void forEachLine(QStringView content, Fn fn)
{
    for (QStringView line : content.split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            fn(line);
    }
}

} // namespace

QStringList MoveLexicon::fileNames()
{
    return {kMoves, kStopWords};
}

std::shared_ptr<const MoveLexicon> MoveLexicon::load(const QStringList &extraFolders, QStringList *warnings)
{
    auto lexicon = std::make_shared<MoveLexicon>();
    Analysis::readLexiconFiles(fileNames(), extraFolders, warnings, [&](const QString &name, const QString &content) {
        lexicon->addFile(name, content, warnings);
    });
    return lexicon;
}

std::shared_ptr<const MoveLexicon> MoveLexicon::builtIn()
{
    static const std::shared_ptr<const MoveLexicon> lexicon = load();
    return lexicon;
}

bool MoveLexicon::addFile(QStringView fileName, QStringView content, QStringList *warnings)
{
    if (fileName == kStopWords) {
        forEachLine(content, [&](QStringView line) {
            for (QStringView word : line.split(u',')) {
                for (QStringView w : word.split(u' ', Qt::SkipEmptyParts))
                    m_stopWords.insert(m_vocabulary.intern(w.trimmed()));
            }
        });
        return true;
    }
    if (fileName != kMoves)
        return false;
    forEachLine(content, [&](QStringView line) {
        const QList<QStringView> fields = line.split(u'|');
        bool known = false;
        const Move move = fields.size() == 3 ? moveFromName(fields[0].trimmed(), &known) : Move::Repeated;
        const QStringView where = fields.size() == 3 ? fields[1].trimmed() : QStringView();
        if (!known || (move != Move::Withdrawn && move != Move::Fulfilled && move != Move::Broken)
            || (where != u"near" && where != u"within")) {
            warn(warnings, fileName, line);
            return;
        }
        for (QStringView phrase : fields[2].split(u',')) {
            const QString words = phrase.toString().simplified().toLower();
            if (words.isEmpty())
                continue;
            if (!m_status.addPattern(words, int(m_cues.size()))) {
                warn(warnings, fileName, line);
                continue;
            }
            m_cues.append({move, where == u"within"});
        }
    });
    return true;
}

} // namespace Parlance::Timeline
