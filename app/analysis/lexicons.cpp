// SPDX-License-Identifier: GPL-2.0-or-later
#include "lexicons.h"

#include "lexiconfiles.h"

#include <QDir>
#include <QFile>
#include "analysislog.h"

#include <algorithm>

namespace Parlance::Analysis {

namespace {

const QLatin1StringView kFiles[] = {
    QLatin1StringView("reporting-verbs.txt"), QLatin1StringView("countries.txt"),
    QLatin1StringView("organisations.txt"),   QLatin1StringView("titles.txt"),
    QLatin1StringView("pronouns.txt"),        QLatin1StringView("people.txt"),
    QLatin1StringView("places.txt"),          QLatin1StringView("words-attribution.txt"),
    QLatin1StringView("words-actors.txt"),    QLatin1StringView("outlets.txt"),
};

QStringList words(QStringView phrase)
{
    QStringList out;
    for (QStringView w : phrase.split(u' ', Qt::SkipEmptyParts))
        out.append(w.toString());
    return out;
}

QList<QStringView> fields(QStringView line, QChar separator)
{
    QList<QStringView> out;
    for (QStringView f : line.split(separator))
        out.append(f.trimmed());
    return out;
}

void warn(QStringList *warnings, QStringView file, QStringView line)
{
    const QString message = QStringLiteral("lexicon %1: cannot read line \"%2\"").arg(file, line);
    if (warnings)
        warnings->append(message);
    qCWarning(lcLexicons).noquote() << message;
}

template<typename Item>
void sortLongestFirst(QHash<QStringView, QList<int>> &index, const QList<Item> &items)
{
    for (QList<int> &list : index)
        std::stable_sort(list.begin(), list.end(),
                         [&](int a, int b) { return items[a].words.size() > items[b].words.size(); });
}

} // namespace

std::shared_ptr<const Lexicons> Lexicons::load(const QStringList &extraFolders, QStringList *warnings)
{
    auto lexicons = std::make_shared<Lexicons>();
    QStringList names;
    for (QLatin1StringView name : kFiles)
        names.append(name);
    QStringList problems;
    readLexiconFiles(names, extraFolders, &problems, [&](const QString &name, const QString &content) {
        lexicons->addFile(name, content, warnings);
    });
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcLexicons).noquote() << problem;
    if (warnings)
        *warnings += problems;
    lexicons->finish();
    return lexicons;
}

std::shared_ptr<const Lexicons> Lexicons::builtIn()
{
    static const std::shared_ptr<const Lexicons> lexicons = load();
    return lexicons;
}

bool Lexicons::addFile(QStringView fileName, QStringView content, QStringList *warnings)
{
    Q_ASSERT(!m_finished);
    using Parser = void (Lexicons::*)(QStringView, QStringList *);
    Parser parser = nullptr;
    Model::ActorType entityType = Model::ActorType::Other;
    if (fileName.startsWith(u"words-")) {
        m_wordSets.addFile(fileName, content, warnings);
        return true;
    }
    if (fileName == u"reporting-verbs.txt")
        parser = &Lexicons::parseCue;
    else if (fileName == u"titles.txt")
        parser = &Lexicons::parseTitle;
    else if (fileName == u"pronouns.txt")
        parser = &Lexicons::parsePronoun;
    else if (fileName == u"people.txt")
        parser = &Lexicons::parseNames;
    else if (fileName == u"places.txt")
        parser = &Lexicons::parsePlace;
    else if (fileName == u"outlets.txt")
        parser = &Lexicons::parseOutlet;
    else if (fileName == u"countries.txt")
        entityType = Model::ActorType::State;
    else if (fileName == u"organisations.txt")
        entityType = Model::ActorType::Organisation;
    else
        return false;

    for (QStringView line : content.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (parser)
            (this->*parser)(line, warnings);
        else
            parseEntities(line, entityType, warnings);
    }
    return true;
}

