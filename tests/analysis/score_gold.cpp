// SPDX-License-Identifier: GPL-2.0-or-later
// score_gold TEXT GOLD [--verbose]: runs the analysis on TEXT and scores it against a gold answer key
// (JSON: quotes with span/speaker/kind, actors with name/aliases, commitments with span/actor,
// boilerplate lines; offsets in code points). Prints precision, recall and F1 per category.
//
// Matching: a found quote matches a gold quote when one of its content spans overlaps the gold span
// (one-to-one, in text order); "+speaker" also needs the same speaker. An actor matches when a name or
// alias of one equals the name of the other. Aliases are compared without case and a leading "the".
// A commitment matches on span overlap; "+holder" also needs the same holder. Boilerplate matches a
// gold line that the found span covers.

#include "analysis/analyzer.h"
#include "cli/analyzecommand.h"
#include "model/actor.h"
#include "model/span.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <cstdio>

using namespace Parlance;
using Model::Span;

namespace {

QTextStream out(stdout);

struct Score {
    int found = 0;
    int gold = 0;
    int matched = 0; // matches counted against found
    int recalled = 0; // gold items matched

    void print(const char *name) const
    {
        const double p = found ? double(matched) / found : 0.0;
        const double r = gold ? double(recalled) / gold : 0.0;
        const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        out << QStringLiteral("%1  P %2  R %3  F1 %4   (found %5, gold %6, matched %7/%8)\n")
                   .arg(QString::fromLatin1(name), -22)
                   .arg(p, 0, 'f', 3).arg(r, 0, 'f', 3).arg(f, 0, 'f', 3)
                   .arg(found).arg(gold).arg(matched).arg(recalled);
    }
};

Span spanOf(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return a.size() == 2 ? Span(a[0].toInt(), a[1].toInt()) : Span();
}

QString aliasKey(QString s)
{
    s = Model::normalizedName(s);
    if (s.startsWith(u"the "))
        s = s.mid(4);
    return s;
}

bool sameName(const QString &a, const QString &b)
{
    return aliasKey(a) == aliasKey(b);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: score_gold TEXT GOLD [--verbose]\n");
        return 2;
    }
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    QFile textFile(args[1]);
    QFile goldFile(args[2]);
    if (!textFile.open(QIODevice::ReadOnly) || !goldFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "score_gold: cannot read the inputs\n");
        return 2;
    }
    QString text;
    Error error;
    if (!Cli::decodeText(textFile.readAll(), &text, &error)) {
        std::fprintf(stderr, "score_gold: %s\n", qPrintable(error.message()));
        return 2;
    }
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
    const Analysis::AnalysisResult result = Analysis::Analyzer().analyze(text);
    const Model::CodePointMap map(text);
    auto cp = [&](Span s) { return map.toCodePoints(s); };
    auto show = [&](Span codePoints) { return QStringView(text).sliced(map.toUtf16(codePoints.start),
                                                                       map.toUtf16(codePoints.end) - map.toUtf16(codePoints.start)).toString(); };

    // Quotes
    const QJsonArray goldQuotes = gold[QLatin1StringView("quotes")].toArray();
    Score quoteSpan, quoteSpeaker, quoteExact;
    QList<bool> goldUsed(goldQuotes.size(), false), goldUsedSpeaker(goldQuotes.size(), false);
    quoteSpan.found = quoteSpeaker.found = int(result.quotes.size());
    quoteSpan.gold = quoteSpeaker.gold = int(goldQuotes.size());
    quoteExact.found = quoteSpan.found;
    quoteExact.gold = quoteSpan.gold;
    for (const Analysis::FoundQuote &q : result.quotes) {
        int hit = -1;
        for (int g = 0; g < goldQuotes.size() && hit < 0; ++g) {
            const Span gs = spanOf(goldQuotes[g].toObject()[QLatin1StringView("span")]);
            for (Span part : q.content)
                if (!goldUsed[g] && cp(part).overlaps(gs))
                    hit = g;
        }
        if (hit >= 0) {
            goldUsed[hit] = true;
            ++quoteSpan.matched;
            ++quoteSpan.recalled;
            const Span gs = spanOf(goldQuotes[hit].toObject()[QLatin1StringView("span")]);
            const Span fs(cp(q.content.constFirst()).start, cp(q.content.constLast()).end);
            if (fs == gs) {
                ++quoteExact.matched;
                ++quoteExact.recalled;
            } else if (verbose) {
                out << "  boundaries differ: found \"" << show(fs) << "\"\n                    gold \""
                    << show(gs) << "\"\n";
            }
            if (q.speaker == goldQuotes[hit].toObject()[QLatin1StringView("speaker")].toString()) {
                goldUsedSpeaker[hit] = true;
                ++quoteSpeaker.matched;
                ++quoteSpeaker.recalled;
            } else if (verbose) {
                out << "  speaker differs: \"" << show(cp(q.content.constFirst())).left(60) << "\" found "
                    << (q.speaker.isEmpty() ? QStringLiteral("(none)") : q.speaker) << ", gold "
                    << goldQuotes[hit].toObject()[QLatin1StringView("speaker")].toString() << '\n';
            }
        } else if (verbose) {
            out << "  extra quote (" << Model::quoteKindName(q.kind) << ", " << q.speaker << "): \""
                << show(cp(q.content.constFirst())).left(80) << "\"\n";
        }
    }
    if (verbose)
        for (int g = 0; g < goldQuotes.size(); ++g)
            if (!goldUsed[g])
                out << "  missed quote (" << goldQuotes[g].toObject()[QLatin1StringView("kind")].toString() << "): \""
                    << goldQuotes[g].toObject()[QLatin1StringView("text")].toString().left(80) << "\"\n";

    // Actors and aliases
    const QJsonArray goldActors = gold[QLatin1StringView("actors")].toArray();
    Score actors, aliases;
    actors.found = int(result.actors.size());
    actors.gold = int(goldActors.size());
    QList<bool> actorUsed(result.actors.size(), false);
    for (const QJsonValue &gv : goldActors) {
        const QJsonObject ga = gv.toObject();
        const QString name = ga[QLatin1StringView("name")].toString();
        QSet<QString> goldNames{aliasKey(name)};
        for (const QJsonValue &a : ga[QLatin1StringView("aliases")].toArray())
            goldNames.insert(aliasKey(a.toString()));
        aliases.gold += int(goldNames.size());
        int hit = -1;
        for (int i = 0; i < result.actors.size() && hit < 0; ++i) {
            if (actorUsed[i])
                continue;
            const Analysis::FoundActor &fa = result.actors[i];
            bool same = sameName(fa.name, name);
            for (const QString &alias : fa.aliases)
                same = same || sameName(alias, name);
            for (const QJsonValue &a : ga[QLatin1StringView("aliases")].toArray())
                same = same || sameName(fa.name, a.toString());
            if (same)
                hit = i;
        }
        if (hit < 0) {
            if (verbose)
                out << "  missed actor: " << name << '\n';
            continue;
        }
        actorUsed[hit] = true;
        ++actors.matched;
        ++actors.recalled;
        QSet<QString> foundNames{aliasKey(result.actors[hit].name)};
        for (const QString &alias : result.actors[hit].aliases)
            foundNames.insert(aliasKey(alias));
        for (const QString &n : std::as_const(foundNames))
            if (goldNames.contains(n)) {
                ++aliases.matched;
                ++aliases.recalled;
            } else if (verbose) {
                out << "  extra alias of " << name << ": " << n << '\n';
            }
        if (verbose)
            for (const QString &n : std::as_const(goldNames))
                if (!foundNames.contains(n))
                    out << "  missed alias of " << name << ": " << n << '\n';
    }
    for (int i = 0; i < result.actors.size(); ++i) {
        aliases.found += int(result.actors[i].aliases.size()) + 1;
        if (!actorUsed[i] && verbose)
            out << "  extra actor: " << result.actors[i].name << " (" << Model::actorTypeName(result.actors[i].type)
                << ")\n";
    }
    // Aliases of unmatched actors count as found but not matched only if the actor matched; keep
    // the precision about the matched actors' names.
    aliases.found = 0;
    for (int i = 0; i < result.actors.size(); ++i)
        if (actorUsed[i]) {
            QSet<QString> names{aliasKey(result.actors[i].name)};
            for (const QString &alias : result.actors[i].aliases)
                names.insert(aliasKey(alias));
            aliases.found += int(names.size());
        }

    // Commitments
    const QJsonArray goldCommitments = gold[QLatin1StringView("commitments")].toArray();
    Score commitments, holders;
    commitments.found = holders.found = int(result.commitments.size());
    commitments.gold = holders.gold = int(goldCommitments.size());
    QList<bool> commitmentUsed(goldCommitments.size(), false);
    for (const Analysis::FoundCommitment &c : result.commitments) {
        int hit = -1;
        for (int g = 0; g < goldCommitments.size() && hit < 0; ++g)
            if (!commitmentUsed[g] && cp(c.span).overlaps(spanOf(goldCommitments[g].toObject()[QLatin1StringView("span")])))
                hit = g;
        if (hit < 0) {
            if (verbose)
                out << "  extra commitment: \"" << show(cp(c.span)).left(80) << "\"\n";
            continue;
        }
        commitmentUsed[hit] = true;
        ++commitments.matched;
        ++commitments.recalled;
        if (sameName(c.holder, goldCommitments[hit].toObject()[QLatin1StringView("actor")].toString())) {
            ++holders.matched;
            ++holders.recalled;
        } else if (verbose) {
            out << "  holder differs: \"" << show(cp(c.span)).left(50) << "\" found " << c.holder << ", gold "
                << goldCommitments[hit].toObject()[QLatin1StringView("actor")].toString() << '\n';
        }
    }
    if (verbose)
        for (int g = 0; g < goldCommitments.size(); ++g)
            if (!commitmentUsed[g])
                out << "  missed commitment: \"" << goldCommitments[g].toObject()[QLatin1StringView("cue")].toString() << "\"\n";

    // Boilerplate: gold lists the lines' text.
    const QJsonArray goldBoilerplate = gold[QLatin1StringView("boilerplate")].toArray();
    Score boilerplate;
    boilerplate.found = int(result.boilerplate.size());
    boilerplate.gold = int(goldBoilerplate.size());
    QList<bool> lineUsed(goldBoilerplate.size(), false);
    for (Span b : result.boilerplate) {
        const QString covered = b.textIn(text).toString();
        bool any = false;
        for (int g = 0; g < goldBoilerplate.size(); ++g) {
            const QString line = goldBoilerplate[g].toString().trimmed();
            if (!line.isEmpty() && covered.contains(line)) {
                any = true;
                if (!lineUsed[g]) {
                    lineUsed[g] = true;
                    ++boilerplate.recalled;
                }
            }
        }
        if (any)
            ++boilerplate.matched;
        else if (verbose)
            out << "  extra boilerplate: \"" << covered.left(60) << "\"\n";
    }

    out << "Scores for " << args[1] << '\n';
    quoteSpan.print("quotes (span)");
    quoteSpeaker.print("quotes (span+speaker)");
    quoteExact.print("quotes (exact span)");
    actors.print("actors");
    aliases.print("actor names+aliases");
    commitments.print("commitments (span)");
    holders.print("commitments (+holder)");
    boilerplate.print("boilerplate");
    return 0;
}