void Lexicons::parseCue(QStringView line, QStringList *warnings)
{
    const QList<QStringView> f = fields(line, u'|');
    if (f.size() != 3 || f[0].isEmpty()) {
        warn(warnings, u"reporting-verbs.txt", line);
        return;
    }
    Cue cue;
    QStringList forms;
    for (QStringView w : f[0].split(u' ', Qt::SkipEmptyParts)) {
        if (w.startsWith(u'+') && w.size() > 1)
            cue.particles.append(m_vocabulary.intern(w.sliced(1)));
        else
            forms.append(w.toString());
    }
    for (QStringView frame : f[1].split(u' ', Qt::SkipEmptyParts)) {
        if (frame == u"quote")
            cue.frames |= QuoteFrame;
        else if (frame == u"that")
            cue.frames |= ThatFrame;
        else if (frame == u"bare")
            cue.frames |= BareFrame;
        else if (frame == u"listener")
            cue.frames |= ListenerFrame;
        else if (frame == u"object")
            cue.frames |= ObjectFrame;
        else if (frame == u"inf")
            cue.frames |= InfinitiveFrame;
        else if (frame == u"wh")
            cue.frames |= WhFrame;
        else
            return warn(warnings, u"reporting-verbs.txt", line);
    }
    static const std::pair<QStringView, CueClass> classes[] = {
        {u"speech", CueClass::Speech}, {u"belief", CueClass::Belief}, {u"stance", CueClass::Stance},
        {u"evidence", CueClass::Evidence}, {u"decision", CueClass::Decision}};
    const auto cls = std::find_if(std::begin(classes), std::end(classes), [&](const auto &c) { return c.first == f[2]; });
    if (forms.isEmpty() || cue.frames == 0 || cls == std::end(classes))
        return warn(warnings, u"reporting-verbs.txt", line);
    cue.cueClass = cls->second;
    cue.lemma = forms.constFirst();
    const int index = int(m_cues.size());
    m_cues.append(cue);
    for (const QString &form : std::as_const(forms)) {
        const int key = m_vocabulary.intern(form);
        if (key >= m_cueIndex.size())
            m_cueIndex.resize(key + 1);
        m_cueIndex[key].append(index);
    }
    // The actor finder's view: single-word verbs of speech, as flags.
    if (cue.cueClass != CueClass::Speech || !cue.particles.isEmpty())
        return;
    quint8 flags = 0;
    if (cue.frames & QuoteFrame)
        flags |= DirectCue;
    if (cue.frames & BareFrame)
        flags |= Indirect;
    if (cue.frames & ThatFrame)
        flags |= IndirectWithThat;
    if (cue.frames & ListenerFrame)
        flags |= TakesListener;
    // Flags are attached in finish(), once the owning strings no longer move.
    for (const QString &w : std::as_const(forms))
        m_pendingVerbFlags.append({w, flags});
}

void Lexicons::parseEntities(QStringView line, Model::ActorType type, QStringList *warnings)
{
    const QList<QStringView> f = fields(line, u'|');
    if (f.isEmpty() || f[0].isEmpty() || f.size() > 4) {
        warn(warnings, type == Model::ActorType::State ? u"countries.txt" : u"organisations.txt", line);
        return;
    }
    const int entity = int(m_entities.size());
    m_entities.append({f[0].toString(), type, {}});
    if (f.size() == 4)
        for (QStringView noun : f[3].split(u';', Qt::SkipEmptyParts))
            if (!noun.trimmed().isEmpty()) {
                m_entities.last().nouns.append(noun.trimmed().toString().toLower());
                m_entityNouns.insert(m_entities.last().nouns.constLast());
            }
    m_entityPhrases.append({words(f[0]), entity, false});
    if (f[0].startsWith(u"the "))
        m_entityPhrases.last().words.removeFirst();
    for (int k = 1; k < f.size() && k < 3; ++k)
        for (QStringView alias : f[k].split(u';', Qt::SkipEmptyParts)) {
            alias = alias.trimmed();
            if (!alias.isEmpty())
                m_entityPhrases.append({words(alias), entity, k == 2});
        }
}

void Lexicons::parseTitle(QStringView line, QStringList *warnings)
{
    const QList<QStringView> f = fields(line, u'|');
    if (f.size() != 3 || f[0].isEmpty()) {
        warn(warnings, u"titles.txt", line);
        return;
    }
    Title t;
    t.words = words(f[0]);
    // Titles are matched against words whose final dot is dropped ("Sen." is read as "Sen").
    for (QString &w : t.words)
        if (w.size() > 1 && w.endsWith(u'.') && w.count(u'.') == 1)
            w.chop(1);
    t.gender = f[1] == u"m" ? Gender::Male : f[1] == u"f" ? Gender::Female : Gender::Unknown;
    if (f[2] != u"-")
        t.head = f[2].toString();
    m_titles.append(t);
}

void Lexicons::parsePronoun(QStringView line, QStringList *warnings)
{
    const QList<QStringView> f = fields(line, u'|');
    if (f.size() != 2 || f[1].size() != 1) {
        warn(warnings, u"pronouns.txt", line);
        return;
    }
    Referent r;
    switch (f[1][0].unicode()) {
    case u'm': r = Referent::Male; break;
    case u'f': r = Referent::Female; break;
    case u'p': r = Referent::Person; break;
    case u'g': r = Referent::Group; break;
    case u's': r = Referent::State; break;
    case u'o': r = Referent::Organisation; break;
    default: warn(warnings, u"pronouns.txt", line); return;
    }
    m_pronouns.append({words(f[0]), r});
}

void Lexicons::parseNames(QStringView line, QStringList *warnings)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon != 1) {
        warn(warnings, u"people.txt", line);
        return;
    }
    const Gender g = line[0] == u'm' ? Gender::Male : line[0] == u'f' ? Gender::Female : Gender::Unknown;
    for (const QString &w : words(line.sliced(2)))
        m_pendingNames.append({w, g});
}

void Lexicons::parsePlace(QStringView line, QStringList *warnings)
{
    const QList<QStringView> f = fields(line, u'|');
    if (f.isEmpty() || f.size() > 2 || f[0].isEmpty()) {
        warn(warnings, u"places.txt", line);
        return;
    }
    m_places.append(words(f[0]));
    if (f.size() == 2)
        for (QStringView alias : f[1].split(u';', Qt::SkipEmptyParts))
            if (!alias.trimmed().isEmpty())
                m_places.append(words(alias.trimmed()));
}

void Lexicons::parseOutlet(QStringView line, QStringList *warnings)
{
    const QList<QStringView> f = fields(line, u'|');
    if (f.isEmpty() || f.size() > 2 || f[0].isEmpty()) {
        warn(warnings, u"outlets.txt", line);
        return;
    }
    const auto add = [&](QStringView name) {
        QStringList w = words(name);
        if (w.size() > 1 && (w.constFirst() == u"the" || w.constFirst() == u"The")) {
            w.first() = QStringLiteral("the");
            m_outlets.append(w.mid(1)); // "the Washington Post" is also "Washington Post"
        }
        m_outlets.append(w);
    };
    add(f[0]);
    if (f.size() == 2)
        for (QStringView alias : f[1].split(u';', Qt::SkipEmptyParts))
            if (!alias.trimmed().isEmpty())
                add(alias.trimmed());
}

void Lexicons::finish()
{
    // All strings are in place: the views below point into them and stay valid.
    for (const auto &[word, flags] : std::as_const(m_pendingVerbFlags))
        m_verbs[word] |= flags;
    // Cues with more particles are tried first ("point out" before "point").
    for (QList<int> &list : m_cueIndex)
        std::stable_sort(list.begin(), list.end(),
                         [&](int a, int b) { return m_cues[a].particles.size() > m_cues[b].particles.size(); });
    for (const auto &[name, gender] : std::as_const(m_pendingNames)) {
        auto it = m_givenNames.find(name);
        if (it == m_givenNames.end())
            m_givenNames.insert(name, gender);
        else if (*it != gender)
            *it = Gender::Unknown; // listed for both
    }
    m_demonyms = QList<QString>(m_entities.size());
    for (const EntityPhrase &p : std::as_const(m_entityPhrases))
        if (p.demonym && p.words.size() == 1 && !p.words.constFirst().endsWith(u's') && m_demonyms[p.entity].isEmpty())
            m_demonyms[p.entity] = p.words.constFirst();
    for (int i = 0; i < m_entityPhrases.size(); ++i) {
        const QString &first = m_entityPhrases[i].words.constFirst();
        m_entityIndex[first].append(i);
        if (first == u"the")
            m_entityIndex[m_the].append(i);
    }
    sortLongestFirst(m_entityIndex, m_entityPhrases);
    for (int i = 0; i < m_titles.size(); ++i) {
        Title &t = m_titles[i];
        t.lowerFirst = t.words.constFirst().toLower();
        m_titleIndex[t.words.constFirst()].append(i);
        if (t.lowerFirst != t.words.constFirst())
            m_titleIndex[t.lowerFirst].append(i);
        if (!t.head.isEmpty())
            m_roleHeads.insert(t.head, true);
    }
    sortLongestFirst(m_titleIndex, m_titles);
    for (int i = 0; i < m_pronouns.size(); ++i)
        m_pronounIndex[m_pronouns[i].words.constFirst()].append(i);
    sortLongestFirst(m_pronounIndex, m_pronouns);
    for (int i = 0; i < m_entityPhrases.size(); ++i) {
        const QStringList &w = m_entityPhrases[i].words;
        if (w.size() > 1 && w.constFirst() == u"the")
            m_afterTheIndex[w[1]].append(i);
    }
    sortLongestFirst(m_afterTheIndex, m_entityPhrases);
    for (int i = 0; i < m_places.size(); ++i) {
        const QStringList &w = m_places[i];
        if (w.size() > 1 && w.constFirst() == u"the")
            m_placeAfterThe[w[1]].append(i);
        else
            m_placeIndex[w.constFirst()].append(i);
    }
    auto longestFirst = [](QHash<QStringView, QList<int>> &index, const QList<QStringList> &items) {
        for (QList<int> &list : index)
            std::stable_sort(list.begin(), list.end(),
                             [&](int a, int b) { return items[a].size() > items[b].size(); });
    };
    longestFirst(m_placeIndex, m_places);
    longestFirst(m_placeAfterThe, m_places);
    for (int i = 0; i < m_outlets.size(); ++i) {
        const QStringList &w = m_outlets[i];
        if (w.size() > 1 && w.constFirst() == u"the")
            m_outletAfterThe[w[1]].append(i);
        else
            m_outletIndex[w.constFirst()].append(i);
    }
    longestFirst(m_outletIndex, m_outlets);
    longestFirst(m_outletAfterThe, m_outlets);
    // One table for the hot path: the views and list pointers stay valid, the hashes above are final.
    for (auto it = m_entityIndex.cbegin(); it != m_entityIndex.cend(); ++it)
        m_wordInfo[it.key()].entityPhrases = &it.value();
    for (auto it = m_afterTheIndex.cbegin(); it != m_afterTheIndex.cend(); ++it)
        m_wordInfo[it.key()].afterThe = &it.value();
    for (auto it = m_titleIndex.cbegin(); it != m_titleIndex.cend(); ++it)
        m_wordInfo[it.key()].titles = &it.value();
    for (auto it = m_pronounIndex.cbegin(); it != m_pronounIndex.cend(); ++it)
        m_wordInfo[it.key()].pronouns = &it.value();
    for (auto it = m_placeIndex.cbegin(); it != m_placeIndex.cend(); ++it)
        m_wordInfo[it.key()].places = &it.value();
    for (auto it = m_placeAfterThe.cbegin(); it != m_placeAfterThe.cend(); ++it)
        m_wordInfo[it.key()].placesAfterThe = &it.value();
    for (auto it = m_outletIndex.cbegin(); it != m_outletIndex.cend(); ++it)
        m_wordInfo[it.key()].outlets = &it.value();
    for (auto it = m_outletAfterThe.cbegin(); it != m_outletAfterThe.cend(); ++it)
        m_wordInfo[it.key()].outletsAfterThe = &it.value();
    for (auto it = m_verbs.cbegin(); it != m_verbs.cend(); ++it)
        m_wordInfo[it.key()].verbFlags = it.value();
    for (auto it = m_givenNames.cbegin(); it != m_givenNames.cend(); ++it) {
        WordInfo &info = m_wordInfo[it.key()];
        info.givenName = true;
        info.givenNameGender = it.value();
    }
    // Every word with an entry is in the vocabulary, so that a token outside it (most of a text's
    // words) needs no second look-up: see wordInfo(word, key).
    // The entries also by key, so that a token's entry is found from its key without hashing the
    // word again; the forms of one key are few ("US" and "us", "May" and "may").
    QList<QList<std::pair<QStringView, const WordInfo *>>> byKey;
    for (auto it = m_wordInfo.cbegin(); it != m_wordInfo.cend(); ++it) {
        const int key = m_vocabulary.intern(it.key());
        if (key >= byKey.size())
            byKey.resize(key + 1);
        byKey[key].append({it.key(), &it.value()});
    }
    // Flat, in key order: a token's entries are one index away, and most keys have none.
    m_wordInfoStart = QList<int>(m_vocabulary.size() + 2, 0);
    for (int key = 0; key <= m_vocabulary.size(); ++key) {
        m_wordInfoStart[key] = int(m_wordInfoForms.size());
        if (key < byKey.size())
            m_wordInfoForms.append(byKey[key]);
    }
    m_wordInfoStart[m_vocabulary.size() + 1] = int(m_wordInfoForms.size());
    m_finished = true;
}

quint8 Lexicons::verbFlags(QStringView word) const
{
    return m_verbs.value(word, 0);
}

const QList<int> *Lexicons::entityPhrasesFor(QStringView word) const
{
    auto it = m_entityIndex.constFind(word);
    return it == m_entityIndex.cend() ? nullptr : &*it;
}

const QList<int> *Lexicons::titlesFor(QStringView word) const
{
    auto it = m_titleIndex.constFind(word);
    return it == m_titleIndex.cend() ? nullptr : &*it;
}

int Lexicons::pronounAt(const QList<QStringView> &text, Referent *referent) const
{
    if (text.isEmpty())
        return 0;
    const WordInfo *info = wordInfo(text.constFirst());
    if (!info || !info->pronouns)
        return 0;
    for (int i : *info->pronouns) {
        const Pronoun &p = m_pronouns[i];
        if (p.words.size() > text.size())
            continue;
        bool match = true;
        for (int k = 1; k < p.words.size() && match; ++k)
            match = text[k] == p.words[k];
        if (match) {
            *referent = p.referent;
            return int(p.words.size());
        }
    }
    return 0;
}

Gender Lexicons::givenNameGender(QStringView word, bool *known) const
{
    auto it = m_givenNames.constFind(word);
    *known = it != m_givenNames.cend();
    return *known ? *it : Gender::Unknown;
}

} // namespace Parlance::Analysis
